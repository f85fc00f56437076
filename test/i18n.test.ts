// Built-in locales (complete, placeholders intact, CLDR plural forms of the engine) and the
// i18n runtime: format() with plurals and localized numbers, resolveLocale, setStrings,
// interpolate, and an element following its ancestor's `lang`.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import {
  builtInLocales,
  addFallbackStrings,
  format as formatWith,
  interpolate,
  isLoaded,
  loadStrings,
  resolveLocale,
  setStrings,
  type PluralString,
  type StringKey,
  type Strings,
} from '../src/i18n/index.js';
import en from '../src/i18n/locales/en.js';
import { BlogElement } from '../src/internal/blog-element.js';

/** As elements call it: English comes from the element's own `defaultStrings` (here all of it). */
const format = (
  key: Parameters<typeof formatWith>[0],
  locale: string,
  vars?: Parameters<typeof formatWith>[2],
  local?: Parameters<typeof formatWith>[3],
): string => formatWith(key, locale, vars, local, en);

const locales: Record<string, () => Promise<{ default: Strings }>> = {
  ar: () => import('../src/i18n/locales/ar.js'),
  de: () => import('../src/i18n/locales/de.js'),
  es: () => import('../src/i18n/locales/es.js'),
  fr: () => import('../src/i18n/locales/fr.js'),
  he: () => import('../src/i18n/locales/he.js'),
  it: () => import('../src/i18n/locales/it.js'),
  ja: () => import('../src/i18n/locales/ja.js'),
  pt: () => import('../src/i18n/locales/pt.js'),
  zh: () => import('../src/i18n/locales/zh.js'),
};

