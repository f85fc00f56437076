// Keyboard-only use of <blog-comment-form> (real key presses): Tab order through every control,
// typing, Space on checkboxes, Enter and Space to post, focus on the first bad field; and in
// <blog-comments>: Reply, Cancel reply and posting a reply without a mouse.
import { expect, fixture, html } from '@open-wc/testing';
import type { BlogCommentForm } from '../src/blog-comment-form.js';
import { press, shiftTab, typeText } from './support/keys.js';
import {
  SEED,
  alertText,
  card,
  clearBlogStorage,
  control,
  focusedIn,
  focusedName,
  formHeading,
  formOf,
  handleSubmits,
  mount,
  part,
  settle,
  statusText,
  eventually,
} from './form.helpers.js';

let stop = (): void => undefined;
afterEach(() => {
  stop();
  clearBlogStorage();
});

/** A button, then the form: focus starts on the button, as on a page above the form. */
async function formAfterButton(): Promise<{ form: BlogCommentForm; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><button type="button">Above the form</button><blog-comment-form post="her"></blog-comment-form></div>`,
  );
  const form = wrapper.querySelector('blog-comment-form')!;
  await form.updateComplete;
  return { form, before: wrapper.querySelector('button')! };
}

/** Presses Tab until `name` has focus (at most `max` times); returns the names passed on the way. */
async function tabTo(form: BlogCommentForm, name: string, max = 12): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max && focusedName(form) !== name; i++) {
    await press('Tab');
    seen.push(focusedName(form));
  }
  return seen;
}

describe('<blog-comment-form> keyboard only', function () {
  this.timeout(30_000);

  it('Tab visits the comment, Email, Name, Website, the three choices and Post Comment, in that order; Shift+Tab goes back', async () => {
    const { form, before } = await formAfterButton();
    before.focus();
    const order = await tabTo(form, 'submit');
    expect(order).to.deep.equal([
      'content',
      'email',
      'name',
      'url',
      'notifyComments',
      'notifyPosts',
      'remember',
      'submit',
    ]);
    const back: string[] = [];
    for (let i = 0; i < 7; i++) {
      await shiftTab();
      back.push(focusedName(form));
    }
    expect(back).to.deep.equal(['remember', 'notifyPosts', 'notifyComments', 'url', 'name', 'email', 'content']);
  });

  it('fills and posts the whole form from the keyboard: typing, Space on a checkbox, Enter on Post Comment', async () => {
    const submits = handleSubmits(() => ({ status: 'pending' }));
    stop = submits.stop;
    const { form, before } = await formAfterButton();
    before.focus();
    await press('Tab');
    expect(focusedName(form)).to.equal('content');
    await typeText('Typed with keys.');
    await press('Enter'); // a new line in the comment, not a submit
    await typeText('Second line.');
    await press('Tab');
    await typeText('keys@example.com');
    await press('Tab');
    await typeText('Kay Board');
    await press('Tab');
    await typeText('kay.example');
    await press('Tab');
    await press('Space');
    expect(control(form, 'notifyComments').checked).to.equal(true);
    await tabTo(form, 'submit');
    const status = form.status;
    await press('Enter');
    await settle(form, status);
    expect(submits.events.length).to.equal(1);
    expect(submits.events[0]!.detail).to.deep.include({
      content: 'Typed with keys.\nSecond line.',
      email: 'keys@example.com',
      name: 'Kay Board',
      url: 'https://kay.example/',
      notifyComments: true,
      notifyPosts: false,
    });
    expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
  });

  it('Enter in a text field posts (as in any form); errors move focus to the first bad field', async () => {
    const submits = handleSubmits(() => ({ status: 'pending' }));
    stop = submits.stop;
    const { form, before } = await formAfterButton();
    before.focus();
    await press('Tab');
    await typeText('A comment.');
    await tabTo(form, 'name');
    await typeText('Kay');
    const status = form.status;
    await press('Enter');
    await settle(form, status);
    expect(submits.events.length).to.equal(0);
    expect(alertText(form)).to.equal('Please fix one field to post your comment.');
    await eventually(() => focusedName(form) === 'email', 'focus did not move to Email, the field to fix');
    await typeText('kay@example');
    const again = form.status;
    await press('Enter');
    await settle(form, again);
    expect(alertText(form)).to.equal('Please fix one field to post your comment.');
    expect(focusedName(form)).to.equal('email');
    await typeText('.com');
    const third = form.status;
    await press('Enter');
    await settle(form, third);
    expect(submits.events.length).to.equal(1);
  });

  it('Space on Post Comment posts', async () => {
    const submits = handleSubmits(() => ({ status: 'approved' }));
    stop = submits.stop;
    const { form, before } = await formAfterButton();
    before.focus();
    await press('Tab');
    await typeText('Spacebar.');
    await press('Tab');
    await typeText('s@example.com');
    await press('Tab');
    await typeText('S');
    await tabTo(form, 'submit');
    const status = form.status;
    await press('Space');
    await settle(form, status);
    expect(statusText(form)).to.equal('Your comment was posted.');
  });

  it('focus rings show on every control reached with Tab', async () => {
    const { form, before } = await formAfterButton();
    before.focus();
    for (const name of ['content', 'email', 'submit']) {
      await tabTo(form, name);
      const style = getComputedStyle(form.shadowRoot!.activeElement!);
      expect(style.outlineStyle, name).not.to.equal('none');
      expect(parseFloat(style.outlineWidth), name).to.be.greaterThan(0);
    }
  });

  describe('replying in <blog-comments>', () => {
    it('Enter on Reply moves the form under the comment with focus in it; Cancel reply (keyboard) moves it back and focus returns to Reply', async () => {
      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      const reply = card(el, '101')!.querySelector<HTMLButtonElement>('[part~="reply"]')!;
      reply.focus();
      await press('Enter');
      await eventually(() => focusedName(form) === 'content', 'focus did not move into the reply form');
      expect(formHeading(form)).to.equal('Leave a Reply to Marcus Webb');
      expect(form.assignedSlot?.closest('article')?.id).to.equal('comment-101');
      expect(reply.getAttribute('aria-expanded')).to.equal('true');

      await shiftTab();
      expect(focusedIn(form) === part(form, 'cancel'), 'Shift+Tab reaches Cancel reply').to.equal(true);
      await press('Enter');
      await eventually(() => focusedIn(el) === reply, 'focus did not return to the Reply button');
      expect(form.slot).to.equal('');
      expect(formHeading(form)).to.equal('Leave a Reply');
      expect(reply.getAttribute('aria-expanded')).to.equal('false');
    });

    it('a reply typed and posted from the keyboard lands under its comment, and focus moves to it', async () => {
      const submits = handleSubmits(() => ({ id: 'r1', status: 'approved' }));
      stop = submits.stop;
      const el = await mount(SEED, { form: true });
      const form = formOf(el);
      card(el, '103')!.querySelector<HTMLButtonElement>('[part~="reply"]')!.focus();
      await press('Space');
      await eventually(() => focusedName(form) === 'content', 'focus did not move into the reply form');
      await typeText('Lonelier, yes.');
      await press('Tab');
      await typeText('k@example.com');
      await press('Tab');
      await typeText('Kay');
      await tabTo(form, 'submit');
      const status = form.status;
      await press('Enter');
      await settle(form, status);
      expect(submits.events[0]!.detail.parent).to.equal('103');
      await eventually(() => focusedIn(el) === card(el, 'r1'), 'focus did not move to the new reply');
      expect(card(el, 'r1')!.closest('ol')!.closest('li')!.querySelector(':scope > article')!.id).to.equal(
        'comment-103',
      );
      expect(form.slot).to.equal('');
    });
  });
});
