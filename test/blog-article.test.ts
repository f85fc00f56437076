// <blog-article> from attributes and children: rendering, properties, slots, parts, reading
// time, structured data. Loading (`src`) is in blog-article-load.test.ts, accessibility and
// keyboard in blog-article-a11y.test.ts, hostile input in blog-article-hostile.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/blog-article.js';
import { BlogArticle } from '../src/blog-article.js';
import { HEADLINE, jsonLd, part, seed, structuredData, text } from './blog-article.helpers.js';

describe('<blog-article> rendering', () => {
  it('is registered as BlogArticle and renders the seed post like a WordPress card', async () => {
    const el = await fixture<BlogArticle>(seed());
    expect(customElements.get('blog-article')).to.equal(BlogArticle);
    expect(el).to.be.instanceOf(BlogArticle);
    expect(el.getAttribute('layout')).to.equal('card');
    expect(text(part(el, 'categories'))).to.equal('Posted in Articles');
    const headline = part(el, 'headline')!;
    expect(headline.localName).to.equal('h2');
    expect(text(headline)).to.equal(HEADLINE);
    const link = headline.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://liah.example/2013/12/18/spike-jonzes-her/');
    expect(link.getAttribute('rel')).to.equal('bookmark');
    const meta = text(part(el, 'meta'));
    expect(meta).to.contain('December 18, 2013');
    expect(meta).to.contain('by Liah Qureshi');
    expect(meta).to.match(/1 minute read/);
    expect(text(part(el, 'tags'))).to.equal('Tagged Film, Spike Jonze');
    // header order: categories, headline, meta, then the image; the body after the header
    const order = ['categories', 'headline', 'meta', 'image', 'body', 'tags'].map((name) => part(el, name)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    }
  });

  it('keeps the body in light DOM behind the default slot', async () => {
    const el = await fixture<BlogArticle>(seed());
    const slot = part(el, 'body')!.querySelector('slot')!;
    const assigned = slot.assignedElements();
    expect(assigned.map((e) => e.localName)).to.include.members(['p', 'h2']);
    expect(el.querySelector(':scope > h2')!.textContent).to.equal('A love story without a body');
  });

  it('shows the published date in a <time datetime> formatted by Intl, whatever the time zone', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="x" published="2013-12-18"></blog-article>`);
    const time = part(el, 'meta')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2013-12-18');
    expect(time.classList.contains('dt-published')).to.be.true;
    expect(time.textContent).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2013, 11, 18)),
    );

    el.published = '2013-12-18T09:30:00Z';
    await el.updateComplete;
    expect(part(el, 'meta')!.querySelector('time')!.getAttribute('datetime')).to.equal('2013-12-18T09:30:00.000Z');
  });

  it('shows "Updated …" only when modified is another day', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" published="2013-12-18" modified="2013-12-18T20:00:00Z"></blog-article>`,
    );
    expect(text(part(el, 'meta'))).not.to.contain('Updated');
    el.modified = '2014-01-02';
    await el.updateComplete;
    expect(text(part(el, 'meta'))).to.contain('Updated January 2, 2014');
    expect(part(el, 'meta')!.querySelector('time.dt-updated')!.getAttribute('datetime')).to.equal('2014-01-02');
  });

  it('renders the featured image with its intrinsic size, lazily in a card and eagerly in full', async () => {
    const el = await fixture<BlogArticle>(seed());
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('675');
    expect(img.getAttribute('alt')).to.equal('Theodore looking out over Los Angeles');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.hasAttribute('fetchpriority')).to.be.false;
    expect(getComputedStyle(img).aspectRatio.replace(/\s/g, '')).to.contain('1200/675');
    // the box has its final height before the image arrives: width × 675 / 1200
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 675) / 1200, 1.5);

    el.layout = 'full';
    await el.updateComplete;
    expect(img.getAttribute('loading')).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
  });

  it('passes srcset and sizes through, with a layout-based sizes default', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        headline="x"
        image="https://cdn.example/a-1200.jpg"
        image-srcset="https://cdn.example/a-600.jpg 600w, https://cdn.example/a-1200.jpg 1200w"
      ></blog-article>`,
    );
    const img = part(el, 'image')!;
    expect(img.getAttribute('srcset')).to.equal(
      'https://cdn.example/a-600.jpg 600w, https://cdn.example/a-1200.jpg 1200w',
    );
    expect(img.getAttribute('sizes')).to.contain('100vw');
    expect(img.getAttribute('alt')).to.equal('');
    el.imageSizes = '50vw';
    await el.updateComplete;
    expect(img.getAttribute('sizes')).to.equal('50vw');
  });

  it('supports heading-level 1–6 and falls back to 2', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="x" heading-level="1"></blog-article>`);
    expect(part(el, 'headline')!.localName).to.equal('h1');
    for (const [value, tag] of [
      [3, 'h3'],
      [6, 'h6'],
      [0, 'h2'],
      [7, 'h2'],
      [2.5, 'h2'],
      [Number.NaN, 'h2'],
    ] as const) {
      el.headingLevel = value;
      await el.updateComplete;
      expect(part(el, 'headline')!.localName, String(value)).to.equal(tag);
    }
  });

  it('reflects layout and treats an unknown one as card', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" permalink="/p" layout="full"></blog-article>`,
    );
    expect(part(el, 'base')!.classList.contains('layout-full')).to.be.true;
    // full: the headline is not a link; the date carries the permalink instead
    expect(part(el, 'headline')!.querySelector('a')).to.be.null;
    el.layout = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(part(el, 'headline')!.querySelector('a')).to.exist;
    el.setAttribute('layout', 'poster');
    await el.updateComplete;
    expect(part(el, 'base')!.classList.contains('layout-card')).to.be.true;
  });

  it('links category and author when it can, and leaves out what is missing', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="Only a title"></blog-article>`);
    expect(part(el, 'categories')).to.be.null;
    expect(part(el, 'meta')).to.be.null;
    expect(part(el, 'image')).to.be.null;
    expect(part(el, 'tags')).to.be.null;
    expect(part(el, 'headline')!.querySelector('a')).to.be.null;

    const bare = await fixture<BlogArticle>(html`<blog-article></blog-article>`);
    expect(part(bare, 'header')).to.be.null;
    expect(structuredData(bare)).to.have.length(0);
  });
});

describe('<blog-article> reading time', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('computes ~230 words a minute from the body and follows edits', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="x"><p>${words(690)}</p></blog-article>`);
    expect(text(part(el, 'meta'))).to.contain('3 minute read');
    el.querySelector('p')!.append(` ${words(460)}`);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(part(el, 'meta'))).to.contain('5 minute read');
  });

  it('reads CJK at ~500 characters a minute', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="x"><p>${'映画'.repeat(750)}</p></blog-article>`);
    expect(text(part(el, 'meta'))).to.contain('3 minute read');
  });

  it('takes reading-time as an override and hides it at 0', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" reading-time="12"><p>short</p></blog-article>`,
    );
    expect(text(part(el, 'meta'))).to.contain('12 minute read');
    el.readingTime = 0;
    await el.updateComplete;
    expect(part(el, 'meta')).to.be.null;
    const empty = await fixture<BlogArticle>(html`<blog-article headline="x" published="2013-12-18"></blog-article>`);
    expect(text(part(empty, 'meta'))).not.to.contain('minute');
  });
});

