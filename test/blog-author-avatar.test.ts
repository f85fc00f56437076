// <blog-author> avatars and the shared avatar helpers (src/internal/avatar.ts): initials,
// colours, Gravatar hashing, lazy images that never show broken.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/blog-author.js';
import type { BlogAuthor } from '../src/blog-author.js';
import { AVATAR_COLORS, avatarColor, initials } from '../src/internal/avatar.js';
import { avatarSrcset, avatarUrl } from '../src/data/wordpress.js';
import { gravatarUrl, sha256Hex } from '../src/internal/gravatar.js';
import { mockUrl } from './support/env.js';
import { GRAVATAR, withGravatarBase } from './support/gravatar.js';
import { contrast, imagesShown, part, personJson, svgImageUrl, until } from './blog-author-helpers.js';

// Computed outside the browser: printf %s liah@example.com | sha256sum
const LIAH_SHA256 = 'c2ffd55df16d95790ceaabe605e6759c6bb01efb40af69a4ef10dd83e778f267';
const image = (el: BlogAuthor) => part<HTMLImageElement>(el, 'avatar-image');

describe('avatar helpers', () => {
  it('takes grapheme-aware initials of the first and last word', () => {
    expect(initials('Liah Qureshi')).to.equal('LQ');
    expect(initials('liah')).to.equal('L');
    expect(initials('Mary Ann van der Berg')).to.equal('MB');
    expect(initials('  Liah   Qureshi  ')).to.equal('LQ');
    expect(initials('e\u0301mile zola')).to.equal('E\u0301Z');
    expect(initials('Liah (she/her) Qureshi')).to.equal('LQ');
    expect(initials('🎬 Liah')).to.equal('L');
    expect(initials('🇵🇰')).to.equal('🇵🇰');
    expect(initials('ǆemal Bijedić')).to.equal('ǄB');
    expect(initials('')).to.equal('');
    expect(initials(undefined)).to.equal('');
    expect(initials('<script>')).to.equal('<');
  });

  it('derives a stable colour from the name, on which white text reads (≥ 4.5:1)', () => {
    expect(avatarColor('Liah Qureshi')).to.equal(avatarColor(' liah qureshi '));
    expect(AVATAR_COLORS).to.include(avatarColor('Liah Qureshi'));
    const probe = document.createElement('span');
    document.body.append(probe);
    for (const color of AVATAR_COLORS) {
      probe.style.color = color;
      expect(contrast(getComputedStyle(probe).color, 'rgb(255, 255, 255)'), color).to.be.at.least(4.9);
    }
    probe.remove();
    const spread = new Set(['Ada', 'Grace', 'Linus', 'Margaret', 'Tim', 'Liah', 'Maya', 'Sam'].map(avatarColor));
    expect(spread.size).to.be.greaterThan(3);
  });

  it('hashes with SHA-256 like Gravatar asks (trimmed, lower-cased)', async () => {
    expect(await sha256Hex('liah@example.com')).to.equal(LIAH_SHA256);
    expect(await gravatarUrl('  Liah@Example.COM ', 72)).to.equal(`${GRAVATAR}${LIAH_SHA256}?s=144&d=404`);
    expect(await gravatarUrl(LIAH_SHA256.toUpperCase(), 40)).to.equal(`${GRAVATAR}${LIAH_SHA256}?s=80&d=404`);
    expect(await gravatarUrl('   ', 40)).to.equal(undefined);
  });

  it('Gravatars come from gravatar.com, or from the proxy a page names in its blog-widgets:gravatar meta', async () => {
    await withGravatarBase(null, async () => {
      expect(await gravatarUrl('liah@example.com', 40)).to.equal(
        `https://gravatar.com/avatar/${LIAH_SHA256}?s=80&d=404`,
      );
      expect(avatarUrl('http://0.gravatar.com/avatar/0d29df076888e81cafe5d6a212955d28?s=96&d=mm')).to.equal(
        'https://gravatar.com/avatar/0d29df076888e81cafe5d6a212955d28?s=96&d=404',
      );
    });
    await withGravatarBase('https://avatars.example.com/g/', async () => {
      expect(await gravatarUrl('liah@example.com', 40)).to.equal(
        `https://avatars.example.com/g/${LIAH_SHA256}?s=80&d=404`,
      );
      expect(avatarUrl('http://0.gravatar.com/avatar/0d29df076888e81cafe5d6a212955d28?s=96')).to.equal(
        'https://avatars.example.com/g/0d29df076888e81cafe5d6a212955d28?s=96&d=404',
      );
    });
    // Not an http(s) folder: ignored.
    for (const bad of ['javascript:alert(1)//', 'https://avatars.example.com/g', 'https://x.example/?a=1/'])
      await withGravatarBase(bad, async () =>
        expect(await gravatarUrl('liah@example.com', 40)).to.equal(
          `https://gravatar.com/avatar/${LIAH_SHA256}?s=80&d=404`,
        ),
      );
  });

  it('gives no Gravatar where Web Crypto is missing (insecure contexts)', async () => {
    const own = Object.getOwnPropertyDescriptor(crypto, 'subtle');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await sha256Hex('liah@example.com')).to.equal(undefined);
      expect(await gravatarUrl('liah@example.com', 40)).to.equal(undefined);
    } finally {
      if (own) Object.defineProperty(crypto, 'subtle', own);
      else delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(await sha256Hex('liah@example.com')).to.equal(LIAH_SHA256);
  });

  it('moves WordPress’ Gravatar URLs to https with d=404, and refuses unsafe URLs', () => {
    expect(avatarUrl('http://0.gravatar.com/avatar/abc?s=96&d=mm&r=g')).to.equal(
      'https://0.gravatar.com/avatar/abc?s=96&d=404&r=g',
    );
    expect(avatarUrl('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(avatarUrl('javascript:alert(1)')).to.equal(null);
    expect(avatarUrl('data:image/svg+xml,<svg onload=alert(1)>')).to.equal(null);
    expect(avatarUrl('')).to.equal(null);
    expect(avatarSrcset('http://0.gravatar.com/avatar/a?s=24 24w, javascript:x 48w, https://x.example/b 96w')).to.equal(
      'https://0.gravatar.com/avatar/a?s=24&d=404 24w, https://x.example/b 96w',
    );
  });
});

describe('<blog-author> avatar', () => {
  it('shows initials on a coloured background without an image', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author name="Liah Qureshi"></blog-author>`);
    expect(part(el, 'initials')!.textContent).to.equal('LQ');
    expect(part(el, 'initials')!.getAttribute('aria-hidden')).to.equal('true');
    expect(image(el)).to.equal(null);
    const style = getComputedStyle(part(el, 'avatar')!);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
    expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(72);
    await expect(el).to.be.accessible();
  });

  it('loads a lazy, decorative image over the initials', async () => {
    const src = svgImageUrl();
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah Qureshi" avatar=${src} avatar-size="96"></blog-author>`,
    );
    const img = image(el)!;
    expect(img.getAttribute('src')).to.equal(src);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('width')).to.equal('96');
    expect(img.getAttribute('height')).to.equal('96');
    expect(img.classList.contains('u-photo')).to.equal(true);
    await until(el, () => img.hasAttribute('data-loaded'), 'image loaded');
    await until(el, () => getComputedStyle(img).opacity === '1', 'image faded in');
    expect(img.getBoundingClientRect().width).to.equal(96);
    expect(personJson(el)!.image).to.equal(src);
    await expect(el).to.be.accessible();
  });

  it('removes an image that fails (404) and keeps the initials, never a broken image', async () => {
    const el = await fixture<BlogAuthor>(
      html`<blog-author name="Liah Qureshi" avatar=${mockUrl('status/404')}></blog-author>`,
    );
    const img = image(el)!;
    expect(img).to.exist;
    expect(getComputedStyle(img).opacity).to.equal('0'); // invisible until it has loaded
    await until(el, () => image(el) === null, 'failed image removed');
    expect(img.isConnected).to.equal(false);
    expect(part(el, 'initials')!.textContent).to.equal('LQ');
    expect(personJson(el)!.image).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('falls back from a failing avatar to the Gravatar, and shows a new URL after a failure', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author name="Liah" email="liah@example.com"></blog-author>`);
    const images = imagesShown(el);
    const shown = () => images.map((img) => img.getAttribute('src')!);
    el.avatar = mockUrl('status/404', { a: 1 });
    await until(el, () => shown().some((src) => src.startsWith(GRAVATAR)), 'gravatar next');
    expect(shown()[0]).to.contain('/__mock/status/404');
    const good = svgImageUrl('navy');
    el.avatar = good;
    await el.updateComplete;
    expect(image(el)!.getAttribute('src')).to.equal(good);
    await until(el, () => image(el)?.hasAttribute('data-loaded') ?? false, 'new image loaded');
  });

  it('uses the Gravatar of an email at twice the size, and never puts the address in the DOM', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author layout="inline" name="Liah"></blog-author>`);
    const images = imagesShown(el);
    const shown = () => images.map((img) => img.getAttribute('src')!);
    el.email = 'Liah@Example.com';
    // Gravatar is unreachable here, so the image may already be gone again: look at what was shown.
    await until(el, () => shown().length > 0, 'gravatar image');
    expect(shown()[0]).to.equal(`${GRAVATAR}${LIAH_SHA256}?s=80&d=404`);
    expect(el.getAttribute('email')).to.equal(null);
    expect(el.shadowRoot!.innerHTML.toLowerCase()).not.to.contain('liah@example.com');
    expect(el.innerHTML.toLowerCase()).not.to.contain('liah@example.com');
    el.avatarSize = 30;
    await until(el, () => shown().some((src) => src.includes('s=60')), 'resized gravatar');
  });

  it('falls back to initials when the Gravatar does not exist (d=404) or cannot be reached', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author name="Liah Qureshi"></blog-author>`);
    const images = imagesShown(el);
    const shown = () => images.map((img) => img.getAttribute('src')!);
    el.email = 'nobody@example.invalid';
    await until(el, () => shown().length > 0, 'gravatar image');
    await until(el, () => image(el) === null, 'gravatar failed', 9000);
    expect(part(el, 'initials')!.textContent).to.equal('LQ');
  });

  it('shows an avatar with initials of nothing when only an image is given', async () => {
    const el = await fixture<BlogAuthor>(html`<blog-author avatar=${svgImageUrl()}></blog-author>`);
    expect(image(el)).to.exist;
    expect(part(el, 'initials')!.textContent).to.equal('');
  });
});
