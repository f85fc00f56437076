/**
 * Type tests: each template line after an `expect-error: …` comment must fail ngc with that
 * message (test/e2e/frameworks.test.mjs checks), so event types that let these through fail CI.
 * With CUSTOM_ELEMENTS_SCHEMA Angular checks no property of a custom element, by design; it does
 * type `$event` from HTMLElementEventMap, which blog-widgets extends.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { BlogLoadEvent } from 'blog-widgets';

@Component({
  selector: 'app-type-tests',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: Argument of type 'BlogLikeEvent' is not assignable to parameter of type 'BlogLoadEvent<{ likes: number; }>' -->
    <blog-likes (blog-like)="onLoad($event)"></blog-likes>
    <!-- expect-error: Argument of type 'BlogCommentSubmitEvent' is not assignable to parameter of type 'number' -->
    <blog-comments (blog-comment-submit)="count($event)"></blog-comments>
  `,
})
export class TypeTestsComponent {
  protected onLoad(event: BlogLoadEvent<{ likes: number }>): number {
    return event.detail.likes;
  }
  protected count(n: number): number {
    return n;
  }
}
