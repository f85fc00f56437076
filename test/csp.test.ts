// Every element under `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'` (test/support/csp-route.mjs), with zero violations: the
// page (test/csp/page.html) runs in an iframe on this origin, records each violation, and this
// test drives the elements through their states — loaded, sanitized hostile HTML, the
// likers' dialog, a like, the form's behaviour and errors — before reading the record.
import { expect, waitUntil } from '@open-wc/testing';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type CspWindow = Window & typeof globalThis & { __violations: Violation[] };

const shadow = (el: Element | null | undefined, selector: string): HTMLElement | null =>
  el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function openPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  frame.src = '/test/csp/page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.customElements.get('blog-comments'), 'the elements never registered', { timeout: 10_000 });
  return { frame, win, doc };
}

/** Waits for every element of the page to finish its lazy work (data, behaviour, sanitizer). */
async function settled(doc: Document): Promise<void> {
  const all = Array.from(
    doc.querySelectorAll('blog-article, blog-author, blog-likes, blog-comments, blog-comment-form'),
  );
  await Promise.all(all.map((el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(30_000);
  let page: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    page = await openPage();
    await settled(page.doc);
  });

  after(() => page.frame.remove());

  it('the policy is in force (a control: an inline style attribute is reported)', async () => {
    const { doc, win } = page;
    const probe = doc.createElement('p');
    doc.body.append(probe);
    const seen = win.__violations.length;
    // The setter of a style *attribute* is what a CSP without 'unsafe-inline' blocks.
    probe.setAttribute('style', 'color: red');
    await waitUntil(() => win.__violations.length > seen, 'no violation was reported for an inline style');
    const control = win.__violations.splice(seen);
    expect(control.map((v) => v.directive)).to.satisfy((ds: string[]) => ds.every((d) => d.startsWith('style-src')));
    probe.remove();
  });

  it('Trusted Types are enforced where the engine has them (a control: innerHTML with a string throws)', async function () {
    const { doc, win } = page;
    if (!('trustedTypes' in win)) {
      console.warn(`skipped: no Trusted Types in this engine (${navigator.userAgent})`);
      this.skip();
    }
    const seen = win.__violations.length;
    const probe = doc.createElement('div');
    // The frame's own TypeError (not this window's), worded differently by each engine.
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    })
      .to.throw()
      .that.has.property('name', 'TypeError');
    await waitUntil(() => win.__violations.length > seen, 'no violation was reported for the string sink');
    const control = win.__violations.splice(seen);
    expect(control.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
  });

  it('every element renders and loads under the policy', async () => {
    const { doc } = page;
    expect(shadow(doc.querySelector('blog-article'), '[part~="headline"]')?.textContent).to.contain('Her');
    await waitUntil(
      () => shadow(doc.querySelector('#loaded'), '[part~="headline"]'),
      'the WordPress post never loaded',
    );
    expect(shadow(doc.querySelector('blog-author'), '[part~="name"]')?.textContent).to.contain('Liah');
    const comments = doc.querySelector('blog-comments');
    await waitUntil(() => shadow(comments, '#comment-2'), 'the comments never rendered');
    // The HTML body went through the sanitizer (DOMParser behind a Trusted Types policy).
    const body = shadow(comments, '#comment-2 [part~="content"]')!;
    expect(body.querySelector('em')?.textContent).to.equal('sanitized');
    expect(body.querySelector('[onclick], img, style')).to.equal(null);
    await waitUntil(() => shadow(doc.querySelector('blog-likes'), '[part~="button"]'), 'the likes never rendered');
  });

  it('interaction works too: the likers dialog, a like, the form with its errors and drafts', async () => {
    const { doc, win } = page;
    const likes = doc.querySelector('blog-likes')!;
    shadow(likes, '[part~="more"]')!.click();
    await waitUntil(() => shadow(likes, 'dialog[open]'), 'the likers dialog did not open');
    shadow(likes, '[part~="close"]')!.click();
    await waitUntil(() => !shadow(likes, 'dialog[open]'), 'the dialog did not close');
    // Nobody handles blog-like on this page: the like is rolled back with a message.
    shadow(likes, '[part~="button"]')!.click();
    await waitUntil(() => shadow(likes, '[part~="error"]'), 'no message after an unsaved like');

    const form = doc.querySelector('blog-comment-form')!;
    const textarea = shadow(form, 'textarea') as HTMLTextAreaElement;
    textarea.focus();
    textarea.value = 'Typed under a strict policy.';
    textarea.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    shadow(form, '[part~="submit"]')!.click();
    await waitUntil(() => shadow(form, '[part~="field-error"]'), 'no field errors shown');
    await settled(doc);
  });

  it('records zero violations', () => {
    expect(page.win.__violations, JSON.stringify(page.win.__violations, null, 1)).to.deep.equal([]);
  });
});
