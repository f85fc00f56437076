// The conversation end to end against the live WordPress of ../shared/tools/wp-peer.sh (started
// by scripts/test.mjs; skipped, saying why, without one — except where it is required): read the
// seed post's thread, post as a guest with anonymous comments off and on, and see WordPress'
// errors as the reader sees them. Anonymous comments are switched through the dev server
// (POST /__wp-peer/anon-comments/on|off) and always switched back off; every comment and post
// made here is deleted afterwards with the peer's admin application password.
import { expect } from '@open-wc/testing';
import type { BlogComments } from '../src/blog-comments.js';
import type { Comment } from '../src/data/source.js';
import { holdWpPeer, testEnv, type WpPeer } from './support/env.js';
import {
  alertText,
  card,
  clearBlogStorage,
  control,
  drafts,
  fieldErrorText,
  fill,
  fillValid,
  formOf,
  headingText,
  mount,
  parentOf,
  post,
  shownIds,
  statusText,
  text,
  eventually,
} from './form.helpers.js';

const TITLE = 'Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system';
// Each browser's comments differ (WordPress refuses the same comment twice from one address).
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let wp: WpPeer;
let hold: Awaited<ReturnType<typeof holdWpPeer>> | undefined;
/** The peer's host as the messages name it (127.0.0.1:PORT). */
let host = '';
const createdComments: string[] = [];
const createdPosts: number[] = [];

async function anonComments(state: 'on' | 'off'): Promise<void> {
  const answer = await fetch(`/__wp-peer/anon-comments/${state}`, { method: 'POST' });
  expect(answer.status, `switching anonymous comments ${state}`).to.equal(200);
}

