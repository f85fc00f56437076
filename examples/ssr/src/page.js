// @ts-check
/**
 * The page, as a Lit template rendered on the server by @lit-labs/ssr. Only static attributes
 * and light-DOM children on the elements (no `.property=` or `@event=` bindings): the page itself
 * is never hydrated, each element hydrates its own shadow root (islands). What goes where:
 *
 * - <blog-article>, <blog-likes>: rendered here, shadow root included (declarative shadow DOM),
 *   and hydrated by client.ts (src/client.ts) without a second render.
 * - <blog-author>, <blog-comments>, <blog-comment-form>: sent as plain tags with their light-DOM
 *   children (bio, links, the comments' JSON); their shadow roots are rendered in the browser.
 *   README.md says why.
 */
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Defines the server-rendered elements in the server's (shimmed) registry; the others are not
// imported here, so the renderer leaves them as they are.
import 'blog-widgets/blog-article.js';
import 'blog-widgets/blog-likes.js';

/** The post as the site's data layer would give it. */
export const post = {
  id: 'her',
  headline: 'Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system',
  published: '2013-12-18',
  author: 'Liah Qureshi',
  categories: 'Articles',
  tags: 'Film, Spike Jonze',
  readingTime: 4,
  body: [
    'In Her, Spike Jonze imagines a near-future Los Angeles where a lonely writer falls for the voice of his computer’s operating system.',
    'Joaquin Phoenix plays Theodore with a gentleness the film never mocks.',
  ],
  likes: { count: 2, liked: false, likers: [{ name: 'Marcus Webb' }, { name: 'Yuki Tanaka' }] },
  comments: [
    { id: '101', author: { name: 'Marcus Webb' }, date: '2013-12-18T14:02:00Z', content: 'Saw it last night.' },
    { id: '102', parent: '101', author: { name: 'Liah Qureshi' }, date: '2013-12-18T15:20:00Z', content: 'Agreed.' },
  ],
};

/**
 * An inline `<script type="application/json">` with `value` (Lit binds nothing inside `<script>`,
 * so the element is built whole); `<` is escaped, so no `</script>` in the data can end it early.
 */
const json = (/** @type {unknown} */ value) =>
  unsafeHTML(`<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);

/**
 * The whole document (the renderer streams it).
 * @param {{ client: string, origin: string }} options the URL of the client bundle; the site's
 *   origin, for absolute URLs (the server has no page address to resolve relative ones on)
 */
export function page({ client, origin }) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>blog-widgets, rendered on the server</title>
        <script type="module" src=${client}></script>
      </head>
      <body>
        <main>
          <blog-article
            layout="full"
            heading-level="1"
            headline=${post.headline}
            permalink=${`${origin}/2013/12/18/her/`}
            image=${`${origin}/her.svg`}
            image-alt="Dusk over Los Angeles"
            image-width="1200"
            image-height="675"
            categories=${post.categories}
            tags=${post.tags}
            published=${post.published}
            author=${post.author}
            reading-time=${post.readingTime}
          >
            ${post.body.map((text) => html`<p>${text}</p>`)}
          </blog-article>

          <blog-author name="Liah Qureshi" tagline="Film critic, Brooklyn" link="/author/liah/">
            <p>I go with Liah as my pen name. I write about film, technology and the places where they meet.</p>
            <a href="https://mastodon.social/@liah" rel="me">Mastodon</a>
          </blog-author>

          <blog-likes post=${post.id}> ${json({ likes: post.likes })} </blog-likes>

          <blog-comments post=${post.id} post-title=${post.headline}>
            ${json({ comments: post.comments })}
            <blog-comment-form></blog-comment-form>
          </blog-comments>

          <p id="framework-status" role="status">No like yet.</p>
        </main>
      </body>
    </html>`;
}
