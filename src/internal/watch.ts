/**
 * Following the page after an element's first render: its language, direction and dark mode can
 * change later (a language switcher, a dark-mode toggle). Nothing of this is needed to render the
 * first time, so it loads after that (BlogElement imports it once it has rendered, DESIGN.md §7)
 * and then calls each element back once, which catches up with any change made meanwhile.
 */

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;
let query: MediaQueryList | undefined;
const notify = (): void => {
  for (const watcher of watchers) watcher();
};

/**
 * Calls `watcher` now and whenever the page's language, direction or dark mode may have changed:
 * `lang`/`dir` anywhere, `class`/`style`/`data-theme` on <html> and <body> (where sites switch dark
 * mode), or the reader's colour-scheme preference. One observer and one media-query listener serve
 * every element; attributes elsewhere (an animated `style`) never wake them. Returns the function
 * that stops watching.
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
        notify();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir', 'class', 'style', 'data-theme'],
    });
    query = matchMedia('(prefers-color-scheme: dark)');
    query.addEventListener('change', notify);
  }
  watcher();
  return () => {
    watchers.delete(watcher);
    if (!watchers.size) {
      observer?.disconnect();
      observer = undefined;
      query?.removeEventListener('change', notify);
    }
  };
}
