// <blog-article src=…>: the WordPress REST fixtures through the dev server's /__mock/ routes,
// the skeleton, every error, retry, abort, and the events.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/blog-article.js';
import type { BlogArticle } from '../src/blog-article.js';
import type { BlogArticleLoadEvent } from '../src/elements/blog-article/blog-article.js';
import { BlogErrorEvent, BlogLoadEvent } from '../src/internal/events.js';
import {
  HEADLINE,
  dangers,
  embeddedPostUrl,
  jsonLd,
  nextSettle,
  part,
  parts,
  shadow,
  spyOnDialogs,
  structuredData,
  text,
} from './blog-article.helpers.js';
import { fixtureUrl, mockUrl } from './support/env.js';

const fixtureRoute = (name: string, params: Record<string, string | number> = {}): string =>
  mockUrl(`fixture/${name}`, params);

describe('<blog-article src> loading', () => {
  it('draws its header with placeholders while loading: busy, a loading status, nothing to focus', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article src=${mockUrl('slow', { ms: 1500 })}></blog-article>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.hasAttribute('aria-labelledby')).to.equal(false);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(text(status)).to.equal('Loading the post…');
    expect(status.getBoundingClientRect().width).to.be.at.most(1); // visually hidden
    // The header's own boxes, each holding bars: categories, the headline's two lines, the meta
    // line; the image's box; four lines of body (the page gave none).
    const header = part(el, 'header')!;
    const bars = (selector: string): number => header.querySelectorAll(`${selector} > [part="skeleton"]`).length;
    expect([bars('.categories'), bars('.headline'), bars('.meta')]).to.deep.equal([1, 2, 1]);
    expect(header.querySelector(':scope > [part="skeleton"]')).to.exist;
    const lines = part(el, 'body')!.previousElementSibling!;
    expect(lines.querySelectorAll('[part="skeleton"]')).to.have.length(4);
    // The body's own box stays empty (and flat) until the post fills it: nothing in it moves.
    expect(part(el, 'body')!.getBoundingClientRect().height).to.equal(0);
    expect(parts(el, 'skeleton')).to.have.length(9);
    expect(parts(el, 'skeleton').every((bar) => bar.getBoundingClientRect().height > 0)).to.equal(true);
    // A placeholder is no heading and no link: nothing to land on or to tab to.
    expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6, a, button, [tabindex]')).to.be.null;
    for (const name of ['categories', 'headline', 'meta', 'image', 'tags']) expect(part(el, name), name).to.be.null;
    expect(structuredData(el)).to.have.length(0);
    el.remove(); // aborts
  });

  it('shows the fields the page gave while loading, placeholders for the others', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        src=${mockUrl('slow', { ms: 1500 })}
        headline="Given by the page"
        published="2013-12-18"
        author="Liah Qureshi"
        image="/demo/images/her-featured.svg"
        image-width="1200"
        image-height="675"
        ><p>The body, on the page.</p></blog-article
      >`,
    );
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(el).querySelector('[role="status"]'))).to.equal('Loading the post…');
    expect(text(part(el, 'headline'))).to.equal('Given by the page');
    expect(text(part(el, 'meta')))
      .to.contain('December 18, 2013')
      .and.contain('by Liah Qureshi');
    expect(part(el, 'image')!.getAttribute('width')).to.equal('1200');
    // Only the categories are missing: one bar; no body bars under the page's own body.
    expect(parts(el, 'skeleton')).to.have.length(1);
    expect(part(el, 'skeleton')!.parentElement!.classList.contains('categories')).to.equal(true);
    el.remove();
  });

  it('holds the geometry of the loaded header while loading', async () => {
    // 640px: the seed post's headline takes two lines (what its placeholder holds), its
    // categories and meta line one each; its image is 16:9, as the placeholder's box.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 640px"></div>`);
    const el = document.createElement('blog-article');
    el.src = `${await embeddedPostUrl(4)}&delay=600`;
    const settled = nextSettle();
    wrapper.append(el);
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const box = (name: string): number => part(el, name)!.getBoundingClientRect().height;
    const heading = (): number => shadow(el).querySelector('.heading')!.getBoundingClientRect().height;
    const loading = { header: box('header'), heading: heading() };
    const figure = part(el, 'header')!.querySelector(':scope > [part="skeleton"]')!.getBoundingClientRect();
    expect(figure.height).to.be.closeTo((figure.width * 9) / 16, 0.5);
    // Four lines of body text, as this engine lays them out (WebKit rounds line heights).
    const lines = part(el, 'body')!.previousElementSibling!;
    const { fontFamily, fontSize, lineHeight } = getComputedStyle(part(el, 'body')!);
    const text4 = document.createElement('div');
    Object.assign(text4.style, { fontFamily, fontSize, lineHeight });
    text4.append('one', document.createElement('br'), 'two', document.createElement('br'), 'three');
    text4.append(document.createElement('br'), 'four');
    wrapper.append(text4);
    expect(lines.getBoundingClientRect().height).to.be.closeTo(text4.getBoundingClientRect().height, 0.5);
    text4.remove();

    expect(await settled).to.be.instanceOf(BlogLoadEvent);
    await el.updateComplete;
    expect(parts(el, 'skeleton')).to.have.length(0);
    expect(shadow(el).querySelector('[role="status"]')).to.be.null;
    expect(Math.round(box('headline') / parseFloat(getComputedStyle(part(el, 'headline')!).lineHeight))).to.equal(2);
    expect(heading()).to.be.closeTo(loading.heading, 0.5);
    expect(box('header')).to.be.closeTo(loading.header, 0.5);
  });

  it('holds at least the screen in the full layout while loading', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article layout="full" src=${mockUrl('slow', { ms: 1500 })}></blog-article>`,
    );
    expect(part(el, 'base')!.getBoundingClientRect().height).to.be.at.least(window.innerHeight - 1);
    el.remove();
  });

  it('loads the seed post (posts_embed.json, id 4) with author, featured media and terms', async () => {
    const src = await embeddedPostUrl(4);
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${src}></blog-article>`);
    const event = await settled;
    expect(event).to.be.instanceOf(BlogLoadEvent);
    expect(event.type).to.equal('blog-load');
    expect(event.bubbles && event.composed).to.be.true;
    const { post } = (event as BlogArticleLoadEvent).detail;
    expect(post.title).to.equal(HEADLINE);

    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'skeleton')).to.be.null;
    expect(text(part(el, 'headline'))).to.equal(HEADLINE);
    expect(part(el, 'headline')!.querySelector('a')!.href).to.equal(
      'http://127.0.0.1:8088/2013/12/18/spike-jonzes-her/',
    );
    const categories = part(el, 'categories')!;
    expect(text(categories)).to.equal('Posted in Articles');
    expect(categories.querySelector('a')!.href).to.equal('http://127.0.0.1:8088/category/articles/');
    expect(text(part(el, 'tags'))).to.equal('Tagged Film, Spike Jonze');
    const meta = part(el, 'meta')!;
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2013-12-18T09:30:00.000Z');
    expect(meta.querySelector('.p-author')!.textContent).to.equal('Liah Qureshi');
    expect(meta.querySelector<HTMLAnchorElement>('.p-author')!.href).to.equal(
      'http://127.0.0.1:8088/author/liah-qureshi/',
    );

    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('http://127.0.0.1:8088/wp-content/uploads/2013/12/her-featured.png');
    expect(img.getAttribute('alt')).to.equal('Theodore looking out over Los Angeles');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('675');
    const srcset = img.getAttribute('srcset')!;
    expect(srcset).to.contain('her-featured-300x169.png 300w');
    expect(srcset).to.contain('her-featured-1024x576.png 1024w');
    expect(srcset).not.to.contain('150x150'); // the square crop would be distorted

    // the content is sanitized into a light-DOM child, indexable and styled by the page
    const content = el.querySelector(':scope > [data-blog-content]')!;
    expect(content.classList.contains('e-content')).to.be.true;
    expect(content.querySelector('h2')!.textContent).to.equal('A love story without a body');
    expect(content.querySelector('blockquote')).to.exist;
    expect(content.querySelector('a')!.getAttribute('rel')).to.equal('noopener');
    expect(text(part(el, 'meta'))).to.contain('1 minute read');

    expect(jsonLd(el)).to.deep.include({ '@type': 'BlogPosting', headline: HEADLINE, articleSection: 'Articles' });
    expect(jsonLd(el).datePublished).to.equal('2013-12-18T09:30:00.000Z');
  });

  it('loads post.json (no _embed data in the capture) from a /wp-json/wp/v2/posts/ID-style URL', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${fixtureRoute('post.json')}></blog-article>`);
    expect(await settled).to.be.instanceOf(BlogLoadEvent);
    expect(text(part(el, 'headline'))).to.equal(HEADLINE);
    expect(part(el, 'categories')).to.be.null; // terms come only with _embed
    expect(el.querySelector('[data-blog-content] p')).to.exist;
  });

  it('asks WordPress for _embed, with both URL styles', async () => {
    const seen: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      seen.push(String(input instanceof Request ? input.url : input));
      return original(fixtureUrl('post.json'), init);
    };
    try {
      for (const src of [
        'https://blog.example/wp-json/wp/v2/posts/4',
        'https://blog.example/?rest_route=/wp/v2/posts/4',
      ]) {
        const settled = nextSettle();
        await fixture(html`<blog-article src=${src}></blog-article>`);
        expect(await settled).to.be.instanceOf(BlogLoadEvent);
      }
    } finally {
      window.fetch = original;
    }
    expect(seen[0]).to.equal('https://blog.example/wp-json/wp/v2/posts/4?_embed=1');
    expect(new URL(seen[1]!).searchParams.get('rest_route')).to.equal('/wp/v2/posts/4');
    expect(new URL(seen[1]!).searchParams.get('_embed')).to.equal('1');
  });

  it('lets attributes set by the page win over loaded values', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(
      html`<blog-article
        src=${await embeddedPostUrl(4)}
        headline="The page's own title"
        categories="Reviews"
        author="L. Q."
        image="https://cdn.example/own.jpg"
        image-width="800"
        image-height="800"
      ></blog-article>`,
    );
    await settled;
    expect(text(part(el, 'headline'))).to.equal("The page's own title");
    expect(text(part(el, 'categories'))).to.equal('Posted in Reviews');
    expect(part(el, 'meta')!.querySelector('.p-author')!.textContent).to.equal('L. Q.');
    const img = part(el, 'image')!;
    expect(img.getAttribute('src')).to.equal('https://cdn.example/own.jpg');
    expect(img.hasAttribute('srcset')).to.be.false;
    expect(img.getAttribute('width')).to.equal('800');
    expect(text(part(el, 'tags'))).to.equal('Tagged Film, Spike Jonze'); // not set by the page: loaded
  });

  it('keeps a body the page wrote itself instead of the loaded content', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(
      html`<blog-article src=${fixtureRoute('post.json')}><p>Mine.</p></blog-article>`,
    );
    await settled;
    expect(el.querySelector('[data-blog-content]')).to.be.null;
    expect(el.querySelector('p')!.textContent).to.equal('Mine.');
  });

  it('shows the loaded excerpt in excerpt mode, with a continue link to the permalink', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article excerpt src=${await embeddedPostUrl(4)}></blog-article>`);
    await settled;
    const excerpt = el.querySelector(':scope > [data-blog-excerpt]')!;
    expect(excerpt.getAttribute('slot')).to.equal('excerpt');
    expect(excerpt.textContent).to.contain('In Her, Spike Jonze imagines');
    expect(part(el, 'excerpt')).to.exist;
    expect(part(el, 'body')!.hidden).to.be.true;
    const more = part(el, 'continue') as HTMLAnchorElement;
    expect(more.href).to.equal('http://127.0.0.1:8088/2013/12/18/spike-jonzes-her/');
    expect(more.getAttribute('aria-label')).to.equal(`Continue reading “${HEADLINE}”`);
  });

  it('replaces everything when src changes, and clears it when src is removed', async () => {
    let settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${await embeddedPostUrl(4)}></blog-article>`);
    await settled;
    settled = nextSettle();
    el.src = fixtureRoute('xss_post.json');
    await settled;
    expect(text(part(el, 'headline'))).to.equal('Sanitization probe');
    expect(el.querySelectorAll('[data-blog-content]')).to.have.length(1);
    expect(el.querySelector('[data-blog-content]')!.textContent).to.contain('hostile markup');
    expect(structuredData(el)).to.have.length(1);
    expect(jsonLd(el).headline).to.equal('Sanitization probe');

    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.querySelector('[data-blog-content]')).to.be.null;
    expect(structuredData(el)).to.have.length(0);
    expect(part(el, 'header')).to.be.null;
  });

  it('aborts a slow load when src changes: only the newer post shows, one event', async () => {
    const events: Event[] = [];
    const el = await fixture<BlogArticle>(
      html`<blog-article
        src=${mockUrl('slow', { ms: 600 })}
        @blog-load=${(e: Event) => events.push(e)}
        @blog-error=${(e: Event) => events.push(e)}
      ></blog-article>`,
    );
    el.src = fixtureRoute('post.json');
    await oneEvent(el, 'blog-load');
    await aTimeout(800);
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(BlogLoadEvent);
    expect(text(part(el, 'headline'))).to.equal(HEADLINE);
  });

  it('aborts on disconnect without an event or an unhandled rejection, and reloads on reconnect', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent): void => void rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const events: Event[] = [];
    const listen = (e: Event): number => events.push(e);
    document.addEventListener('blog-load', listen);
    document.addEventListener('blog-error', listen);
    try {
      const el = await fixture<BlogArticle>(
        html`<blog-article src=${mockUrl('fixture/post.json', { delay: 300 })}></blog-article>`,
      );
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(500);
      expect(events).to.have.length(0);
      expect(rejections).to.have.length(0);
      const settled = nextSettle();
      parent.append(el);
      expect(await settled).to.be.instanceOf(BlogLoadEvent);
      expect(text(part(el, 'headline'))).to.equal(HEADLINE);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('blog-load', listen);
      document.removeEventListener('blog-error', listen);
    }
  });
});

describe('<blog-article src> errors', () => {
  async function failing(
    src: string,
    attrs: { timeout?: number } = {},
  ): Promise<{ el: BlogArticle; event: BlogErrorEvent }> {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(
      html`<blog-article src=${src} timeout=${attrs.timeout ?? 15000}></blog-article>`,
    );
    const event = await settled;
    expect(event).to.be.instanceOf(BlogErrorEvent);
    await el.updateComplete;
    return { el, event: event as BlogErrorEvent };
  }
  const message = (el: BlogArticle): string => text(part(el, 'error')!.querySelector('.error-text'));

  it('404 (post_404.json): says nothing was found, role=alert, blog-error with the LoadError', async () => {
    const { el, event } = await failing(fixtureRoute('post_404.json', { status: 404 }));
    const box = part(el, 'error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(message(el)).to.equal('Nothing was found at this address (404).');
    expect(event.detail.error.kind).to.equal('not-found');
    expect(event.detail.error.code).to.equal('rest_post_invalid_id');
    expect(event.bubbles && event.composed).to.be.true;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'skeleton')).to.be.null;
  });

  it('500: a server error naming the host and status', async () => {
    const { el, event } = await failing(mockUrl('status/500'));
    expect(event.detail.error.kind).to.equal('server');
    expect(message(el)).to.equal(`${location.host} answered with an error (500). Try again in a moment.`);
  });

  it('HTML instead of JSON (a login page)', async () => {
    const { el, event } = await failing(mockUrl('html'));
    expect(event.detail.error.kind).to.equal('not-json');
    expect(message(el)).to.contain('did not answer with data this element can read');
  });

  it('JSON that is not a post', async () => {
    for (const body of ['{}', '[]', '{"id":"4","title":"x"}', 'null', '"post"']) {
      const { el, event } = await failing(mockUrl('json', { body }));
      expect(event.detail.error.messageKey, body).to.equal('errorNotPost');
      expect(message(el)).to.equal('The address did not return a blog post.');
    }
    // posts_embed.json is a list of posts, not a post
    const { el } = await failing(fixtureRoute('posts_embed.json'));
    expect(message(el)).to.equal('The address did not return a blog post.');
  });

  it('an unreachable site (connection dropped)', async () => {
    const { el, event } = await failing(mockUrl('drop'));
    expect(['unreachable', 'cors']).to.include(event.detail.error.kind);
    expect(message(el)).to.contain(location.host);
  });

  it('a site that refuses CORS', async () => {
    const other = new URL(location.href);
    other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    other.pathname = '/fixtures/wordpress/post.json';
    const { el, event } = await failing(other.href);
    expect(event.detail.error.kind).to.equal('cors');
    expect(message(el)).to.contain('CORS');
  });

  it('a timeout', async () => {
    const { el, event } = await failing(mockUrl('slow', { ms: 3000 }), { timeout: 300 });
    expect(event.detail.error.kind).to.equal('timeout');
    expect(message(el)).to.equal(`${location.host} took too long to answer.`);
  });

  it('an invalid src', async () => {
    const { el } = await failing('http://[::1');
    expect(part(el, 'error')).to.exist;
  });

  it('keeps the page’s own attributes on show next to the error', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(
      html`<blog-article headline="Still here" src=${mockUrl('status/404')}></blog-article>`,
    );
    await settled;
    await el.updateComplete;
    expect(text(part(el, 'headline'))).to.equal('Still here');
    expect(part(el, 'error')).to.exist;
  });

  it('"Try again" runs the load again (skeleton, then a new result) and keeps focus on it', async () => {
    const { el } = await failing(mockUrl('status/503', { delay: 50 }));
    const retry = part(el, 'retry') as HTMLButtonElement;
    expect(retry.localName).to.equal('button');
    expect(text(retry)).to.equal('Try again');
    retry.focus();
    const settled = nextSettle();
    retry.click();
    await el.updateComplete;
    expect(part(el, 'skeleton')).to.exist;
    expect(part(el, 'error')).to.be.null;
    expect(await settled).to.be.instanceOf(BlogErrorEvent);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry'));

    // and once the site answers, the post shows
    const loaded = nextSettle();
    el.src = fixtureRoute('post.json');
    expect(await loaded).to.be.instanceOf(BlogLoadEvent);
    expect(part(el, 'error')).to.be.null;
  });
});

describe('<blog-article src> hostile WordPress content', () => {
  let dialogs: ReturnType<typeof spyOnDialogs>;
  beforeEach(() => {
    delete (window as { __xss?: unknown }).__xss;
    dialogs = spyOnDialogs();
  });
  afterEach(() => dialogs.restore());

  async function check(src: string): Promise<BlogArticle> {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article excerpt src=${src}></blog-article>`);
    expect(await settled).to.be.instanceOf(BlogLoadEvent);
    el.excerpt = false; // render the whole body too
    await el.updateComplete;
    await aTimeout(300); // let any image error handlers or timers fire
    expect(dangers(el)).to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss).to.be.undefined;
    expect(dialogs.calls).to.deep.equal([]);
    expect(text(part(el, 'headline'))).to.equal('Sanitization probe');
    expect(el.querySelectorAll('script')).to.have.length(1); // only the JSON-LD
    return el;
  }

  it('xss_post.json: nothing executes, the text survives', async () => {
    const el = await check(fixtureRoute('xss_post.json'));
    const content = el.querySelector('[data-blog-content]')!;
    expect(content.textContent).to.contain('javascript: link');
    expect(content.querySelector('a')!.hasAttribute('href')).to.be.false;
    expect(content.querySelector('a[href="https://example.com/"]')).to.exist;
    expect(content.querySelector('[style]:not(img)')).to.be.null;
    expect(content.querySelector('img')!.getAttribute('alt')).to.equal('broken');
  });

  it('posts_embed.json id 6 (with _embed): nothing executes', async () => {
    const el = await check(await embeddedPostUrl(6));
    expect(text(part(el, 'categories'))).to.equal('Posted in Uncategorized');
  });
});
