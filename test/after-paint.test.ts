// afterPaint (src/internal/after-paint.ts): the lazy parts an element does not need for its first
// paint (JSON-LD, the comment thread, the likes strip, social icons…) start loading only after
// the page has painted a frame, and at once for elements that come later.
import { expect } from '@open-wc/testing';
import type * as AfterPaint from '../src/internal/after-paint.js';

/** A copy of the module of its own (the page's copy has long resolved: this page has painted). */
const fresh = (): Promise<typeof AfterPaint> =>
  import(/* @vite-ignore */ `/src/internal/after-paint.ts?copy=${Math.random()}`) as Promise<typeof AfterPaint>;

describe('afterPaint', () => {
  it('resolves after the next frame, not before', async () => {
    const { afterPaint } = await fresh();
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    const painted = afterPaint().then(() => order.push('painted'));
    await Promise.resolve();
    order.push('microtask');
    await painted;
    expect(order).to.deep.equal(['microtask', 'frame', 'painted']);
  });

  it('is one promise per page, resolved at once ever after', async () => {
    const { afterPaint } = await fresh();
    const first = afterPaint();
    expect(afterPaint()).to.equal(first);
    await first;
    let done = false;
    void afterPaint().then(() => (done = true));
    await Promise.resolve();
    expect(done).to.equal(true);
  });
});
