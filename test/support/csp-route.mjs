// The strict policy of issue 6 (DESIGN.md §8) on everything under /test/csp/ of the dev server:
// test/csp/page.html runs every element under it, in an iframe of test/csp.test.ts.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export function cspRoute() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
