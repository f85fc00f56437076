import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/*
 * The page the sign-in popup ends on. It hands its result to the page that opened it with
 * `window.opener.postMessage(result, origin)` — to the allow-listed origin the sign-in started
 * from and no other: a browser delivers nothing when the opener is on another origin — and
 * closes itself. Without an origin to tell (a replayed or unknown sign-in) it only says what
 * happened. A strict CSP with a per-response nonce, no caching, no framing, no referrer.
 */

/** What the opener receives: `type` tells it from other messages, `request` which attempt. */
export type SignInMessage =
  | {
      readonly type: 'blog-widgets:sign-in';
      readonly request: string;
      readonly token: string;
      readonly expiresAt: string;
      readonly identity: object;
    }
  | {
      readonly type: 'blog-widgets:sign-in';
      readonly request: string;
      readonly error: string;
      readonly message: string;
    };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a `<script>` element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function sendPopupPage(
  reply: FastifyReply,
  status: number,
  options: { title: string; text: string; origin?: string | undefined; message?: SignInMessage | undefined },
): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  const { title, text, origin, message } = options;
  const script =
    origin && message
      ? `<script type="application/json" id="result">${scriptJson({ origin, message })}</script>
<script nonce="${nonce}">
(function () {
  var data = JSON.parse(document.getElementById('result').textContent);
  var status = document.getElementById('status');
  if (!window.opener) {
    status.textContent = 'The page that opened this window is gone. Close this window and sign in again from the page.';
    return;
  }
  window.opener.postMessage(data.message, data.origin);
  if (!data.message.error) window.close();
})();
</script>`
      : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
:root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
body { max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
h1 { font-size: 1.25rem; }
button { font: inherit; padding: 0.5rem 1rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p id="status" role="status">${escapeHtml(text)}</p>
<p><button type="button" id="close">Close this window</button></p>
</main>
<script nonce="${nonce}">document.getElementById('close').addEventListener('click', function () { window.close(); });</script>
${script}
</body>
</html>`;
  return reply
    .status(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'no-referrer')
    .header('X-Content-Type-Options', 'nosniff')
    .header(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    )
    .send(html);
}
