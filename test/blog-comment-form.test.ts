// <blog-comment-form> on its own (static source): what it shows, validation messages that name
// the field and the fix, and axe in every state. Keyboard: blog-comment-form-keyboard.test.ts;
// drafts, offline, retries, remember me: blog-comment-form-drafts.test.ts; the submit event,
// outcomes and hostile input: blog-comment-form-submit.test.ts.
import { expect } from '@open-wc/testing';
import { BlogCommentForm } from '../src/blog-comment-form.js';
import {
  alertText,
  clearBlogStorage,
  control,
  deferred,
  fieldErrorText,
  fill,
  fillValid,
  focusedName,
  formHeading,
  handleSubmits,
  mountForm,
  part,
  post,
  recordSubmits,
  refuse,
  statusText,
  submitButton,
  text,
  eventually,
} from './form.helpers.js';
import { setIdentity } from '../src/index.js';

/** A dark page, as a site in dark mode gives the elements. */
const DARK_PAGE = 'background:#121417;color:#e6e6e6;color-scheme:dark;padding:8px';

let stop = (): void => undefined;
afterEach(() => {
  stop();
  clearBlogStorage();
});

/** The label text of a control, whitespace collapsed. */
const labelOf = (form: BlogCommentForm, name: string): string =>
  text(form.shadowRoot!.querySelector(`label[for="${control(form, name).id}"]`));

