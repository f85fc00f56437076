import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { BlogLikeEvent } from 'blog-widgets';
// Each import registers one element (Lit is shared); import 'blog-widgets/blog-widgets.js' for all.
import 'blog-widgets/blog-article.js';
import 'blog-widgets/blog-author.js';
import 'blog-widgets/blog-likes.js';
import { loadLikes, saveLike } from './likes-api';

@Component({
  selector: 'app-root',
  // <blog-…> tags are custom elements: Angular sets `[property]` bindings as properties and
  // listens to `(event)` bindings. Their `$event` types come from HTMLElementEventMap.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <blog-article
        layout="full"
        [headingLevel]="1"
        headline="Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system"
        categories="Articles"
        tags="Film, Spike Jonze"
        published="2013-12-18"
        author="Liah Qureshi"
        [readingTime]="4"
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
        [strings]="{ viewAllPosts: 'More reviews by {name}' }"
      >
        <p>I go with Liah as my pen name. I write about film, technology and the places where they meet.</p>
      </blog-author>

      <blog-likes post="her" [likes]="likes" [strings]="{ like: 'Like this review' }" (blog-like)="onLike($event)" />

      <p id="framework-status" role="status">{{ status() }}</p>
    </main>
  `,
})
export class AppComponent {
  /** Given once as the `likes` property. */
  protected readonly likes = loadLikes();
  protected readonly status = signal('No like yet.');

  /**
   * `blog-like` is cancelable and typed (BlogLikeEvent): answer it with the saved summary, and the
   * element shows that; unanswered, it rolls the click back.
   */
  protected onLike(event: BlogLikeEvent): void {
    const saved = saveLike(event.detail.liked);
    event.respondWith(saved);
    void saved.then((summary) =>
      this.status.set(`Angular saw a like: liked=${summary.liked}, count=${summary.count}.`),
    );
  }
}
