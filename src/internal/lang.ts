/**
 * Language of an element: the `lang` attribute of the closest ancestor, crossing shadow roots
 * (so an element inside another component's shadow DOM still follows the page), else English.
 */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
