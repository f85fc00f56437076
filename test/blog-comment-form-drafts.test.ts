// <blog-comment-form>: nothing typed is lost. The draft is kept per post while typing and
// survives a failed send, a timeout, going offline and a reload (a new element on the same
// storage key); a retry sends once (an unsure timeout answered "duplicate" counts as posted); a
// double submit sends once; "remember me" (off by default) decides where the guest details live.
import { expect } from '@open-wc/testing';
import { sequenceCount, sequenceUrl, type MockStep } from './support/env.js';
import {
  alertText,
  clearBlogStorage,
  control,
  deferred,
  drafts,
  fill,
  fillValid,
  goOffline,
  guest,
  handleSubmits,
  mountForm,
  post,
  recordSubmits,
  refuse,
  settle,
  statusText,
  submitButton,
  eventually,
} from './form.helpers.js';

const cleanups: (() => void)[] = [];
beforeEach(() => clearBlogStorage());
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  clearBlogStorage();
});

/** Handles blog-comment-submit with `answer` until the test ends. */
function answerSubmits(answer: Parameters<typeof handleSubmits>[0]): ReturnType<typeof handleSubmits>['events'] {
  const handler = handleSubmits(answer);
  cleanups.push(handler.stop);
  return handler.events;
}

const contentOf = (form: HTMLElement): string =>
  form.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="content"]')!.value;

/** A page reload, as far as the form can tell: the element goes, a new one comes on the same post. */
async function reload(form: HTMLElement, attrs: Record<string, string> = { post: 'her' }) {
  form.remove();
  const again = await mountForm(attrs);
  await eventually(() => !!again.logic, 'the form’s behaviour did not load for the stored draft');
  await again.updateComplete;
  return again;
}

/** WordPress' `_envelope` answers. */
const envelope = (status: number, body: unknown): MockStep => ({ body: { status, headers: {}, body } });
const CREATED = envelope(201, {
  id: 77,
  post: 4,
  parent: 0,
  author: 0,
  author_name: 'Rita Reader',
  date_gmt: '2026-01-01T10:00:00',
  content: { rendered: '<p>A thoughtful comment.</p>\n' },
  status: 'hold',
});
const DUPLICATE = envelope(409, {
  code: 'comment_duplicate',
  message: 'Duplicate comment detected; it looks as though you&#8217;ve already said that!',
  data: { status: 409 },
});

/** A WordPress source on a mock server that answers `steps` in turn. */
function wordpressSequence(steps: MockStep[]): { key: string; attrs: Record<string, string> } {
  const key = `form-${Math.random().toString(36).slice(2)}`;
  return { key, attrs: { post: '4', source: sequenceUrl(key, steps, { rest_route: '/' }) } };
}

