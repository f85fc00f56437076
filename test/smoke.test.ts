// Proves the test set-up in every browser: TypeScript + legacy decorators through esbuild,
// @open-wc/testing (fixture, chai, axe), the /fixtures/ and /__mock/ dev-server routes.
// Uses a throw-away element defined here, not anything from src/.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fixtureUrl, mockUrl } from './support/env.js';
import { press, shiftTab, typeText } from './support/keys.js';

@customElement('smoke-card')
class SmokeCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** Text of the heading. */
  @property() heading = 'Untitled';

  @state() private clicks = 0;

  override render() {
    return litHtml`
      <article part="base">
        <h2 part="heading">${this.heading}</h2>
        <button type="button" part="button" @click=${() => this.clicks++}>Like (${this.clicks})</button>
        <slot></slot>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smoke-card': SmokeCard;
  }
}

interface WpPost {
  id: number;
  title: { rendered: string };
}

describe('test set-up (smoke)', () => {
  it('renders a decorated LitElement that is accessible', async () => {
    const el = await fixture<SmokeCard>(html`<smoke-card heading="Hello"><p>Body text</p></smoke-card>`);
    expect(el).to.be.instanceOf(SmokeCard);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Hello');
    const button = el.shadowRoot!.querySelector('button')!;
    button.click();
    await el.updateComplete;
    expect(button.textContent).to.equal('Like (1)');
    await expect(el).to.be.accessible();
  });

  it('serves the captured WordPress fixtures under /fixtures/', async () => {
    const res = await fetch('/fixtures/wordpress/post.json');
    expect(fixtureUrl('post.json')).to.equal(new URL('/fixtures/wordpress/post.json', location.origin).href);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    const post = (await res.json()) as WpPost;
    expect(post.id).to.equal(4);
    expect(post.title.rendered).to.contain('Her');

    const el = await fixture<SmokeCard>(html`<smoke-card .heading=${post.title.rendered}></smoke-card>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Spike Jonze');
  });

  it('answers /__mock/ routes with the status, type and headers asked for', async () => {
    const notFound = await fetch(mockUrl('status/404'));
    expect(notFound.status).to.equal(404);
    expect(((await notFound.json()) as { code: string }).code).to.equal('mock_status_404');

    const page = await fetch(mockUrl('fixture/comments.json', { 'X-WP-Total': 12, 'X-WP-TotalPages': 2 }));
    expect(page.status).to.equal(200);
    expect(page.headers.get('X-WP-Total')).to.equal('12');
    expect(page.headers.get('X-WP-TotalPages')).to.equal('2');
    expect(await page.json()).to.be.an('array').that.is.not.empty;

    const denied = await fetch(mockUrl('fixture/comment_create_401.json', { status: 401 }), { method: 'POST' });
    expect(denied.status).to.equal(401);
    expect(((await denied.json()) as { code: string }).code).to.equal('rest_comment_login_required');

    const htmlPage = await fetch(mockUrl('html'));
    expect(htmlPage.headers.get('content-type')).to.match(/^text\/html/);
    expect(await htmlPage.text()).to.contain('<!doctype html>');

    const echo = await fetch(mockUrl('json', { body: '{"ok":true}', status: 201 }));
    expect(echo.status).to.equal(201);
    expect(await echo.json()).to.deep.equal({ ok: true });
  });

  it('delays /__mock/slow, echoes requests, and drops connections', async () => {
    const t0 = performance.now();
    const slow = await fetch(mockUrl('slow', { ms: 300 }));
    expect(performance.now() - t0).to.be.at.least(250);
    expect(await slow.json()).to.deep.equal({ slow: true, ms: 300 });

    const posted = await fetch(mockUrl('echo'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ author_name: 'Maya' }),
    });
    const seen = (await posted.json()) as { method: string; body: string; headers: Record<string, string> };
    expect(seen.method).to.equal('POST');
    expect(JSON.parse(seen.body)).to.deep.equal({ author_name: 'Maya' });
    expect(seen.headers['content-type']).to.equal('application/json');

    let error: unknown;
    try {
      await fetch(mockUrl('drop'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('drives the keyboard the same way in every browser (test/support/keys.ts)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <label>Name <input name="name" /></label><button type="button">Post</button>
      </form>`,
    );
    const input = form.querySelector('input')!;
    const button = form.querySelector('button')!;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    input.focus();
    await typeText('Maya  Hello');
    expect(input.value).to.equal('Maya  Hello');
    await press('Tab');
    expect(document.activeElement).to.equal(button);
    await press('Space');
    expect(clicks).to.equal(1);
    await shiftTab();
    expect(document.activeElement).to.equal(input);
  });
});
