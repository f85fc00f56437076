// The script-tag bundle as it ships, dist/blog-widgets.js (npm test builds dist/ first when it is
// missing or older than src/): one file that lazy chunks import back as `../blog-widgets.js`.
// Each page runs in its own iframe, so each has a module map of its own. Checked: the plain URL;
// the URL with a query WordPress gives it (`?ver=3`), which must leave a single copy in charge of
// the elements, their lazy parts and the page-wide API; and a link that only works with its query
// (a signed CDN link), where that copy has to do the work itself.
import { expect, waitUntil } from '@open-wc/testing';
import type * as Cdn from '../src/cdn.js';
import { mockUrl } from './support/env.js';

type Api = typeof Cdn;
type Frame = Window & typeof globalThis & { api?: Api; plain?: Api; ready?: boolean };

const frames: HTMLIFrameElement[] = [];

/** A page with `entry` in a script tag and `body`; `setup` runs in a module that imports `entry`. */
async function page(path: string, body: string, setup = ''): Promise<{ win: Frame; doc: Document }> {
  // Absolute: WebKit resolves an import() in an inline module of a srcdoc page against about:srcdoc.
  const entry = new URL(path, location.href).href;
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script type="module" src="${entry}"></script>
    <script type="module">
      import * as api from '${entry}';
      window.api = api;
      ${setup}
      window.ready = true;
    </script>
    ${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame;
  await waitUntil(() => win.ready, `${path} never loaded`, { timeout: 10_000 });
  return { win, doc: frame.contentDocument! };
}

const shadowText = (el: Element | null, selector: string): string | undefined =>
  el?.shadowRoot?.querySelector(selector)?.textContent.trim();

/** The resources of the page whose URL ends with `suffix`. */
const loads = (win: Window, suffix: RegExp): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => suffix.test(name));

describe('the script-tag bundle, dist/blog-widgets.js', function () {
  this.timeout(20_000);

  before(async () => {
    const res = await fetch('/dist/blog-widgets.js', { method: 'HEAD', cache: 'no-store' });
    if (!res.ok) throw new Error('dist/blog-widgets.js is missing: run `npm run build` (npm test does it for you)');
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('is one request before the first render, and its lazy parts share its code', async () => {
    const { win, doc } = await page(
      '/dist/blog-widgets.js',
      `<blog-article headline="Her" src="${mockUrl('status/404')}"></blog-article>`,
    );
    const article = doc.querySelector('blog-article')!;
    await waitUntil(() => shadowText(article, '[part="retry"]'), 'the lazy error box never showed', {
      timeout: 10_000,
    });
    expect(win.customElements.get('blog-article')).to.equal(win.api!.BlogArticle);
    expect(shadowText(article, '[part="retry"]')).to.equal('Try again');
    // The entry imports nothing statically: no facade, no shared chunk before the first render.
    const source = await (await fetch('/dist/blog-widgets.js', { cache: 'no-store' })).text();
    expect(source).not.to.match(/^import[\s{]|[;}]import\s*\{[^}]*\}\s*from/m);
    expect(loads(win, /\/dist\/blog-widgets\.js(\?|$)/)).to.have.length(1);
    expect(loads(win, /\/chunks\/remote-[\w-]+\.js$/)).to.have.length(1);
  });

  it('loaded as blog-widgets.js?ver=3, leaves everything to one copy: elements, lazy parts, the API', async () => {
    const { win, doc } = await page(
      '/dist/blog-widgets.js?ver=3',
      `<blog-article headline="Her" src="${mockUrl('status/404')}"></blog-article>`,
      // Called at once, before the copy in charge has arrived: forwarded, not lost.
      `api.setStrings('en', { retry: 'Once more' });
       api.define('x-script-tag-probe', class extends HTMLElement {});
       await customElements.whenDefined('blog-article');
       window.plain = await import(new URL('/dist/blog-widgets.js', '${location.href}').href);`,
    );
    const article = doc.querySelector('blog-article')!;
    await waitUntil(() => shadowText(article, '[part="retry"]'), 'the lazy error box never showed', {
      timeout: 10_000,
    });
    const { api, plain } = win;
    // The elements are the plain URL's, and so are the classes the ?ver=3 URL exports.
    expect(win.customElements.get('blog-article')).to.equal(plain!.BlogArticle);
    expect(api!.BlogArticle).to.equal(plain!.BlogArticle);
    expect(api!.BlogElement).to.equal(plain!.BlogElement);
    expect(api!.VERSION).to.equal(plain!.VERSION);
    // setStrings() through ?ver=3 reached the text of a lazy chunk, which imports the plain URL.
    expect(shadowText(article, '[part="retry"]')).to.equal('Once more');
    expect(win.customElements.get('x-script-tag-probe')).to.be.a('function');
    expect(loads(win, /\/dist\/blog-widgets\.js\?ver=3$/)).to.have.length(1);
    expect(loads(win, /\/dist\/blog-widgets\.js$/)).to.have.length(1);
    expect(loads(win, /\/chunks\/remote-[\w-]+\.js$/)).to.have.length(1);
  });

  it('loaded by a link that only works with its query, defines the elements itself', async () => {
    const { win, doc } = await page(
      '/__mock/signed/blog-widgets.js?token=abc',
      '<blog-article headline="Her" categories="Articles"></blog-article>',
    );
    await waitUntil(() => win.customElements.get('blog-article'), 'no <blog-article> was defined', {
      timeout: 10_000,
    });
    const article = doc.querySelector('blog-article')!;
    await waitUntil(() => shadowText(article, '#headline'), 'the article never rendered');
    expect(shadowText(article, '#headline')).to.equal('Her');
    expect(win.customElements.get('blog-article')).to.equal(win.api!.BlogArticle);
    win.api!.setStrings('en', { postedIn: 'Filed under {list}' });
    await waitUntil(() => shadowText(article, '.categories') === 'Filed under Articles', 'setStrings did not apply');
  });
});
