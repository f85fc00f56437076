// <blog-comments> when the source misbehaves (a WordPress URL on the dev server's mock routes):
// a source that hangs (timeout → error with "Try again"), 500s, HTML, truncated JSON, a dropped
// connection; "Load more" failing keeps the list; the loading state; the form keeps its draft.
import { expect, oneEvent } from '@open-wc/testing';
import type { BlogComments } from '../src/blog-comments.js';
import { sequenceCount, sequenceUrl, type MockStep } from './support/env.js';
import {
  clearBlogStorage,
  commentsElement,
  control,
  fill,
  formOf,
  headingText,
  mount,
  part,
  shownIds,
  text,
  wpMock,
  eventually,
} from './comments.helpers.js';

afterEach(() => clearBlogStorage());

const host = location.host;

/** `ids` as WordPress comments (no avatars: nothing leaves this machine). */
const wpComments = (...ids: number[]): unknown[] =>
  ids.map((id) => ({
    id,
    post: 4,
    parent: 0,
    author: 0,
    author_name: `Reader ${id}`,
    date_gmt: `2020-01-0${id}T10:00:00`,
    content: { rendered: `<p>Comment ${id}</p>` },
    status: 'approved',
  }));

/** A page of WordPress comments with its paging headers. */
const page = (ids: number[], total: number, pages: number): MockStep => ({
  body: wpComments(...ids),
  headers: { 'X-WP-Total': total, 'X-WP-TotalPages': pages },
});

/** The error box's sentence ('' when there is none). */
const errorText = (el: BlogComments): string => text(part(el, 'error')?.querySelector('.error-text'));

/** Mounts `<blog-comments>` on a WordPress `source` URL, with a form, and waits until it settled. */
const mountOn = (source: string, attrs: Record<string, string> = {}): Promise<BlogComments> =>
  mount(undefined, { attrs: { post: '4', 'post-title': 'Her', source, ...attrs }, form: true });

describe('<blog-comments> when the source fails', function () {
  this.timeout(30_000);

  it('a source that hangs: after `timeout` ms an error with “Try again”, which loads the comments', async () => {
    const key = `hang-${Math.random()}`;
    const el = commentsElement(undefined, {
      attrs: {
        post: '4',
        'post-title': 'Her',
        timeout: '1000',
        source: sequenceUrl(key, [{ ...page([1, 2], 2, 1), delay: 8000 }, page([1, 2], 2, 1)], { rest_route: '/' }),
      },
      form: true,
    });
    const failed = oneEvent(el, 'blog-error');
    document.body.append(el);
    try {
      // Loading: a skeleton, busy, the heading says so.
      await eventually(() => !!part(el, 'skeleton'), 'no skeleton');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(headingText(el)).to.equal('Loading comments…');
      await expect(el).to.be.accessible();

      const { detail } = (await failed) as CustomEvent<{ error: { kind: string } }>;
      expect(detail.error.kind).to.equal('timeout');
      await el.updateComplete;
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(errorText(el)).to.equal(`The comments could not be loaded. ${host} took too long to answer.`);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      expect(headingText(el)).to.equal('Comments on “Her”'); // not "0 thoughts": the count is unknown
      await expect(el).to.be.accessible();

      el.timeout = 15_000; // the timeout was seen; the retry gets time enough for a busy test machine
      part<HTMLButtonElement>(el, 'retry')!.click();
      await eventually(() => shownIds(el).length === 2, 'Try again did not load the comments');
      expect(part(el, 'error')).to.equal(null);
      expect(headingText(el)).to.equal('2 thoughts on “Her”');
      expect(await sequenceCount(key)).to.equal(2);
    } finally {
      el.remove();
    }
  });

  const failures: [string, string, string][] = [
    ['a 500', wpMock('status/500'), `${host} answered with an error (500). Try again in a moment.`],
    [
      'a 503 with an HTML page',
      wpMock('html', { status: 503 }),
      `${host} answered with an error (503). Try again in a moment.`,
    ],
    ['HTML instead of JSON (a login page)', wpMock('html'), `${host} did not answer with data this element can read.`],
    [
      'truncated JSON',
      wpMock('json', { body: '[{"id":1,"post":4,"content":{"rendered":"<p>Hel' }),
      `${host} did not answer with data this element can read.`,
    ],
    [
      'JSON that is not a list of comments',
      wpMock('json', { body: '{"comments":"none"}' }),
      `${host} did not answer with data this element can read.`,
    ],
    ['a dropped connection', wpMock('drop'), `${host} could not be reached. Check your connection and try again.`],
    ['a 404', wpMock('status/404'), 'Nothing was found at this address (404).'],
  ];
  for (const [what, source, sentence] of failures) {
    it(`${what}: “The comments could not be loaded. ${sentence}”, with “Try again”`, async () => {
      const el = await mountOn(source);
      expect(errorText(el)).to.equal(`The comments could not be loaded. ${sentence}`);
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(part(el, 'thread')).to.equal(null);
      expect(part(el, 'empty')).to.equal(null);
    });
  }

  it('"Load more" failing keeps the comments shown; “Try again” loads that page', async () => {
    const key = `more-${Math.random()}`;
    const el = await mountOn(
      sequenceUrl(key, [page([1, 2], 4, 2), { status: 500, body: { code: 'oops' } }, page([3, 4], 4, 2)], {
        rest_route: '/',
      }),
      { 'per-page': '2' },
    );
    expect(shownIds(el)).to.deep.equal(['1', '2']);
    part<HTMLButtonElement>(el, 'more')!.click();
    await eventually(() => !!part(el, 'error'), 'no error for the failed page');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['1', '2']);
    expect(errorText(el)).to.equal(`${host} answered with an error (500). Try again in a moment.`);
    expect(headingText(el)).to.equal('4 thoughts on “Her”');
    part<HTMLButtonElement>(el, 'retry')!.click();
    await eventually(() => shownIds(el).length === 4, 'the page never arrived');
    expect(shownIds(el)).to.deep.equal(['1', '2', '3', '4']);
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'more')).to.equal(null);
  });

  it('the form keeps working and keeps its draft while the comments failed to load', async () => {
    const el = await mountOn(wpMock('status/500'));
    const form = formOf(el);
    fill(form, 'content', 'Still here');
    await form.updateComplete;
    el.remove();
    const again = await mountOn(wpMock('status/500'));
    await eventually(() => control<HTMLTextAreaElement>(formOf(again), 'content').value === 'Still here', 'draft lost');
  });

  it('inline JSON that does not parse: a console warning and the empty thread, no crash', async () => {
    const warnings: string[] = [];
    const real = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await mount(undefined, { json: '{"comments": [{"id": 1, "content": "cut' });
      expect(text(part(el, 'empty'))).to.equal('No comments yet. Be the first to share your thoughts.');
      expect(warnings.some((w) => w.includes('does not parse'))).to.equal(true);
    } finally {
      console.warn = real;
    }
  });
});