describe('<blog-article> properties and slots', () => {
  it('re-renders when properties change', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article></blog-article>`);
    el.headline = 'Set as a property';
    el.categories = 'Reviews, Film';
    el.author = 'Maya';
    await el.updateComplete;
    expect(text(part(el, 'headline'))).to.equal('Set as a property');
    expect(text(part(el, 'categories'))).to.equal('Posted in Reviews, Film');
    expect(text(part(el, 'meta'))).to.equal('by Maya');
  });

  it('renders a Post given to the `post` property; attributes win field by field', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="Page title" excerpt></blog-article>`);
    el.post = {
      title: 'Post title',
      link: 'https://liah.example/p/',
      contentHtml: '<p>Loaded <b>body</b><script>window.__xss = 1</script></p>',
      excerptHtml: '<p>Loaded excerpt</p>',
      published: new Date(Date.UTC(2013, 11, 18, 9, 30)),
      author: { name: 'Liah Qureshi', link: 'javascript:alert(1)' },
      categories: [{ name: 'Articles', link: 'https://liah.example/category/articles/' }],
      tags: [{ name: 'Film' }],
    };
    await el.updateComplete;
    expect(text(part(el, 'headline'))).to.equal('Page title');
    expect(part(el, 'headline')!.querySelector('a')!.getAttribute('href')).to.equal('https://liah.example/p/');
    expect(part(el, 'categories')!.querySelector('a')!.getAttribute('rel')).to.equal('category tag');
    expect(part(el, 'meta')!.querySelector('.p-author')!.localName).to.equal('span'); // unsafe link dropped
    expect(el.querySelector('[data-blog-content]')!.textContent).to.equal('Loaded body');
    expect(el.querySelector('[data-blog-content] script')).to.be.null;
    expect(el.querySelector('[data-blog-excerpt]')!.getAttribute('slot')).to.equal('excerpt');
    expect((window as { __xss?: unknown }).__xss).to.be.undefined;
  });

  it('merges a `post` with the attributes field by field: a set attribute wins even when refused', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        permalink="javascript:alert(1)"
        tags=" , "
        published="2014-01-05"
        author-link="https://page.example/me"
        image-alt="The page's alt"
        image-sizes="50vw"
      ></blog-article>`,
    );
    el.post = {
      title: 'Post title',
      link: 'https://liah.example/p/',
      published: new Date(Date.UTC(2013, 11, 18, 9, 30)),
      modified: new Date(Date.UTC(2013, 11, 20, 9, 30)),
      author: { name: 'Liah Qureshi', link: 'https://liah.example/author/liah/' },
      categories: [{ name: 'Articles' }],
      tags: [{ name: 'Film' }],
      image: {
        src: 'https://liah.example/her.jpg',
        alt: "The post's alt",
        width: 1200,
        height: 800,
        srcset: 'https://liah.example/her-768.jpg 768w, https://liah.example/her.jpg 1200w',
        sizes: '100vw',
      },
    };
    await el.updateComplete;
    const headline = part(el, 'headline')!;
    expect(text(headline)).to.equal('Post title');
    // The page's permalink was refused: no link, not the post's.
    expect(headline.querySelector('a')?.getAttribute('href')).to.be.undefined;
    expect(text(part(el, 'categories'))).to.equal('Posted in Articles');
    expect(part(el, 'tags')?.textContent).to.be.undefined; // the page set (empty) tags
    const meta = part(el, 'meta')!;
    expect(meta.querySelector('.dt-published')!.getAttribute('datetime')).to.equal('2014-01-05');
    expect(meta.querySelector('.dt-updated')!.getAttribute('datetime')).to.equal('2013-12-20T09:30:00.000Z');
    const author = meta.querySelector('.p-author')!;
    expect(author.textContent).to.equal('Liah Qureshi');
    expect(author.getAttribute('href')).to.equal('https://page.example/me');
    const img = part(el, 'image')!;
    expect(img.getAttribute('src')).to.equal('https://liah.example/her.jpg');
    expect(img.getAttribute('srcset')).to.contain('her-768.jpg 768w');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('alt')).to.equal("The page's alt");
    expect(img.getAttribute('sizes')).to.equal('50vw');

    el.removeAttribute('author-link');
    el.removeAttribute('image-alt');
    el.removeAttribute('image-sizes');
    el.removeAttribute('permalink');
    await el.updateComplete;
    expect(part(el, 'meta')!.querySelector('.p-author')!.getAttribute('href')).to.equal(
      'https://liah.example/author/liah/',
    );
    expect(part(el, 'image')!.getAttribute('alt')).to.equal("The post's alt");
    expect(part(el, 'image')!.getAttribute('sizes')).to.equal('100vw');
    expect(part(el, 'headline')!.querySelector('a')!.getAttribute('href')).to.equal('https://liah.example/p/');
  });

  it('shows the excerpt slot instead of the body in excerpt mode', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" permalink="/p" excerpt>
        <p slot="excerpt">Short summary.</p>
        <p>The whole body.</p>
      </blog-article>`,
    );
    const excerpt = part(el, 'excerpt')!;
    expect(excerpt.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Short summary.');
    expect(part(el, 'body')!.hidden).to.be.true;
    expect(text(part(el, 'continue'))).to.equal('Continue reading');

    el.excerpt = false;
    await el.updateComplete;
    expect(part(el, 'excerpt')).to.be.null;
    expect(part(el, 'body')!.hidden).to.be.false;
    expect(part(el, 'continue')).to.be.null;
  });

  it('clamps the start of the body when there is no excerpt', async () => {
    const long = Array.from({ length: 12 }, (_, i) => html`<p>Paragraph ${i} of a long post that goes on and on.</p>`);
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="x" permalink="/p" excerpt>${long}</blog-article>`,
    );
    const body = part(el, 'body')!;
    expect(body.classList.contains('clamped')).to.be.true;
    expect(body.hidden).to.be.false;
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    expect(body.clientHeight).to.be.lessThan(200);
  });

  it('picks up an excerpt child added later', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article headline="x" excerpt><p>Body.</p></blog-article>`);
    expect(part(el, 'excerpt')).to.be.null;
    const summary = document.createElement('p');
    summary.slot = 'excerpt';
    summary.textContent = 'Added later.';
    el.append(summary);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'excerpt')).to.exist;
  });
});

