import { useState } from 'react';
import type { BlogArticleLoadEvent, BlogLikeEvent } from 'blog-widgets';
// Each import registers one element (Lit is shared); import 'blog-widgets/blog-widgets.js' for all.
import 'blog-widgets/blog-article.js';
import 'blog-widgets/blog-author.js';
import 'blog-widgets/blog-likes.js';
import { loadLikes, saveLike } from './likes-api.ts';

export function App() {
  // Given once as the `likes` property (an object: React 19 sets it as a property, not an attribute).
  const [likes] = useState(loadLikes);
  const [status, setStatus] = useState('No like yet.');

  // `blog-like` is cancelable and typed (BlogLikeEvent): answer it with the saved summary, and
  // the element shows that; unanswered, it rolls the click back.
  function onLike(event: BlogLikeEvent) {
    const saved = saveLike(event.detail.liked);
    event.respondWith(saved);
    void saved.then((summary) => setStatus(`React saw a like: liked=${summary.liked}, count=${summary.count}.`));
  }

  return (
    <main>
      <blog-article
        layout="full"
        headingLevel={1}
        headline="Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system"
        categories="Articles"
        tags="Film, Spike Jonze"
        published="2013-12-18"
        author="Liah Qureshi"
        readingTime={4}
        onblog-load={(event: BlogArticleLoadEvent) => console.log('loaded', event.detail.post)}
      >
        <p>
          In <em>Her</em>, Spike Jonze imagines a near-future Los Angeles where a lonely writer falls for the voice of
          his computer’s operating system.
        </p>
      </blog-article>

      <blog-author
        name="Liah Qureshi"
        tagline="Film critic, Brooklyn"
        link="/author/liah/"
        strings={{ viewAllPosts: 'More reviews by {name}' }}
      >
        <p>I go with Liah as my pen name. I write about film, technology and the places where they meet.</p>
      </blog-author>

      <blog-likes post="her" likes={likes} strings={{ like: 'Like this review' }} onblog-like={onLike} />

      <p role="status" id="framework-status">
        {status}
      </p>
    </main>
  );
}
