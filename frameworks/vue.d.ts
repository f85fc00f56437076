/**
 * Generated from custom-elements.json by scripts/integrations.mjs (`npm run analyze`): do not edit.
 *
 * Template types of the blog-widgets elements for vue-tsc (Volar): properties as props
 * (`:likes="…"`), events for `@blog-like="…"`. Vue itself must be told the tags are custom
 * elements (`compilerOptions.isCustomElement`, see README). Load it once, e.g. in `src/env.d.ts`:
 *
 *     /// <reference types="blog-widgets/vue" />
 *
 * The shape follows Vue's guide for non-Vue web components: `$props` exists for the type
 * checker only, not on the elements; vue-tsc types an `@blog-like` handler from its `onBlogLike` prop.
 */
import type { HTMLAttributes, PublicProps } from 'vue';
import type * as BW from '../dist/types/index.js';

/** `blog-comment-submit` → `BlogCommentSubmit`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The listeners of the events as props (`@blog-like` is `onBlogLike`), which is how vue-tsc types `@event` handlers. */
export type EventProps<Events> = {
  [K in keyof Events & string as `on${Pascal<K>}`]?: ((event: Events[K]) => void) | undefined;
};

/** A custom element as vue-tsc sees it: its instance, plus the props and events of its tag. */
export type DefineCustomElement<E extends HTMLElement, Properties, Events> = new () => E & {
  /** @deprecated Template type checking only: not a property of the element. */
  $props: HTMLAttributes & Properties & EventProps<Events> & PublicProps;
};

/** The properties of `<blog-article>` a page sets. */
export interface BlogArticleProperties {
  /** The title of the post (plain text). */
  headline?: BW.BlogArticle['headline'] | undefined;
  /** The URL of the post; the headline and "Continue reading" link to it. */
  permalink?: BW.BlogArticle['permalink'] | undefined;
  /** Category names, comma-separated (`Articles, Reviews`), shown as "Posted in …". */
  categories?: BW.BlogArticle['categories'] | undefined;
  /** Tag names, comma-separated (`Film, Spike Jonze`), shown as "Tagged …". */
  tags?: BW.BlogArticle['tags'] | undefined;
  /** Publication date, ISO 8601 (`2013-12-18` or `2013-12-18T09:30:00Z`), shown localized. */
  published?: BW.BlogArticle['published'] | undefined;
  /** Last update, ISO 8601; shown as "Updated …" when it is another day than `published`. */
  modified?: BW.BlogArticle['modified'] | undefined;
  /** URL of the featured image (http or https). */
  image?: BW.BlogArticle['image'] | undefined;
  /** Text alternative of the featured image (empty: decorative). */
  imageAlt?: BW.BlogArticle['imageAlt'] | undefined;
  /** Intrinsic width of the featured image in pixels, so its space is reserved before it loads. */
  imageWidth?: BW.BlogArticle['imageWidth'] | undefined;
  /** Intrinsic height of the featured image in pixels, so its space is reserved before it loads. */
  imageHeight?: BW.BlogArticle['imageHeight'] | undefined;
  /** `srcset` of the featured image (`photo-768.jpg 768w, photo-1200.jpg 1200w`). */
  imageSrcset?: BW.BlogArticle['imageSrcset'] | undefined;
  /** `sizes` of the featured image (a default matching the layout is used otherwise). */
  imageSizes?: BW.BlogArticle['imageSizes'] | undefined;
  /** The author's name, shown as "by {name}". */
  author?: BW.BlogArticle['author'] | undefined;
  /** URL of the author's page or profile; the byline links to it. */
  authorLink?: BW.BlogArticle['authorLink'] | undefined;
  /** `card` (default), `full` (the article page) or `compact` (a list entry with a thumbnail). */
  layout?: BW.BlogArticle['layout'] | undefined;
  /** Level of the headline's heading, 1–6 (default 2; use 1 for the page's main article). */
  headingLevel?: BW.BlogArticle['headingLevel'] | undefined;
  /** Excerpt mode: shows the `excerpt` slot (or the start of the body) and a "Continue reading" link. */
  excerpt?: BW.BlogArticle['excerpt'] | undefined;
  /** Reading time in minutes (0 hides it); computed from the body when not set. */
  readingTime?: BW.BlogArticle['readingTime'] | undefined;
  /** A WordPress REST post URL (`…/wp-json/wp/v2/posts/ID` or `…?rest_route=/wp/v2/posts/ID`) to load. */
  src?: BW.BlogArticle['src'] | undefined;
  /** Milliseconds to wait for `src` before showing a timeout error (default 15000). */
  timeout?: BW.BlogArticle['timeout'] | undefined;
  /** Leaves out the `BlogPosting` JSON-LD and the `h-entry` class. */
  noStructuredData?: BW.BlogArticle['noStructuredData'] | undefined;
  /** The post shown: loaded from `src`, or set directly; attributes override its fields. */
  post?: BW.BlogArticle['post'] | undefined;
  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme?: BW.BlogArticle['theme'] | undefined;
  /** Replacement strings for this element only, as an object (or JSON in the attribute), e.g. `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`. */
  strings?: BW.BlogArticle['strings'] | undefined;
}