describe('<blog-comment-form>', function () {
  // axe takes seconds when three browsers share two cores.
  this.timeout(30_000);

  it('is registered as BlogCommentForm', () => {
    expect(customElements.get('blog-comment-form')).to.equal(BlogCommentForm);
  });

  describe('what it shows', () => {
    it('the seed page’s form: Leave a Reply, the comment, Email / Name / Website, notify choices, Post Comment', async () => {
      const form = await mountForm();
      expect(part(form, 'heading')!.localName).to.equal('h3');
      expect(formHeading(form)).to.equal('Leave a Reply');
      expect(part(form, 'cancel')).to.equal(null);
      expect(text(part(form, 'intro'))).to.equal('Fill in your details below:');
      const base = part<HTMLFormElement>(form, 'base')!;
      expect(base.localName).to.equal('form');
      expect(base.noValidate).to.equal(true);
      expect(form.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)).to.equal(part(form, 'heading'));

      const content = control<HTMLTextAreaElement>(form, 'content');
      expect(content.localName).to.equal('textarea');
      expect(labelOf(form, 'content')).to.equal('Comment');
      expect(content.required).to.equal(true);
      expect(content.getAttribute('dir')).to.equal('auto');

      const fields = ['email', 'name', 'url'].map((name) => {
        const input = control(form, name);
        return [labelOf(form, name), input.type, input.getAttribute('autocomplete'), input.required];
      });
      expect(fields).to.deep.equal([
        ['Email (required)', 'email', 'email', true],
        ['Name (required)', 'text', 'name', true],
        ['Website', 'url', 'url', false],
      ]);
      const hint = form.shadowRoot!.getElementById(control(form, 'email').getAttribute('aria-describedby')!)!;
      expect(text(hint)).to.equal('Address never made public');

      const boxes = ['notifyComments', 'notifyPosts', 'remember'].map((name) => [
        labelOf(form, name),
        control(form, name).type,
        control(form, name).checked,
      ]);
      expect(boxes).to.deep.equal([
        ['Notify me of new comments via email.', 'checkbox', false],
        ['Notify me of new posts via email.', 'checkbox', false],
        ['Remember my name, email and website on this device.', 'checkbox', false],
      ]);
      const button = submitButton(form);
      expect([button.type, text(button), button.getAttribute('aria-disabled')]).to.deep.equal([
        'submit',
        'Post Comment',
        'false',
      ]);
      expect(statusText(form)).to.equal('');
      expect(alertText(form)).to.equal('');
    });

    it('heading-level and no-notify; WordPress sources never show the notify choices', async () => {
      const form = await mountForm({ post: 'her', 'heading-level': '2', 'no-notify': '' });
      expect(part(form, 'heading')!.localName).to.equal('h2');
      expect(form.shadowRoot!.querySelector('[name="notifyComments"]')).to.equal(null);
      expect(form.shadowRoot!.querySelector('[name="remember"]')).to.exist;
      const wp = await mountForm({ post: '4', source: 'wordpress:https://blog.example/' });
      expect(wp.shadowRoot!.querySelector('[name="notifyPosts"]')).to.equal(null);
    });

    it('in German: the labels, the button and the messages', async () => {
      const form = await mountForm({ post: 'her' }, { lang: 'de' });
      expect(formHeading(form)).to.equal('Kommentar verfassen');
      await post(form);
      expect(alertText(form)).to.equal('Bitte korrigiere 3 Felder, um deinen Kommentar zu veröffentlichen.');
      expect(fieldErrorText(form, 'name')).to.equal('Bitte gib deinen Namen ein.');
    });
  });

  describe('validation: each message names the field and the fix', () => {
    it('nothing filled in: three messages in the order of the form, focus on the comment, nothing sent', async () => {
      const submits = recordSubmits();
      stop = submits.stop;
      const form = await mountForm();
      await post(form);
      expect(submits.events.length).to.equal(0);
      expect(alertText(form)).to.equal('Please fix 3 fields to post your comment.');
      expect(fieldErrorText(form, 'content')).to.equal('Please write your comment before posting it.');
      expect(fieldErrorText(form, 'email')).to.equal('Please enter your email address. It is never made public.');
      expect(fieldErrorText(form, 'name')).to.equal('Please enter your name.');
      expect(fieldErrorText(form, 'url')).to.equal('');
      for (const name of ['content', 'email', 'name']) {
        const input = control(form, name);
        expect(input.getAttribute('aria-invalid'), name).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' '), name).to.include(`${name}-error`);
      }
      expect(control(form, 'url').getAttribute('aria-invalid')).to.equal('false');
      await eventually(() => focusedName(form) === 'content', 'focus did not move to the comment');
      await expect(form).to.be.accessible();
    });

    it('after a try, messages follow the typing: fixed fields lose theirs', async () => {
      const form = await mountForm();
      await post(form);
      fill(form, 'content', 'Hello');
      fill(form, 'name', 'Rita');
      await form.updateComplete;
      expect(fieldErrorText(form, 'content')).to.equal('');
      expect(fieldErrorText(form, 'name')).to.equal('');
      expect(fieldErrorText(form, 'email')).to.equal('Please enter your email address. It is never made public.');
      expect(control(form, 'content').getAttribute('aria-invalid')).to.equal('false');
      expect(alertText(form)).to.equal('');
    });

    it('no message before the first try (typing is not an error)', async () => {
      const form = await mountForm();
      fill(form, 'email', 'rita@');
      await form.updateComplete;
      expect(fieldErrorText(form, 'email')).to.equal('');
    });

    it('a comment of spaces only is empty', async () => {
      const form = await mountForm();
      await fillValid(form, ' \n\t ');
      await post(form);
      expect(fieldErrorText(form, 'content')).to.equal('Please write your comment before posting it.');
      expect(alertText(form)).to.equal('Please fix one field to post your comment.');
    });

    for (const email of ['rita', 'rita@', 'rita@example', 'ri ta@example.com', '@example.com']) {
      it(`email “${email}”: a valid address is asked for, with an example; focus on Email`, async () => {
        const form = await mountForm();
        await fillValid(form);
        fill(form, 'email', email);
        await post(form);
        expect(fieldErrorText(form, 'email')).to.equal('Please enter a valid email address, like name@example.com.');
        await eventually(() => focusedName(form) === 'email', 'focus did not move to Email');
        expect(control(form, 'email').value).to.equal(email); // kept as typed
      });
    }

    const badSites = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.com/',
      'not a web address',
      'localhost',
    ];
    for (const url of badSites) {
      it(`website “${url}”: refused with a message naming Website; nothing sent; kept as typed`, async () => {
        const submits = recordSubmits();
        stop = submits.stop;
        const form = await mountForm();
        await fillValid(form);
        fill(form, 'url', url);
        await post(form);
        expect(submits.events.length).to.equal(0);
        expect(fieldErrorText(form, 'url')).to.equal(
          'Please enter a web address that starts with http:// or https://, or leave Website empty.',
        );
        await eventually(() => focusedName(form) === 'url', 'focus did not move to Website');
        // As typed (a url input only drops the spaces around it).
        expect(control(form, 'url').value).to.equal(url.trim());
      });
    }

    it('a website without http(s):// is completed: “example.com/me” is sent as https://example.com/me', async () => {
      const submits = handleSubmits();
      stop = submits.stop;
      const form = await mountForm();
      await fillValid(form);
      fill(form, 'url', ' example.com/me ');
      await post(form);
      expect(submits.events[0]!.detail.url).to.equal('https://example.com/me');
    });

    it('too long for max-length: says how long and the limit, keeps every character', async () => {
      const form = await mountForm({ post: 'her', 'max-length': '1000' });
      const long = 'x'.repeat(1001);
      await fillValid(form, long);
      await post(form);
      expect(fieldErrorText(form, 'content')).to.equal(
        'Your comment is 1,001 characters long; the most this site takes is 1,000. Please shorten it.',
      );
      expect(control<HTMLTextAreaElement>(form, 'content').value).to.equal(long);
    });
  });

  describe('accessibility (axe) in every state', () => {
    it('empty, and with errors', async () => {
      const form = await mountForm();
      await expect(form).to.be.accessible();
      await post(form);
      await expect(form).to.be.accessible();
    });

    it('sending: “Posting…” on the button (aria-disabled), announced politely', async () => {
      const answer = deferred();
      const submits = handleSubmits(() => answer.promise);
      stop = submits.stop;
      const form = await mountForm();
      await fillValid(form);
      submitButton(form).click();
      await eventually(() => form.sending && text(submitButton(form)) === 'Posting…', 'never showed Posting…');
      expect(submitButton(form).getAttribute('aria-disabled')).to.equal('true');
      expect(statusText(form)).to.equal('Posting…');
      await expect(form).to.be.accessible();
      answer.resolve({ status: 'approved' });
      await eventually(() => !form.sending, 'never finished');
      await form.updateComplete;
    });

    it('posted, and held for moderation', async () => {
      for (const [status, said] of [
        ['approved', 'Your comment was posted.'],
        ['pending', 'Your comment is awaiting moderation.'],
      ] as const) {
        const submits = handleSubmits(() => ({ status }));
        const form = await mountForm();
        await fillValid(form);
        await post(form);
        submits.stop();
        expect(statusText(form)).to.equal(said);
        expect(control<HTMLTextAreaElement>(form, 'content').value).to.equal('');
        await expect(form).to.be.accessible();
      }
    });

    it('an error from the source (the page refused it)', async () => {
      const submits = handleSubmits(() => refuse('Comments are moderated by a human; links are not allowed.'));
      stop = submits.stop;
      const form = await mountForm();
      await fillValid(form);
      await post(form);
      expect(alertText(form)).to.equal('Comments are moderated by a human; links are not allowed.');
      await expect(form).to.be.accessible();
    });

    it('replying: “Leave a Reply to {name}” and Cancel reply', async () => {
      const form = await mountForm();
      form.replyTo = { id: '101', name: 'Marcus Webb' };
      await form.updateComplete;
      expect(formHeading(form)).to.equal('Leave a Reply to Marcus Webb');
      expect(text(part(form, 'cancel'))).to.equal('Cancel reply');
      await expect(form).to.be.accessible();
    });

    it('signed in: the identity line instead of the guest fields; no guest details are asked or sent', async () => {
      const submits = handleSubmits(() => ({ status: 'approved' }));
      stop = (): void => {
        submits.stop();
        void setIdentity(undefined);
      };
      const form = await mountForm();
      // The page's own sign-in (the seam of a static page): the sign-in code loads and shows who.
      await setIdentity({ provider: 'github', providerName: 'GitHub', name: 'Rita Reader' });
      await eventually(() => !!part(form, 'log-out'), 'the signed-in line');
      expect(text(part(form, 'identity'))).to.equal(
        'RR Rita Reader You are commenting using your GitHub account. (Log Out / Change)',
      );
      for (const name of ['email', 'name', 'url', 'remember'])
        expect(form.shadowRoot!.querySelector(`[name="${name}"]`), name).to.equal(null);
      await expect(form).to.be.accessible();
      fill(form, 'content', 'Signed in.');
      await post(form);
      expect(statusText(form)).to.equal('Your comment was posted.');
      expect(submits.events[0]!.detail).not.to.have.any.keys('name', 'email', 'url');
    });

    it('dark theme, right to left', async () => {
      const form = await mountForm({ post: 'her', theme: 'dark' }, { dir: 'rtl', lang: 'ar', style: DARK_PAGE });
      await post(form);
      await expect(form).to.be.accessible();
    });
  });
});
