/**
 * JSON-LD that an element keeps in its own light DOM, where search engines read it:
 * one `<script type="application/ld+json" data-blog-structured-data>` child per element.
 */

/** JSON that is safe inside a `<script>`: `<` is escaped as `\u003c`, so `</script>` cannot end it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** True for the structured-data script an element owns. */
export const isStructuredData = (node: Node): node is HTMLScriptElement =>
  node.nodeType === Node.ELEMENT_NODE &&
  (node as Element).localName === 'script' &&
  (node as Element).hasAttribute('data-blog-structured-data');

/**
 * Keeps exactly one structured-data child of `host` holding `json`, or none when `json` is
 * undefined (duplicates, e.g. from server-rendered HTML, are removed). The script is built with
 * `createElement` and a text node (no string-to-markup sink, so Trusted Types have nothing to
 * object to), and rewritten only when its text changes.
 */
export function syncStructuredData(host: HTMLElement, json: string | undefined): void {
  const [current, ...extra] = Array.from(host.children).filter(isStructuredData);
  for (const duplicate of extra) duplicate.remove();
  if (json === undefined) {
    current?.remove();
    return;
  }
  if (current?.type === 'application/ld+json' && current.textContent === json) return;
  const script = document.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.setAttribute('data-blog-structured-data', '');
  script.append(document.createTextNode(json));
  if (current) current.replaceWith(script);
  else host.append(script);
}
