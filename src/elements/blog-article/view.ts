import type { Post, Term } from '../../data/types.js';
import {
  imageUrl,
  layoutOf,
  linkUrl,
  parseDate,
  positive,
  safeSrcset,
  splitList,
  str,
  type ArticleLayout,
  type ParsedDate,
} from './attributes.js';

/** The attributes of `<blog-article>` that describe the post (untrusted strings). */
export interface ArticleFields {
  readonly headline?: string | undefined;
  readonly permalink?: string | undefined;
  readonly categories?: string | undefined;
  readonly tags?: string | undefined;
  readonly published?: string | undefined;
  readonly modified?: string | undefined;
  readonly image?: string | undefined;
  readonly imageAlt?: string | undefined;
  readonly imageWidth?: number | undefined;
  readonly imageHeight?: number | undefined;
  readonly imageSrcset?: string | undefined;
  readonly imageSizes?: string | undefined;
  readonly author?: string | undefined;
  readonly authorLink?: string | undefined;
  readonly layout?: string | undefined;
}

export interface ViewImage {
  readonly src: string;
  readonly alt: string;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly srcset?: string | undefined;
  readonly sizes?: string | undefined;
}

/** What is shown: the page's attributes first, then the post; every URL already checked. */
export interface View {
  readonly layout: ArticleLayout;
  readonly headline: string;
  readonly permalink?: string | undefined;
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
  readonly published?: ParsedDate | undefined;
  readonly modified?: ParsedDate | undefined;
  readonly author?: { readonly name: string; readonly link?: string | undefined } | undefined;
  readonly image?: ViewImage | undefined;
}

/** Names from an attribute (no links) win; else the post's terms, their links checked again. */
const terms = (names: unknown, loaded: readonly Term[] | undefined): Term[] =>
  str(names)
    ? splitList(names).map((name) => ({ name }))
    : (Array.isArray(loaded) ? loaded : []).flatMap((term: Term) => {
        const name = str(term.name);
        const link = linkUrl(term.link);
        return name ? [link ? { name, link } : { name }] : [];
      });

function imageOf(fields: ArticleFields, post: Post | undefined): ViewImage | undefined {
  const own = imageUrl(fields.image);
  if (own) {
    // The page's image: its own size and srcset only (the post's would describe another file).
    return {
      src: own,
      alt: typeof fields.imageAlt === 'string' ? fields.imageAlt : '',
      width: positive(fields.imageWidth),
      height: positive(fields.imageHeight),
      srcset: safeSrcset(fields.imageSrcset),
      sizes: str(fields.imageSizes),
    };
  }
  const loaded = post?.image;
  const src = imageUrl(loaded?.src);
  if (!loaded || !src) return undefined;
  return {
    src,
    alt: typeof fields.imageAlt === 'string' ? fields.imageAlt : (str(loaded.alt) ?? ''),
    width: positive(loaded.width),
    height: positive(loaded.height),
    srcset: safeSrcset(loaded.srcset),
    sizes: str(fields.imageSizes) ?? str(loaded.sizes),
  };
}

/**
 * Merges the page's attributes with the post (an attribute that is set wins, field by field)
 * and checks everything: URLs through `safeUrl`, dates parsed strictly, the layout normalized.
 */
export function viewOf(fields: ArticleFields, post: Post | undefined): View {
  const authorName = str(fields.author);
  const loadedName = str(post?.author?.name);
  const author = authorName
    ? { name: authorName, link: linkUrl(fields.authorLink) ?? undefined }
    : loadedName
      ? { name: loadedName, link: linkUrl(str(fields.authorLink) ?? post?.author?.link) ?? undefined }
      : undefined;
  return {
    layout: layoutOf(fields.layout),
    headline: str(fields.headline) ?? str(post?.title) ?? '',
    permalink: linkUrl(str(fields.permalink) ?? post?.link) ?? undefined,
    categories: terms(fields.categories, post?.categories),
    tags: terms(fields.tags, post?.tags),
    published: str(fields.published) ? parseDate(fields.published) : parseDate(post?.published),
    modified: str(fields.modified) ? parseDate(fields.modified) : parseDate(post?.modified),
    author,
    image: imageOf(fields, post),
  };
}
