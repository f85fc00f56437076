/** The library's version; `scripts/check-version.mjs` keeps it equal to package.json's. */
export const VERSION = '0.1.0';
