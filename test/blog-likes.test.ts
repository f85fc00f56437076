// <blog-likes>: what it says (plurals and compact numbers in several languages), loading and
// reserved height, axe in every state, the button's keyboard use and focus ring.
// Toggling and its failures: blog-likes-toggle.test.ts; the avatar strip, its dialog and
// hostile data: blog-likes-strip.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { BlogLikes } from '../src/blog-likes.js';
import { press } from './support/keys.js';
import {
  bloggers,
  heldSource,
  likeButton,
  likesElement,
  loaded,
  mountLikes,
  onLike,
  part,
  parts,
  placeLoading,
  sentence,
  shown,
  text,
  eventually,
} from './likes.helpers.js';

/** A dark page, as a site in dark mode gives the elements. */
const DARK_PAGE = 'background:#121417;color:#e6e6e6;color-scheme:dark;padding:8px';

describe('<blog-likes>', function () {
  // axe and keyboard round trips take seconds when three browsers share two cores.
  this.timeout(30_000);

  it('is registered as BlogLikes', () => {
    expect(customElements.get('blog-likes')).to.equal(BlogLikes);
  });

  describe('what it says (English)', () => {
    const cases: [number, boolean, string][] = [
      [0, false, 'Be the first to like this.'],
      [1, false, 'One blogger likes this.'],
      [2, false, '2 bloggers like this:'],
      [12, false, '12 bloggers like this:'],
      [1234, false, '1,234 bloggers like this:'],
      [1, true, 'You like this.'],
      [2, true, 'You and one other blogger like this:'],
      [13, true, 'You and 12 other bloggers like this:'],
    ];
    for (const [count, liked, expected] of cases) {
      it(`count ${count}${liked ? ', liked' : ''}: “${expected}”`, async () => {
        const el = await mountLikes({ count, liked, likers: [] });
        expect(sentence(el)).to.equal(expected);
        expect(likeButton(el).getAttribute('aria-pressed')).to.equal(String(liked));
        expect(text(likeButton(el))).to.equal('Like');
      });
    }

    it('big counts are compact: 12,345 → “12K”, 3,400,000 → “3.4M”', async () => {
      const el = await mountLikes({ count: 12_345, likers: [] });
      expect(sentence(el)).to.equal('12K bloggers like this:');
      el.count = 3_400_000;
      await el.updateComplete;
      expect(sentence(el)).to.equal('3.4M bloggers like this:');
    });

    it('the count and liked attributes win over the inline JSON, and show at once', async () => {
      const el = await mountLikes(
        { count: 3, liked: false, likers: bloggers(3) },
        { attrs: { count: '7', liked: '' } },
      );
      expect(sentence(el)).to.equal('You and 6 other bloggers like this:');
      expect(likeButton(el).getAttribute('aria-pressed')).to.equal('true');
    });

    it('a count smaller than the likers listed counts the likers', async () => {
      const el = await mountLikes({ count: 1, likers: bloggers(4) });
      expect(sentence(el)).to.equal('4 bloggers like this:');
    });
  });

  describe('other languages: Intl plural rules and number formats', () => {
    const tables: Record<string, [number, boolean, (n: string) => string][]> = {
      de: [
        [0, false, () => 'Sei der Erste, dem dies gefällt.'],
        [1, false, (n) => `${n} Blogger gefällt das.`],
        [3, false, (n) => `${n} Bloggern gefällt das:`],
        [2, true, (n) => `Dir und ${n} weiteren Blogger gefällt das:`],
        [1234, false, (n) => `${n} Bloggern gefällt das:`],
      ],
      fr: [
        [0, false, () => 'Soyez le premier à aimer cette page.'],
        [1, false, (n) => `${n} blogueur aime cette page.`],
        [2, false, (n) => `${n} blogueurs aiment cette page\u00a0:`],
        // French has a `many` form for millions: "1 M de blogueurs".
        [1_000_000, false, (n) => `${n} de blogueurs aiment cette page\u00a0:`],
      ],
      ar: [
        [0, false, () => 'كن أول من يُعجب بهذا.'],
        [1, false, (n) => `أُعجب ${n} مدوّن بهذا.`],
        [2, false, (n) => `أُعجب ${n} مدوّنان بهذا:`],
        [3, false, (n) => `أُعجب ${n} مدوّنين بهذا:`],
        [11, false, (n) => `أُعجب ${n} مدوّنًا بهذا:`],
        [100, false, (n) => `أُعجب ${n} مدوّن بهذا:`],
      ],
      ja: [
        [0, false, () => '最初の「いいね」をつけてみませんか。'],
        [1, false, (n) => `${n}人のブロガーが「いいね」をつけました:`],
        [25_000, false, (n) => `${n}人のブロガーが「いいね」をつけました:`],
      ],
    };
    for (const [lang, cases] of Object.entries(tables)) {
      it(`${lang}: ${cases.map(([n, liked]) => `${n}${liked ? ' liked' : ''}`).join(', ')}`, async () => {
        for (const [count, liked, expected] of cases) {
          const el = await mountLikes({ count, liked, likers: [] }, { wrapper: { lang } });
          const others = liked ? count - 1 : count;
          expect(sentence(el), `${lang} ${count}`).to.equal(expected(shown(others, lang)));
        }
      });
    }

    it('Arabic picks zero/one/two/few/many/other as Intl.PluralRules does', () => {
      const rules = new Intl.PluralRules('ar');
      expect([0, 1, 2, 3, 11, 100].map((n) => rules.select(n))).to.deep.equal([
        'zero',
        'one',
        'two',
        'few',
        'many',
        'other',
      ]);
    });

    it('the button reads "Like" in the page language and follows a lang change', async () => {
      const el = await mountLikes({ count: 2, likers: [] }, { wrapper: { lang: 'de' } });
      expect(text(likeButton(el))).to.equal('Gefällt mir');
      el.parentElement!.setAttribute('lang', 'ja');
      await loaded(el);
      await el.updateComplete;
      expect(sentence(el)).to.equal('2人のブロガーが「いいね」をつけました:');
    });
  });

  describe('loading and the reserved height', () => {
    it('reserves 55 px from the first paint: the height is the same loading and loaded', async () => {
      const held = heldSource();
      const el = likesElement();
      el.source = held.source;
      await placeLoading(el);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(parts(el, 'skeleton').length).to.be.greaterThan(0);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading likes…');
      const before = el.getBoundingClientRect().height;
      expect(before).to.equal(55);
      held.answer({ count: 12, liked: false, likers: bloggers(12) as { name: string }[] });
      await loaded(el);
      expect(sentence(el)).to.equal('12 bloggers like this:');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      expect(el.getBoundingClientRect().height).to.equal(before);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('');
    });

    it('the same height with no likers yet (button and sentence only)', async () => {
      const held = heldSource();
      const el = likesElement();
      el.source = held.source;
      await placeLoading(el);
      const before = el.getBoundingClientRect().height;
      held.answer({ count: 0, liked: false, likers: [] });
      await loaded(el);
      expect(sentence(el)).to.equal('Be the first to like this.');
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('a failed load: the sentence of the error and "Try again", which loads again', async () => {
      const held = heldSource();
      const el = likesElement();
      el.source = held.source;
      await placeLoading(el);
      held.fail(new Error('boom'));
      await loaded(el);
      const box = part(el, 'error')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box.querySelector('.error-text'))).to.equal(
        `${location.host} did not answer with data this element can read.`,
      );
      expect(text(part(el, 'retry'))).to.equal('Try again');
      await expect(el).to.be.accessible();
      part(el, 'retry')!.click();
      await eventually(() => held.calls() === 2 && !!part(el, 'skeleton'), 'Try again did not load again');
      held.answer({ count: 1, liked: false, likers: [] });
      await loaded(el);
      expect(sentence(el)).to.equal('One blogger likes this.');
      expect(part(el, 'error')).to.equal(null);
    });

    it('a WordPress site (no likes in core): one plain line, no retry', async () => {
      const el = await mountLikes(undefined, { attrs: { source: 'wordpress:https://blog.example/', post: '4' } });
      const note = part(el, 'error')!;
      expect(text(note)).to.equal('Likes are not available on this site.');
      expect(part(el, 'retry')).to.equal(null);
      expect(part(el, 'button')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe) in every state', () => {
    it('loading', async () => {
      const held = heldSource();
      const el = likesElement();
      el.source = held.source;
      await placeLoading(el);
      await expect(el).to.be.accessible();
    });

    it('nobody yet, one liker, many likers with the strip and "+N", liked', async () => {
      for (const likes of [
        { count: 0, likers: [] },
        { count: 1, likers: bloggers(1) },
        { count: 40, likers: bloggers(12) },
        { count: 3, liked: true, likers: bloggers(3) },
      ]) {
        const el = await mountLikes(likes);
        await expect(el, JSON.stringify(likes).slice(0, 40)).to.be.accessible();
      }
    });

    it('dark theme and right-to-left', async () => {
      const el = await mountLikes(
        { count: 40, likers: bloggers(12) },
        { attrs: { theme: 'dark' }, wrapper: { dir: 'rtl', lang: 'ar', style: DARK_PAGE } },
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    let stop = (): void => undefined;
    afterEach(() => stop());

    it('Tab reaches the button, which shows a focus ring; Space likes, Enter unlikes (aria-pressed follows)', async () => {
      const saves = onLike((event) => event.respondWith({}));
      stop = saves.stop;
      const el = likesElement({ count: 4, likers: bloggers(4) });
      const before = document.createElement('button');
      before.textContent = 'before';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(before, el);
      {
        await loaded(el);
        before.focus();
        await press('Tab');
        const button = likeButton(el);
        expect(el.shadowRoot!.activeElement).to.equal(button);
        const ring = getComputedStyle(button);
        expect(ring.outlineStyle).not.to.equal('none');
        expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(0);

        await press('Space');
        await el.updateComplete;
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        expect(sentence(el)).to.equal('You and 4 other bloggers like this:');
        expect(el.liked).to.equal(true);
        expect(el.hasAttribute('liked')).to.equal(true);

        await press('Enter');
        await el.updateComplete;
        expect(likeButton(el).getAttribute('aria-pressed')).to.equal('false');
        expect(sentence(el)).to.equal('4 bloggers like this:');
        expect(saves.events.map((e) => e.detail.liked)).to.deep.equal([true, false]);
        expect(el.shadowRoot!.activeElement).to.equal(likeButton(el));
      }
    });
  });
});
