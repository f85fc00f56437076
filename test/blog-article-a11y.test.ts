// <blog-article>: axe in every state, keyboard, dark mode, right-to-left, forced theme.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/blog-article.js';
import type { BlogArticle } from '../src/blog-article.js';
import { HEADLINE, embeddedPostUrl, nextSettle, part, seed } from './blog-article.helpers.js';
import { mockUrl } from './support/env.js';

const dark = (content: unknown) =>
  html`<div style="background:#121417;color:#e6e6e6;color-scheme:dark;padding:8px">${content}</div>`;

/** The shadow-DOM element that has focus, if the element has it. */
const focused = (el: BlogArticle): Element | null =>
  document.activeElement === el ? el.shadowRoot!.activeElement : null;

/** Tab until `match` is focused, at most `max` presses; returns the presses (-1: never). */
async function tabTo(match: () => boolean, max = 8): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    if (match()) return i;
  }
  return -1;
}

describe('<blog-article> accessibility (axe)', () => {
  it('card (default)', async () => {
    await expect(await fixture(seed())).to.be.accessible();
  });
  it('full, heading-level 1', async () => {
    const el = await fixture<BlogArticle>(seed({ layout: 'full' }));
    el.headingLevel = 1;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('compact', async () => {
    await expect(await fixture(seed({ layout: 'compact' }))).to.be.accessible();
  });
  it('excerpt with a continue link', async () => {
    await expect(await fixture(seed({ excerpt: true }))).to.be.accessible();
  });
  it('excerpt expanding in place (no permalink), collapsed and expanded', async () => {
    const el = await fixture<BlogArticle>(seed({ excerpt: true, permalink: null }));
    await expect(el).to.be.accessible();
    (part(el, 'continue') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('loading', async () => {
    const el = await fixture<BlogArticle>(html`<blog-article src=${mockUrl('slow', { ms: 2000 })}></blog-article>`);
    expect(part(el, 'skeleton')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
  });
  it('error', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${mockUrl('status/404')}></blog-article>`);
    await settled;
    await el.updateComplete;
    expect(part(el, 'error')).to.exist;
    await expect(el).to.be.accessible();
  });
  it('loaded from WordPress', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${await embeddedPostUrl(4)}></blog-article>`);
    await settled;
    await expect(el).to.be.accessible();
  });
  it('dark, every layout', async () => {
    for (const layout of ['card', 'full', 'compact']) {
      const wrapper = await fixture<HTMLElement>(dark(seed({ layout, excerpt: true })));
      const el = wrapper.querySelector('blog-article')!;
      el.theme = 'dark';
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    }
  });
  it('right-to-left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl">${seed({ excerpt: true })}</div>`);
    await expect(wrapper).to.be.accessible();
  });
  it('the continue link has an accessible name that includes the headline', async () => {
    const el = await fixture<BlogArticle>(seed({ excerpt: true }));
    const more = part(el, 'continue')!;
    expect(more.localName).to.equal('a');
    expect(more.getAttribute('aria-label')).to.equal(`Continue reading “${HEADLINE}”`);
    expect(more.textContent.trim()).to.equal('Continue reading'); // the visible label starts the name
  });
  it('labels the article with its headline', async () => {
    const el = await fixture<BlogArticle>(seed());
    const base = part(el, 'base')!;
    expect(base.localName).to.equal('article');
    expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)).to.equal(part(el, 'headline'));
  });
});

describe('<blog-article> keyboard', () => {
  beforeEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('Tab reaches the headline link, the byline and continue reading, in order', async () => {
    const el = await fixture<BlogArticle>(
      html`<blog-article
        headline="Tab me"
        permalink="https://liah.example/p/"
        author="Liah"
        author-link="https://liah.example/a/"
        excerpt
        ><p>Body</p></blog-article
      >`,
    );
    const headlineLink = part(el, 'headline')!.querySelector('a')!;
    expect(await tabTo(() => focused(el) === headlineLink)).to.be.greaterThan(0);
    expect(await tabTo(() => focused(el)?.classList.contains('p-author') ?? false, 2)).to.equal(1);
    expect(await tabTo(() => focused(el) === part(el, 'continue'), 2)).to.equal(1);
  });

  it('the expand button works with Enter and Space and reports aria-expanded', async () => {
    const el = await fixture<BlogArticle>(seed({ excerpt: true, permalink: null }));
    const button = part(el, 'continue') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('body');
    expect(part(el, 'body')!.classList.contains('clamped')).to.be.true;
    expect(await tabTo(() => focused(el) === button, 10)).to.be.greaterThan(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent.trim()).to.equal('Show less');
    expect(part(el, 'body')!.classList.contains('clamped')).to.be.false;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('Tab reaches "Try again" and Enter retries', async () => {
    const settled = nextSettle();
    const el = await fixture<BlogArticle>(html`<blog-article src=${mockUrl('status/500')}></blog-article>`);
    await settled;
    await el.updateComplete;
    const retry = part(el, 'retry')!;
    expect(await tabTo(() => focused(el) === retry)).to.be.greaterThan(0);
    const again = nextSettle();
    await sendKeys({ press: 'Enter' });
    expect((await again).type).to.equal('blog-error');
    await el.updateComplete;
    expect(focused(el)).to.equal(part(el, 'retry'));
  });

  it('shows a visible focus ring', async () => {
    const el = await fixture<BlogArticle>(seed());
    const link = part(el, 'headline')!.querySelector('a')!;
    await tabTo(() => focused(el) === link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<blog-article> dark and right-to-left', () => {
  it('theme="dark" switches the accent to the dark palette', async () => {
    const wrapper = await fixture<HTMLElement>(dark(seed({ excerpt: true })));
    const el = wrapper.querySelector('blog-article')!;
    const linkColor = (): string => getComputedStyle(part(el, 'continue')!).color;
    el.theme = 'light';
    await el.updateComplete;
    const light = linkColor();
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(linkColor()).not.to.equal(light);
    expect(linkColor()).to.equal('rgb(140, 196, 255)');
  });

  it('follows a dark page on its own (color-scheme: dark)', async () => {
    const wrapper = await fixture<HTMLElement>(dark(seed()));
    const el = wrapper.querySelector('blog-article')!;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('mirrors with logical properties under dir=rtl', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width:600px">
        <div dir="ltr">${seed({ layout: 'compact' })}</div>
        <div dir="rtl">${seed({ layout: 'compact' })}</div>
      </div>`,
    );
    const [ltr, rtl] = Array.from(wrapper.querySelectorAll('blog-article'));
    const imageSide = (el: BlogArticle): number => {
      const host = el.getBoundingClientRect();
      const img = part(el, 'image')!.getBoundingClientRect();
      return img.left + img.width / 2 - (host.left + host.width / 2);
    };
    expect(imageSide(ltr!)).to.be.greaterThan(0); // thumbnail at the inline end: right in LTR
    expect(imageSide(rtl!)).to.be.lessThan(0); // and left in RTL
    const meta = part(rtl!, 'meta')!;
    expect(getComputedStyle(meta).direction).to.equal('rtl');
  });
});
