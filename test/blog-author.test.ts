// <blog-author>: attributes → rendering, properties, parts, layouts, theming, structured data,
// hostile input, accessibility. Social links: blog-author-social.test.ts; avatar and Gravatar:
// blog-author-avatar.test.ts; loading from WordPress: blog-author-wordpress.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/blog-author.js';
import { BlogAuthor } from '../src/blog-author.js';
import { SEED_BIO, contrast, until, part, parts, personJson, socialLinks } from './blog-author-helpers.js';

const seed = () =>
  html`<blog-author
    name="Liah Qureshi"
    real-name="Liah Q. Rahman"
    tagline="Film & technology writer"
    link="https://example.com/author/liah-qureshi/"
  >
    <p>${SEED_BIO}</p>
    <a href="https://x.com/liah">X</a>
    <a href="https://mastodon.social/@liah">Mastodon</a>
    <a href="https://github.com/liah">GitHub</a>
    <a href="https://liah.example/">liah.example</a>
    <a href="https://liah.example/feed/">RSS</a>
  </blog-author>`;

describe('<blog-author>', () => {
  it('is registered as BlogAuthor with its version', () => {
    expect(customElements.get('blog-author')).to.equal(BlogAuthor);
    expect(BlogAuthor.version).to.be.a('string');
  });

  describe('box layout (default)', () => {
    it('renders avatar, name heading with link, real name, tagline, bio, social links and "View all posts"', async () => {
      const el = await fixture<BlogAuthor>(seed());
      expect(el.layout).to.equal('box');
      expect(el.getAttribute('layout')).to.equal('box');
      const name = part(el, 'name')!;
      expect(name.localName).to.equal('h2');
      expect(name.textContent.trim()).to.equal('Liah Qureshi');
      const nameLink = name.querySelector('a')!;
      expect(nameLink.href).to.equal('https://example.com/author/liah-qureshi/');
      expect(nameLink.rel).to.equal('author');
      expect(part(el, 'real-name')!.textContent).to.equal('Real name: Liah Q. Rahman');
      expect(part(el, 'tagline')!.textContent).to.equal('Film & technology writer');
      expect(part(el, 'initials')!.textContent).to.equal('LQ');
      expect(socialLinks(el)).to.have.length(5);
      const allPosts = part<HTMLAnchorElement>(el, 'all-posts')!;
      expect(allPosts.textContent).to.equal('View all posts by Liah Qureshi');
      expect(allPosts.href).to.equal('https://example.com/author/liah-qureshi/');
      expect(part(el, 'bio')!.hidden).to.equal(false);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('is accessible', async () => {
      const el = await fixture<BlogAuthor>(seed());
      await expect(el).to.be.accessible();
    });

    it('is accessible with nothing but a name', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah Qureshi"></blog-author>`);
      expect(part(el, 'bio')!.hidden).to.equal(true);
      expect(part(el, 'social')).to.equal(null);
      expect(part(el, 'all-posts')).to.equal(null);
      expect(part(el, 'real-name')).to.equal(null);
      expect(part(el, 'tagline')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders an empty element without throwing, and with no heading or avatar', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author></blog-author>`);
      expect(part(el, 'name')).to.equal(null);
      expect(part(el, 'avatar')).to.equal(null);
      expect(personJson(el)).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('uses heading-level 1–6 for the name, 2 by default and for invalid values', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah" heading-level="3"></blog-author>`);
      expect(part(el, 'name')!.localName).to.equal('h3');
      for (const [value, tag] of [
        ['1', 'h1'],
        ['6', 'h6'],
        ['9', 'h6'],
        ['0', 'h1'],
        ['2.5', 'h2'],
        ['two', 'h2'],
      ] as const) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(part(el, 'name')!.localName, value).to.equal(tag);
      }
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'name')!.localName).to.equal('h4');
    });
  });

  describe('inline layout', () => {
    it('is one row: small avatar, name as text (no heading), no "View all posts", bio hidden but slotted', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author layout="inline" name="Liah Qureshi" link="https://example.com/liah">
          <p>${SEED_BIO}</p>
          <a href="https://x.com/liah">X</a>
        </blog-author>`,
      );
      const name = part(el, 'name')!;
      expect(name.localName).to.equal('span');
      expect(name.querySelector('a')!.href).to.equal('https://example.com/liah');
      expect(part(el, 'all-posts')).to.equal(null);
      expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(40);
      expect(getComputedStyle(part(el, 'bio')!).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('slot')!.assignedNodes().length).to.be.greaterThan(0);
      const avatar = part(el, 'avatar')!.getBoundingClientRect();
      const social = part(el, 'social')!.getBoundingClientRect();
      expect(Math.abs(avatar.top + avatar.height / 2 - (social.top + social.height / 2))).to.be.lessThan(8);
      await expect(el).to.be.accessible();
    });

    it('reflects the layout property to the attribute', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah"></blog-author>`);
      el.layout = 'inline';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('inline');
      expect(part(el, 'name')!.localName).to.equal('span');
    });
  });

  describe('properties', () => {
    it('re-renders when properties change, firing no events for programmatic changes', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah"></blog-author>`);
      const events: string[] = [];
      for (const type of ['blog-load', 'blog-error', 'change', 'input'])
        el.addEventListener(type, () => events.push(type));
      el.name = 'Maya Chen';
      el.tagline = 'Editor';
      el.realName = 'M. Chen';
      el.link = 'https://example.com/maya';
      await el.updateComplete;
      expect(part(el, 'name')!.textContent.trim()).to.equal('Maya Chen');
      expect(part(el, 'initials')!.textContent).to.equal('MC');
      expect(part(el, 'tagline')!.textContent).to.equal('Editor');
      expect(part(el, 'real-name')!.textContent).to.equal('Real name: M. Chen');
      expect(part<HTMLAnchorElement>(el, 'all-posts')!.href).to.equal('https://example.com/maya');
      expect(el.author).to.include({
        name: 'Maya Chen',
        realName: 'M. Chen',
        tagline: 'Editor',
        link: 'https://example.com/maya',
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(events).to.deep.equal([]);
    });

    it('drops an unsafe link and keeps the name as text', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah" link="javascript:alert(1)"></blog-author>`);
      expect(part(el, 'name')!.querySelector('a')).to.equal(null);
      expect(part(el, 'all-posts')).to.equal(null);
      expect(el.author.link).to.equal(undefined);
    });

    it('resolves a relative link against the page', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah" link="/author/liah/"></blog-author>`);
      expect(part<HTMLAnchorElement>(el, 'all-posts')!.href).to.equal(new URL('/author/liah/', location.href).href);
    });

    it('takes strings overrides', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author
          name="Liah"
          real-name="L. R."
          link="https://example.com/liah"
          strings='{"viewAllPosts":"More from {name}","realName":"aka {name}"}'
        ></blog-author>`,
      );
      expect(part(el, 'all-posts')!.textContent).to.equal('More from Liah');
      expect(part(el, 'real-name')!.textContent).to.equal('aka L. R.');
    });
  });

  describe('parts and custom properties', () => {
    it('exposes every documented part', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author
          name="Liah Qureshi"
          real-name="L"
          tagline="T"
          link="https://example.com/"
          avatar="https://example.invalid/a.png"
          ><p>Bio</p>
          <a href="https://x.com/liah">X</a></blog-author
        >`,
      );
      for (const name of [
        'base',
        'avatar',
        'avatar-image',
        'initials',
        'name',
        'real-name',
        'tagline',
        'bio',
        'social',
        'social-link',
        'social-icon',
        'all-posts',
      ]) {
        expect(parts(el, name), name).to.have.length.greaterThan(0);
      }
    });

    it('styles the box through --blog-author-* properties, falling back to the global tokens', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author
          name="Liah"
          style="--blog-author-background: rgb(1, 2, 3); --blog-author-border: 3px solid rgb(4, 5, 6); --blog-author-radius: 5px; --blog-author-padding: 7px; --blog-author-name-size: 30px; --blog-author-avatar-radius: 4px"
        ></blog-author>`,
      );
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(base.borderTopWidth).to.equal('3px');
      expect(base.borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(base.borderTopLeftRadius).to.equal('5px');
      expect(base.paddingTop).to.equal('7px');
      expect(getComputedStyle(part(el, 'name')!).fontSize).to.equal('30px');
      expect(getComputedStyle(part(el, 'avatar')!).borderTopLeftRadius).to.equal('4px');

      const themed = await fixture<BlogAuthor>(
        html`<div style="--blog-radius: 13px; --blog-color-accent: rgb(200, 0, 0)">
          <blog-author name="Liah" link="https://example.com/"></blog-author>
        </div>`,
      );
      const author = themed.querySelector('blog-author')!;
      await author.updateComplete;
      expect(getComputedStyle(part(author, 'base')!).borderTopLeftRadius).to.equal('13px');
      expect(getComputedStyle(part(author, 'all-posts')!).color).to.equal('rgb(200, 0, 0)');
    });

    it('inherits the page font', async () => {
      const wrapper = await fixture(
        html`<div style="font-family: monospace"><blog-author name="Liah"></blog-author></div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'name')!).fontFamily).to.contain('monospace');
    });
  });

  describe('dark mode and RTL', () => {
    it('theme="dark" paints a dark canvas with light text even on a light page, and stays accessible', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author theme="dark" name="Liah Qureshi" link="https://example.com/" tagline="Writer"
          ><p>${SEED_BIO}</p>
          <a href="https://x.com/liah">X</a></blog-author
        >`,
      );
      const base = getComputedStyle(part(el, 'base')!);
      expect(contrast(base.color, base.backgroundColor)).to.be.greaterThan(7);
      const link = getComputedStyle(part(el, 'all-posts')!);
      expect(contrast(link.color, base.backgroundColor)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });

    it('follows a dark page (inherited color-scheme) in the auto theme', async () => {
      const wrapper = await fixture(
        html`<div style="color-scheme: dark; background: rgb(20, 20, 20); color: rgb(235, 235, 235)">
          <blog-author name="Liah Qureshi" link="https://example.com/"><p>${SEED_BIO}</p></blog-author>
        </div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      await el.updateComplete;
      expect(el.matches(':state(dark)')).to.equal(true);
      const link = getComputedStyle(part(el, 'all-posts')!);
      expect(contrast(link.color, 'rgb(20, 20, 20)')).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });

    it('follows a dark page that sets no color-scheme by its light text: rgb(), oklch() and lab() alike', async () => {
      // Tailwind 4 writes its palette in oklch(), which browsers keep as it is in computed styles.
      const cases: [string, boolean][] = [
        ['rgb(235, 235, 235)', true],
        ['oklch(0.967 0.003 264.5)', true],
        ['oklab(0.9 0 0)', true],
        ['lab(94 0.5 -1)', true],
        ['lch(90 2 250)', true],
        ['rgb(30, 30, 30)', false],
        ['oklch(0.21 0.034 264.7)', false],
        ['lab(12 1 -3)', false],
        ['oklch(0.6 0.2 30)', false], // a mid-tone red: not light text
      ];
      for (const [color, dark] of cases) {
        const wrapper = await fixture(
          html`<div style="color: ${color}; background: ${dark ? 'rgb(20, 20, 20)' : 'white'}">
            <blog-author name="Liah Qureshi"><p>${SEED_BIO}</p></blog-author>
          </div>`,
        );
        const el = wrapper.querySelector('blog-author')!;
        await el.updateComplete;
        expect(el.matches(':state(dark)'), `${color} → ${getComputedStyle(wrapper).color}`).to.equal(dark);
      }
    });

    it('mirrors in right-to-left pages', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="he">
          <blog-author name="ליה קורשי" link="https://example.com/"
            ><p>ליה כותבת על קולנוע.</p>
            <a href="https://x.com/liah">X</a>
            <a href="https://github.com/liah">GitHub</a></blog-author
          >
        </div>`,
      );
      const el = wrapper.querySelector('blog-author')!;
      // Hebrew strings load on demand; the first render waits for them.
      await until(el, () => part(el, 'avatar') !== null, 'rendered');
      const avatar = part(el, 'avatar')!.getBoundingClientRect();
      const name = part(el, 'name')!.getBoundingClientRect();
      expect(avatar.left).to.be.greaterThan(name.right - 1);
      const [first, second] = socialLinks(el).map((a) => a.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
      expect(part(el, 'initials')!.textContent).to.equal('לק');
      await expect(el).to.be.accessible();
    });
  });

  describe('structured data and microformats', () => {
    it('adds the h-card class and mf2 classes inside', async () => {
      const el = await fixture<BlogAuthor>(seed());
      expect(el.classList.contains('h-card')).to.equal(true);
      expect(part(el, 'name')!.classList.contains('p-name')).to.equal(true);
      expect(part(el, 'name')!.querySelector('a')!.classList.contains('u-url')).to.equal(true);
      expect(part(el, 'bio')!.classList.contains('p-note')).to.equal(true);
      const mastodon = socialLinks(el).find((a) => a.dataset.network === 'mastodon')!;
      expect(mastodon.classList.contains('u-url')).to.equal(true);
    });

    it('keeps one Person JSON-LD script in light DOM', async () => {
      const el = await fixture<BlogAuthor>(seed());
      const script = el.querySelector('script[data-blog-structured-data]')!;
      expect(script.getAttribute('type')).to.equal('application/ld+json');
      expect(script.parentNode === el).to.equal(true);
      expect(personJson(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Liah Qureshi',
        alternateName: 'Liah Q. Rahman',
        description: SEED_BIO,
        url: 'https://example.com/author/liah-qureshi/',
        sameAs: [
          'https://x.com/liah',
          'https://mastodon.social/@liah',
          'https://github.com/liah',
          'https://liah.example/',
        ],
      });
    });

    it('updates it on changes, never duplicates it, and removes it with no-structured-data', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author name="Liah"
          ><script type="application/ld+json" data-blog-structured-data>
            { "stale": true }
          </script>
          <script type="application/ld+json" data-blog-structured-data>
            { "stale": 2 }
          </script></blog-author
        >`,
      );
      expect(personJson(el)!.name).to.equal('Liah');
      el.name = 'Liah Qureshi';
      await el.updateComplete;
      expect(personJson(el)!.name).to.equal('Liah Qureshi');
      el.append(Object.assign(document.createElement('p'), { textContent: 'New bio.' }));
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(personJson(el)!.description).to.equal('New bio.');
      el.noStructuredData = true;
      await el.updateComplete;
      expect(el.querySelector('script[data-blog-structured-data]')).to.equal(null);
      el.noStructuredData = false;
      await el.updateComplete;
      expect(el.querySelectorAll('script[data-blog-structured-data]')).to.have.length(1);
    });

    it('adds none with the no-structured-data attribute', async () => {
      const el = await fixture<BlogAuthor>(html`<blog-author name="Liah" no-structured-data></blog-author>`);
      expect(el.querySelector('script')).to.equal(null);
    });
  });
});
