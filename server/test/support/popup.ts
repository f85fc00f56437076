/*
 * What the sign-in popup does, without a browser: follows redirects one at a time with a cookie
 * jar per host, so the HTTP tests walk the real protocol (service → provider → login page →
 * service callback) and can stop, replay or tamper at any step. The browser tests run the same
 * flow in real popups (test/e2e/sign-in.test.mjs).
 */

export interface Step {
  readonly url: string;
  readonly status: number;
  readonly location?: string | undefined;
  readonly body: string;
  readonly headers: Headers;
}

export class Popup {
  /** host → name → value */
  readonly jar = new Map<string, Map<string, string>>();

  private cookieHeader(url: URL): string {
    return [...(this.jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(url: URL, headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at < 1) continue;
      const jar = this.jar.get(url.host) ?? new Map<string, string>();
      const value = pair.slice(at + 1);
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), value);
      this.jar.set(url.host, jar);
    }
  }

  /** One request, no redirect followed. */
  async request(url: string, init: RequestInit = {}): Promise<Step> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.keep(target, response.headers);
    const location = response.headers.get('location');
    return {
      url,
      status: response.status,
      location: location ? new URL(location, target).href : undefined,
      body: await response.text(),
      headers: response.headers,
    };
  }

  /** Follows redirects until a page answers, or until `stop(url)` says to stop before requesting it. */
  async follow(url: string, stop: (next: string) => boolean = () => false, limit = 20): Promise<Step> {
    let step = await this.request(url);
    for (let i = 0; i < limit && step.location && !stop(step.location); i++) step = await this.request(step.location);
    return step;
  }
}

/** The message the popup's last page posts to its opener, and the origin it posts it to. */
export function postedMessage(body: string): { origin: string; message: Record<string, unknown> } | undefined {
  const json = /<script type="application\/json" id="result">([\s\S]*?)<\/script>/.exec(body)?.[1];
  return json ? (JSON.parse(json) as { origin: string; message: Record<string, unknown> }) : undefined;
}
