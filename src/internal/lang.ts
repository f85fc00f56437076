/**
 * Language of an element: the `lang` attribute of the closest ancestor, crossing shadow roots
 * (so an element inside another component's shadow DOM still follows the page), else English.
 */
export function closestLang(element: Element): string {
  let node: Node | null | undefined = element;
  while (node) {
    // Only elements have attributes.
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
    // Past the top of a shadow tree, its host; a document (or the root of a detached tree) has
    // neither a parent nor a shadow host.
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return 'en';
}
