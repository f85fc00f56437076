/**
 * Avatars of people (`<blog-author>`; later comments and likers): coloured initials under a lazy
 * image. Gravatar (hashing an email, WordPress' Gravatar URLs) is in `gravatar.ts`, which loads
 * only when needed.
 */
/**
 * Up to two initials: the first grapheme of the first and of the last word (`Liah Qureshi` →
 * `LQ`, `Zoë` → `Z`, `山田太郎` → `山`). Words that start with a letter or digit are preferred,
 * so `Liah (she/her)` or `🎬 Liah` still give sensible letters; graphemes keep combining marks
 * and emoji sequences whole (code points where Intl.Segmenter is missing). Empty for no name.
 */
let graphemes: Intl.Segmenter | null | undefined;
/** One grapheme segmenter for the page (making one per name costs more than the rest of a comment). */
const segmenter = (): Intl.Segmenter | null => (graphemes ??= 'Segmenter' in Intl ? new Intl.Segmenter() : null);

export function initials(name: string | undefined): string {
  const words = (name ?? '').split(/\s+/).filter(Boolean);
  const lettered = words.filter((word) => /^[\p{L}\p{N}]/u.test(word));
  const pick = lettered.length ? lettered : words;
  const head = (word = ''): string =>
    (segmenter() ? segmenter()?.segment(word)[Symbol.iterator]().next().value?.segment : Array.from(word)[0]) ?? '';
  return (head(pick[0]) + (pick.length > 1 ? head(pick.at(-1)) : '')).toLocaleUpperCase();
}

/**
 * Background colours for initials: saturated mid-tones on which white text has a contrast of
 * at least 4.9:1 (checked in the tests), pleasant in light and dark pages alike.
 */
export const AVATAR_COLORS: readonly string[] =
  '#b3261e #c2410c #a16207 #4d7c0f #15803d #0f766e #0e7490 #1d4ed8 #4338ca #7e22ce #a21caf #be123c #475569'.split(' ');

/** The initials' colour for a name, from its FNV-1a hash: a person keeps it everywhere. */
export function avatarColor(name: string | undefined): string {
  const text = (name ?? '').trim().toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return AVATAR_COLORS[(hash >>> 0) % AVATAR_COLORS.length] ?? '';
}
