// A page in a language whose strings are not loaded yet: the element renders at once (so it holds
// its space at the first paint: nothing under it moves, bench/page.mjs "seed page, German"), but
// hidden, so no English shows; once the strings are in it renders them and shows. Its own page
// (a test file is a page): no other test loaded Hebrew before.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { isLoaded } from '../src/i18n/index.js';
import { BlogElement } from '../src/internal/blog-element.js';
import { themeStyles } from '../src/internal/theme.styles.js';

interface Frame {
  text: string;
  visibility: string;
  height: number;
}

class PendingProbe extends BlogElement {
  static override styles = [themeStyles];
  static override defaultStrings = { continueReading: 'Continue reading' };
  readonly frames: Frame[] = [];
  protected override render() {
    return html`<p style="margin:0;block-size:40px">${this.t('continueReading')}</p>`;
  }
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.frames.push({
      text: this.shadowRoot?.querySelector('p')?.textContent ?? '',
      visibility: getComputedStyle(this).visibility,
      height: this.getBoundingClientRect().height,
    });
  }
}
customElements.define('pending-probe', PendingProbe);

describe('an element in a language still loading', () => {
  it('renders hidden at once, holding its space, and shows once translated', async () => {
    expect(isLoaded('he'), 'Hebrew was loaded by something else first').to.equal(false);
    const wrapper = document.createElement('div');
    wrapper.lang = 'he';
    const el = new PendingProbe();
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      await el.updateComplete;
      const [first] = el.frames;
      const last = el.frames.at(-1);
      expect(first, 'no render before the strings arrived').to.deep.equal({
        text: 'Continue reading',
        visibility: 'hidden',
        height: 40,
      });
      expect(last).to.deep.equal({ text: 'להמשך קריאה', visibility: 'visible', height: 40 });
      expect(getComputedStyle(el).visibility).to.equal('visible');
    } finally {
      wrapper.remove();
    }
  });

  it('keeps the old language on screen, visible, while a new one loads', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = new PendingProbe();
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      await el.updateComplete;
      el.frames.length = 0;
      wrapper.lang = 'ja';
      // The page watcher (watch.ts) sees the change; until the strings are in, nothing renders.
      await el.updateComplete;
      await new Promise((done) => setTimeout(done, 100));
      await el.updateComplete;
      expect(el.frames.every((frame) => frame.visibility === 'visible')).to.equal(true);
      expect(el.frames.map((frame) => frame.text)).to.not.include('');
      expect(el.frames.at(-1)?.text).to.equal('続きを読む');
    } finally {
      wrapper.remove();
    }
  });
});
