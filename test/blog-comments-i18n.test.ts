// <blog-comments> in several languages: the count heading through Intl plural rules (Arabic's
// zero/one/two/few/many/other, French's "many" for millions, Japanese's single form), numbers
// in the language's digits and grouping, and the thread's own words.
import { expect } from '@open-wc/testing';
import type { BlogComments } from '../src/blog-comments.js';
import { card, clearBlogStorage, mount, part, text, wpMock, type StaticComment } from './comments.helpers.js';

afterEach(() => clearBlogStorage());

/** The heading's text: the template's line breaks collapsed, the language's own (narrow) no-break spaces kept. */
const headingText = (el: BlogComments): string =>
  (part(el, 'heading')?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** `n` top-level comments. */
const comments = (n: number): StaticComment[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i + 1}`,
    author: `Reader ${i + 1}`,
    date: new Date(Date.UTC(2020, 0, 1, i)).toISOString(),
    content: `Comment ${i + 1}`,
  }));

/** Three WordPress comments (no avatars: nothing leaves this machine) with the thread's total in X-WP-Total. */
function wordpressThread(total: number): string {
  const body = [1, 2, 3].map((id) => ({
    id,
    post: 4,
    parent: 0,
    author: 0,
    author_name: `Reader ${id}`,
    date_gmt: `2020-01-0${id}T10:00:00`,
    content: { rendered: `<p>Comment ${id}</p>` },
    status: 'approved',
  }));
  return wpMock('json', { body: JSON.stringify(body), 'X-WP-Total': total, 'X-WP-TotalPages': Math.ceil(total / 50) });
}

/** The heading for `count` comments in `lang`: static comments up to 3, a WordPress thread's total above. */
async function headingFor(lang: string, count: number, title = 'Her'): Promise<string> {
  const attrs = { post: count > 3 ? '4' : 'her', ...(title ? { 'post-title': title } : {}) };
  const el =
    count > 3
      ? await mount(undefined, { attrs: { ...attrs, source: wordpressThread(count) }, wrapper: { lang } })
      : await mount(comments(count), { attrs, wrapper: { lang } });
  return headingText(el);
}

const n = (lang: string, count: number): string => new Intl.NumberFormat(lang).format(count);

describe('<blog-comments> in other languages', function () {
  this.timeout(30_000);

  const tables: Record<string, [number, (count: string) => string][]> = {
    en: [
      [0, () => 'Comments on “Her”'],
      [1, () => 'One thought on “Her”'],
      [2, (c) => `${c} thoughts on “Her”`],
      [1234, (c) => `${c} thoughts on “Her”`],
    ],
    de: [
      [1, (c) => `${c} Gedanke zu „Her“`],
      [2, (c) => `${c} Gedanken zu „Her“`],
      [1234, (c) => `${c} Gedanken zu „Her“`],
    ],
    fr: [
      [1, (c) => `${c} réflexion sur «\u202fHer\u202f»`],
      [2, (c) => `${c} réflexions sur «\u202fHer\u202f»`],
      [1_000_000, (c) => `${c} de réflexions sur «\u202fHer\u202f»`],
    ],
    ar: [
      [0, () => 'التعليقات على «Her»'], // no count to give: the plain title
      [1, (c) => `${c} تعليق على «Her»`],
      [2, (c) => `${c} تعليقان على «Her»`],
      [3, (c) => `${c} تعليقات على «Her»`],
      [11, (c) => `${c} تعليقًا على «Her»`],
      [100, (c) => `${c} تعليق على «Her»`],
    ],
    ja: [
      [1, (c) => `「Her」への${c}件のコメント`],
      [3, (c) => `「Her」への${c}件のコメント`],
      [25_000, (c) => `「Her」への${c}件のコメント`],
    ],
  };
  for (const [lang, cases] of Object.entries(tables)) {
    it(`${lang}: ${cases.map(([count]) => count).join(', ')} comments`, async () => {
      for (const [count, expected] of cases) {
        expect(await headingFor(lang, count), `${lang} ${count}`).to.equal(expected(n(lang, count)));
      }
    });
  }

  it('the categories used are Intl.PluralRules’ own: Arabic zero/one/two/few/many/other, French many for a million', () => {
    const ar = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.select(count))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(new Intl.PluralRules('fr').select(1_000_000)).to.equal('many');
  });

  it('without a title: “2 Gedanken”, “تعليقان”', async () => {
    expect(await headingFor('de', 2, '')).to.equal(`${n('de', 2)} Gedanken`);
    expect(await headingFor('ar', 2, '')).to.equal(`${n('ar', 2)} تعليقان`);
  });

  it('a regional tag uses its language (pt-BR → pt, de-AT → de), an unknown one English', async () => {
    expect(await headingFor('de-AT', 2)).to.equal(`${n('de', 2)} Gedanken zu „Her“`);
    expect(await headingFor('tlh', 2)).to.equal('2 thoughts on “Her”');
  });

  it('the thread’s words follow: Reply, the empty text, dates in the language', async () => {
    const el = await mount(comments(1), {
      attrs: { post: 'her', 'post-title': 'Her' },
      form: true,
      wrapper: { lang: 'de' },
    });
    expect(text(card(el, 'c1')!.querySelector('[part~="reply"]'))).to.equal('Antworten');
    const date = new Date(Date.UTC(2020, 0, 1, 0));
    expect(text(card(el, 'c1')!.querySelector('time'))).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'long', timeStyle: 'short' }).format(date),
    );
    const empty = await mount([], { wrapper: { lang: 'ja' } });
    expect(text(empty.shadowRoot!.querySelector('[part~="empty"]'))).to.equal(
      'まだコメントはありません。最初のコメントをお寄せください。',
    );
    await expect(el).to.be.accessible();
  });

  it('the page language changing re-renders the heading', async () => {
    const el = await mount(comments(2), { wrapper: { lang: 'en' } });
    expect(headingText(el)).to.equal('2 thoughts on “Her”');
    el.parentElement!.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(headingText(el)).to.equal(`${n('fr', 2)} réflexions sur «\u202fHer\u202f»`);
  });
});
