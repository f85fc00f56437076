// <blog-article> given hostile or malformed attributes and children: everything is text, URLs
// are checked, nothing executes, nothing throws.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/blog-article.js';
import type { BlogArticle } from '../src/blog-article.js';
import { dangers, jsonLd, part, spyOnDialogs, structuredData, text } from './blog-article.helpers.js';

const PAYLOAD = `"><img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script><svg onload=alert(3)>`;

describe('<blog-article> hostile attributes', () => {
  let dialogs: ReturnType<typeof spyOnDialogs>;
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent): number => errors.push(e.error ?? e.message);
  beforeEach(() => {
    delete (window as { __xss?: unknown }).__xss;
    errors.length = 0;
    window.addEventListener('error', onError);
    dialogs = spyOnDialogs();
  });
  afterEach(() => {
    dialogs.restore();
    window.removeEventListener('error', onError);
  });
  const clean = async (el: BlogArticle): Promise<void> => {
    await aTimeout(100);
    expect(dangers(el)).to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss).to.be.undefined;
    expect(dialogs.calls).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  };

  it('renders markup in every text attribute as text', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        headline=${PAYLOAD}
        categories=${`${PAYLOAD}, Articles`}
        tags=${PAYLOAD}
        author=${PAYLOAD}
        image="https://cdn.example/x.jpg"
        image-alt=${PAYLOAD}
        image-sizes=${PAYLOAD}
        excerpt
      ></blog-article>`,
    );
    expect(text(part(el, 'headline'))).to.equal(PAYLOAD.trim());
    expect(part(el, 'headline')!.querySelector('img, script, svg')).to.be.null;
    expect(part(el, 'categories')!.querySelectorAll('.p-category')).to.have.length(2); // split on the comma, as text
    expect(text(part(el, 'meta'))).to.contain('<script>');
    expect(part(el, 'image')!.getAttribute('alt')).to.equal(PAYLOAD);
    expect(jsonLd(el).headline).to.equal(PAYLOAD.trim());
    await clean(el);
  });

  it('drops javascript:, data: and other unsafe URLs', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        headline="x"
        permalink="javascript:alert('permalink')"
        author="Eve"
        author-link=" JaVaScRiPt:alert('author')"
        image=${'data:image/svg+xml,<svg onload=alert(1)>'}
        image-srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x"
        excerpt
      ></blog-article>`,
    );
    expect(part(el, 'headline')!.querySelector('a')).to.be.null;
    expect(part(el, 'meta')!.querySelector('a')).to.be.null;
    expect(part(el, 'image')).to.be.null;
    // no permalink: "Continue reading" expands in place instead of linking anywhere
    expect(part(el, 'continue')!.localName).to.equal('button');
    expect(jsonLd(el).url).to.be.undefined;
    await clean(el);

    el.image = 'https://cdn.example/ok.jpg';
    el.imageSrcset = 'javascript:alert(1) 1x, https://cdn.example/ok@2x.jpg 2x, vbscript:x 3x';
    el.permalink = 'mailto:liah@example.com';
    await el.updateComplete;
    expect(part(el, 'image')!.getAttribute('srcset')).to.equal('https://cdn.example/ok@2x.jpg 2x');
    expect(part(el, 'headline')!.querySelector('a')!.getAttribute('href')).to.equal('mailto:liah@example.com');
    await clean(el);
  });

  it('omits invalid dates and numbers instead of showing "Invalid Date" or NaN', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        headline="x"
        published="yesterday"
        modified="2013-02-31"
        image="https://cdn.example/x.jpg"
        image-width="-5"
        image-height="abc"
        reading-time="lots"
        heading-level=${'<h1>'}
        layout=${'<script>'}
        ><p>one two three</p></blog-article
      >`,
    );
    expect(part(el, 'meta')!.querySelector('time')).to.be.null;
    expect(text(part(el, 'meta'))).to.equal('1 minute read');
    expect(text(el.shadowRoot)).not.to.match(/Invalid|NaN|undefined|null/);
    const img = part(el, 'image')!;
    expect(img.hasAttribute('width')).to.be.false;
    expect(img.hasAttribute('height')).to.be.false;
    expect(part(el, 'headline')!.localName).to.equal('h2');
    expect(part(el, 'base')!.classList.contains('layout-card')).to.be.true;
    expect(jsonLd(el).datePublished).to.be.undefined;
    await clean(el);
  });

  it('survives odd property values set from script', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article></blog-article>`);
    const loose = el as unknown as Record<string, unknown>;
    for (const value of [undefined, null, '', '   ', 0, -1, NaN, Infinity, {}, []]) {
      for (const key of [
        'headline',
        'permalink',
        'categories',
        'tags',
        'published',
        'image',
        'imageWidth',
        'headingLevel',
        'readingTime',
        'layout',
        'author',
        'authorLink',
      ]) {
        loose[key] = value;
      }
      await el.updateComplete;
    }
    expect(text(el.shadowRoot)).not.to.match(/Invalid|NaN|\[object/);
    await clean(el);
  });

  it('does not treat hostile light-DOM children as its own', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" excerpt>
        <div slot="excerpt">Summary</div>
        <p>Body</p>
      </blog-article>`,
    );
    // a page that forges our structured-data marker gets it replaced, not executed
    const forged = document.createElement('script');
    forged.setAttribute('data-blog-structured-data', '');
    forged.type = 'text/plain';
    forged.textContent = 'window.__xss = 1';
    el.append(forged);
    el.headline = 'y';
    await el.updateComplete;
    expect(structuredData(el)).to.have.length(1);
    expect(structuredData(el)[0]!.type).to.equal('application/ld+json');
    expect(jsonLd(el).headline).to.equal('y');
    await clean(el);
  });

  it('renders every string of a hostile `post` object as text', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article excerpt></blog-article>`);
    el.post = {
      title: PAYLOAD,
      link: 'javascript:alert(1)',
      contentHtml: `<p>ok</p>${PAYLOAD}<iframe srcdoc="<script>parent.__xss=1</script>"></iframe><a href="javascript:alert(1)">x</a>`,
      excerptHtml: `<svg><script>alert(1)</script></svg><p onclick="alert(1)">summary</p>`,
      author: { name: PAYLOAD, link: 'data:text/html,<script>alert(1)</script>' },
      categories: [{ name: PAYLOAD, link: 'javascript:alert(1)' }],
      tags: [{ name: 'ok', link: 'vbscript:msgbox' }],
      image: { src: 'javascript:alert(1)', alt: PAYLOAD, srcset: 'javascript:alert(1) 1x' },
      published: new Date('nope'),
    };
    await el.updateComplete;
    expect(part(el, 'image')).to.be.null;
    expect(el.querySelector('[data-blog-excerpt]')!.textContent).to.equal('summary');
    expect(part(el, 'continue')!.localName).to.equal('button');
    el.excerpt = false;
    await el.updateComplete;
    await clean(el);
  });
});