type Category = Intl.LDMLPluralRule;
const ALL_CATEGORIES: readonly Category[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const keysOf = (strings: Strings): StringKey[] => Object.keys(strings).sort() as StringKey[];
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
/** A string as one unnamed form, or a plural string's forms by category. */
const forms = (entry: string | PluralString): [string, unknown][] =>
  typeof entry === 'string' ? [['', entry]] : Object.entries(entry);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
/** The placeholders of an English entry: the union over its forms. */
const enPlaceholders = (key: StringKey): string[] =>
  [...new Set(forms(en[key]).flatMap(([, text]) => placeholders(textOf(text))))].sort();
const categoriesOf = (lang: string): Category[] => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

describe('i18n: built-in locales', () => {
  it('lists every locale file and English', () => {
    expect(builtInLocales).to.deep.equal(['en', ...Object.keys(locales)].sort());
  });

  it('loads each of them, but English, through the lazily loaded map of loaders.ts', async () => {
    const { loaders } = await import('../src/i18n/loaders.js');
    expect(Object.keys(loaders).sort()).to.deep.equal(builtInLocales.filter((lang) => lang !== 'en'));
  });

  it('resolves each of them (and a regional tag of each) to itself; English and unknown tags need no load', () => {
    for (const lang of builtInLocales) {
      expect(resolveLocale(lang), lang).to.equal(lang);
      expect(resolveLocale(`${lang}-XX`), `${lang}-XX`).to.equal(lang);
    }
    expect(isLoaded('en')).to.equal(true);
    expect(isLoaded('xx')).to.equal(true);
  });

  it('logs the plural categories this engine reports', () => {
    const report = ['en', ...Object.keys(locales)].map((lang) => `${lang}: ${categoriesOf(lang).join(' ')}`);
    console.log(`plural categories (${navigator.userAgent}):\n  ${report.join('\n  ')}`);
  });

  for (const [lang, load] of Object.entries(locales)) {
    describe(lang, () => {
      let strings: Strings;
      before(async () => {
        strings = (await load()).default;
      });

      it('is a translation, not English re-exported', () => {
        expect(strings).to.be.an('object');
        expect(strings).not.to.equal(en);
        expect(strings.continueReading).not.to.equal(en.continueReading);
        expect(strings.postedIn).not.to.equal(en.postedIn);
      });

      it('has exactly the keys of English', () => {
        expect(keysOf(strings)).to.deep.equal(keysOf(en));
      });

      it('keeps the placeholders of English in every string and plural form', () => {
        for (const key of keysOf(en)) {
          const expected = enPlaceholders(key);
          const entry = strings[key];
          expect(typeof entry, `${lang}.${key} type`).to.equal(typeof en[key]);
          for (const [form, text] of forms(entry)) {
            const where = `${lang}.${key}${form ? `.${form}` : ''}: ${textOf(text)}`;
            expect(placeholders(textOf(text)), where).to.deep.equal(expected);
          }
        }
      });

      it('has no empty strings', () => {
        for (const key of keysOf(strings)) {
          for (const [form, text] of forms(strings[key])) {
            expect(typeof text, `${lang}.${key}${form ? `.${form}` : ''}`).to.equal('string');
            expect(textOf(text).trim(), `${lang}.${key}${form ? `.${form}` : ''}`).not.to.equal('');
          }
        }
      });

      it('gives plural strings every category this engine uses for the language', () => {
        const categories = categoriesOf(lang);
        expect(categories).to.include('other');
        for (const key of keysOf(en)) {
          const entry = strings[key];
          if (typeof entry === 'string') continue;
          const present = Object.keys(entry);
          expect(present, `${lang}.${key}`).to.include('other');
          for (const category of categories) expect(present, `${lang}.${key} (${category})`).to.include(category);
          for (const category of present) expect(ALL_CATEGORIES, `${lang}.${key}`).to.include(category);
        }
      });

      it('loads through loadStrings()', async () => {
        expect(await loadStrings(lang)).to.equal(strings);
      });
    });
  }
});

describe('i18n: format() plurals and numbers', () => {
  const COUNTS = [0, 1, 2, 5, 11, 100, 1_000_000];
  /** CLDR's choice for COUNTS; an engine without a category falls back to `other`. */
  const CLDR: Record<string, Category[]> = {
    en: ['other', 'one', 'other', 'other', 'other', 'other', 'other'],
    ar: ['zero', 'one', 'two', 'few', 'many', 'other', 'other'],
    fr: ['one', 'one', 'other', 'other', 'other', 'other', 'many'],
    ja: ['other', 'other', 'other', 'other', 'other', 'other', 'other'],
  };

  before(async () => {
    await Promise.all(['ar', 'de', 'fr', 'ja'].map((lang) => loadStrings(lang)));
  });

  for (const [lang, expected] of Object.entries(CLDR)) {
    it(`chooses the ${lang} form for ${COUNTS.join(', ')}`, async () => {
      const strings = lang === 'en' ? en : (await locales[lang]!()).default;
      const entry = strings.readingTime;
      const categories = categoriesOf(lang);
      const rules = new Intl.PluralRules(lang);
      const numbers = new Intl.NumberFormat(lang);
      COUNTS.forEach((count, i) => {
        const category = categories.includes(expected[i]!) ? expected[i]! : 'other';
        expect(rules.select(count), `${lang} ${count}`).to.equal(category);
        const form = entry[category] ?? entry.other;
        expect(format('readingTime', lang, { count }), `${lang} ${count}`).to.equal(
          form.replace('{count}', numbers.format(count)),
        );
      });
    });
  }

  it('uses the distinct Arabic forms', () => {
    if (categoriesOf('ar').length < 6) return; // an engine without full Arabic plural data
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(format('readingTime', 'ar', { count: 2 })).to.equal(`مدة القراءة: ${n(2)} دقيقتان`);
    expect(format('readingTime', 'ar', { count: 5 })).to.equal(`مدة القراءة: ${n(5)} دقائق`);
    expect(format('readingTime', 'ar', { count: 11 })).to.equal(`مدة القراءة: ${n(11)} دقيقة`);
  });

  it('uses the French form for millions when the engine has it', () => {
    const n = new Intl.NumberFormat('fr').format(1_000_000);
    const many = categoriesOf('fr').includes('many');
    expect(format('readingTime', 'fr', { count: 1_000_000 })).to.equal(
      many ? `${n} de minutes de lecture` : `${n} minutes de lecture`,
    );
    expect(format('readingTime', 'fr', { count: 0 })).to.equal('0 minute de lecture');
    expect(format('readingTime', 'fr', { count: 2 })).to.equal('2 minutes de lecture');
  });

  it('formats the count for the locale', () => {
    expect(format('readingTime', 'en', { count: 1_000_000 })).to.equal('1,000,000 minute read');
    expect(format('readingTime', 'de', { count: 1_000_000 })).to.equal('1.000.000 Minuten Lesezeit');
    expect(format('readingTime', 'de', { count: 1 })).to.equal('1 Minute Lesezeit');
    expect(format('readingTime', 'ja', { count: 1_000_000 })).to.equal('1,000,000分で読めます');
  });

  it('shows countText instead of the formatted count when given', () => {
    expect(format('readingTime', 'de', { count: 5, countText: 'fünf' })).to.equal('fünf Minuten Lesezeit');
  });

  it('fills placeholders of plain strings', () => {
    expect(format('postedIn', 'de', { list: 'Film' })).to.equal('Veröffentlicht in Film');
    expect(format('continueReadingLabel', 'fr', { title: 'Ode' })).to.equal('Lire la suite de «\u202fOde\u202f»');
    expect(format('continueReadingLabel', 'ja', { title: '春' })).to.equal('「春」の続きを読む');
    expect(format('errorServer', 'en', { host: 'example.com', status: 502 })).to.equal(
      'example.com answered with an error (502). Try again in a moment.',
    );
  });
});

describe('i18n: resolveLocale()', () => {
  const cases: [string | null | undefined, string][] = [
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['xx', 'en'],
    ['', 'en'],
    ['  ', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['de', 'de'],
    ['DE-at', 'de'],
    ['he_IL', 'he'],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => {
      expect(resolveLocale(tag)).to.equal(locale);
    });
  }
});

describe('i18n: setStrings()', () => {
  before(async () => {
    await loadStrings('de');
  });

  it('overrides a built-in string, below the element’s own strings', () => {
    const original = format('continueReading', 'de');
    try {
      setStrings('DE', { continueReading: 'Mehr lesen' });
      expect(format('continueReading', 'de')).to.equal('Mehr lesen');
      expect(format('continueReading', 'de', {}, { continueReading: 'Ganz lesen' })).to.equal('Ganz lesen');
      expect(format('showLess', 'de')).to.equal('Weniger anzeigen');
    } finally {
      setStrings('de', { continueReading: original });
    }
    expect(format('continueReading', 'de')).to.equal('Weiterlesen');
  });

  it('adds a language whose missing strings fall back to English', () => {
    expect(resolveLocale('eo')).to.equal('en');
    setStrings('eo', {
      continueReading: 'Daŭrigi legadon',
      readingTime: { one: '{count} minuto', other: '{count} minutoj' },
    });
    expect(resolveLocale('eo')).to.equal('eo');
    expect(resolveLocale('eo-XX')).to.equal('eo');
    expect(format('continueReading', 'eo')).to.equal('Daŭrigi legadon');
    expect(format('showLess', 'eo')).to.equal(en.showLess);
    expect(format('byline', 'eo', { name: 'Ana' })).to.equal('by Ana');
    expect(format('readingTime', 'eo', { count: 3 })).to.equal('3 minutoj');
  });
});

describe('i18n: interpolate()', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{name} on {network}', { name: 'Ana', netwrok: 'x' })).to.equal('Ana on {network}');
    expect(interpolate('Hello {name}, {unknown}!', { name: 'Ana' })).to.equal('Hello Ana, {unknown}!');
    expect(interpolate('{n} and {n}', { n: 0 })).to.equal('0 and 0');
    expect(interpolate('no placeholders')).to.equal('no placeholders');
    expect(format('byline', 'en')).to.equal('by {name}');
  });

  it('shows a key that no element and no locale knows as itself, so it is noticed', () => {
    expect(formatWith('byline', 'en')).to.equal('byline');
  });

  it('knows the English of lazily loaded code once it registers it', () => {
    addFallbackStrings({ retry: 'Try again' });
    expect(formatWith('retry', 'en')).to.equal('Try again');
    expect(formatWith('retry', 'nl')).to.equal('Try again'); // no Dutch strings: English
  });
});

