// <blog-likes>: the avatar strip (first N faces, "+N"), the dialog listing every liker (focus in,
// Escape, focus back), hostile counts and likers, and 100,000 likers costing the DOM of a few.
import { expect, fixture, html } from '@open-wc/testing';
import type { BlogLikes } from '../src/blog-likes.js';
import { svgImageUrl } from './comments.helpers.js';
import { press } from './support/keys.js';
import {
  bloggers,
  heldSource,
  likeButton,
  likesElement,
  mountLikes,
  nodeCount,
  part,
  parts,
  place,
  sentence,
  text,
  type StaticLiker,
  eventually,
} from './likes.helpers.js';

/** The names written next to the faces of the strip, in order. */
const stripNames = (el: BlogLikes): string[] =>
  parts(el, 'liker').map((liker) => text(liker.querySelector('.visually-hidden')));

/** The open dialog, once its list (or error) has loaded. */
async function openList(el: BlogLikes): Promise<HTMLDialogElement> {
  part(el, 'more')!.click();
  await eventually(
    () => !!el.shadowRoot!.querySelector('dialog[open] [part~="list"], dialog[open] [role="alert"]'),
    'the list never opened',
  );
  await el.updateComplete;
  return el.shadowRoot!.querySelector('dialog')!;
}

/** The element focused inside the element's shadow root ('' when focus is elsewhere). */
const focused = (el: BlogLikes): Element | null => el.shadowRoot!.activeElement;