/** The events of `<blog-article>`, by name. */
export interface BlogArticleEvents {
  /** The post from `src` loaded and rendered; `detail.post` holds it. */
  'blog-load': BW.BlogArticleLoadEvent;
  /** Loading `src` failed; `detail.error` (a `LoadError`) says why. */
  'blog-error': BW.BlogErrorEvent;
}

/** The properties of `<blog-author>` a page sets. */
export interface BlogAuthorProperties {
  /** Display name (a pen name when `real-name` is set); overrides the loaded one. */
  name?: BW.BlogAuthor['name'] | undefined;
  /** Real name, shown as a secondary line ("Real name: …") and as `alternateName` in JSON-LD. */
  realName?: BW.BlogAuthor['realName'] | undefined;
  /** Avatar image URL (http or https); wins over `email` and the loaded avatar. */
  avatar?: BW.BlogAuthor['avatar'] | undefined;
  /** Email (or its SHA-256 hash) for a Gravatar; hashed in the browser, never rendered. Set it as a property to keep it out of the HTML. */
  email?: BW.BlogAuthor['email'] | undefined;
  /** Avatar size in CSS pixels (default 72 in the box layout, 40 inline). */
  avatarSize?: BW.BlogAuthor['avatarSize'] | undefined;
  /** The author's page (all their posts): the name links to it, and a "View all posts" link is added. */
  link?: BW.BlogAuthor['link'] | undefined;
  /** A short line under the name ("Film critic, Brooklyn"). */
  tagline?: BW.BlogAuthor['tagline'] | undefined;
  /** `box` (default): a bordered bio box; `inline`: one row with a small avatar, no bio. */
  layout?: BW.BlogAuthor['layout'] | undefined;
  /** Level (1–6) of the name's heading in the box layout; default 2, like "About the author" sections. */
  headingLevel?: BW.BlogAuthor['headingLevel'] | undefined;
  /** A WordPress REST user URL (`…/wp-json/wp/v2/users/2` or `…?rest_route=/wp/v2/users/2`) to load. */
  src?: BW.BlogAuthor['src'] | undefined;
  /** Do not add the `Person` JSON-LD script to the light DOM. */
  noStructuredData?: BW.BlogAuthor['noStructuredData'] | undefined;
  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme?: BW.BlogAuthor['theme'] | undefined;
  /** Replacement strings for this element only, as an object (or JSON in the attribute), e.g. `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`. */
  strings?: BW.BlogAuthor['strings'] | undefined;
}

/** The events of `<blog-author>`, by name. */
export interface BlogAuthorEvents {
  /** The WordPress user at `src` loaded and is shown; `detail.author` is the mapped Author. */
  'blog-load': BW.BlogAuthorLoadEvent;
  /** Loading `src` failed; `detail.error` is the LoadError whose sentence is shown. */
  'blog-error': BW.BlogErrorEvent;
}

