// <blog-comments> with hostile data, from the static source and from a WordPress answer: XSS
// payloads in bodies, names, URLs and avatars never run (a global flag the payloads would set
// stays unset) and leave no event-handler attribute, no script-capable element and no
// javascript:/data: URL in the DOM; RTL, emoji and combining characters keep every character.
import { expect } from '@open-wc/testing';
import type { BlogComments } from '../src/blog-comments.js';
import {
  card,
  clearBlogStorage,
  formOf,
  mount,
  part,
  parts,
  shownIds,
  text,
  trail,
  wpMock,
  type StaticComment,
  eventually,
} from './comments.helpers.js';

const FLAG = '__commentsXss';
const pwned = (): unknown => (window as { __commentsXss?: unknown }).__commentsXss;
afterEach(() => {
  delete (window as { __commentsXss?: unknown }).__commentsXss;
  clearBlogStorage();
});

/** Payloads that set window.__commentsXss if anything of them runs. */
const set = (n: number): string => `window.${FLAG}=${n}`;
const BODY = [
  `<script>${set(1)}</script>`,
  `<img src=x onerror="${set(2)}">`,
  `<svg onload="${set(3)}"><circle r=5></circle></svg>`,
  `<iframe src="javascript:${set(4)}"></iframe>`,
  `<iframe srcdoc="<script>parent.${set(5)}</script>"></iframe>`,
  `<a href="javascript:${set(6)}">click me</a>`,
  `<a href="data:text/html,<script>${set(7)}</script>">data link</a>`,
  `<a href=" JaVaScRiPt:${set(8)}">spaced</a>`,
  // (An unclosed <noscript> below swallows what follows it, and is dropped whole: the fine link comes first.)
  '<a href="https://example.com/ok">a fine link</a>',
  `<p style="background:url(javascript:${set(9)})" onclick="${set(10)}">styled</p>`,
  `<form action="javascript:${set(11)}"><button formaction="javascript:${set(12)}">go</button></form>`,
  `<object data="javascript:${set(13)}"></object><embed src="javascript:${set(14)}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${set(15)}"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${set(16)}>"></noscript>`,
  `<base href="javascript:${set(17)}//"><meta http-equiv="refresh" content="0;url=javascript:${set(18)}">`,
].join('\n');
const NAME = `<img src=x onerror="${set(20)}">Eve"><script>${set(21)}</script>`;

/** Fails the test when anything in the element's shadow tree could run script. */
function expectInert(el: Element): void {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('script, iframe, object, embed, base, meta, math, noscript')).to.have.length(0);
  // Forms: the comment form's own only. Pictures: the avatars' colour squares only.
  expect(Array.from(root.querySelectorAll('form')).filter((f) => f.getAttribute('part') !== 'base')).to.have.length(0);
  expect(Array.from(root.querySelectorAll('svg')).filter((svg) => !svg.closest('.face'))).to.have.length(0);
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const name of node.getAttributeNames()) {
      expect(name.startsWith('on'), `${node.localName} has ${name}`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'data', 'style'].includes(name)) {
        expect(node.getAttribute(name), `${node.localName} ${name}`).not.to.match(
          /^\s*(javascript|data|vbscript):|url\(/i,
        );
      }
    }
  }
  // Light DOM: only the JSON-LD trail (and the inline JSON the page gave), never an executable script.
  for (const script of Array.from(el.querySelectorAll('script')))
    expect(script.type, 'light-DOM script type').to.match(/^application\/(ld\+)?json$/);
}

/** A broken avatar that fails to load: once its error has fired, hostile images have had their chance. */
const canary = (): StaticComment => ({
  id: 'canary',
  author: { name: 'Canary', avatar: new URL('/__mock/status/404', location.origin).href },
  content: 'tweet',
});
const canaryGone = (el: BlogComments): Promise<void> =>
  eventually(() => !card(el, 'canary')?.querySelector('img'), 'the canary avatar never failed');

