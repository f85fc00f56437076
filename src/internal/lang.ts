/**
 * Language of an element: the `lang` attribute of the closest ancestor, crossing shadow roots
 * (so an element inside another component's shadow DOM still follows the page), else the
 * document's, else English.
 */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

type Watcher = () => void;
const watchers = new Set<Watcher>();
let observer: MutationObserver | undefined;

/**
 * Calls `watcher` whenever a `lang`, `dir` or dark-mode class changes anywhere in the document
 * (one shared observer for every element on the page). Returns the function that stops it.
 */
export function watchDocument(watcher: Watcher): () => void {
  watchers.add(watcher);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const w of watchers) w();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir', 'class', 'data-theme', 'data-color-scheme', 'style'],
    });
  }
  return () => {
    watchers.delete(watcher);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
