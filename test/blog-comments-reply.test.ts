// <blog-comments> with its <blog-comment-form>: Reply moves the form under a comment and back
// (Cancel reply, posting), focus follows, a posted comment joins the thread — a held one with
// its note, shown only to its author (also after a reload), never counted or indexed.
import { expect, oneEvent } from '@open-wc/testing';
import type { BlogComments } from '../src/blog-comments.js';
import type { BlogCommentSubmitEvent } from '../src/data/events.js';
import {
  SEED,
  card,
  clearBlogStorage,
  control,
  fillValid,
  focusedIn,
  focusedName,
  formHeading,
  formOf,
  handleSubmits,
  headingText,
  mount,
  parentOf,
  part,
  parts,
  post,
  shownIds,
  statusText,
  text,
  trail,
  eventually,
} from './form.helpers.js';

let stop = (): void => undefined;
beforeEach(() => clearBlogStorage());
afterEach(() => {
  stop();
  clearBlogStorage();
});

const replyButton = (el: BlogComments, id: string): HTMLButtonElement =>
  card(el, id)!.querySelector<HTMLButtonElement>('[part~="reply"]')!;

/** The comment card the form is shown in (undefined when it is at the end, under the thread). */
const formPlace = (el: BlogComments): string | undefined =>
  formOf(el)
    .assignedSlot?.closest('article')
    ?.id.replace(/^comment-/, '');

async function startReply(el: BlogComments, id: string): Promise<void> {
  replyButton(el, id).click();
  await eventually(() => formPlace(el) === id, `the form did not move under ${id}`);
  await el.updateComplete;
  await formOf(el).updateComplete;
}