class I18nProbe extends BlogElement {
  protected override render() {
    return litHtml`<p>${this.t('continueReading')}</p>`;
  }
}
if (!customElements.get('i18n-probe')) customElements.define('i18n-probe', I18nProbe);

/** Polls until `read()` returns `want` (or gives up after `ms`), returning the last value. */
async function until(read: () => string, want: string, ms = 5000): Promise<string> {
  const end = performance.now() + ms;
  let value = read();
  while (value !== want && performance.now() < end) {
    await aTimeout(20);
    value = read();
  }
  return value;
}

describe('i18n: an element follows its ancestor’s lang', () => {
  it('renders German, then Arabic when the ancestor’s lang changes', async () => {
    const [de, ar] = await Promise.all([locales.de!(), locales.ar!()]);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><i18n-probe></i18n-probe></div>`);
    const el = wrapper.querySelector<I18nProbe>('i18n-probe')!;
    const text = () => el.shadowRoot?.querySelector('p')?.textContent ?? '';
    await el.updateComplete;
    // Never English first: nothing until the German strings are in memory.
    expect([de.default.continueReading, '']).to.include(text());
    expect(await until(text, de.default.continueReading)).to.equal('Weiterlesen');

    wrapper.setAttribute('lang', 'ar');
    await el.updateComplete;
    expect(await until(text, ar.default.continueReading)).to.equal('متابعة القراءة');
  });
});
