// <blog-author> with hostile input: script tags, event-handler attributes, javascript: URLs,
// RTL/emoji/combining names, malformed attributes. Nothing may run, throw or render as markup.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/blog-author.js';
import type { BlogAuthor } from '../src/blog-author.js';
import { GRAVATAR } from './support/gravatar.js';
import { part, personJson } from './blog-author-helpers.js';

describe('<blog-author>', () => {
  describe('hostile input', () => {
    const payload = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

    afterEach(() => {
      delete (window as { __pwned?: number }).__pwned;
    });

    it('renders hostile names, taglines and bios as text, and nothing runs', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author
          name=${`Liah ${payload}`}
          real-name=${payload}
          tagline=${payload}
          link="https://example.com/?q=<script>"
          avatar="javascript:window.__pwned=3"
          email="<img src=x onerror=alert(1)>"
        ></blog-author>`,
      );
      await new Promise((r) => setTimeout(r, 100));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(part(el, 'name')!.textContent).to.contain('<img src=x onerror=');
      expect(el.shadowRoot!.querySelectorAll('script')).to.have.length(0);
      // The only image possible is the Gravatar of the (hashed) hostile "email".
      const images = Array.from(el.shadowRoot!.querySelectorAll('img'), (img) => img.getAttribute('src'));
      expect(images.every((src) => src?.startsWith(GRAVATAR))).to.equal(true);
      expect(part(el, 'tagline')!.textContent).to.equal(payload);
      const script = el.querySelector('script[data-blog-structured-data]')!;
      expect(script.textContent).not.to.contain('<');
      expect(personJson(el)!.name).to.equal(`Liah ${payload}`);
      expect(el.querySelectorAll('script')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('handles RTL, emoji and combining characters in names', async () => {
      const cases: [string, string][] = [
        ['Zoe\u0308 A\u030Angstro\u0308m', 'ZA\u030A'],
        ['👩🏽‍💻 Ada Lovelace', 'AL'],
        ['👩🏽‍💻', '👩🏽‍💻'],
        ['ليا قريشي', 'لق'],
        ['山田太郎', '山'],
        ['  ', ''],
      ];
      for (const [name, initials] of cases) {
        const el = await fixture<BlogAuthor>(html`<blog-author name=${name}></blog-author>`);
        if (name.trim()) expect(part(el, 'name')!.textContent.trim(), name).to.equal(name.trim());
        if (initials) expect(part(el, 'initials')!.textContent, name).to.equal(initials);
        else expect(part(el, 'avatar'), name).to.equal(null);
      }
    });

    it('survives bad attribute values', async () => {
      const el = await fixture<BlogAuthor>(
        html`<blog-author
          name="Liah"
          layout="sideways"
          avatar-size="-4"
          heading-level="-1"
          theme="purple"
          strings="{not json"
          src="   "
        ></blog-author>`,
      );
      expect(part(el, 'name')!.textContent.trim()).to.equal('Liah');
      expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(72);
      expect(part(el, 'error')).to.equal(null);
    });
  });
});
