let painted: Promise<void> | undefined;

/**
 * Resolves once the page has painted the frame after the first call (at once ever after). Lazy
 * parts the first paint does not need start loading here, so on a page's first load they neither
 * compete with the first paint for the main thread and the network, nor hold it back when they
 * arrive early (a warm cache, a fast network). A hidden tab paints no frames: 200 ms then.
 */
export const afterPaint = (): Promise<void> =>
  (painted ??= new Promise((resolve) => {
    setTimeout(resolve, 200);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Lit SSR runs in Node: no frames
    globalThis.requestAnimationFrame?.(() => setTimeout(resolve));
  }));
