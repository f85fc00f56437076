// <blog-comments> on the static source: heading and count, threading and depth, authors and
// avatars, dates and permalinks, #comment-ID, order, paging, empty state, pending comments,
// the JSON-LD trail. Hostile input: blog-comments-hostile.test.ts; errors: blog-comments-load.test.ts;
// a live WordPress: blog-comments-wordpress-live.test.ts; languages: blog-comments-i18n.test.ts;
// with the form (Reply, posting): blog-comments-reply.test.ts.
import { expect, oneEvent } from '@open-wc/testing';
import { BlogComments } from '../src/blog-comments.js';
import {
  SEED,
  card,
  clearBlogStorage,
  clearHash,
  daysAgo,
  focusedIn,
  headingText,
  mount,
  parentOf,
  part,
  parts,
  shownIds,
  svgImageUrl,
  text,
  trail,
  until,
  type StaticComment,
} from './comments.helpers.js';

beforeEach(function () {
  console.log('TEST', this.currentTest?.fullTitle());
});
afterEach(() => {
  clearBlogStorage();
  clearHash();
});

/** A chain of replies: c1 ← c2 ← … ← cN, each a minute after its parent. */
const chain = (n: number): StaticComment[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i + 1}`,
    ...(i ? { parent: `c${i}` } : {}),
    author: `Level ${i + 1}`,
    date: new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString(),
    content: `Reply at level ${i + 1}`,
  }));

describe('<blog-comments> static', () => {
  it('is registered as BlogComments', () => {
    expect(customElements.get('blog-comments')).to.equal(BlogComments);
  });

  describe('heading', () => {
    it('says how many thoughts, on which post: 3 thoughts on “Her”', async () => {
      const el = await mount(SEED);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h2');
      expect(headingText(el)).to.equal('3 thoughts on “Her”');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      expect(el.shadowRoot!.getElementById(part(el, 'base')!.getAttribute('aria-labelledby')!)).to.equal(heading);
    });

    it('one comment: One thought on “Her”', async () => {
      const el = await mount([SEED[0]]);
      expect(headingText(el)).to.equal('One thought on “Her”');
    });

    it('without post-title: 3 thoughts / One thought', async () => {
      const el = await mount(SEED, { attrs: { post: 'her' } });
      expect(headingText(el)).to.equal('3 thoughts');
      const one = await mount([SEED[2]], { attrs: { post: 'her' } });
      expect(headingText(one)).to.equal('One thought');
    });

    it('counts every comment of the thread, not only the first page', async () => {
      const el = await mount(SEED, { attrs: { post: 'her', 'post-title': 'Her', 'per-page': '1' } });
      expect(shownIds(el)).to.deep.equal(['101']);
      expect(headingText(el)).to.equal('3 thoughts on “Her”');
    });

    it('heading-level changes the heading element', async () => {
      const el = await mount(SEED, { attrs: { post: 'her', 'post-title': 'Her', 'heading-level': '3' } });
      expect(part(el, 'heading')!.localName).to.equal('h3');
    });
  });

  describe('threading', () => {
    it('nests a reply under its parent in an <ol>, replies oldest first', async () => {
      const el = await mount([
        ...SEED,
        { id: '104', parent: '101', author: 'Late', date: '2013-12-20T10:00:00Z', content: 'Later reply' },
        { id: '105', parent: '101', author: 'Early', date: '2013-12-18T14:30:00Z', content: 'Earlier reply' },
      ]);
      expect(parts(el, 'thread')).to.have.length(1);
      const top = part(el, 'thread')!;
      expect(top.localName).to.equal('ol');
      const topItems = Array.from(top.children).map((li) => li.querySelector(':scope > article')!.id);
      expect(topItems).to.deep.equal(['comment-101', 'comment-103']);
      const replies = card(el, '101')!.parentElement!.querySelector(':scope > ol')!;
      expect(replies.localName).to.equal('ol');
      expect(Array.from(replies.children).map((li) => li.querySelector(':scope > article')!.id)).to.deep.equal([
        'comment-105',
        'comment-102',
        'comment-104',
      ]);
      expect(parentOf(el, '102')).to.equal('101');
      expect(parentOf(el, '103')).to.equal(undefined);
      expect(card(el, '102')!.closest('li')!.getAttribute('part')).to.equal('comment');
    });

    it('depth 5 by default: a sixth-level reply joins the fifth level', async () => {
      const el = await mount(chain(7));
      expect(el.depth).to.equal(5);
      expect(parentOf(el, 'c2')).to.equal('c1');
      expect(parentOf(el, 'c5')).to.equal('c4');
      expect(parentOf(el, 'c6')).to.equal('c4'); // a sibling of c5, not its child
      expect(parentOf(el, 'c7')).to.equal('c4');
      expect(card(el, 'c6')!.closest('li')!.classList.contains('depth-5')).to.equal(true);
      // The top-level list and four levels of replies: five lists deep, never six.
      expect(el.shadowRoot!.querySelectorAll('ol ol ol ol ol')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('ol ol ol ol ol ol')).to.have.length(0);
    });

    it('depth="2": deeper replies join the second level, which has no Reply button', async () => {
      const el = await mount(chain(4), { attrs: { post: 'her', depth: '2' }, form: true });
      expect(parentOf(el, 'c2')).to.equal('c1');
      expect(parentOf(el, 'c3')).to.equal('c1');
      expect(parentOf(el, 'c4')).to.equal('c1');
      expect(card(el, 'c1')!.querySelector('[part~="reply"]')).to.exist;
      for (const id of ['c2', 'c3', 'c4']) expect(card(el, id)!.querySelector('[part~="reply"]'), id).to.equal(null);
    });

    it('depth="1": a flat list, no Reply buttons', async () => {
      const el = await mount(SEED, { attrs: { post: 'her', depth: '1' }, form: true });
      expect(shownIds(el)).to.have.members(['101', '102', '103']);
      expect(el.shadowRoot!.querySelectorAll('ol ol')).to.have.length(0);
      expect(parts(el, 'reply')).to.have.length(0);
    });

    it('no Reply buttons without a <blog-comment-form> to reply with', async () => {
      const el = await mount(SEED);
      expect(parts(el, 'reply')).to.have.length(0);
    });

    it('a reply whose parent is not there shows at the top level', async () => {
      const el = await mount([
        SEED[0],
        {
          id: 'orphan',
          parent: 'gone',
          author: 'Orphan',
          date: '2013-12-18T16:00:00Z',
          content: 'Where is my parent?',
        },
      ]);
      expect(shownIds(el)).to.deep.equal(['101', 'orphan']);
      expect(parentOf(el, 'orphan')).to.equal(undefined);
    });

    it('cycles in hostile data (a → b → a, a comment its own parent) are cut, every comment still shows', async () => {
      const el = await mount(
        [
          { id: 'a', parent: 'b', author: 'A', content: 'a' },
          { id: 'b', parent: 'a', author: 'B', content: 'b' },
          { id: 'self', parent: 'self', author: 'Self', content: 'me' },
          { id: 'x', parent: 'y', author: 'X', content: 'x' },
          { id: 'y', parent: 'z', author: 'Y', content: 'y' },
          { id: 'z', parent: 'x', author: 'Z', content: 'z' },
        ],
        { form: true },
      );
      expect(shownIds(el)).to.have.members(['a', 'b', 'self', 'x', 'y', 'z']);
      expect(shownIds(el)).to.have.length(6); // each once
      expect(parentOf(el, 'self')).to.equal(undefined);
      expect(headingText(el)).to.equal('6 thoughts on “Her”');
    });

    it('the JSON-LD trail holds every comment shown, even those on a hostile cycle', async () => {
      const el = await mount([
        { id: 'a', parent: 'b', author: 'A', content: 'a' },
        { id: 'b', parent: 'a', author: 'B', content: 'b' },
        { id: 'self', parent: 'self', author: 'Self', content: 'me' },
        { id: 'ok', author: 'Ok', content: 'fine' },
      ]);
      const ids = JSON.stringify(trail(el)).match(/#comment-[a-z]+/g) ?? [];
      expect(new Set(ids)).to.have.keys('#comment-a', '#comment-b', '#comment-self', '#comment-ok');
    });

    it('duplicate ids show once', async () => {
      const el = await mount([SEED[0], { ...SEED[0], content: 'again' }, SEED[2]]);
      expect(shownIds(el).filter((id) => id === '101')).to.have.length(1);
    });
  });

  describe('authors', () => {
    it('links a name with rel="nofollow ugc noopener", resolves a relative link, leaves a name without link as text', async () => {
      const el = await mount(SEED);
      const marcus = card(el, '101')!.querySelector<HTMLAnchorElement>('a[part~="author"]')!;
      expect(marcus.href).to.equal('https://example.com/marcus');
      expect(marcus.rel).to.equal('nofollow ugc noopener');
      expect(text(marcus)).to.equal('Marcus Webb');
      const liah = card(el, '102')!.querySelector<HTMLAnchorElement>('a[part~="author"]')!;
      expect(liah.href).to.equal(new URL('/author/liah-qureshi/', location.href).href);
      const yuki = card(el, '103')!.querySelector('[part~="author"]')!;
      expect(yuki.localName).to.equal('span');
      expect(text(yuki)).to.equal('Yuki Tanaka');
    });

    it('shows initials in an avatar, and the picture over them once it loads', async () => {
      const src = svgImageUrl('red');
      const el = await mount([
        { id: '1', author: { name: 'Marcus Webb', avatar: src }, content: 'hi' },
        { id: '2', author: { name: 'Yuki Tanaka' }, content: 'hi' },
      ]);
      const [withPicture, withoutPicture] = parts(el, 'avatar');
      expect(withPicture!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(withPicture)).to.equal('MW');
      const img = withPicture!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(src);
      expect(img.alt).to.equal('');
      await until(el, () => img.hasAttribute('data-loaded'), 'the avatar never loaded');
      expect(text(withoutPicture)).to.equal('YT');
      expect(withoutPicture!.querySelector('img')).to.equal(null);
    });

    it('an avatar that fails to load leaves the initials', async () => {
      const el = await mount([
        {
          id: '1',
          author: { name: 'Marcus Webb', avatar: new URL('/__mock/status/404', location.origin).href },
          content: 'x',
        },
      ]);
      const face = part(el, 'avatar')!;
      await until(el, () => !face.querySelector('img'), 'the broken image stayed');
      expect(text(face)).to.equal('MW');
    });

    it('an empty name reads "Anonymous"', async () => {
      const el = await mount([{ id: '1', author: { name: '   ' }, content: 'x' }]);
      expect(text(card(el, '1')!.querySelector('[part~="author"]'))).to.equal('Anonymous');
    });
  });

  describe('bodies', () => {
    it('plain text: paragraphs on blank lines, line breaks on single newlines', async () => {
      const el = await mount([{ id: '1', author: 'A', content: 'First line\nsecond line\n\nSecond paragraph' }]);
      const content = card(el, '1')!.querySelector('[part~="content"]')!;
      const paragraphs = content.querySelectorAll('p');
      expect(paragraphs).to.have.length(2);
      expect(paragraphs[0]!.querySelectorAll('br')).to.have.length(1);
      expect(text(paragraphs[1])).to.equal('Second paragraph');
      expect(content.getAttribute('dir')).to.equal('auto');
    });
  });

  describe('dates and permalinks', () => {
    it('an old comment: the date and time, in a <time datetime> linking to #comment-ID', async () => {
      const el = await mount(SEED);
      const link = card(el, '101')!.querySelector<HTMLAnchorElement>('a[part~="permalink"]')!;
      expect(link.getAttribute('href')).to.equal('#comment-101');
      expect(link.title).to.equal('Link to this comment');
      const time = link.querySelector('time')!;
      const date = new Date('2013-12-18T14:02:00Z');
      expect(time.getAttribute('datetime')).to.equal(date.toISOString());
      const full = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(date);
      expect(text(time)).to.equal(full);
      expect(time.title).to.equal(full);
    });

    it('recent comments read relative ("3 days ago", "2 hours ago"; "now" for a clock a little ahead), with the full date as title', async () => {
      const el = await mount([
        { id: 'days', author: 'A', date: daysAgo(3.2), content: 'x' },
        { id: 'hours', author: 'B', date: daysAgo(2 / 24), content: 'x' },
        { id: 'now', author: 'C', date: new Date(Date.now() + 20_000).toISOString(), content: 'x' },
        { id: 'old', author: 'D', date: daysAgo(45), content: 'x' },
      ]);
      const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
      const time = (id: string) => card(el, id)!.querySelector('time')!;
      expect(text(time('days'))).to.equal(rtf.format(-3, 'day'));
      expect(text(time('hours'))).to.equal(rtf.format(-2, 'hour'));
      expect(text(time('now'))).to.equal(rtf.format(0, 'second'));
      const old = new Date(time('old').getAttribute('datetime')!);
      expect(text(time('old'))).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(old),
      );
      expect(time('days').title).to.match(/\d{4}/);
    });

    it('a comment without a date has no permalink; a source link is used as the permalink', async () => {
      const el = await mount([
        { id: '1', author: 'A', content: 'no date' },
        {
          id: '2',
          author: 'B',
          date: '2013-12-18T14:02:00Z',
          link: 'https://blog.example/her/#comment-2',
          content: 'x',
        },
      ]);
      expect(card(el, '1')!.querySelector('[part~="permalink"]')).to.equal(null);
      expect(card(el, '2')!.querySelector('a[part~="permalink"]')!.getAttribute('href')).to.equal(
        'https://blog.example/her/#comment-2',
      );
    });

    it('location.hash = #comment-ID scrolls to that comment and focuses it', async () => {
      const many = Array.from({ length: 30 }, (_, i) => ({
        id: String(i + 1),
        author: `Reader ${i + 1}`,
        date: new Date(Date.UTC(2020, 0, 1, i)).toISOString(),
        content: 'A comment long enough to take some room.\n\nAnd a second paragraph.',
      }));
      const el = await mount(many);
      const target = card(el, '27')!;
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#comment-27';
      await changed;
      await el.updateComplete;
      expect(focusedIn(el)).to.equal(target);
      const box = target.getBoundingClientRect();
      expect(box.top).to.be.lessThan(innerHeight);
      expect(box.bottom).to.be.greaterThan(0);
    });

    it('a #comment-ID already in the address is focused once the comments load', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#comment-103`);
      const el = await mount(SEED);
      await until(el, () => focusedIn(el) === card(el, '103'), 'the comment of the address was not focused');
    });

    it('a #comment-ID of another comment list or nothing at all is ignored', async () => {
      const el = await mount(SEED);
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#comment-999';
      await changed;
      expect(focusedIn(el)).to.equal(null);
    });
  });

  describe('order and paging', () => {
    it('oldest first by default, newest first with order="newest" (replies stay under their parent)', async () => {
      const oldest = await mount(SEED);
      expect(oldest.order).to.equal('oldest');
      expect(shownIds(oldest)).to.deep.equal(['101', '102', '103']);
      const newest = await mount(SEED, { attrs: { post: 'her', order: 'newest' } });
      expect(shownIds(newest)).to.deep.equal(['103', '101', '102']);
    });

    it('changing order reloads in the new order', async () => {
      const el = await mount(SEED);
      el.order = 'newest';
      await until(el, () => shownIds(el)[0] === '103', 'the order did not change');
      expect(shownIds(el)).to.deep.equal(['103', '101', '102']);
    });

    it('per-page + "Load more comments": the next page joins the thread, focus moves to the first new comment', async () => {
      const five: StaticComment[] = Array.from({ length: 5 }, (_, i) => ({
        id: `p${i + 1}`,
        author: `Reader ${i + 1}`,
        date: new Date(Date.UTC(2020, 0, 1, i)).toISOString(),
        content: `Comment ${i + 1}`,
      }));
      // p4 answers p1: it arrives on page 2 and moves under its parent.
      five[3] = { ...five[3]!, parent: 'p1' };
      const el = await mount(five, { attrs: { post: 'her', 'post-title': 'Her', 'per-page': '2' } });
      expect(shownIds(el)).to.deep.equal(['p1', 'p2']);
      const more = part<HTMLButtonElement>(el, 'more')!;
      expect(text(more)).to.equal('Load more comments');
      more.click();
      await until(el, () => shownIds(el).length === 4, 'page 2 never arrived');
      expect(shownIds(el)).to.deep.equal(['p1', 'p4', 'p2', 'p3']);
      expect(parentOf(el, 'p4')).to.equal('p1');
      await until(el, () => focusedIn(el) === card(el, 'p3'), 'focus did not move to the first new comment');
      part<HTMLButtonElement>(el, 'more')!.click();
      await until(el, () => shownIds(el).length === 5, 'page 3 never arrived');
      expect(part(el, 'more')).to.equal(null);
      expect(focusedIn(el)).to.equal(card(el, 'p5'));
      expect(headingText(el)).to.equal('5 thoughts on “Her”');
    });

    it('per-page out of range (0, -3, 500, abc) still loads', async () => {
      for (const perPage of ['0', '-3', '500', 'abc']) {
        const el = await mount(SEED, { attrs: { post: 'her', 'per-page': perPage } });
        expect(shownIds(el).length, perPage).to.be.greaterThan(0);
      }
    });

    it('blog-load reports what is shown and the total', async () => {
      const el = document.createElement('blog-comments');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ comments: SEED });
      el.append(script);
      const loaded = oneEvent(el, 'blog-load');
      document.body.append(el);
      try {
        const event = (await loaded) as CustomEvent<{ comments: { id: string }[]; total: number }>;
        expect(event.detail.total).to.equal(3);
        expect(event.detail.comments.map((c) => c.id)).to.deep.equal(['101', '102', '103']);
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
      } finally {
        el.remove();
      }
    });
  });

  describe('empty, pending', () => {
    it('no comments: the empty text, no list', async () => {
      const el = await mount([]);
      expect(text(part(el, 'empty'))).to.equal('No comments yet. Be the first to share your thoughts.');
      expect(headingText(el)).to.equal('Comments on “Her”');
      expect(part(el, 'thread')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
    });

    it('no inline JSON at all: the empty text', async () => {
      const el = await mount(undefined);
      expect(part(el, 'empty')).to.exist;
    });

    it('pending comments show only when they are the reader’s own (mine), with the held note', async () => {
      const el = await mount([
        ...SEED,
        { id: 'held', author: 'Someone else', status: 'pending', content: 'Not for your eyes' },
        { id: 'spam', author: 'Spammer', status: 'spam', content: 'Buy now' },
        {
          id: 'own',
          parent: '101',
          author: 'Me',
          status: 'pending',
          mine: true,
          date: '2013-12-20T00:00:00Z',
          content: 'My reply',
        },
      ]);
      expect(shownIds(el)).to.deep.equal(['101', '102', 'own', '103']);
      expect(text(el.shadowRoot)).not.to.contain('Not for your eyes');
      expect(text(el.shadowRoot)).not.to.contain('Buy now');
      const note = card(el, 'own')!.querySelector('[part~="pending"]')!;
      expect(text(note)).to.equal('Your comment is awaiting moderation.');
      expect(card(el, 'own')!.closest('li')!.classList.contains('pending')).to.equal(true);
      expect(headingText(el)).to.equal('3 thoughts on “Her”'); // held ones are not counted
      expect(JSON.stringify(trail(el))).not.to.contain('My reply');
    });
  });

  describe('JSON-LD trail', () => {
    it('a BlogPosting with the approved comments nested as threaded', async () => {
      const el = await mount(SEED);
      const script = el.querySelector(':scope > script[data-blog-structured-data]')!;
      expect(script.getAttribute('type')).to.equal('application/ld+json');
      const data = trail(el) as {
        '@context': string;
        '@type': string;
        '@id': string;
        commentCount: number;
        comment: {
          '@type': string;
          '@id': string;
          text: string;
          dateCreated: string;
          author: { name: string; url?: string };
          comment?: { text: string }[];
        }[];
      };
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('BlogPosting');
      expect(data['@id']).to.equal(location.href.split('#')[0]);
      expect(data.commentCount).to.equal(3);
      expect(data.comment).to.have.length(2);
      const [marcus, yuki] = data.comment;
      expect(marcus).to.deep.include({ '@type': 'Comment', dateCreated: '2013-12-18T14:02:00.000Z' });
      expect(marcus!['@id']).to.equal(`${location.href.split('#')[0]}#comment-101`);
      expect(marcus!.author).to.deep.equal({
        '@type': 'Person',
        name: 'Marcus Webb',
        url: 'https://example.com/marcus',
      });
      expect(marcus!.comment!.map((c) => c.text)).to.deep.equal(['Agreed. Thanks for reading, Marcus.']);
      expect(yuki!.author).to.deep.equal({ '@type': 'Person', name: 'Yuki Tanaka' });
    });

    it('none with no-structured-data, and none while there is nothing to say', async () => {
      const off = await mount(SEED, { attrs: { post: 'her', 'no-structured-data': '' } });
      expect(off.querySelector('script[data-blog-structured-data]')).to.equal(null);
      const empty = await mount([]);
      expect(empty.querySelector('script[data-blog-structured-data]')).to.equal(null);
    });
  });

  it('renders in the page: no iframe anywhere', async () => {
    const el = await mount(SEED, { form: true });
    expect(document.querySelectorAll('iframe')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(0);
    expect(el.querySelector('blog-comment-form')!.shadowRoot!.querySelectorAll('iframe')).to.have.length(0);
  });
});