/** The properties of `<blog-comment-form>` a page sets. */
export interface BlogCommentFormProperties {
  /** Where to post: `static`, `wordpress:https://site/` or a `/wp-json/` URL. Default: the `<blog-comments>` around it, then the page's. */
  source?: BW.BlogCommentForm['source'] | undefined;
  /** The post: its id in the source, or its URL. Default: as for `source`. */
  post?: BW.BlogCommentForm['post'] | undefined;
  /** The comment being answered (set by `<blog-comments>` when Reply is pressed). */
  replyTo?: BW.BlogCommentForm['replyTo'] | undefined;
  /** Level of the "Leave a Reply" heading, 1–6 (default 3, as in WordPress themes). */
  headingLevel?: BW.BlogCommentForm['headingLevel'] | undefined;
  /** Hides "Notify me of new comments / posts via email." (always hidden for WordPress sources, which cannot send them). */
  noNotify?: BW.BlogCommentForm['noNotify'] | undefined;
  /** The longest comment accepted, in characters (WordPress stores up to 65,525). */
  maxLength?: BW.BlogCommentForm['maxLength'] | undefined;
  /** Milliseconds to wait for the source to save a comment before saying so (default 20000); the draft is kept. */
  timeout?: BW.BlogCommentForm['timeout'] | undefined;
  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme?: BW.BlogCommentForm['theme'] | undefined;
  /** Replacement strings for this element only, as an object (or JSON in the attribute), e.g. `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`. */
  strings?: BW.BlogCommentForm['strings'] | undefined;
}

/** The events of `<blog-comment-form>`, by name. */
export interface BlogCommentFormEvents {
  /** "Cancel reply" was pressed (the `<blog-comments>` around it moves it back). */
  'blog-cancel-reply': CustomEvent;
  /** The comment was posted; `detail.comment` is what the source stored (its `status` says whether it is held). */
  'blog-comment': BW.BlogCommentEvent;
  /** Static source: the comment to save (bubbles from the form, or from its `<blog-comments>`). */
  'blog-comment-submit': BW.BlogCommentSubmitEvent;
  /** The reader signed in with a provider (or changed account); `detail.identity` is who. */
  'blog-sign-in': BW.BlogSignInEvent;
  /** The reader pressed Log Out (`detail.reason` `logout`) or the service ended the session (`ended`). */
  'blog-sign-out': BW.BlogSignOutEvent;
}

/** The properties of `<blog-comments>` a page sets. */
export interface BlogCommentsProperties {
  /** Where comments come from: `static`, `wordpress:https://site/`, or a WordPress `/wp-json/` URL. Default: the page's. */
  source?: BW.BlogComments['source'] | undefined;
  /** The post: its id in the source, or its URL. Default: the page's. */
  post?: BW.BlogComments['post'] | undefined;
  /** The post's title, for the heading ("3 thoughts on “{title}”"). */
  postTitle?: BW.BlogComments['postTitle'] | undefined;
  /** How deep replies nest (WordPress' default: 5); deeper replies join the last level. */
  depth?: BW.BlogComments['depth'] | undefined;
  /** `oldest` (default) or `newest` first. */
  order?: BW.BlogComments['order'] | undefined;
  /** Comments per page ("Load more" fetches the next page); 1–1000, default 50 (WordPress gives at most 100). */
  perPage?: BW.BlogComments['perPage'] | undefined;
  /** Level of the heading, 1–6 (default 2). */
  headingLevel?: BW.BlogComments['headingLevel'] | undefined;
  /** Milliseconds to wait for the source before showing a timeout error (default 15000). */
  timeout?: BW.BlogComments['timeout'] | undefined;
  /** Leaves out the `Comment` JSON-LD trail. */
  noStructuredData?: BW.BlogComments['noStructuredData'] | undefined;
  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme?: BW.BlogComments['theme'] | undefined;
  /** Replacement strings for this element only, as an object (or JSON in the attribute), e.g. `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`. */
  strings?: BW.BlogComments['strings'] | undefined;
}

