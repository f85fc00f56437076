/**
 * The Gravatar stand-in every test page names (web-test-runner.config.js puts
 * `<meta name="blog-widgets:gravatar" content="/__mock/gravatar/">` in each page; served by
 * test/support/dev-server-routes.mjs), so no test asks gravatar.com.
 */
export const GRAVATAR = new URL('/__mock/gravatar/', location.href).href;

/** Runs `fn` with the page's Gravatar meta removed (the default, gravatar.com) or set to `base`. */
export async function withGravatarBase<T>(base: string | null, fn: () => Promise<T> | T): Promise<T> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="blog-widgets:gravatar"]');
  const before = meta?.content;
  if (base === null) meta?.remove();
  else if (meta) meta.content = base;
  try {
    return await fn();
  } finally {
    if (meta && before !== undefined) {
      meta.content = before;
      if (!meta.isConnected) document.head.append(meta);
    }
  }
}