describe('<blog-article> parts', () => {
  it('exposes every documented part in the states that have it', async () => {
    const el = await fixture<BlogArticle>(seed({ excerpt: true }));
    for (const name of ['base', 'header', 'categories', 'headline', 'meta', 'image', 'body', 'continue', 'tags']) {
      expect(part(el, name), name).to.exist;
    }
    const withExcerpt = await fixture<BlogArticle>(
      html`<blog-article headline="x" excerpt><p slot="excerpt">Summary</p></blog-article>`,
    );
    expect(part(withExcerpt, 'excerpt')).to.exist;
  });

  it('can be styled from outside through ::part and custom properties', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <style>
          .styled::part(headline) {
            text-transform: uppercase;
          }
          .styled {
            --blog-article-padding: 3px;
            --blog-article-meta-color: rgb(1, 2, 3);
          }
        </style>
        <blog-article class="styled" headline="x" author="Maya"></blog-article>
      </div>`,
    );
    const el = wrapper.querySelector('blog-article')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'headline')!).textTransform).to.equal('uppercase');
    expect(getComputedStyle(part(el, 'base')!).paddingTop).to.equal('3px');
    expect(getComputedStyle(part(el, 'meta')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('<blog-article> structured data', () => {
  it('adds one BlogPosting JSON-LD child and the h-entry class', async () => {
    const el = await fixture<BlogArticle>(seed());
    expect(el.classList.contains('h-entry')).to.be.true;
    const scripts = structuredData(el);
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('application/ld+json');
    expect(jsonLd(el)).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: HEADLINE,
      url: 'https://liah.example/2013/12/18/spike-jonzes-her/',
      datePublished: '2013-12-18',
      articleSection: 'Articles',
      keywords: 'Film, Spike Jonze',
    });
    expect(jsonLd(el).author).to.deep.equal({
      '@type': 'Person',
      name: 'Liah Qureshi',
      url: 'https://liah.example/author/liah/',
    });
    expect((jsonLd(el).image as { width: number }).width).to.equal(1200);
    // mf2 inside: p-name, u-url, dt-published, p-author h-card, p-category
    const root = el.shadowRoot!;
    for (const selector of ['.p-name', '.u-url', '.dt-published', '.p-author.h-card', '.p-category']) {
      expect(root.querySelector(selector), selector).to.exist;
    }
  });

  it('updates the JSON-LD in place, never duplicates it, and removes it on request', async () => {
    const el = await fixture<BlogArticle>(seed());
    for (const headline of ['One', 'Two', 'Three']) {
      el.headline = headline;
      await el.updateComplete;
    }
    expect(structuredData(el)).to.have.length(1);
    expect(jsonLd(el).headline).to.equal('Three');
    // a copy left in the markup (e.g. a saved page) is adopted, not doubled
    el.append(structuredData(el)[0]!.cloneNode(true));
    el.headline = 'Four';
    await el.updateComplete;
    expect(structuredData(el)).to.have.length(1);

    el.noStructuredData = true;
    await el.updateComplete;
    expect(structuredData(el)).to.have.length(0);
    expect(el.classList.contains('h-entry')).to.be.false;
  });

  it('escapes < so the JSON cannot close its script', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article headline=${'</script><script>window.__xss=1</script>'} tags=${'<b>, a'}></blog-article>`,
    );
    const raw = structuredData(el)[0]!.textContent;
    expect(raw).not.to.contain('<');
    expect(raw).to.contain('\\u003c/script>');
    expect(jsonLd(el).headline).to.equal('</script><script>window.__xss=1</script>');
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect((window as { __xss?: unknown }).__xss).to.be.undefined;
  });

  it('keeps the page’s own h-entry class', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article class="h-entry" headline="x" no-structured-data></blog-article>`,
    );
    expect(el.classList.contains('h-entry')).to.be.true;
    expect(structuredData(el)).to.have.length(0);
  });
});
