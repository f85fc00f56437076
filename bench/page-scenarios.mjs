/**
 * The pages bench/page.mjs loads: what a site owner pastes (README, "Paste it into any page"),
 * each element alone and all of them as the seed post page, on static data and on WordPress.
 * `html(withScript)` gives the page; without the script it is the baseline for memory.
 */

const ARTICLE = `<blog-article layout="full" heading-level="1"
  headline="Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system"
  permalink="/2013/12/18/spike-jonzes-her/" categories="Articles" tags="Film, Spike Jonze"
  published="2013-12-18T09:30:00Z" modified="2013-12-19T11:00:00Z" author="Liah Qureshi" author-link="#author"
  image="/images/her-featured.svg" image-alt="Theodore looking out over Los Angeles" image-width="1200" image-height="675">
  <p>In <em>Her</em>, Spike Jonze imagines a near-future Los Angeles where Theodore Twombly (Joaquin Phoenix), a
  lonely writer of other people’s love letters, falls for Samantha, the voice of his new operating system.</p>
  <h2>A love story without a body</h2>
  <p>The film never treats the premise as a joke. Samantha is curious, funny and “growing” — and the question it
  asks is not whether she is real, but whether Theodore is ready for a relationship at all.</p>
</blog-article>`;

const AUTHOR = `<blog-author id="author" name="Liah Qureshi" real-name="Aaliyah Qureshi" tagline="Film critic"
  avatar="/images/liah.svg" link="/author/liah-qureshi/">
  <p>I go with Liah as my pen name. I write about film, technology and the places where they meet.</p>
  <a href="https://x.com/liahwrites">X</a>
  <a href="https://mastodon.social/@liah" rel="me">Mastodon</a>
  <a href="https://github.com/liah">GitHub</a>
</blog-author>`;

const LIKERS = ['Marcus Webb', 'Yuki Tanaka', 'Priya Rao', 'Tom Okafor', 'Ana Lima', 'Jon Berg', 'Omar Aziz'];
const LIKES = `<blog-likes post="her">
  <script type="application/json">${JSON.stringify({ likes: { count: 14, likers: LIKERS.map((name) => ({ name })) } })}</script>
</blog-likes>`;

const COMMENTS = [
  {
    id: '101',
    author: { name: 'Marcus Webb', link: 'https://example.com/marcus' },
    date: '2013-12-18T14:02:00Z',
    content: 'Saw it last night. The scene on the beach, with nothing but her voice, is the best thing Jonze has done.',
  },
  {
    id: '102',
    parent: '101',
    author: { name: 'Liah Qureshi', avatar: '/images/liah.svg' },
    date: '2013-12-18T15:20:00Z',
    content: 'Agreed.\n\nThanks for reading, Marcus.',
  },
  {
    id: '103',
    author: { name: 'Yuki Tanaka' },
    date: '2013-12-19T08:45:00Z',
    content: 'I found it lonelier than the review suggests — but maybe that is the point.',
  },
];
const THREAD = `<blog-comments post="her" post-title="Her">
  <script type="application/json">${JSON.stringify({ comments: COMMENTS })}</script>
  <blog-comment-form></blog-comment-form>
</blog-comments>`;

const WORDPRESS = `<blog-article layout="full" src="/wp-json/wp/v2/posts/4"></blog-article>
<blog-author src="/wp-json/wp/v2/users/2"></blog-author>
${LIKES}
<blog-comments source="/wp-json/" post="4" post-title="Her"><blog-comment-form></blog-comment-form></blog-comments>`;

const FOOTER = `<footer><p>Footer: everything below the elements moves if they change size.</p></footer>`;

function page(title, body, withScript, lang = 'en') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Liah at the Movies</title>
<meta name="description" content="Spike Jonze’s ‘Her’, reviewed by Liah Qureshi: a romance between Joaquin Phoenix and an operating system.">
<link rel="icon" href="/images/liah.svg" type="image/svg+xml">
${withScript ? '<script type="module" src="/dist/blog-widgets.js" blocking="render"></script>' : ''}
<link rel="stylesheet" href="/dist/blog-widgets.css">
${body.includes('image="/images/her-featured.svg"') ? '<link rel="preload" as="image" href="/images/her-featured.svg" fetchpriority="high">' : ''}
<style>body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }</style>
</head>
<body><main>
${body}
</main>
${FOOTER}
</body>
</html>`;
}

/**
 * `late`: the script arrives a second late. `worstCase`: a figure printed for the notes but not
 * held to the CLS budget, with the reason.
 */
const scenario = (id, label, body, { late = false, worstCase, lang } = {}) => ({
  id,
  label,
  late,
  worstCase,
  html: (withScript) => page(label, body, withScript, lang),
});

export const SCENARIOS = [
  scenario('article', '<blog-article>', ARTICLE),
  scenario('author', '<blog-author>', AUTHOR),
  scenario('likes', '<blog-likes>', LIKES),
  scenario('comments', '<blog-comments> + form', THREAD, {
    // A thread's height is not known before its comments render (they load with the thread's
    // code); here nothing stands above it, so the form and footer under it move on screen. On a
    // post page the thread sits under the article, off screen: the seed scenarios hold it to 0.
    worstCase: 'a thread first on a short page, with visible content under it',
  }),
  scenario('seed', 'seed page, static', `${ARTICLE}\n${AUTHOR}\n${LIKES}\n${THREAD}`),
  scenario('seed-wordpress', 'seed page, WordPress (400 ms)', WORDPRESS),
  scenario('seed-late', 'seed page, script 1 s late', `${ARTICLE}\n${AUTHOR}\n${LIKES}\n${THREAD}`, { late: true }),
  // Another language: its strings load after the script, and nothing may move meanwhile.
  scenario('seed-de', 'seed page, German', `${ARTICLE}\n${AUTHOR}\n${LIKES}\n${THREAD}`, { lang: 'de' }),
];
