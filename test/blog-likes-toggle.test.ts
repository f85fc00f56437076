// <blog-likes> toggling on the static source: the `blog-like` event (typed, cancelable,
// respondWith), the optimistic count and its rollback with a clear message, a double click that
// sends once, the polite announcement of the new count.
import { expect } from '@open-wc/testing';
import { BlogLikeEvent } from '../src/data/events.js';
import {
  announced,
  bloggers,
  deferred,
  likeButton,
  likeError,
  mountLikes,
  onLike,
  part,
  parts,
  sentence,
  eventually,
} from './likes.helpers.js';

let stop = (): void => undefined;
afterEach(() => stop());

/** Handles `blog-like` with `answer` (a respondWith value), recording the events. */
function answerLikes(answer: (event: BlogLikeEvent) => unknown): BlogLikeEvent[] {
  const handler = onLike((event) => event.respondWith(answer(event) as Promise<undefined>));
  stop = handler.stop;
  return handler.events;
}

/** Waits until no like is being saved (the button is usable again and the text settled). */
const settledOn = (el: HTMLElement & { updateComplete: Promise<unknown> }, text: string, get = sentence) =>
  eventually(() => get(el as never) === text, `never showed “${text}”`, { interval: 10 }).then(() => el.updateComplete);

describe('<blog-likes> toggling', function () {
  // axe and keyboard round trips take seconds when three browsers share two cores.
  this.timeout(30_000);

  it('fires a typed, cancelable, bubbling, composed blog-like with the post and the new state', async () => {
    const events = answerLikes(() => ({}));
    const el = await mountLikes({ count: 2, likers: bloggers(2) }, { attrs: { post: 'her' } });
    likeButton(el).click();
    await el.updateComplete;
    expect(events.length).to.equal(1);
    const [event] = events;
    expect(event instanceof BlogLikeEvent, 'a BlogLikeEvent').to.equal(true);
    expect(event!.type).to.equal('blog-like');
    expect(event!.detail).to.deep.equal({ post: { id: 'her' }, liked: true });
    expect([event!.bubbles, event!.composed, event!.cancelable, event!.defaultPrevented]).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect(event!.target === el, 'dispatched on the element').to.equal(true);
    // respondWith belongs to the dispatch: later it is refused.
    expect(() => event!.respondWith({})).to.throw(DOMException, /while the event is dispatched/);
  });

  it('counts at once (before the page answers), keeps it when the page saves it, then announces the new count', async () => {
    const answer = deferred();
    answerLikes(() => answer.promise);
    const el = await mountLikes({ count: 4, likers: bloggers(4) });
    likeButton(el).click();
    await eventually(() => likeButton(el).getAttribute('aria-pressed') === 'true', 'not pressed at once');
    expect(sentence(el)).to.equal('You and 4 other bloggers like this:');
    expect(announced(el)).to.equal(''); // nothing announced until saved
    answer.resolve({});
    await settledOn(el, 'You and 4 other bloggers like this:', announced);
    expect(likeButton(el).getAttribute('aria-pressed')).to.equal('true');
    expect(el.liked).to.equal(true);
    expect(likeError(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-live="off"]')).to.equal(null);
  });

  it('respondWith with the stored summary: the page’s count wins', async () => {
    answerLikes(() => Promise.resolve({ count: 42 }));
    const el = await mountLikes({ count: 4, likers: bloggers(4) });
    likeButton(el).click();
    await settledOn(el, 'You and 41 other bloggers like this:');
    expect(announced(el)).to.equal('You and 41 other bloggers like this:');
  });

  it('preventDefault alone (no answer): the count moves by one', async () => {
    const handler = onLike((event) => event.preventDefault());
    stop = handler.stop;
    const el = await mountLikes({ count: 1, likers: bloggers(1) });
    likeButton(el).click();
    await settledOn(el, 'You and one other blogger like this:', announced);
    likeButton(el).click();
    await settledOn(el, 'One blogger likes this.', announced);
    expect(handler.events.map((e) => e.detail.liked)).to.deep.equal([true, false]);
  });

  it('unliking: the count goes down, liked false in the event', async () => {
    const events = answerLikes(() => ({}));
    const el = await mountLikes({ count: 5, liked: true, likers: bloggers(5) });
    expect(sentence(el)).to.equal('You and 4 other bloggers like this:');
    likeButton(el).click();
    await settledOn(el, '4 bloggers like this:', announced);
    expect(events[0]!.detail.liked).to.equal(false);
    expect(el.hasAttribute('liked')).to.equal(false);
    // The reader was one of the five faces: four remain, as many as the count says.
    expect(parts(el, 'liker').length).to.equal(4);
  });

  describe('failures roll back, with a message next to the button', () => {
    it('nobody handles blog-like (no backend on the page): back to the old count, “Likes are not available on this site.”', async () => {
      const el = await mountLikes({ count: 3, likers: bloggers(3) });
      likeButton(el).click();
      await settledOn(el, 'Likes are not available on this site.', likeError);
      expect(sentence(el)).to.equal('3 bloggers like this:');
      expect(likeButton(el).getAttribute('aria-pressed')).to.equal('false');
      expect(el.liked).to.equal(false);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(announced(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('the page rejects with { text }: its own sentence, shown as text', async () => {
      // The documented contract: a page rejects with { text, field }, not an Error.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      answerLikes(() => Promise.reject({ text: 'Sign in to like posts. <b>now</b>' }));
      const el = await mountLikes({ count: 0, likers: [] });
      likeButton(el).click();
      await settledOn(el, 'Sign in to like posts. <b>now</b>', likeError);
      expect(sentence(el)).to.equal('Be the first to like this.');
      expect(el.shadowRoot!.querySelector('.row [part~="error"] b')).to.equal(null);
    });

    it('the page rejects with anything else: “It was not saved. Try again in a moment.”', async () => {
      answerLikes(() => Promise.reject(new Error('HTTP 500')));
      const el = await mountLikes({ count: 7, liked: true, likers: bloggers(7) });
      likeButton(el).click();
      await settledOn(el, 'It was not saved. Try again in a moment.', likeError);
      expect(sentence(el)).to.equal('You and 6 other bloggers like this:');
      expect(likeButton(el).getAttribute('aria-pressed')).to.equal('true');
    });

    it('the rollback waits for the answer (the optimistic count shows meanwhile); a later success clears the message', async () => {
      let answer = deferred();
      answerLikes(() => answer.promise);
      const el = await mountLikes({ count: 2, likers: bloggers(2) });
      likeButton(el).click();
      await eventually(() => sentence(el) === 'You and 2 other bloggers like this:', 'no optimistic count');
      answer.reject({ text: 'Try later.' });
      await settledOn(el, 'Try later.', likeError);
      expect(sentence(el)).to.equal('2 bloggers like this:');
      answer = deferred();
      likeButton(el).click();
      await eventually(() => likeError(el) === '', 'the old message stayed during the new try');
      answer.resolve({});
      await settledOn(el, 'You and 2 other bloggers like this:', announced);
      expect(likeError(el)).to.equal('');
    });
  });

  describe('once per click', () => {
    it('a double click sends one like; clicks while it is saved are ignored', async () => {
      const answer = deferred();
      const events = answerLikes(() => answer.promise);
      const el = await mountLikes({ count: 9, likers: bloggers(9) });
      const button = likeButton(el);
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, detail: 2 }));
      await eventually(() => events.length === 1, 'no like sent');
      button.click();
      answer.resolve({});
      await settledOn(el, 'You and 9 other bloggers like this:', announced);
      expect(events.length).to.equal(1);
      expect(likeButton(el).getAttribute('aria-pressed')).to.equal('true');
    });

    it('programmatic changes of liked and count fire no event', async () => {
      const handler = onLike();
      stop = handler.stop;
      const el = await mountLikes({ count: 2, likers: bloggers(2) });
      el.liked = true;
      el.count = 10;
      await el.updateComplete;
      expect(sentence(el)).to.equal('You and 9 other bloggers like this:');
      expect(handler.events.length).to.equal(0);
    });
  });
});
