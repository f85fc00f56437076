import type { CSSResult } from 'lit';

/**
 * Styles that lazily loaded code brings along with what it renders (an error box, the thread,
 * the likers): constructed stylesheets, one per text and shared by every shadow root (allowed by
 * a strict CSP, unlike a `<style>` element). They go before the element's own sheets, as its
 * base, so the element's rules still win where both style the same thing.
 */
const sheets = new Map<string, CSSStyleSheet>();

function sheetOf(style: string | CSSResult): CSSStyleSheet | undefined {
  if (typeof style !== 'string') return style.styleSheet;
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(style);
    sheets.set(style, sheet);
  }
  return sheet;
}

/** Adds `styles` to the shadow root `root` (once each), before the sheets it has. */
export function adopt(root: Node | null, ...styles: (string | CSSResult)[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const add = styles
    .map(sheetOf)
    .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
  if (add.length) root.adoptedStyleSheets = [...add, ...root.adoptedStyleSheets];
}