/** The events of `<blog-comments>`, by name. */
export interface BlogCommentsEvents {
  /** A page of comments loaded; `detail` holds `comments` (all shown) and `total`. */
  'blog-load': BW.BlogCommentsLoadEvent;
  /** Loading comments failed; `detail.error` (a `LoadError`) says why. */
  'blog-error': BW.BlogErrorEvent;
  /** Static source: a reader sent a comment; handle it to save it (see README). */
  'blog-comment-submit': BW.BlogCommentSubmitEvent;
}

/** The properties of `<blog-likes>` a page sets. */
export interface BlogLikesProperties {
  /** Where likes come from: `static` (default), `wordpress:https://site/`, or a `BlogSource` object. Default: the page's. */
  source?: BW.BlogLikes['source'] | undefined;
  /** The post: its id in the source, or its URL. Default: the page's. */
  post?: BW.BlogLikes['post'] | undefined;
  /** Static data: how many bloggers like the post (over the inline JSON's `count`). */
  count?: BW.BlogLikes['count'] | undefined;
  /** Whether the reader likes the post: static data, and kept in step with what is shown. */
  liked?: BW.BlogLikes['liked'] | undefined;
  /** How many likers' faces the strip shows before "+N" (0–100, default 10). */
  maxAvatars?: BW.BlogLikes['maxAvatars'] | undefined;
  /** The likes shown: `count`, the first `likers` (`{ name, avatar?, link? }`) and whether the reader `liked`. Set it to show data you have (the source is then not asked; a click still goes to it); set `undefined` to load from the source again. */
  likes?: BW.BlogLikes['likes'] | undefined;
  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme?: BW.BlogLikes['theme'] | undefined;
  /** Replacement strings for this element only, as an object (or JSON in the attribute), e.g. `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`. */
  strings?: BW.BlogLikes['strings'] | undefined;
}

/** The events of `<blog-likes>`, by name. */
export interface BlogLikesEvents {
  /** Static source: the reader likes (`detail.liked` true) or stops liking the post; cancelable, answer with `respondWith` (see README). */
  'blog-like': BW.BlogLikeEvent;
  /** The likes loaded from the source; `detail.likes` is the summary shown. */
  'blog-load': BW.BlogLikesLoadEvent;
  /** Loading the likes failed; `detail.error` is the LoadError whose sentence is shown. */
  'blog-error': BW.BlogErrorEvent;
}

declare module 'vue' {
  interface GlobalComponents {
    /** A blog post: card, full article or compact entry, from attributes or WordPress. */
    'blog-article': DefineCustomElement<BW.BlogArticle, BlogArticleProperties, BlogArticleEvents>;
    /** An author bio box: avatar with initials fallback, name, real name, tagline, bio, social links. */
    'blog-author': DefineCustomElement<BW.BlogAuthor, BlogAuthorProperties, BlogAuthorEvents>;
    /** The "Leave a Reply" form: guest details, drafts that are never lost, clear errors. When the source offers sign-in (the companion service with providers), the providers show as icon buttons; a click signs in through a popup (the draft stays), and the signed-in reader sees "You are commenting using your {provider} account. (Log Out / Change)". The sign-in is the page's: every element shares it (see README "Sign-in"). That code loads only then. */
    'blog-comment-form': DefineCustomElement<BW.BlogCommentForm, BlogCommentFormProperties, BlogCommentFormEvents>;
    /** The threaded comments of a post, with its reply form: static or WordPress. */
    'blog-comments': DefineCustomElement<BW.BlogComments, BlogCommentsProperties, BlogCommentsEvents>;
    /** A "Like" button with its count and the likers' faces; static or from a source. */
    'blog-likes': DefineCustomElement<BW.BlogLikes, BlogLikesProperties, BlogLikesEvents>;
  }
}
