import { SaxesParser } from 'saxes';

/*
 * A small element tree over saxes (a strict, streaming, well-kept XML parser in pure
 * JavaScript): enough for WordPress (WXR) and Disqus exports. Names keep their prefixes
 * (`wp:comment`, `dsq:id`), as both formats use fixed ones.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses a whole document; throws with line and column on malformed XML. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = value;
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const append = (text: string): void => {
    top().text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  parser.write(source).close();
  if (failure) throw new Error(`not well-formed XML: ${failure.message}`);
  return root;
}

/** The first child named `name`. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((c) => c.name === name);

/** Every child named `name`. */
export const children = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element?.children.filter((c) => c.name === name) ?? [];

/** The trimmed text of the first child named `name` ('' when there is none). */
export const textOf = (element: XmlElement | undefined, name: string): string =>
  child(element, name)?.text.trim() ?? '';

/** The named entities WordPress and Disqus write (typography mostly); numeric ones are all decoded. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

/**
 * Comment HTML (what WordPress and Disqus store) → the plain text this service keeps: line and
 * paragraph breaks become newlines, a link keeps its text (and its address when that differs),
 * other tags go, entities are decoded. The result is shown as text, so nothing in it can run.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*\bhref\s*=\s*(["'])(.*?)\1[^>]*>(.*?)<\/a>/gis, (_m, _q, href: string, label: string) => {
      const text = label.replace(/<[^>]*>/g, '');
      return text.trim() === href.trim() ? text : `${text} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
      if (entity.startsWith('#')) {
        const code =
          entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
      }
      return (Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] : undefined) ?? match;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