/** A request to the peer's REST API as its admin (application password). */
function admin(route: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Basic ${btoa(`${wp.adminUser}:${wp.appPassword}`)}`);
  headers.set('Content-Type', 'application/json');
  return fetch(`${wp.url}/wp-json${route}`, { ...init, headers });
}

/** The thread of the seed post (or `postId`), with its form, as a page would write it. */
const thread = (postId = wp.postId): Promise<BlogComments> =>
  mount(undefined, {
    attrs: { source: `wordpress:${wp.url}`, post: String(postId), 'post-title': TITLE },
    form: true,
  });

/** Posts the form's comment; resolves with what WordPress stored (via blog-comment), if it did. */
async function send(el: BlogComments): Promise<Comment | undefined> {
  let stored: Comment | undefined;
  const listener = (event: Event): void => {
    stored = (event as CustomEvent<{ comment: Comment }>).detail.comment;
    createdComments.push(stored.id);
  };
  el.addEventListener('blog-comment', listener);
  try {
    await post(formOf(el));
  } finally {
    el.removeEventListener('blog-comment', listener);
  }
  return stored;
}

describe('the conversation on a live WordPress', function () {
  this.timeout(30_000);

  before(async function () {
    const env = await testEnv();
    if (!env.wpPeer) {
      if (env.wpPeerRequired) throw new Error(`the WordPress peer must run here: ${env.wpPeerSkipReason}`);
      console.warn(`skipped: ${env.wpPeerSkipReason}`);
      this.skip();
    }
    wp = env.wpPeer;
    host = new URL(wp.url).host;
    // The other browsers run this file too, and test/data/wordpress-live.test.ts needs anonymous
    // comments off: one file at a time changes the peer.
    this.timeout(200_000);
    hold = await holdWpPeer();
    await anonComments('off');
  });

  beforeEach(() => clearBlogStorage());

  after(async () => {
    if (!host) return; // skipped
    try {
      clearBlogStorage();
      await anonComments('off');
      for (const id of createdComments) {
        const answer = await admin(`/wp/v2/comments/${id}?force=true`, { method: 'DELETE' });
        expect(answer.status, `deleting test comment ${id}`).to.equal(200);
      }
      for (const id of createdPosts) {
        const answer = await admin(`/wp/v2/posts/${id}?force=true`, { method: 'DELETE' });
        expect(answer.status, `deleting test post ${id}`).to.equal(200);
      }
    } finally {
      await hold?.release();
    }
  });

  it('reads the seed post’s thread: threaded, the held comment not shown, counted as WordPress counts', async () => {
    const el = await thread();
    const ids = [wp.comment1, wp.comment2, wp.commentReply].map(String);
    expect(shownIds(el)).to.include.members(ids);
    expect(shownIds(el)).not.to.include(String(wp.commentPending));
    expect(parentOf(el, String(wp.commentReply))).to.equal(String(wp.comment1));
    expect(text(el.shadowRoot)).not.to.contain('Spammy McSpamface');
    expect(headingText(el)).to.equal(`3 thoughts on “${TITLE}”`);
    const reply = card(el, String(wp.commentReply))!;
    expect(text(reply.querySelector('[part~="author"]'))).to.equal('Liah Qureshi');
    expect(text(reply.querySelector('[part~="content"]'))).to.equal(
      'Thanks Maya! That beach scene is exactly where the film won me over.',
    );
    const maya = card(el, String(wp.comment1))!.querySelector<HTMLAnchorElement>('a[part~="author"]')!;
    expect([maya.href, maya.rel]).to.deep.equal(['https://maya.example.org/', 'nofollow ugc noopener']);
    await expect(el).to.be.accessible();
  });

  it('the hostile probe post’s comment renders inert (its payloads call alert)', async () => {
    const calls: unknown[] = [];
    const real = window.alert;
    window.alert = (message?: unknown) => void calls.push(message);
    try {
      const el = await thread(wp.xssPostId);
      const probe = card(el, String(wp.xssCommentId))!;
      expect(text(probe.querySelector('[part~="author"]'))).to.equal('Eve'); // WordPress strips the markup
      expect(probe.querySelector('[part~="author"]')!.localName).to.equal('span'); // its javascript: URL is dropped
      expect(text(probe.querySelector('[part~="content"]'))).to.contain('Nice post!');
      expect(probe.querySelectorAll('script, [onerror], [onmouseover]')).to.have.length(0);
      await eventually(() => !probe.querySelector('[part~="content"] img'), 'the broken image stayed', {
        timeout: 3000,
      }).catch(() => undefined);
      expect(calls).to.deep.equal([]);
    } finally {
      window.alert = real;
    }
  });

  it('a guest with anonymous comments off: the plain “site requires signing in” sentence, the draft kept', async () => {
    await anonComments('off');
    const el = await thread();
    await fillValid(formOf(el), `Signed out ${run}`);
    await post(formOf(el));
    expect(alertText(formOf(el))).to.equal(`${host} only accepts comments from readers who are signed in.`);
    expect(control<HTMLTextAreaElement>(formOf(el), 'content').value).to.equal(`Signed out ${run}`);
    expect(drafts()).to.deep.equal([{ content: `Signed out ${run}` }]);
  });

  describe('anonymous comments on', () => {
    before(() => anonComments('on'));
    after(() => anonComments('off'));

    it('a guest’s reply is held for moderation: “awaiting moderation”, shown under its comment to its author only', async () => {
      const el = await thread();
      const reply = card(el, String(wp.comment1))!.querySelector<HTMLButtonElement>('[part~="reply"]')!;
      reply.click();
      await eventually(() => formOf(el).slot === 'reply', 'Reply did not move the form');
      await fillValid(formOf(el), `A guest reply ${run}\n\nWith a second paragraph.`);
      fill(formOf(el), 'url', 'guest.example');
      const stored = await send(el);
      expect(statusText(formOf(el))).to.equal('Your comment is awaiting moderation.');
      expect(stored).to.deep.include({ status: 'pending', parent: String(wp.comment1), mine: true });
      await eventually(() => !!card(el, stored!.id), 'the held reply did not show');
      expect(parentOf(el, stored!.id)).to.equal(String(wp.comment1));
      expect(text(card(el, stored!.id)!.querySelector('[part~="pending"]'))).to.equal(
        'Your comment is awaiting moderation.',
      );
      expect(headingText(el)).to.equal(`3 thoughts on “${TITLE}”`);

      // WordPress has it, held, as typed.
      const saved = (await (await admin(`/wp/v2/comments/${stored!.id}?context=edit`)).json()) as {
        status: string;
        parent: number;
        author_name: string;
        author_url: string;
        content: { raw: string };
      };
      expect(saved).to.deep.include({ status: 'hold', parent: wp.comment1, author_name: 'Rita Reader' });
      expect(saved.author_url).to.equal('https://guest.example/');
      expect(saved.content.raw).to.equal(`A guest reply ${run}\n\nWith a second paragraph.`);

      // This reader, after a reload, still sees it; another reader does not.
      el.remove();
      expect(shownIds(await thread())).to.include(stored!.id);
      clearBlogStorage();
      expect(shownIds(await thread())).not.to.include(stored!.id);
    });

    it('the same comment again: WordPress’ duplicate (409) in plain words, the draft kept', async () => {
      const el = await thread();
      await fillValid(formOf(el), `Said twice ${run}`);
      expect(await send(el)).to.exist;
      await fillValid(formOf(el), `Said twice ${run}`);
      await post(formOf(el));
      expect(alertText(formOf(el))).to.equal(`You have already said that: ${host} already has this comment.`);
      expect(control<HTMLTextAreaElement>(formOf(el), 'content').value).to.equal(`Said twice ${run}`);
    });

    it('a name WordPress reads as empty (markup only): its “name and email” sentence', async () => {
      const el = await thread();
      await fillValid(formOf(el), `No real name ${run}`);
      fill(formOf(el), 'name', '<b></b>');
      await post(formOf(el));
      expect(alertText(formOf(el))).to.equal('Please enter your name and email address to comment.');
      expect(control<HTMLTextAreaElement>(formOf(el), 'content').value).to.equal(`No real name ${run}`);
    });

    it('an email WordPress refuses: its sentence at the Email field', async () => {
      const el = await thread();
      await fillValid(formOf(el), `Odd email ${run}`);
      fill(formOf(el), 'email', 'rita@exam_ple.com');
      await post(formOf(el));
      expect(fieldErrorText(formOf(el), 'email')).to.equal(
        'Please enter a valid email address, like name@example.com.',
      );
      expect(alertText(formOf(el))).to.equal('Please enter a valid email address, like name@example.com.');
    });

    it('a post with comments closed: “Comments are closed on this post.”', async () => {
      const created = await admin('/wp/v2/posts', {
        method: 'POST',
        body: JSON.stringify({ title: `Closed ${run}`, status: 'publish', comment_status: 'closed', content: 'x' }),
      });
      expect(created.status).to.equal(201);
      const { id } = (await created.json()) as { id: number };
      createdPosts.push(id);
      const el = await thread(id);
      expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(
        'No comments yet. Be the first to share your thoughts.',
      );
      await fillValid(formOf(el), `Too late ${run}`);
      await post(formOf(el));
      expect(alertText(formOf(el))).to.equal('Comments are closed on this post.');
    });
  });
});
