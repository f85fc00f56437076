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

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `watcher` when the page's language, direction or dark mode may have changed: `lang`/`dir`
 * anywhere, or `class`/`style`/`data-theme` on <html> and <body> (where sites switch dark mode).
 * One observer serves every element; attributes elsewhere (an animated `style`) never wake it.
 * Returns the function that stops watching.
 */
export function watchDocument(watcher: () => void): () => void {
  watchers.add(watcher);
  if (!observer) {
    observer = new MutationObserver((records) => {
      const root = document.documentElement;
      if (
        records.some(
          (r) =>
            r.attributeName === 'lang' || r.attributeName === 'dir' || r.target === root || r.target === document.body,
        )
      )
        for (const w of watchers) w();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir', 'class', 'style', 'data-theme'],
    });
  }
  return () => {
    watchers.delete(watcher);
    if (!watchers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
