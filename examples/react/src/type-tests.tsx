// Type tests, checked by `npm run check` (tsc): each @ts-expect-error must meet an error, so a
// typing that lets these through fails the check. Never rendered.
import type { BlogLoadEvent } from 'blog-widgets';

export const typeTests = [
  // @ts-expect-error `cont` is not a property of <blog-likes>
  <blog-likes cont={3} />,
  // @ts-expect-error `count` is a number
  <blog-likes count="3" />,
  // @ts-expect-error `layout` is 'card' | 'full' | 'compact'
  <blog-article layout="wide" />,
  // @ts-expect-error a `blog-like` handler receives a BlogLikeEvent, not a BlogLoadEvent
  <blog-likes onblog-like={(event: BlogLoadEvent<{ likes: number }>) => event.detail.likes} />,
  // @ts-expect-error <blog-widget> is no element of the library
  <blog-widget />,
];
