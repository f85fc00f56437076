// <blog-comment-form> sending: the static source's `blog-comment-submit` event (typed,
// cancelable, respondWith resolving or rejecting with { text, field }), success and "awaiting
// moderation", every WordPress answer as a plain sentence (mock server), and hostile input —
// nothing lost, clear messages.
import { expect, oneEvent } from '@open-wc/testing';
import type { Comment } from '../src/data/source.js';
import { BlogCommentSubmitEvent } from '../src/data/events.js';
import { mockUrl } from './support/env.js';
import {
  alertText,
  clearBlogStorage,
  control,
  drafts,
  fieldErrorText,
  fill,
  fillValid,
  focusedName,
  handleSubmits,
  mountForm,
  post,
  recordSubmits,
  refuse,
  statusText,
  eventually,
} from './form.helpers.js';

let stop = (): void => undefined;
afterEach(() => {
  stop();
  clearBlogStorage();
});

function answerSubmits(answer: Parameters<typeof handleSubmits>[0]): BlogCommentSubmitEvent[] {
  const handler = handleSubmits(answer);
  stop = handler.stop;
  return handler.events;
}

const contentOf = (form: HTMLElement): string =>
  form.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="content"]')!.value;

describe('<blog-comment-form> sending', function () {
  this.timeout(30_000);

  describe('blog-comment-submit (static source)', () => {
    it('is a typed, cancelable, bubbling, composed event from the form, carrying what was typed', async () => {
      const events = answerSubmits(() => ({ status: 'pending' }));
      const form = await mountForm();
      await fillValid(form, 'Line one\n\nLine two');
      fill(form, 'email', '  reader@example.com ');
      fill(form, 'name', ' Rita Reader ');
      fill(form, 'url', 'https://rita.example/blog');
      fill(form, 'notifyComments', true);
      await post(form);
      expect(events.length).to.equal(1);
      const event = events[0]!;
      expect(event instanceof BlogCommentSubmitEvent, 'a BlogCommentSubmitEvent').to.equal(true);
      expect(event.type).to.equal('blog-comment-submit');
      expect([event.bubbles, event.composed, event.cancelable, event.defaultPrevented]).to.deep.equal([
        true,
        true,
        true,
        true,
      ]);
      expect(event.target === form, 'dispatched on the form').to.equal(true);
      expect(event.detail).to.deep.equal({
        post: { id: 'her' },
        content: 'Line one\n\nLine two',
        name: 'Rita Reader',
        email: 'reader@example.com',
        url: 'https://rita.example/blog',
        notifyComments: true,
        notifyPosts: false,
      });
      expect(() => event.respondWith({})).to.throw(DOMException, /while the event is dispatched/);
    });

    it('respondWith twice in one dispatch is refused', async () => {
      let second: unknown;
      const listener = (event: BlogCommentSubmitEvent): void => {
        event.respondWith({ status: 'approved' });
        try {
          event.respondWith({ status: 'approved' });
        } catch (error) {
          second = error;
        }
      };
      document.addEventListener('blog-comment-submit', listener);
      stop = () => document.removeEventListener('blog-comment-submit', listener);
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      expect(String(second)).to.match(/already called/);
      expect(statusText(form)).to.equal('Your comment was posted.');
    });

    it('respondWith the stored comment: “Your comment was posted.”, the box empties, blog-comment carries the comment', async () => {
      answerSubmits((detail) => ({
        id: 'c9',
        status: 'approved',
        date: '2026-01-02T03:04:05Z',
        content: detail.content,
      }));
      const form = await mountForm();
      await fillValid(form, 'Approved at once');
      const posted = oneEvent<CustomEvent<{ comment: Comment }>>(form, 'blog-comment');
      await post(form);
      const { detail, bubbles, composed } = await posted;
      expect([bubbles, composed]).to.deep.equal([true, true]);
      expect(detail.comment).to.deep.include({
        id: 'c9',
        status: 'approved',
        contentText: 'Approved at once',
        mine: true,
      });
      expect(detail.comment.author.name).to.equal('Rita Reader');
      expect(detail.comment.date!.toISOString()).to.equal('2026-01-02T03:04:05.000Z');
      expect(statusText(form)).to.equal('Your comment was posted.');
      expect(contentOf(form)).to.equal('');
    });

    it('held for moderation — a pending answer, or preventDefault alone: “Your comment is awaiting moderation.”', async () => {
      for (const handle of [
        (event: BlogCommentSubmitEvent) => event.respondWith(Promise.resolve({ status: 'pending' as const })),
        (event: BlogCommentSubmitEvent) => event.preventDefault(),
      ]) {
        document.addEventListener('blog-comment-submit', handle);
        const form = await mountForm();
        await fillValid(form);
        const posted = oneEvent<CustomEvent<{ comment: Comment }>>(form, 'blog-comment');
        await post(form);
        document.removeEventListener('blog-comment-submit', handle);
        expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
        expect((await posted).detail.comment).to.deep.include({ status: 'pending', mine: true });
        form.remove();
      }
    });

    it('rejected with { text, field }: the page’s sentence at the field and in the alert, focus there, the draft kept', async () => {
      answerSubmits(() => refuse('Links are not allowed in comments here.', 'content'));
      const form = await mountForm();
      await fillValid(form, 'See https://spam.example');
      await post(form);
      expect(alertText(form)).to.equal('Links are not allowed in comments here.');
      expect(fieldErrorText(form, 'content')).to.equal('Links are not allowed in comments here.');
      expect(control(form, 'content').getAttribute('aria-invalid')).to.equal('true');
      await eventually(() => focusedName(form) === 'content', 'focus did not move to the comment');
      expect(contentOf(form)).to.equal('See https://spam.example');
      expect(drafts()).to.deep.equal([{ content: 'See https://spam.example' }]);
      // Typing clears it.
      fill(form, 'content', 'No links now');
      await form.updateComplete;
      expect(fieldErrorText(form, 'content')).to.equal('');
      expect(alertText(form)).to.equal('');
    });

    it('rejected with { text } for the name field, and with an unknown field: shown as plain text', async () => {
      answerSubmits(() => refuse('That name is <b>taken</b>.', 'name'));
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      expect(fieldErrorText(form, 'name')).to.equal('That name is <b>taken</b>.');
      await eventually(() => focusedName(form) === 'name', 'focus did not move to Name');
      stop();
      answerSubmits(() => refuse('Something about your shoe size.', 'shoeSize'));
      await post(form);
      expect(alertText(form)).to.equal('Something about your shoe size.');
      expect(form.shadowRoot!.querySelectorAll('[part~="field-error"]')).to.have.length(0);
    });

    it('rejected with anything else: “It was not saved. Try again in a moment.”', async () => {
      for (const reason of [new Error('500'), { text: '   ' }, null, 'nope']) {
        // A page may reject with anything at all.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        answerSubmits(() => Promise.reject(reason));
        const form = await mountForm();
        await fillValid(form);
        await post(form);
        stop();
        expect(alertText(form), JSON.stringify(reason)).to.equal('It was not saved. Try again in a moment.');
        expect(contentOf(form)).to.equal('A thoughtful comment.');
        form.remove();
      }
    });

    it('nobody handles it (no backend on the page): says so plainly, keeps the draft', async () => {
      const submits = recordSubmits();
      stop = submits.stop;
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      expect(submits.events.length).to.equal(1);
      expect(alertText(form)).to.equal(
        'This page cannot save comments yet: the site has not connected a comments service.',
      );
      expect(drafts()).to.deep.equal([{ content: 'A thoughtful comment.' }]);
    });
  });

  describe('WordPress answers, each as a plain sentence (mock server)', () => {
    const envelope = (status: number, code: string, data: Record<string, unknown> = {}) =>
      mockUrl('json', {
        body: JSON.stringify({
          status,
          headers: {},
          body: { code, message: `WP says ${code}`, data: { status, ...data } },
        }),
        rest_route: '/',
      });
    const host = location.host;
    const cases: [string, string, string, string?][] = [
      [
        '401 rest_comment_login_required',
        envelope(401, 'rest_comment_login_required'),
        `${host} only accepts comments from readers who are signed in.`,
      ],
      [
        '400 rest_comment_author_data_required',
        envelope(400, 'rest_comment_author_data_required'),
        'Please enter your name and email address to comment.',
      ],
      [
        '400 rest_invalid_param author_email',
        envelope(400, 'rest_invalid_param', { params: { author_email: 'Invalid email address.' } }),
        'Please enter a valid email address, like name@example.com.',
        'email',
      ],
      [
        '400 rest_invalid_param author_url',
        envelope(400, 'rest_invalid_param', { params: { author_url: 'Invalid URL.' } }),
        'Please enter a web address that starts with http:// or https://, or leave Website empty.',
        'url',
      ],
      [
        '409 comment_duplicate',
        envelope(409, 'comment_duplicate'),
        `You have already said that: ${host} already has this comment.`,
      ],
      [
        '400 comment_flood',
        envelope(400, 'comment_flood'),
        'You are posting comments too quickly. Wait a moment, then try again.',
      ],
      ['403 rest_comment_closed', envelope(403, 'rest_comment_closed'), 'Comments are closed on this post.'],
      [
        '400 comment_content_column_length',
        envelope(400, 'comment_content_column_length'),
        `This is longer than ${host} accepts. Shorten it and try again.`,
        'content',
      ],
      [
        '500 without an envelope',
        mockUrl('status/500', { rest_route: '/' }),
        `${host} answered with an error (500). Try again in a moment.`,
      ],
      ['an HTML page', mockUrl('html', { rest_route: '/' }), `${host} did not answer with data this element can read.`],
      [
        'truncated JSON',
        mockUrl('json', { body: '{"status":201,"body":{"id":7,"con', rest_route: '/' }),
        `${host} did not answer with data this element can read.`,
      ],
      [
        'a dropped connection',
        mockUrl('drop', { rest_route: '/' }),
        `${host} could not be reached. Check your connection and try again.`,
      ],
    ];
    for (const [what, source, sentence, field] of cases) {
      it(`${what}: “${sentence}”; the draft kept`, async () => {
        const form = await mountForm({ post: '4', source });
        await fillValid(form, `About ${what}`);
        await post(form);
        expect(alertText(form)).to.equal(sentence);
        if (field) {
          expect(fieldErrorText(form, field)).to.equal(sentence);
          await eventually(() => focusedName(form) === field, `focus did not move to ${field}`);
        }
        expect(contentOf(form)).to.equal(`About ${what}`);
        expect(drafts()).to.deep.equal([{ content: `About ${what}` }]);
      });
    }
  });

  describe('hostile input: nothing lost, clear messages', () => {
    it('a 10,000-character comment is sent whole, character for character', async () => {
      const events = answerSubmits(() => ({ status: 'pending' }));
      const long = Array.from({ length: 10_000 }, (_, i) => 'abcdefghij\n'[i % 11]).join('');
      const form = await mountForm();
      await fillValid(form, long);
      expect(drafts()[0]!.content).to.have.length(10_000);
      await post(form);
      expect(events[0]!.detail.content).to.equal(long);
      expect(statusText(form)).to.equal('Your comment is awaiting moderation.');
    });

    it('emoji, right-to-left and combining characters in the comment and the name arrive unchanged', async () => {
      const events = answerSubmits(() => refuse('Not today.'));
      const content = 'שלום! 👩🏽‍💻 مرحبا بالعالم — Zoe\u0308 A\u030Angstro\u0308m — 🇯🇵 日本語 \u202Ereversed\u202C';
      const name = 'ليا 👩🏽‍💻 Zoe\u0308';
      const form = await mountForm();
      await fillValid(form, content);
      fill(form, 'name', name);
      await post(form);
      expect(events[0]!.detail.content).to.equal(content);
      expect(events[0]!.detail.name).to.equal(name);
      // Refused: still there, exactly.
      expect(contentOf(form)).to.equal(content);
      expect(control(form, 'name').value).to.equal(name);
      expect(control(form, 'content').getAttribute('dir')).to.equal('auto');
      expect(control(form, 'name').getAttribute('dir')).to.equal('auto');
    });

    it('markup typed as a comment is sent as text (the source decides how to store it)', async () => {
      const events = answerSubmits(() => ({ status: 'pending' }));
      const form = await mountForm();
      const markup = '<script>window.__formXss=1</script><img src=x onerror="window.__formXss=2">';
      await fillValid(form, markup);
      await post(form);
      expect(events[0]!.detail.content).to.equal(markup);
      expect((window as { __formXss?: number }).__formXss).to.equal(undefined);
      expect(form.shadowRoot!.querySelectorAll('script, img')).to.have.length(0);
    });
  });
});
