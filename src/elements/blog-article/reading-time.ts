/** Han, kana and the CJK compatibility blocks: read per character, not per space-separated word. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Minutes to read `text` (~230 words or ~500 CJK characters a minute), at least 1; 0 for no text. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (!cjk && !words) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
