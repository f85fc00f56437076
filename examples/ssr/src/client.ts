// First: lets LitElement hydrate a shadow root the server rendered instead of rendering it again.
// It must run before Lit's element base loads, hence the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { BlogLikeEvent } from 'blog-widgets';
import 'blog-widgets/blog-widgets.js';

const status = document.querySelector('#framework-status');

// The page saves likes itself (a static source): answer `blog-like` with the saved summary.
document.addEventListener('blog-like', (event: BlogLikeEvent) => {
  const { liked } = event.detail;
  const saved = new Promise<{ liked: boolean }>((done) => setTimeout(() => done({ liked }), 50));
  event.respondWith(saved);
  void saved.then(() => {
    if (status) status.textContent = `The page saw a like: liked=${liked}.`;
  });
});
