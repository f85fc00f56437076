// Shared helpers of the test/blog-author*.test.ts files (not a test file itself).
import { waitUntil } from '@open-wc/testing';
import type { BlogAuthor } from '../src/blog-author.js';

export const SEED_BIO =
  'Liah Qureshi writes about film, technology and the places where they meet. She lives in Brooklyn with two cats and too many Blu-rays.';

/** The first element of the shadow root with this part. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed like querySelector<T>()
export function part<T extends Element = HTMLElement>(el: BlogAuthor, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element of the shadow root with this part. */
export function parts<T extends Element = HTMLElement>(el: BlogAuthor, name: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`));
}

/** The rendered social links. */
export function socialLinks(el: BlogAuthor): HTMLAnchorElement[] {
  return parts<HTMLAnchorElement>(el, 'social-link');
}

/** The parsed Person JSON-LD the element keeps in its light DOM, or undefined. */
export function personJson(el: BlogAuthor): Record<string, unknown> | undefined {
  const scripts = el.querySelectorAll('script[data-blog-structured-data]');
  if (scripts.length > 1) throw new Error(`${scripts.length} structured-data scripts`);
  const text = scripts[0]?.textContent;
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

/** Nodes assigned to the bio slot. */
export function bioNodes(el: BlogAuthor): Node[] {
  return el.shadowRoot!.querySelector('slot')!.assignedNodes();
}

/** Waits until the element has settled in `state` (loading, loaded, error). */
export async function until(el: BlogAuthor, test: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(test, message, { timeout, interval: 20 });
  await el.updateComplete;
}

/** An SVG image served by the dev server (so an avatar can really load). */
export function svgImageUrl(color = 'teal'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${color}"/></svg>`;
  const url = new URL('/__mock/json', location.origin);
  url.searchParams.set('type', 'image/svg+xml');
  url.searchParams.set('body', svg);
  return url.href;
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const lum = (color: string): number => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every avatar `<img>` the element puts on screen from now on, even briefly (a live array). */
export function imagesShown(el: BlogAuthor): HTMLImageElement[] {
  const seen: HTMLImageElement[] = [];
  const add = (img: HTMLImageElement) => {
    if (!seen.includes(img)) seen.push(img);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof HTMLImageElement) add(node);
        else if (node instanceof Element) node.querySelectorAll('img').forEach(add);
      }
    }
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  return seen;
}