describe('<blog-comments> + <blog-comment-form>', function () {
  this.timeout(30_000);

  describe('Reply moves the form', () => {
    it('under the comment, titled “Leave a Reply to {name}”, with focus in the comment box', async () => {
      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      expect(formPlace(el)).to.equal(undefined);
      expect(form.assignedSlot!.closest('.respond')).to.exist;
      expect(parts(el, 'reply').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Reply to Marcus Webb',
        'Reply to Liah Qureshi',
        'Reply to Yuki Tanaka',
      ]);
      await startReply(el, '101');
      expect(formHeading(form)).to.equal('Leave a Reply to Marcus Webb');
      expect(replyButton(el, '101').getAttribute('aria-expanded')).to.equal('true');
      await eventually(() => focusedName(form) === 'content', 'focus did not move to the comment box');
      await expect(el).to.be.accessible();
    });

    it('to another comment: it moves there (one form, one place)', async () => {
      const el = await mount(SEED, { form: true });
      await startReply(el, '101');
      await startReply(el, '103');
      expect(formHeading(formOf(el))).to.equal('Leave a Reply to Yuki Tanaka');
      expect(replyButton(el, '101').getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.querySelectorAll('slot[name="reply"]')).to.have.length(1);
    });

    it('Cancel reply: back under the thread, “Leave a Reply”, focus on that comment’s Reply, the typed text kept', async () => {
      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      await startReply(el, '102');
      await fillValid(form, 'Half a reply');
      part<HTMLButtonElement>(form, 'cancel')!.click();
      await eventually(() => formPlace(el) === undefined, 'the form stayed under the comment');
      await el.updateComplete;
      expect(formHeading(form)).to.equal('Leave a Reply');
      expect(part(form, 'cancel')).to.equal(null);
      await eventually(() => focusedIn(el) === replyButton(el, '102'), 'focus did not return to Reply');
      expect(control<HTMLTextAreaElement>(form, 'content').value).to.equal('Half a reply');
    });

    it('a reply carries its parent; the event comes from <blog-comments>', async () => {
      const submits = handleSubmits(() => ({ status: 'pending' }));
      stop = submits.stop;
      const el = await mount(SEED, { form: true });
      await startReply(el, '101');
      await fillValid(formOf(el), 'My reply');
      await post(formOf(el));
      const event: BlogCommentSubmitEvent = submits.events[0]!;
      expect(event.target === el, 'dispatched on <blog-comments>').to.equal(true);
      expect(event.detail).to.deep.include({ post: { id: 'her' }, parent: '101', content: 'My reply' });
    });

    it('a top-level comment after a cancelled reply has no parent', async () => {
      const submits = handleSubmits(() => ({ status: 'pending' }));
      stop = submits.stop;
      const el = await mount(SEED, { form: true });
      await startReply(el, '101');
      part<HTMLButtonElement>(formOf(el), 'cancel')!.click();
      await eventually(() => formPlace(el) === undefined, 'not moved back');
      await fillValid(formOf(el));
      await post(formOf(el));
      expect(submits.events[0]!.detail).not.to.have.property('parent');
    });

    it('a reply’s draft survives a reload as a reply: the form is back under its comment, with the text, and posts to it', async () => {
      const submits = handleSubmits(() => ({ status: 'pending' }));
      stop = submits.stop;
      const first = await mount(SEED, { form: true });
      await startReply(first, '103');
      await fillValid(formOf(first), 'A reply typed before the reload');
      first.remove();

      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      await eventually(() => formPlace(el) === '103', 'the reply draft came back as a top-level comment');
      await form.updateComplete;
      expect(formHeading(form)).to.equal('Leave a Reply to Yuki Tanaka');
      expect(control<HTMLTextAreaElement>(form, 'content').value).to.equal('A reply typed before the reload');
      expect(statusText(form)).to.equal('Your unsent comment was restored.');
      // Restoring does not steal the focus of a page that just loaded.
      expect(focusedIn(el)).to.equal(null);
      await post(form);
      expect(submits.events[0]!.detail.parent).to.equal('103');
    });

    it('a hostile name in “Leave a Reply to {name}” is text', async () => {
      const name = '<img src=x onerror="window.__replyXss=1">Mallory';
      const el = await mount([{ id: '1', author: name, content: 'x' }], { form: true });
      await startReply(el, '1');
      expect(formHeading(formOf(el))).to.equal(`Leave a Reply to ${name}`);
      expect(formOf(el).shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect((window as { __replyXss?: number }).__replyXss).to.equal(undefined);
    });
  });

  describe('a posted comment joins the thread', () => {
    it('a held reply shows under its parent with “Your comment is awaiting moderation.”; not counted, not indexed; the form goes back; focus on it', async () => {
      const submits = handleSubmits(() => ({ id: 'mine-1', status: 'pending' }));
      stop = submits.stop;
      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      await startReply(el, '101');
      await fillValid(form, 'Held for a human to read');
      const shown = oneEvent(form, 'blog-comment');
      await post(form);
      await shown;
      await eventually(() => !!card(el, 'mine-1'), 'the comment never showed');
      await el.updateComplete;
      expect(parentOf(el, 'mine-1')).to.equal('101');
      expect(text(card(el, 'mine-1')!.querySelector('[part~="pending"]'))).to.equal(
        'Your comment is awaiting moderation.',
      );
      expect(text(card(el, 'mine-1')!.querySelector('[part~="content"]'))).to.equal('Held for a human to read');
      expect(text(card(el, 'mine-1')!.querySelector('[part~="author"]'))).to.equal('Rita Reader');
      expect(card(el, 'mine-1')!.querySelector('[part~="reply"]')).to.equal(null);
      expect(headingText(el)).to.equal('3 thoughts on “Her”');
      expect(JSON.stringify(trail(el))).not.to.contain('Held for a human');
      expect(formPlace(el)).to.equal(undefined);
      expect(formHeading(form)).to.equal('Leave a Reply');
      expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
      await eventually(() => focusedIn(el) === card(el, 'mine-1'), 'focus did not move to the new comment');
      await expect(el).to.be.accessible();
    });

    it('an approved comment counts at once: 4 thoughts, in the JSON-LD trail, at the end of the thread', async () => {
      const submits = handleSubmits((detail) => ({ id: 'c4', status: 'approved', content: detail.content }));
      stop = submits.stop;
      const el = await mount(SEED, { form: true });
      await fillValid(formOf(el), 'Approved and counted');
      await post(formOf(el));
      await eventually(() => headingText(el) === '4 thoughts on “Her”', 'the count did not move');
      expect(shownIds(el)).to.deep.equal(['101', '102', '103', 'c4']);
      expect(card(el, 'c4')!.querySelector('[part~="pending"]')).to.equal(null);
      expect(JSON.stringify(trail(el))).to.contain('Approved and counted');
    });

    it('held comments show only to their author: after a reload this reader still sees theirs; another reader does not', async () => {
      const submits = handleSubmits(() => ({ id: 'mine-2', status: 'pending', date: new Date().toISOString() }));
      stop = submits.stop;
      const first = await mount(SEED, { form: true });
      await fillValid(formOf(first), 'Only I can see this for now');
      await post(formOf(first));
      await eventually(() => !!card(first, 'mine-2'), 'not shown');
      first.remove();

      const reloaded = await mount(SEED, { form: true });
      expect(shownIds(reloaded)).to.include('mine-2');
      expect(text(card(reloaded, 'mine-2')!.querySelector('[part~="pending"]'))).to.equal(
        'Your comment is awaiting moderation.',
      );
      expect(headingText(reloaded)).to.equal('3 thoughts on “Her”');
      reloaded.remove();

      // Another reader (another device: nothing stored) sees the approved thread only.
      clearBlogStorage();
      const other = await mount(SEED, { form: true });
      expect(shownIds(other)).to.deep.equal(['101', '102', '103']);
      // A held comment in the data that is not this reader's never shows.
      const data = await mount([...SEED, { id: 'theirs', author: 'Someone', status: 'pending', content: 'Not yours' }]);
      expect(shownIds(data)).not.to.include('theirs');
    });

    it('a held comment on one post does not show on another post', async () => {
      const submits = handleSubmits(() => ({ id: 'mine-3', status: 'pending', date: new Date().toISOString() }));
      stop = submits.stop;
      const her = await mount(SEED, { form: true });
      await fillValid(formOf(her), 'On Her only');
      await post(formOf(her));
      await eventually(() => !!card(her, 'mine-3'), 'not shown');
      const other = await mount(SEED, { form: true, attrs: { post: 'another-post', 'post-title': 'Another' } });
      expect(shownIds(other)).not.to.include('mine-3');
    });
  });
});
