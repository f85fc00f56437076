// <blog-author>: social links given as light-DOM <a> children, the bio slot (manual slot
// assignment), children changes, and keyboard order.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/blog-author.js';
import { BlogAuthor } from '../src/blog-author.js';
import { networkOf } from '../src/elements/blog-author/social.js';
import { SEED_BIO, bioNodes, part, personJson, socialLinks } from './blog-author-helpers.js';

const tick = () => new Promise((r) => setTimeout(r));

/** Where the element with focus is, across the shadow boundary. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<blog-author> social links', () => {
  const networks: [string, string, string][] = [
    ['https://x.com/liah', 'x', 'Liah Qureshi on X'],
    ['https://twitter.com/liah', 'x', 'Liah Qureshi on X'],
    ['https://mobile.twitter.com/liah', 'x', 'Liah Qureshi on X'],
    ['https://www.facebook.com/liah', 'facebook', 'Liah Qureshi on Facebook'],
    ['https://instagram.com/liah', 'instagram', 'Liah Qureshi on Instagram'],
    ['https://www.youtube.com/@liah', 'youtube', 'Liah Qureshi on YouTube'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'Liah Qureshi on YouTube'],
    ['https://www.linkedin.com/in/liah', 'linkedin', 'Liah Qureshi on LinkedIn'],
    ['https://github.com/liah', 'github', 'Liah Qureshi on GitHub'],
    ['https://mastodon.social/@liah', 'mastodon', 'Liah Qureshi on Mastodon'],
    ['https://fosstodon.org/@liah', 'mastodon', 'Liah Qureshi on Mastodon'],
    ['https://bsky.app/profile/liah.bsky.social', 'bluesky', 'Liah Qureshi on Bluesky'],
    ['https://liah.example/feed/', 'rss', 'RSS feed of Liah Qureshi'],
    ['https://liah.example/index.xml', 'rss', 'RSS feed of Liah Qureshi'],
    ['https://liah.example/rss', 'rss', 'RSS feed of Liah Qureshi'],
    ['https://liah.example/atom', 'rss', 'RSS feed of Liah Qureshi'],
    ['https://liah.example/', 'website', 'Liah Qureshi’s website'],
    ['https://medium.com/@liah', 'website', 'Liah Qureshi’s website'],
  ];

  it('recognizes every network by URL, with an icon and an accessible name', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah Qureshi">
        ${networks.map(([href]) => html`<a href=${href}>link</a> `)}
      </blog-author>`,
    );
    const links = socialLinks(el);
    expect(links).to.have.length(networks.length);
    networks.forEach(([href, network, label], i) => {
      const link = links[i]!;
      expect(link.getAttribute('href'), href).to.equal(href);
      expect(link.dataset.network, href).to.equal(network);
      expect(link.getAttribute('aria-label'), href).to.equal(label);
      const svg = link.querySelector('svg')!;
      expect(svg.getAttribute('part')).to.equal('social-icon');
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(10);
    });
    expect(part(el, 'social')!.localName).to.equal('ul');
    await expect(el).to.be.accessible();
  });

  it('recognizes feeds by type and Mastodon by rel="me"', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah">
        <a href="https://liah.example/posts" type="application/rss+xml">Feed</a>
        <a href="https://liah.example/updates" type="application/atom+xml">Atom</a>
        <a href="https://social.example/@liah" rel="me">Fediverse</a>
      </blog-author>`,
    );
    expect(socialLinks(el).map((a) => a.dataset.network)).to.deep.equal(['rss', 'rss', 'mastodon']);
    expect(networkOf(new URL('https://feeds.example.com/liah'))).to.equal('rss');
    expect(networkOf(new URL('https://liah.example/?feed=rss2'))).to.equal('rss');
    expect(networkOf(new URL('https://x.com.evil.example/liah'))).to.equal('website');
  });

  it('copies rel="me", always adds it for Mastodon, and always adds noopener', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah">
        <a href="https://github.com/liah" rel="me">GitHub</a>
        <a href="https://mastodon.social/@liah">Mastodon</a>
        <a href="https://x.com/liah" rel="nofollow">X</a>
      </blog-author>`,
    );
    expect(socialLinks(el).map((a) => a.rel)).to.deep.equal(['me noopener', 'me noopener', 'noopener']);
  });

  it('drops links with unsafe or missing URLs', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah">
        <a href="javascript:alert(1)">evil</a>
        <a href="JaVaScRiPt:alert(1)">evil</a>
        <a href="data:text/html,<script>alert(1)</script>">evil</a>
        <a href="vbscript:msgbox(1)">evil</a>
        <a href="mailto:liah@example.com">mail</a>
        <a href="#top">top</a>
        <a href="https://x.com/liah">X</a>
      </blog-author>`,
    );
    expect(socialLinks(el).map((a) => a.href)).to.deep.equal(['https://x.com/liah']);
    expect(el.shadowRoot!.innerHTML).not.to.match(/javascript:|data:|vbscript:/i);
    // Neither rendered as icons nor in the bio.
    expect(bioNodes(el).some((n) => n.nodeName === 'A')).to.equal(false);
    expect(personJson(el)!.sameAs).to.deep.equal(['https://x.com/liah']);
  });

  it('names links by network alone when there is no name', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author><a href="https://github.com/liah">GitHub</a></blog-author>`);
    expect(socialLinks(el)[0]!.getAttribute('aria-label')).to.equal('GitHub');
  });

  describe('the bio slot', () => {
    it('keeps the bio slotted and the original links in light DOM, rendered once', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author name="Liah Qureshi">
          <p>${SEED_BIO}</p>
          <a href="https://x.com/liah" rel="me">X</a>
          <a href="https://mastodon.social/@liah" rel="me">Mastodon</a>
        </blog-author>`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      const assigned = bioNodes(el);
      const bio = el.querySelector('p')!;
      expect(assigned.includes(bio)).to.equal(true);
      expect(assigned.some((n) => n.nodeName === 'A' || n.nodeName === 'SCRIPT')).to.equal(false);
      expect(bio.getBoundingClientRect().height).to.be.greaterThan(0);
      // The originals stay (search engines, Mastodon's rel=me check) but take no space.
      const originals = Array.from(el.querySelectorAll(':scope > a'));
      expect(originals).to.have.length(2);
      expect(originals.every((a) => a.getClientRects().length === 0)).to.equal(true);
      expect(originals[1]!.getAttribute('rel')).to.equal('me');
    });

    it('keeps a link inside a line of text in the bio', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author name="Liah"
          >Liah writes for <a href="https://wired.example/">Wired</a>.
          <a href="https://x.com/liah">X</a>
        </blog-author>`,
      );
      expect(socialLinks(el).map((a) => a.href)).to.deep.equal(['https://x.com/liah']);
      const inline = el.querySelector('a[href^="https://wired"]')!;
      expect(bioNodes(el).includes(inline)).to.equal(true);
      expect(inline.getClientRects().length).to.be.greaterThan(0);
      expect(personJson(el)!.description).to.equal('Liah writes for Wired.');
    });

    it('follows children added, changed and removed later', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah"></blog-author>`);
      expect(part(el, 'social')).to.equal(null);
      const link = Object.assign(document.createElement('a'), { href: 'https://x.com/liah', textContent: 'X' });
      el.append(link);
      await tick();
      await el.updateComplete;
      expect(socialLinks(el).map((a) => a.dataset.network)).to.deep.equal(['x']);

      link.href = 'https://github.com/liah';
      await tick();
      await el.updateComplete;
      expect(socialLinks(el).map((a) => a.dataset.network)).to.deep.equal(['github']);

      const p = Object.assign(document.createElement('p'), { textContent: 'A new bio.' });
      el.prepend(p);
      await tick();
      await el.updateComplete;
      expect(bioNodes(el).includes(p)).to.equal(true);
      expect(part(el, 'bio')!.hidden).to.equal(false);

      link.remove();
      p.textContent = 'Edited bio.';
      await tick();
      await el.updateComplete;
      expect(part(el, 'social')).to.equal(null);
      expect(personJson(el)!.description).to.equal('Edited bio.');
    });

    it('stops observing when disconnected and catches up when reconnected', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah"></blog-author>`);
      const parent = el.parentNode!;
      el.remove();
      el.append(Object.assign(document.createElement('a'), { href: 'https://github.com/liah', textContent: 'GitHub' }));
      await tick();
      expect(socialLinks(el)).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(socialLinks(el).map((a) => a.dataset.network)).to.deep.equal(['github']);
    });

    it('falls back to a slot name where manual slot assignment is unavailable', async () => {
      class LegacyAuthor extends BlogAuthor {
        static override shadowRootOptions: ShadowRootInit = { mode: 'open' };
      }
      customElements.define('legacy-blog-author', LegacyAuthor);
      const el = await fixture<BlogAuthor>(
        html`<legacy-blog-author name="Liah">
          <p>Bio.</p>
          <a href="https://x.com/liah">X</a>
        </legacy-blog-author>`,
      );
      const original = el.querySelector('a')!;
      expect(original.getAttribute('slot')).to.equal('blog-social');
      expect(original.getClientRects().length).to.equal(0);
      expect(bioNodes(el).some((n) => n.nodeName === 'P')).to.equal(true);
      expect(socialLinks(el)).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('tabs through the name link, the bio’s links, the social links and "View all posts", in that order', async () => {
      const wrapper = await fixture(
        html`<div>
          <button id="before">before</button>
          <blog-author name="Liah Qureshi" link="https://example.com/liah">
            <p>Writes for <a id="wired" href="https://wired.example/">Wired</a>.</p>
            <a href="https://x.com/liah">X</a>
            <a href="https://mastodon.social/@liah">Mastodon</a>
          </blog-author>
          <button id="after">after</button>
        </div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const f = focused()!;
        seen.push([f.id, f.getAttribute('part'), f.getAttribute('aria-label'), f.textContent.trim()].find(Boolean)!);
      }
      const [name, wired, x, mastodon, allPosts, after] = seen;
      expect(name).to.equal('Liah Qureshi');
      expect(wired).to.equal('wired');
      expect([x, mastodon]).to.deep.equal(['social-link', 'social-link']);
      expect(allPosts).to.equal('all-posts');
      expect(after).to.equal('after');
    });

    it('shows a visible focus ring on social links', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <blog-author name="Liah"><a href="https://x.com/liah">X</a></blog-author>
        </div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      await el.updateComplete;
      const link = socialLinks(el)[0]!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused() === link).to.equal(true);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    });
  });
});
