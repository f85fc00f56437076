import type { LikesSummary } from 'blog-widgets';

/**
 * The app's own likes backend. Here it keeps them in memory; a real app calls its server:
 * `fetch('/api/likes', { method: 'POST', body: JSON.stringify({ post, liked }) }).then((r) => r.json())`.
 */
let stored: LikesSummary = {
  count: 2,
  liked: false,
  likers: [{ name: 'Marcus Webb', link: 'https://example.com/marcus' }, { name: 'Yuki Tanaka' }],
};

export function loadLikes(): LikesSummary {
  return stored;
}

export async function saveLike(liked: boolean): Promise<LikesSummary> {
  await new Promise((resolve) => setTimeout(resolve, 50)); // the round trip
  if (liked !== stored.liked) stored = { ...stored, liked, count: stored.count + (liked ? 1 : -1) };
  return stored;
}
