// The seam for a page with its own sign-in (no companion service): `setIdentity()` signs every
// element on the page in at once — the form shows who, skips the guest fields and puts the
// identity in its `blog-comment-submit` event; the likes put it in `blog-like` and show the
// reader's face first — and Log Out on the form fires `blog-sign-out` for the page to end its
// own session. One session per page, kept across a reload in this tab (sessionStorage).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/blog-comment-form.js';
import '../../src/blog-likes.js';
import type { BlogCommentForm } from '../../src/blog-comment-form.js';
import type { BlogLikes } from '../../src/blog-likes.js';
import type { BlogCommentSubmitEvent, BlogLikeEvent } from '../../src/data/events.js';
import type { BlogSignOutEvent } from '../../src/identity/events.js';
import { pageSession, setPageSession } from '../../src/identity/session.js';
import { getIdentity, setIdentity } from '../../src/index.js';

const sam = {
  provider: 'netlify',
  providerName: 'Netlify',
  name: 'Sam Static',
  avatar: 'https://static.example/sam.png',
  link: 'https://static.example/',
};
const WAIT = { timeout: 8000 };

describe('a page plugs its own identity in (setIdentity)', () => {
  afterEach(() => setPageSession(undefined));

  it('signs the form and the likes in at once, and events carry who', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <blog-likes post="her" count="2"></blog-likes>
        <blog-comment-form post="her"></blog-comment-form>
      </div>`,
    );
    const form = page.querySelector<BlogCommentForm>('blog-comment-form')!;
    const likes = page.querySelector<BlogLikes>('blog-likes')!;
    await likes.updateComplete;
    expect(form.shadowRoot!.querySelector('#email'), 'a guest first').to.exist;

    await setIdentity(sam);
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="log-out"]'), 'the signed-in line', WAIT);
    const line = form.shadowRoot!.querySelector('[part~="identity"]')!.textContent.replace(/\s+/g, ' ');
    expect(line).to.contain('Sam Static');
    expect(line).to.contain('You are commenting using your Netlify account. (Log Out / Change)');
    expect(form.shadowRoot!.querySelector('#email')).to.equal(null);
    expect(await getIdentity()).to.deep.equal(sam);
    expect(JSON.parse(sessionStorage.getItem('blog-widgets:session')!)).to.deep.equal({ identity: sam });
    await expect(form).to.be.accessible();

    // The form's write event names the reader instead of guest details.
    const submits: BlogCommentSubmitEvent[] = [];
    const onSubmit = (e: BlogCommentSubmitEvent): void => {
      submits.push(e);
      e.respondWith({ status: 'approved' });
    };
    document.addEventListener('blog-comment-submit', onSubmit);
    const box = form.shadowRoot!.querySelector('textarea')!;
    box.value = 'From a static page.';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => submits.length, 'the submit event', WAIT);
    document.removeEventListener('blog-comment-submit', onSubmit);
    expect(submits[0]!.detail.identity).to.deep.equal(sam);
    expect(submits[0]!.detail).not.to.have.any.keys('name', 'email', 'url');

    // A like names the reader too, and their face comes first.
    const liked: BlogLikeEvent[] = [];
    const onLike = (e: BlogLikeEvent): void => {
      liked.push(e);
      e.respondWith({});
    };
    document.addEventListener('blog-like', onLike);
    likes.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await waitUntil(() => liked.length, 'the like event', WAIT);
    document.removeEventListener('blog-like', onLike);
    expect(liked[0]!.detail.identity).to.deep.equal(sam);
    await waitUntil(() => likes.shadowRoot!.querySelector('[part~="liker"]'), 'a face', WAIT);
    expect(likes.shadowRoot!.querySelector('[part~="liker"]')!.getAttribute('title')).to.equal('Sam Static');
    // (The picture itself is not on the network here: the face falls back to initials.)
    expect(likes.likes?.likers[0]).to.deep.equal({ name: sam.name, avatar: sam.avatar, link: sam.link });
  });

  it('Log Out on the form ends it everywhere and tells the page', async () => {
    await setIdentity(sam);
    const form = await fixture<BlogCommentForm>(html`<blog-comment-form post="her"></blog-comment-form>`);
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="log-out"]'), 'the signed-in line', WAIT);
    const out: BlogSignOutEvent[] = [];
    document.addEventListener('blog-sign-out', (e) => out.push(e), { once: true });
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="log-out"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('#email'), 'the guest fields', WAIT);
    expect(out[0]!.detail).to.deep.equal({ identity: sam, reason: 'logout' });
    expect(await getIdentity()).to.equal(undefined);
    expect(sessionStorage.getItem('blog-widgets:session')).to.equal(null);
    expect(form.shadowRoot!.textContent).to.contain('You are logged out. Your comment is still here.');
  });

  it('refuses an identity without a name, and keeps only http(s) pictures and links', async () => {
    const refused = await setIdentity({ provider: 'x', name: ' ' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(TypeError);
    expect((refused as TypeError).message).to.match(/provider.*name/);
    await setIdentity({ provider: 'x', name: 'Eve', avatar: 'javascript:alert(1)', link: 'data:text/html,<b>' });
    expect(pageSession()?.identity).to.deep.equal({ provider: 'x', name: 'Eve' });
  });

  it('a stored session that is malformed or expired is not restored', () => {
    const key = Symbol.for('blog-widgets:session');
    for (const stored of ['{not json', JSON.stringify({ identity: sam, expiresAt: Date.now() - 1000 })]) {
      sessionStorage.setItem('blog-widgets:session', stored);
      Reflect.deleteProperty(globalThis, key); // as on a reload
      expect(pageSession(), stored).to.equal(undefined);
    }
  });
});
