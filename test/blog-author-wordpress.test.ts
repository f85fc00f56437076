// <blog-author src="…/wp/v2/users/ID">: loading a WordPress user, the skeleton, errors with
// retry, events, aborts, page overrides, hostile users, and the live WordPress peer.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/blog-author.js';
import type { BlogAuthor } from '../src/blog-author.js';
import type { Author } from '../src/data/types.js';
import { BlogErrorEvent, BlogLoadEvent } from '../src/internal/events.js';
import { fixtureUrl, mockUrl, testEnv } from './support/env.js';
import { GRAVATAR } from './support/gravatar.js';
import { SEED_BIO, bioNodes, imagesShown, part, parts, personJson, until } from './blog-author-helpers.js';

type LoadEvent = BlogLoadEvent<{ author: Author }>;
const userUrl = (params: Record<string, string | number> = {}) => mockUrl('fixture/users.json', params);
const settled = (el: BlogAuthor) =>
  until(el, () => part(el, 'base')?.getAttribute('aria-busy') === 'false', 'settled', 9000);
const errorShown = (el: BlogAuthor) => until(el, () => part(el, 'error') !== null, 'error shown', 9000);
const errorText = (el: BlogAuthor) => part(el, 'error')?.querySelector('p')?.textContent ?? '';

describe('<blog-author> from WordPress', () => {
  it('loads name, bio, link and avatar of /wp/v2/users/ID and fires blog-load', async () => {
    const expected = (await (await fetch(fixtureUrl('users.json'))).json()) as { name: string; link: string };
    const el = document.createElement('blog-author');
    const loaded = oneEvent<LoadEvent>(el, 'blog-load');
    el.src = userUrl();
    await fixture(el);
    const event = await loaded;
    expect(event).to.be.instanceOf(BlogLoadEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.author.name).to.equal(expected.name);
    expect(part(el, 'name')!.textContent.trim()).to.equal('Liah Qureshi');
    expect(part(el, 'name')!.querySelector('a')!.href).to.equal(expected.link);
    expect(part(el, 'all-posts')!.textContent).to.equal('View all posts by Liah Qureshi');
    // The bio is light DOM the element owns, so it is indexable.
    const bio = el.querySelector<HTMLParagraphElement>(':scope > p[data-blog-bio]')!;
    expect(bio.textContent).to.equal(SEED_BIO);
    expect(bioNodes(el).includes(bio)).to.equal(true);
    expect(personJson(el)).to.include({ name: 'Liah Qureshi', description: SEED_BIO, url: expected.link });
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows WordPress’ Gravatar (https, largest size, srcset) and falls back to initials when it is unreachable', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author></blog-author>`);
    const shown = imagesShown(el);
    el.src = userUrl();
    await until(el, () => shown.length > 0, 'avatar image');
    const img = shown[0]!;
    // WordPress' Gravatar, through the page's Gravatar base (the tests' stand-in: a 404 for this one).
    expect(img.getAttribute('src')).to.equal(`${GRAVATAR}0d29df076888e81cafe5d6a212955d28?s=96&d=404&r=g`);
    expect(img.getAttribute('srcset')).to.contain(' 24w,').and.contain(' 96w');
    expect(img.getAttribute('sizes')).to.equal('72px');
    await until(el, () => part(el, 'avatar-image') === null, 'unreachable avatar removed', 9000);
    expect(part(el, 'initials')!.textContent).to.equal('LQ');
    await expect(el).to.be.accessible();
  });

  it('accepts the ?rest_route= form and a list of users (?slug=)', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author src=${userUrl({ rest_route: '/wp/v2/users/2' })}></blog-author>`,
    );
    await settled(el);
    expect(part(el, 'name')!.textContent.trim()).to.equal('Liah Qureshi');
    el.src = mockUrl('fixture/users_list.json', { slug: 'liah-qureshi' });
    await oneEvent(el, 'blog-load');
    expect(part(el, 'name')!.textContent.trim()).to.equal('Liah Qureshi');
  });

  it('lets page attributes and children override loaded values', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author src=${userUrl()} name="L. Q." link="https://example.com/pen-name" avatar-size="48"
        ><p>The page’s own bio.</p></blog-author
      >`,
    );
    await settled(el);
    expect(part(el, 'name')!.textContent.trim()).to.equal('L. Q.');
    expect(part<HTMLAnchorElement>(el, 'all-posts')!.href).to.equal('https://example.com/pen-name');
    expect(el.querySelector('[data-blog-bio]')).to.equal(null);
    expect(personJson(el)!.description).to.equal('The page’s own bio.');
    expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(48);
  });

  it('shows a skeleton reserving the box while loading, busy and announced', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author src=${mockUrl('fixture/users.json', { delay: 700 })}></blog-author>`,
    );
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading the author…');
    const skeletons = parts(el, 'skeleton');
    expect(skeletons).to.have.length(5); // avatar circle, name line, three bio lines
    expect(skeletons[0]!.getBoundingClientRect().width).to.equal(72);
    expect(skeletons.every((s) => s.getBoundingClientRect().height > 0)).to.equal(true);
    const loadingHeight = base.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await oneEvent(el, 'blog-load');
    expect(parts(el, 'skeleton')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    // The skeleton held about the space of the loaded box (no all-posts line in it).
    expect(Math.abs(base.getBoundingClientRect().height - loadingHeight)).to.be.lessThan(60);
  });

  it('keeps the page’s name and bio on screen while loading', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah Qureshi" src=${mockUrl('fixture/users.json', { delay: 500 })}
        ><p>Bio.</p></blog-author
      >`,
    );
    expect(part(el, 'name')!.textContent.trim()).to.equal('Liah Qureshi');
    expect(parts(el, 'skeleton')).to.have.length(0);
    await oneEvent(el, 'blog-load');
  });

  describe('errors', () => {
    const cases: [string, () => string, RegExp][] = [
      ['404', () => mockUrl('status/404'), /Nothing was found at this address \(404\)/],
      [
        '401 rest_user_cannot_view',
        () => mockUrl('fixture/user_admin_401.json', { status: 401 }),
        /does not make this author’s profile public/,
      ],
      ['HTML instead of JSON', () => mockUrl('html'), /did not answer with data this element can read/],
      [
        'JSON that is not a user',
        () => mockUrl('json', { body: '{"id":"x","title":"no"}' }),
        /did not return an author/,
      ],
      ['a post instead of a user', () => mockUrl('fixture/post.json'), /did not return an author/],
      ['an unreachable server', () => mockUrl('drop'), /could not be reached/],
      ['a 500', () => mockUrl('status/500'), /answered with an error \(500\)/],
    ];
    for (const [what, src, message] of cases) {
      it(`explains ${what} in an alert with "Try again", and fires blog-error`, async () => {
        const el = document.createElement('blog-author');
        const failed = oneEvent<BlogErrorEvent>(el, 'blog-error');
        el.src = src();
        await fixture(el);
        const event = await failed;
        expect(event).to.be.instanceOf(BlogErrorEvent);
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(errorText(el)).to.match(message);
        expect(box.querySelector('button')!.textContent).to.equal('Try again');
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
        expect(personJson(el)).to.equal(undefined);
        await expect(el).to.be.accessible();
      });
    }

    it('tells a CORS refusal apart from an unreachable host', async () => {
      const other = new URL(userUrl());
      other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const el = await fixture<BlogAuthor>(html`<blog-author src=${other.href}></blog-author>`);
      await errorShown(el);
      expect(errorText(el)).to.match(/does not allow this page to read its data \(CORS\)/);
    });

    it('says when the site takes too long', async () => {
      // fetchJson gives up after 15 s; shorten that one timer for this test.
      const realSetTimeout = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) =>
        realSetTimeout(fn, ms === 15_000 ? 200 : ms, ...args)) as typeof window.setTimeout;
      try {
        const el = await fixture<BlogAuthor>(html`<blog-author src=${mockUrl('slow', { ms: 3000 })}></blog-author>`);
        await oneEvent(el, 'blog-error');
        await el.updateComplete;
        expect(errorText(el)).to.match(/took too long to answer/);
      } finally {
        window.setTimeout = realSetTimeout;
      }
    });

    it('retries with the button (mouse and keyboard), and recovers', async () => {
      const realFetch = window.fetch;
      let calls = 0;
      // Offline for the first load (its request and the CORS probe), online for the retry.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (!String(input instanceof Request ? input.url : input).includes('/__mock/')) return realFetch(input, init);
        calls++;
        return calls <= 2 ? Promise.reject(new TypeError('offline')) : realFetch(input, init);
      };
      try {
        const el = await fixture<BlogAuthor>(html`<blog-author src=${userUrl()}></blog-author>`);
        await errorShown(el);
        const button = part(el, 'error')!.querySelector('button')!;
        button.focus();
        const loaded = oneEvent(el, 'blog-load');
        await sendKeys({ press: 'Enter' });
        await loaded;
        expect(part(el, 'error')).to.equal(null);
        expect(part(el, 'name')!.textContent.trim()).to.equal('Liah Qureshi');
        // Focus stays in the element, not lost to <body>. (Booleans: chai's diff of DOM nodes hangs wtr.)
        await new Promise((r) => setTimeout(r));
        expect(el.shadowRoot!.activeElement === part(el, 'base')).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('reaches "Try again" with Tab', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><blog-author src=${mockUrl('status/404')}></blog-author></div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      await errorShown(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === part(el, 'error')!.querySelector('button')).to.equal(true);
    });
  });

  describe('aborts', () => {
    it('aborts the old load when src changes: only the new one fires', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author src=${mockUrl('status/404', { delay: 300 })}></blog-author>`,
      );
      const events: string[] = [];
      el.addEventListener('blog-load', () => events.push('load'));
      el.addEventListener('blog-error', () => events.push('error'));
      el.src = userUrl();
      await oneEvent(el, 'blog-load');
      await new Promise((r) => setTimeout(r, 500));
      expect(events).to.deep.equal(['load']);
      expect(part(el, 'error')).to.equal(null);
    });

    it('aborts on disconnect and loads again when reconnected', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author src=${mockUrl('fixture/users.json', { delay: 300 })}></blog-author>`,
      );
      const events: string[] = [];
      el.addEventListener('blog-load', () => events.push('load'));
      el.addEventListener('blog-error', () => events.push('error'));
      const parent = el.parentNode!;
      el.remove();
      await new Promise((r) => setTimeout(r, 500));
      expect(events).to.deep.equal([]);
      parent.append(el);
      await oneEvent(el, 'blog-load');
      expect(events).to.deep.equal(['load']);
    });

    it('clears the loaded author and its owned bio when src is removed', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author src=${userUrl()}></blog-author>`);
      await settled(el);
      expect(el.querySelector('[data-blog-bio]')).to.exist;
      el.removeAttribute('src');
      await el.updateComplete;
      expect(el.querySelector('[data-blog-bio]')).to.equal(null);
      expect(part(el, 'name')).to.equal(null);
      expect(personJson(el)).to.equal(undefined);
    });
  });

  it('renders a hostile WordPress user as text, with unsafe URLs dropped', async () => {
    const hostile = {
      id: 6,
      name: 'Liah <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
      description:
        '<script>window.__pwned=3</script>Bio with <b>tags</b> & entities &amp; </p><iframe src="javascript:alert(1)">',
      link: 'javascript:window.__pwned=4',
      avatar_urls: { '96': 'javascript:window.__pwned=5', '48': 'data:image/svg+xml,<svg onload=alert(1)>' },
    };
    const el = await fixture<BlogAuthor>(
      html`<blog-author src=${mockUrl('json', { body: JSON.stringify(hostile) })}></blog-author>`,
    );
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(part(el, 'name')!.textContent.trim()).to.equal('Liah');
    expect(part(el, 'name')!.querySelector('a')).to.equal(null);
    expect(part(el, 'avatar-image')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('script, iframe, img')).to.have.length(0);
    const bio = el.querySelector('[data-blog-bio]')!;
    expect(bio.children).to.have.length(0);
    expect(bio.textContent).to.equal('Bio with tags & entities &');
    expect(el.querySelector('script[data-blog-structured-data]')!.textContent).not.to.contain('<');
    await expect(el).to.be.accessible();
  });

  it('loads the author from a live WordPress (../shared/tools/wp-peer.sh)', async function () {
    const env = await testEnv();
    if (!env.wpPeer) {
      if (env.wpPeerRequired) throw new Error(`the WordPress peer must run here: ${env.wpPeerSkipReason}`);
      console.warn(`skipped: ${env.wpPeerSkipReason}`);
      this.skip();
    }
    const el = document.createElement('blog-author');
    const loaded = oneEvent<LoadEvent>(el, 'blog-load');
    el.src = `${env.wpPeer.url}/wp-json/wp/v2/users/${env.wpPeer.authorId}`;
    await fixture(el);
    const event = await loaded;
    expect(event.detail.author.name).to.equal('Liah Qureshi');
    expect(el.querySelector('[data-blog-bio]')!.textContent).to.contain('Brooklyn');
    await expect(el).to.be.accessible();
  });
});
