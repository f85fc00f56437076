/**
 * The shapes every data source maps its answers into. Fields named `*Html` hold untrusted HTML
 * that elements render only through `sanitize()`; every other string is plain text.
 */

export interface Term {
  readonly name: string;
  readonly link?: string;
}

export interface Image {
  readonly src: string;
  readonly alt: string;
  readonly width?: number;
  readonly height?: number;
  readonly srcset?: string;
  readonly sizes?: string;
}

export interface Author {
  readonly id?: string;
  /** Display name (a pen name when `realName` is set). */
  readonly name: string;
  readonly realName?: string;
  readonly link?: string;
  readonly tagline?: string;
  /** Plain-text bio. */
  readonly description?: string;
  readonly avatar?: Image;
}

export interface Post {
  readonly id?: string;
  readonly title: string;
  readonly link?: string;
  /** Untrusted HTML of the whole post. */
  readonly contentHtml?: string;
  /** Untrusted HTML of the excerpt. */
  readonly excerptHtml?: string;
  readonly published?: Date;
  readonly modified?: Date;
  readonly author?: Author;
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
  readonly image?: Image;
}