describe('<blog-likes> strip', function () {
  // axe and keyboard round trips take seconds when three browsers share two cores.
  this.timeout(30_000);

  it('shows the first 10 faces in order, then "+N" for the rest', async () => {
    const el = await mountLikes({ count: 40, likers: bloggers(12) });
    expect(stripNames(el)).to.deep.equal(bloggers(10).map((b) => b.name));
    const more = part<HTMLButtonElement>(el, 'more')!;
    expect(text(more)).to.equal('+30');
    expect(more.getAttribute('aria-label')).to.equal('30 more');
    expect(more.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(part(el, 'strip')!.getAttribute('aria-label')).to.equal('Bloggers who like this');
  });

  it('max-avatars sets N; all faces and no "+N" when everyone fits', async () => {
    const few = await mountLikes({ count: 12, likers: bloggers(12) }, { attrs: { 'max-avatars': '3' } });
    expect(stripNames(few)).to.deep.equal(['Blogger 1', 'Blogger 2', 'Blogger 3']);
    expect(text(part(few, 'more'))).to.equal('+9');
    const all = await mountLikes({ count: 4, likers: bloggers(4) });
    expect(stripNames(all)).to.have.length(4);
    expect(part(all, 'more')).to.equal(null);
    const none = await mountLikes({ count: 5, likers: bloggers(5) }, { attrs: { 'max-avatars': '0' } });
    expect(parts(none, 'liker')).to.have.length(0);
    expect(text(part(none, 'more'))).to.equal('+5');
  });

  it('a face: coloured initials, the picture once it loads, a link to the liker’s site with rel="nofollow ugc noopener"', async () => {
    const avatar = svgImageUrl('purple');
    const el = await mountLikes({
      count: 2,
      likers: [{ name: 'Maya Chen', avatar, link: 'https://maya.example.org/' }, { name: 'Tom Okafor' }],
    });
    const [maya, tom] = parts(el, 'liker');
    expect(maya!.localName).to.equal('a');
    expect(maya!.getAttribute('href')).to.equal('https://maya.example.org/');
    expect(maya!.getAttribute('rel')).to.equal('nofollow ugc noopener');
    expect(maya!.getAttribute('title')).to.equal('Maya Chen');
    const face = maya!.querySelector('[part~="avatar"]')!;
    expect(face.getAttribute('aria-hidden')).to.equal('true');
    expect(text(face)).to.equal('MC');
    const img = face.querySelector('img')!;
    await eventually(() => img.hasAttribute('data-loaded'), 'the picture never loaded');
    expect(img.alt).to.equal('');
    expect(tom!.localName).to.equal('span');
    expect(text(tom!.querySelector('[part~="avatar"]'))).to.equal('TO');
  });

  describe('the list of every liker', () => {
    it('"+N" opens a modal dialog: focus moves in, the likers and "N more" are listed, Escape closes and focus returns', async () => {
      const el = await mountLikes({ count: 40, likers: bloggers(12) });
      const more = part<HTMLButtonElement>(el, 'more')!;
      more.focus();
      const dialog = await openList(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(focused(el)), 'focus is in the dialog').to.equal(true);
      const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(text(title)).to.equal('Bloggers who like this');
      const names = Array.from(dialog.querySelectorAll('[part~="list"] li'), (li) => text(li.lastElementChild));
      expect(names).to.deep.equal(bloggers(12).map((b) => b.name));
      expect(text(dialog.querySelector('.panel > p'))).to.equal('28 more');
      await expect(el).to.be.accessible();

      await press('Escape');
      await eventually(() => !el.shadowRoot!.querySelector('dialog'), 'Escape did not close the dialog');
      await el.updateComplete;
      expect(focused(el) === part(el, 'more'), 'focus back on "+N"').to.equal(true);
    });

    it('keyboard only: Tab to "+N", Enter opens, Close (Enter) closes, focus returns', async () => {
      const el = await mountLikes({ count: 15, likers: bloggers(15) });
      likeButton(el).focus();
      for (let i = 0; i < 20 && focused(el) !== part(el, 'more'); i++) await press('Tab');
      expect(focused(el) === part(el, 'more'), 'Tab reaches "+N"').to.equal(true);
      await press('Enter');
      await eventually(
        () => !!el.shadowRoot!.querySelector('dialog[open] [part~="list"]'),
        'Enter did not open the list',
      );
      await el.updateComplete;
      const close = part<HTMLButtonElement>(el, 'close')!;
      expect(text(close)).to.equal('Close');
      expect(focused(el) === close, 'focus moved to Close, the first control of the dialog').to.equal(true);
      await press('Enter');
      await eventually(() => !el.shadowRoot!.querySelector('dialog'), 'Close did not close the dialog');
      await el.updateComplete;
      expect(focused(el) === part(el, 'more'), 'focus back on "+N"').to.equal(true);
    });

    it('while the list loads it says so; a failed load says why (axe in both)', async () => {
      const held = heldSource();
      const el = likesElement();
      el.source = held.source;
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(el);
      held.answer({ count: 30, liked: false, likers: bloggers(12) as { name: string }[] });
      await eventually(() => !!part(el, 'more'), 'no "+N"');
      part(el, 'more')!.click();
      await eventually(() => !!el.shadowRoot!.querySelector('dialog[open] [role="status"]'), 'no loading line');
      expect(text(el.shadowRoot!.querySelector('dialog [role="status"]'))).to.equal('Loading likes…');
      await expect(el).to.be.accessible();
      held.fail(new Error('offline'));
      await eventually(() => !!el.shadowRoot!.querySelector('dialog[open] [role="alert"]'), 'no error in the dialog');
      expect(text(el.shadowRoot!.querySelector('dialog [role="alert"]'))).to.equal(
        `${location.host} did not answer with data this element can read.`,
      );
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('dialog')!.close();
      await eventually(() => !el.shadowRoot!.querySelector('dialog'), 'the dialog stayed');
    });

    it('a click on the backdrop closes it', async () => {
      const el = await mountLikes({ count: 15, likers: bloggers(15) });
      const dialog = await openList(el);
      dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await eventually(() => !el.shadowRoot!.querySelector('dialog'), 'the backdrop did not close the dialog');
      // A click inside the panel does not.
      const again = await openList(el);
      again.querySelector('.panel')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(again.open).to.equal(true);
      again.close();
    });
  });

  describe('hostile counts', () => {
    const attrs: [string, string][] = [
      ['-5', 'Be the first to like this.'],
      ['abc', 'Be the first to like this.'],
      ['12.7', '12 bloggers like this:'],
      [
        '1e400',
        `${new Intl.NumberFormat('en', { notation: 'compact' }).format(Number.MAX_SAFE_INTEGER)} bloggers like this:`,
      ],
    ];
    for (const [count, expected] of attrs) {
      it(`count="${count}": “${expected}”`, async () => {
        const el = await mountLikes({ likers: [] }, { attrs: { count } });
        expect(sentence(el)).to.equal(expected);
        expect(text(el.shadowRoot)).not.to.match(/NaN|Infinity|-\d/);
      });
    }

    it('JSON counts that are negative, text, fractional or 1e20 are ignored (with a warning); the likers still count', async () => {
      for (const count of [-3, '12', 2.5, 1e20, null, { n: 1 }]) {
        const el = await mountLikes({ count, likers: bloggers(2) });
        expect(sentence(el), JSON.stringify(count)).to.equal('2 bloggers like this:');
      }
    });
  });

  describe('hostile likers', () => {
    const flag = '__likesXss';
    const pwned = (): unknown => (window as { __likesXss?: unknown }).__likesXss;
    afterEach(() => delete (window as { __likesXss?: unknown }).__likesXss);

    it('javascript: and data: links are not links, data: and javascript: avatars are not loaded, markup in names is text; nothing runs', async () => {
      const payload = `<img src=x onerror="window.${flag}=1"><script>window.${flag}=2</script>`;
      const likers: (StaticLiker | null | number)[] = [
        { name: `Eve ${payload}`, link: `javascript:window.${flag}=3`, avatar: `javascript:window.${flag}=4` },
        {
          name: 'Mallory',
          link: 'data:text/html,<script>alert(1)</script>',
          avatar: 'data:image/svg+xml,<svg onload="alert(1)"/>',
        },
        { name: 'Trent" onmouseover="alert(1)', link: ' JaVaScRiPt:alert(1)', avatar: 'vbscript:x' },
        // A broken picture of a fine liker: its error event is the sign that pictures were tried.
        { name: 'Canary', avatar: new URL('/__mock/status/404', location.origin).href },
        null,
        42,
        { name: 7 },
        { name: '   ' },
      ];
      const el = await mountLikes({ count: 8, likers });
      await eventually(
        () => !el.shadowRoot!.querySelector('[title="Canary"] img'),
        'the broken picture was never tried',
      );
      // The same likers in the dialog, opened from a one-face strip.
      const listed = await mountLikes({ count: 8, likers }, { attrs: { 'max-avatars': '1' } });
      const dialog = await openList(listed);
      expect(Array.from(dialog.querySelectorAll('[part~="list"] li'), (li) => text(li.lastElementChild))).to.deep.equal(
        stripNames(el),
      );
      expect(pwned()).to.equal(undefined);
      expect(stripNames(el)).to.deep.equal([`Eve ${payload}`, 'Mallory', 'Trent" onmouseover="alert(1)', 'Canary']);
      for (const root of [el.shadowRoot!, dialog]) {
        expect(root.querySelectorAll('script, iframe, object, embed')).to.have.length(0);
        for (const node of Array.from(root.querySelectorAll('*'))) {
          const bad = node.getAttributeNames().filter((n) => n.startsWith('on'));
          expect(bad, node.localName).to.deep.equal([]);
          for (const attr of ['href', 'src']) {
            const value = node.getAttribute(attr);
            if (value) expect(value, `${node.localName} ${attr}`).to.match(/^https?:/);
          }
        }
      }
      expect(el.shadowRoot!.querySelectorAll('a[part~="liker"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="strip"] img')).to.have.length(0);
      dialog.close();
    });

    it('RTL, emoji and combining characters in names keep every character', async () => {
      const names = ['ليا قريشي', '👩🏽‍💻 Ada', 'Zoe\u0308 A\u030Angstro\u0308m', '山田太郎'];
      const el = await mountLikes({ count: 4, likers: names.map((name) => ({ name })) });
      expect(stripNames(el)).to.deep.equal(names);
      await expect(el).to.be.accessible();
    });
  });

  describe('100,000 likers', () => {
    it('render the same DOM as 20 (the strip) and list at most 100 (the dialog)', async function () {
      this.timeout(30_000);
      const twenty = await mountLikes({ count: 20, likers: bloggers(20) });
      const many = bloggers(100_000);
      const huge = await place(likesElement({ count: 100_000, likers: many }));
      await eventually(() => !!likeButton(huge), 'never loaded', { timeout: 20_000 });
      await huge.updateComplete;
      expect(sentence(huge)).to.equal('100K bloggers like this:');
      expect(parts(huge, 'liker')).to.have.length(10);
      expect(nodeCount(huge)).to.equal(nodeCount(twenty));
      const dialog = await openList(huge);
      expect(dialog.querySelectorAll('[part~="list"] li')).to.have.length(100);
      expect(text(dialog.querySelector('.panel > p'))).to.equal(
        `${new Intl.NumberFormat('en', { notation: 'compact' }).format(99_900)} more`,
      );
      dialog.close();
    });

    it('10 likers: the strip without "+N" (one list item fewer than 20 likers)', async () => {
      const ten = await mountLikes({ count: 10, likers: bloggers(10) });
      const twenty = await mountLikes({ count: 20, likers: bloggers(20) });
      const moreItem = part(twenty, 'more')!.closest('li')!;
      const walker = document.createTreeWalker(moreItem, NodeFilter.SHOW_ALL);
      let itemNodes = 0;
      while (walker.nextNode()) itemNodes++;
      expect(nodeCount(ten)).to.equal(nodeCount(twenty) - itemNodes - 1);
    });
  });

  it('faces and "+N" fit the reserved 55 px', async () => {
    const el = await mountLikes({ count: 99, likers: bloggers(99) }, { attrs: { 'max-avatars': '3' } });
    expect(el.getBoundingClientRect().height).to.equal(55);
  });
});
