import { scriptJson } from '../../internal/structured-data.js';

/** What `<blog-article>` knows about its post, for `BlogPosting` JSON-LD. Every URL is already safe. */
export interface PostingData {
  readonly headline: string;
  readonly url?: string | undefined;
  readonly published?: string | undefined;
  readonly modified?: string | undefined;
  readonly author?: { readonly name: string; readonly url?: string | undefined } | undefined;
  readonly image?:
    { readonly url: string; readonly width?: number | undefined; readonly height?: number | undefined } | undefined;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
}

/** A schema.org `BlogPosting` as JSON that is safe inside a `<script>` (`<` escaped as `\u003c`). */
export function blogPostingJson(data: PostingData): string {
  const { author, image } = data;
  const modified = data.modified ?? data.published;
  const json = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: data.headline,
    ...(data.url ? { url: data.url, mainEntityOfPage: data.url } : {}),
    ...(data.published ? { datePublished: data.published } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(author ? { author: { '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) } } : {}),
    ...(image
      ? {
          image: {
            '@type': 'ImageObject',
            url: image.url,
            ...(image.width ? { width: image.width } : {}),
            ...(image.height ? { height: image.height } : {}),
          },
        }
      : {}),
    ...(data.categories.length
      ? { articleSection: data.categories.length === 1 ? data.categories[0] : data.categories }
      : {}),
    ...(data.tags.length ? { keywords: data.tags.join(', ') } : {}),
  };
  return scriptJson(json);
}