describe('<blog-comment-form> drafts', function () {
  this.timeout(30_000);

  describe('kept per post while typing, restored after a reload', () => {
    it('each change is kept on this device; a new element on the same post restores it and says so', async () => {
      const form = await mountForm();
      fill(form, 'content', 'Half a thought about the beach scene');
      await form.updateComplete;
      expect(drafts()).to.deep.equal([{ content: 'Half a thought about the beach scene' }]);
      fill(form, 'content', 'Half a thought about the beach scene, and the ending.');
      await form.updateComplete;
      expect(drafts()).to.deep.equal([{ content: 'Half a thought about the beach scene, and the ending.' }]);

      const again = await reload(form);
      expect(contentOf(again)).to.equal('Half a thought about the beach scene, and the ending.');
      expect(statusText(again)).to.equal('Your unsent comment was restored.');
    });

    it('another post has its own draft (none here)', async () => {
      const her = await mountForm({ post: 'her' });
      fill(her, 'content', 'About Her');
      await her.updateComplete;
      const other = await mountForm({ post: 'another-post' });
      fill(other, 'content', 'About the other post');
      await other.updateComplete;
      expect(drafts().map((d) => d.content)).to.have.members(['About Her', 'About the other post']);
      her.remove();
      other.remove();
      const third = await mountForm({ post: 'a-third-post' });
      expect(contentOf(third)).to.equal('');
      expect(statusText(third)).to.equal('');
      expect(contentOf(await reload(third, { post: 'another-post' }))).to.equal('About the other post');
    });

    it('what the reader already typed in the new element wins over an older draft', async () => {
      const form = await mountForm();
      fill(form, 'content', 'Old draft');
      await form.updateComplete;
      form.remove();
      const again = await mountForm();
      fill(again, 'content', 'Typed before the draft arrived');
      await again.updateComplete;
      expect(contentOf(again)).to.equal('Typed before the draft arrived');
      expect(drafts()).to.deep.equal([{ content: 'Typed before the draft arrived' }]);
    });

    it('a draft stored by some other script as junk is ignored, not shown', async () => {
      const form = await mountForm();
      fill(form, 'content', 'x');
      await form.updateComplete;
      const key = Object.keys(localStorage).find((k) => k.startsWith('blog-widgets:draft:'))!;
      for (const junk of ['{not json', '42', '{"content":{"a":1}}', '[]']) {
        localStorage.setItem(key, junk);
        const again = await mountForm();
        await eventually(() => !!again.logic, 'no behaviour');
        await again.updateComplete;
        expect(contentOf(again), junk).to.equal('');
        again.remove();
      }
    });
  });

  describe('survives failures', () => {
    it('a failed send: the text stays in the box and on this device; a reload still has it', async () => {
      answerSubmits(() => refuse('Our comment service is down for maintenance.'));
      const form = await mountForm();
      await fillValid(form, 'Kept through a failure');
      await post(form);
      expect(alertText(form)).to.equal('Our comment service is down for maintenance.');
      expect(contentOf(form)).to.equal('Kept through a failure');
      expect(drafts()).to.deep.equal([{ content: 'Kept through a failure' }]);
      expect(contentOf(await reload(form))).to.equal('Kept through a failure');
    });

    it('a page backend that never answers: a timeout message after `timeout` ms, the draft kept, a retry sends once more', async () => {
      let answer = deferred();
      const events = answerSubmits(() => answer.promise);
      const form = await mountForm({ post: 'her', timeout: '300' });
      await fillValid(form, 'Kept through a timeout');
      await post(form);
      expect(alertText(form)).to.equal(`${location.host} took too long to answer.`);
      expect(contentOf(form)).to.equal('Kept through a timeout');
      expect(drafts()).to.deep.equal([{ content: 'Kept through a timeout' }]);
      expect(events.length).to.equal(1);

      answer = deferred();
      // The timeout was seen; the retry gets time enough for a busy test machine.
      form.timeout = 20_000;
      const before = form.status;
      submitButton(form).click();
      await eventually(() => events.length === 2, 'the retry was not sent');
      answer.resolve({ status: 'approved' });
      await settle(form, before);
      expect(statusText(form)).to.equal('Your comment was posted.');
      expect(events.length).to.equal(2);
      expect(drafts()).to.deep.equal([]);
    });

    it('WordPress: a send that timed out, then "duplicate" on the retry, was posted after all (one comment, draft cleared)', async () => {
      // The first answer comes too late (the comment was stored), the retry is refused as a duplicate.
      const { key, attrs } = wordpressSequence([{ ...CREATED, delay: 3000 }, DUPLICATE]);
      const form = await mountForm({ ...attrs, timeout: '300' });
      await fillValid(form);
      await post(form);
      expect(alertText(form)).to.equal(`${location.host} took too long to answer.`);
      expect(drafts()).to.have.length(1);
      form.timeout = 20_000; // the retry gets time enough for a busy test machine
      await post(form);
      expect(alertText(form)).to.equal('');
      expect(statusText(form)).to.equal('Your comment was posted.');
      expect(contentOf(form)).to.equal('');
      expect(drafts()).to.deep.equal([]);
      expect(await sequenceCount(key)).to.equal(2);
    });

    it('WordPress: "duplicate" without an unsure earlier try is a plain refusal; the draft stays', async () => {
      const { key, attrs } = wordpressSequence([DUPLICATE]);
      const form = await mountForm(attrs);
      await fillValid(form);
      await post(form);
      expect(alertText(form)).to.equal(`You have already said that: ${location.host} already has this comment.`);
      expect(contentOf(form)).to.equal('A thoughtful comment.');
      expect(drafts()).to.have.length(1);
      expect(await sequenceCount(key)).to.equal(1);
    });

    it('offline: posting says so and sends nothing; the draft is kept; back online it sends once', async () => {
      const submits = recordSubmits();
      cleanups.push(submits.stop);
      const form = await mountForm();
      await fillValid(form, 'Written on a train');
      const online = goOffline();
      cleanups.push(online);
      fill(form, 'content', 'Written on a train, in a tunnel');
      await form.updateComplete;
      expect(drafts()).to.deep.equal([{ content: 'Written on a train, in a tunnel' }]);
      await post(form);
      expect(alertText(form)).to.equal(
        'You are offline. Your comment is kept here: post it again once you are back online.',
      );
      expect(submits.events.length).to.equal(0);
      expect(contentOf(form)).to.equal('Written on a train, in a tunnel');

      online();
      submits.stop();
      const events = answerSubmits(() => ({ status: 'pending' }));
      await post(form);
      expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
      expect(events.length).to.equal(1);
      expect(events[0]!.detail.content).to.equal('Written on a train, in a tunnel');
    });

    it('the connection drops while sending: the offline message, the draft kept', async () => {
      answerSubmits(() => {
        cleanups.push(goOffline());
        return Promise.reject(new TypeError('Failed to fetch'));
      });
      const form = await mountForm();
      await fillValid(form, 'Sent as the Wi-Fi died');
      await post(form);
      expect(alertText(form)).to.equal(
        'You are offline. Your comment is kept here: post it again once you are back online.',
      );
      expect(contentOf(form)).to.equal('Sent as the Wi-Fi died');
      expect(drafts()).to.deep.equal([{ content: 'Sent as the Wi-Fi died' }]);
    });
  });

  describe('sends once', () => {
    it('a double click and an Enter while sending send one comment', async () => {
      const answer = deferred();
      const events = answerSubmits(() => answer.promise);
      const form = await mountForm();
      await fillValid(form);
      const button = submitButton(form);
      const before = form.status;
      button.click();
      button.click();
      await eventually(() => form.sending, 'not sending');
      button.click();
      control(form, 'name').form!.requestSubmit();
      answer.resolve({ status: 'approved' });
      await settle(form, before);
      expect(events.length).to.equal(1);
      expect(statusText(form)).to.equal('Your comment was posted.');
    });

    it('WordPress: a double click sends one request', async () => {
      const { key, attrs } = wordpressSequence([{ ...CREATED, delay: 300 }]);
      const form = await mountForm(attrs);
      await fillValid(form);
      const before = form.status;
      submitButton(form).click();
      submitButton(form).click();
      await settle(form, before);
      expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
      expect(await sequenceCount(key)).to.equal(1);
    });

    it('after a failure, each press sends once', async () => {
      let fail = true;
      const events = answerSubmits(() => (fail ? refuse('Busy, try again.') : { status: 'approved' }));
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      await post(form);
      expect(events.length).to.equal(2);
      fail = false;
      await post(form);
      expect(events.length).to.equal(3);
      expect(statusText(form)).to.equal('Your comment was posted.');
    });
  });

  describe('remember me (off by default)', () => {
    it('off: the guest details are kept for this tab only (sessionStorage), a new visit starts empty', async () => {
      const form = await mountForm();
      expect(control(form, 'remember').checked).to.equal(false);
      await fillValid(form);
      expect(guest(sessionStorage)).to.include({ email: 'reader@example.com', name: 'Rita Reader' });
      expect(guest(localStorage)).to.equal(undefined);
      // The same tab: a reload keeps them.
      const again = await reload(form);
      expect(control(again, 'email').value).to.equal('reader@example.com');
      expect(control(again, 'name').value).to.equal('Rita Reader');
      // A new visit (a new tab has a new sessionStorage): nothing.
      again.remove();
      sessionStorage.removeItem('blog-widgets:guest');
      const visit = await mountForm();
      fill(visit, 'content', 'x');
      await visit.updateComplete;
      expect(control(visit, 'email').value).to.equal('');
      expect(control(visit, 'name').value).to.equal('');
    });

    it('on: kept on this device (localStorage) for the next visit, ticked there; off again forgets them', async () => {
      const form = await mountForm();
      await fillValid(form);
      fill(form, 'url', 'rita.example');
      fill(form, 'remember', true);
      await form.updateComplete;
      expect(guest(localStorage)).to.deep.equal({
        email: 'reader@example.com',
        name: 'Rita Reader',
        url: 'rita.example',
        remember: true,
      });
      form.remove();
      sessionStorage.removeItem('blog-widgets:guest');
      const visit = await reload(form);
      expect(control(visit, 'email').value).to.equal('reader@example.com');
      expect(control(visit, 'url').value).to.equal('rita.example');
      expect(control(visit, 'remember').checked).to.equal(true);
      fill(visit, 'remember', false);
      await visit.updateComplete;
      expect(guest(localStorage)).to.equal(undefined);
      expect(guest(sessionStorage)).to.include({ email: 'reader@example.com' });
    });

    it('after posting, the comment box empties and its draft goes; the guest details stay for the next comment', async () => {
      answerSubmits(() => ({ status: 'approved' }));
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      expect(contentOf(form)).to.equal('');
      expect(drafts()).to.deep.equal([]);
      expect(control(form, 'email').value).to.equal('reader@example.com');
      expect(guest(sessionStorage)).to.include({ name: 'Rita Reader' });
    });
  });
});