describe('<blog-comments> with hostile data', function () {
  this.timeout(30_000);

  it('static source: payloads in bodies, names, links and avatars never run and leave nothing executable', async () => {
    const el = await mount(
      [
        {
          id: 'h1',
          author: { name: NAME, link: `javascript:${set(30)}`, avatar: `javascript:${set(31)}` },
          contentHtml: BODY,
        },
        {
          id: 'h2',
          author: {
            name: 'Mallory',
            link: `data:text/html,<script>${set(32)}</script>`,
            avatar: 'data:image/svg+xml,<svg onload="alert(1)"/>',
          },
          content: BODY, // as text: shown, never parsed
        },
        {
          id: 'h3',
          author: { name: 'Trent', link: 'vbscript:msgbox(1)', avatar: 'x" onerror="alert(1)' },
          contentHtml: `<img src=x onerror=${set(33)}>`,
        },
        canary(),
      ],
      { form: true },
    );
    await canaryGone(el);
    // Trent's avatar is a relative URL that answers 404 (its own request, which may come back
    // after the canary's): the picture gives way to initials once that error arrives.
    await eventually(() => !card(el, 'h3')?.querySelector('[part~="avatar"] img'), 'the broken avatar stayed');
    // The hostile name also shows in "Leave a Reply to …".
    card(el, 'h1')!.querySelector<HTMLButtonElement>('[part~="reply"]')!.click();
    await eventually(() => formOf(el).slot === 'reply', 'Reply did not move the form');
    await formOf(el).updateComplete;
    expect(pwned()).to.equal(undefined);
    expectInert(el);
    expectInert(formOf(el));

    const h1 = card(el, 'h1')!;
    expect(h1.querySelector('[part~="author"]')!.textContent).to.equal(NAME);
    expect(h1.querySelector('[part~="author"]')!.localName).to.equal('span'); // the javascript: link is dropped
    expect(h1.querySelector('[part~="avatar"] img')).to.equal(null);
    const links = Array.from(h1.querySelectorAll<HTMLAnchorElement>('[part~="content"] a[href]'));
    expect(links.map((a) => [a.getAttribute('href'), a.rel])).to.deep.equal([
      ['https://example.com/ok', 'nofollow ugc noopener'],
    ]);
    expect(text(h1.querySelector('[part~="content"]'))).to.contain('click me');

    // A text body shows the markup as text.
    expect(text(card(el, 'h2')!.querySelector('[part~="content"]'))).to.contain(`<script>${set(1)}</script>`);
    expect(card(el, 'h2')!.querySelector('[part~="author"]')!.localName).to.equal('span');
    expect(card(el, 'h3')!.querySelector('[part~="avatar"] img')).to.equal(null);

    // The JSON-LD trail holds the text, escaped so it cannot end its script element.
    const ld = el.querySelector('script[data-blog-structured-data]')!.textContent;
    expect(ld).not.to.contain('<');
    expect(JSON.stringify(trail(el))).to.contain('Eve');
  });

  it('WordPress answer: the same payloads in content.rendered, author_name, author_url and author_avatar_urls', async () => {
    const wp = [
      {
        id: 91,
        post: 4,
        parent: 0,
        author: 0,
        author_name: NAME,
        author_url: `javascript:${set(40)}`,
        author_avatar_urls: { '24': `javascript:${set(41)}`, '96': `data:image/svg+xml,<svg onload="${set(42)}"/>` },
        date_gmt: '2013-12-20T11:00:00',
        content: { rendered: BODY },
        link: `javascript:${set(43)}`,
        status: 'approved',
      },
      {
        id: 92,
        post: 4,
        parent: 91,
        author: 0,
        author_name: 'Canary',
        author_avatar_urls: { '96': new URL('/__mock/status/404', location.origin).href },
        date_gmt: '2013-12-20T12:00:00',
        content: { rendered: '<p>tweet</p>' },
        status: 'approved',
      },
    ];
    const el = await mount(undefined, {
      attrs: {
        post: '4',
        'post-title': 'Probe',
        source: wpMock('json', { body: JSON.stringify(wp), 'X-WP-Total': 2 }),
      },
      form: true,
    });
    expect(shownIds(el)).to.deep.equal(['91', '92']);
    await eventually(() => !card(el, '92')?.querySelector('img'), 'the canary avatar never failed');
    expect(pwned()).to.equal(undefined);
    expectInert(el);
    expect(card(el, '91')!.querySelector('[part~="permalink"]')!.getAttribute('href')).to.equal('#comment-91');
  });

  it('RTL, emoji and combining characters keep every character; bodies read in their own direction', async () => {
    const names = ['ليا قريشي', '👩🏽‍💻 Ada', 'Zoe\u0308 A\u030Angstro\u0308m', 'יוסי'];
    const bodies = ['مرحبا بالعالم', '🇯🇵 日本語 👩🏽‍💻', 'Cafe\u0301 and nai\u0308ve', 'שלום \u202Ereversed\u202C'];
    const el = await mount(names.map((name, i) => ({ id: `u${i}`, author: name, content: bodies[i] })));
    names.forEach((name, i) => {
      expect(text(card(el, `u${i}`)!.querySelector('[part~="author"]'))).to.equal(name);
      const content = card(el, `u${i}`)!.querySelector('[part~="content"]')!;
      expect(text(content)).to.equal(bodies[i]);
      expect(content.getAttribute('dir')).to.equal('auto');
    });
    await expect(el).to.be.accessible();
  });

  it('junk in the data (wrong types, missing ids, a broken date) is skipped or shown plainly, never thrown', async () => {
    const el = await mount(undefined, {
      json: JSON.stringify({
        comments: [
          { id: 'ok', author: 'Fine', content: 'fine' },
          { author: 'No id', content: 'dropped' },
          { id: 'date', author: 'Dated', date: 'not a date', content: 'no date shown' },
          { id: { x: 1 }, author: 'Object id', content: 'dropped' },
          'a string',
          null,
          { id: 'big', author: 'x'.repeat(5000), content: 'y'.repeat(20_000) },
        ],
      }),
    });
    expect(shownIds(el)).to.deep.equal(['ok', 'date', 'big']);
    expect(card(el, 'date')!.querySelector('time')).to.equal(null);
    expect(text(card(el, 'big')!.querySelector('[part~="content"]'))).to.have.length(20_000);
    expect(parts(el, 'error')).to.have.length(0);
    expect(part(el, 'heading')).to.exist;
  });
});
