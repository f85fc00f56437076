/**
 * Minifies the static text of Lit's tagged templates (`html`, `svg`, `css`) at build time.
 * Lit ships templates as strings, and the JS minifier keeps every byte of their indentation:
 * collapsing it saves ~20% of an element's gzip size. Expressions (`${…}`) are left untouched
 * apart from the templates nested inside them, which are minified too.
 *
 * Rules, chosen to never change what renders:
 * - html/svg: runs of whitespace become one space (never removed: between inline elements a
 *   space is visible); HTML comments that are not Lit markers are dropped. Whitespace holding a
 *   newline between two block-level tags, or between one and a child expression, is dropped
 *   (the browser collapses it away). `<pre>` and
 *   `<textarea>` are left alone.
 * - css: comments dropped, whitespace collapsed, and removed around `{ } ; ,`, after `:` in
 *   declarations and before `!important`; leading zeros of numbers dropped (`0.5rem` → `.5rem`).
 *
 * Used by vite.config.ts (a transform plugin) and scripts/size.mjs (an esbuild plugin), so the
 * size measured is the size shipped.
 */

const TAG = /\b(html|svg|css)`/g;

function minifyHtml(text) {
  if (/<(pre|textarea)\b/i.test(text)) return text;
  return text.replace(/<!--(?!\?lit)[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/** Elements whose boxes are block-level by default: whitespace next to their tags never renders. */
const BLOCK = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p section table ul'.split(
    ' ',
  ),
);
const EXPRESSION = '\0';

/**
 * Drops a run of whitespace that holds a newline and sits between two tags (`>` … `<`) that are
 * both block-level, or between such a tag and a child expression (a Lit marker): such whitespace
 * is collapsed away by the browser, never rendered. `text` is the template's static text with
 * EXPRESSION where each expression sits.
 */
function dropBlockWhitespace(text) {
  const tagBefore = (i) => {
    // The tag that the `>` at index i closes.
    const open = text.lastIndexOf('<', i);
    return /^<\/?([a-z][a-z0-9-]*)/i.exec(text.slice(open, i))?.[1]?.toLowerCase();
  };
  const tagAfter = (i) => /^<\/?([a-z][a-z0-9-]*)/i.exec(text.slice(i))?.[1]?.toLowerCase();
  return text.replace(/([>\0])(\s*\n\s*)(?=[<\0])/g, (match, before, space, offset) => {
    const after = offset + match.length;
    const left = before === EXPRESSION ? EXPRESSION : tagBefore(offset);
    const right = text[after] === EXPRESSION ? EXPRESSION : tagAfter(after);
    const ok = (tag) => tag === EXPRESSION || BLOCK.has(tag);
    return ok(left) && ok(right) && (BLOCK.has(left) || BLOCK.has(right)) ? before : match;
  });
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1') // 0.5rem → .5rem
    .trim();
}

/**
 * Scans a template literal starting just after its opening backtick at `start`.
 * Returns { end (index after the closing backtick), parts: [{ text, isExpression }] }.
 */
function scanTemplate(source, start) {
  const parts = [];
  let text = '';
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      parts.push({ text, isExpression: false });
      return { end: i + 1, parts };
    } else if (ch === '$' && source[i + 1] === '{') {
      parts.push({ text, isExpression: false });
      text = '';
      const exprEnd = scanExpression(source, i + 2);
      parts.push({ text: source.slice(i + 2, exprEnd), isExpression: true });
      i = exprEnd + 1; // past the closing brace
    } else {
      text += ch;
      i += 1;
    }
  }
  throw new Error('unterminated template literal');
}

/** Index of the `}` that closes an expression starting at `start`, skipping strings and templates. */
function scanExpression(source, start) {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "'" || ch === '"') {
      i = skipString(source, i);
    } else if (ch === '`') {
      i = scanTemplate(source, i + 1).end;
    } else if (ch === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) i = source.length;
    } else if (ch === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i) + 2;
    } else if (ch === '{') {
      depth += 1;
      i += 1;
    } else if (ch === '}') {
      if (depth === 0) return i;
      depth -= 1;
      i += 1;
    } else {
      i += 1;
    }
  }
  throw new Error('unterminated template expression');
}

function skipString(source, start) {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Returns the source with every html/svg/css template's static text minified. */
export function minifyTemplates(source) {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  let match;
  while ((match = TAG.exec(source))) {
    const kind = match[1];
    const bodyStart = match.index + match[0].length;
    let scanned;
    try {
      scanned = scanTemplate(source, bodyStart);
    } catch {
      continue; // not a real template (e.g. inside a comment); leave it
    }
    const minify = kind === 'css' ? minifyCss : minifyHtml;
    let statics = scanned.parts.filter((part) => !part.isExpression).map((part) => part.text);
    if (kind !== 'css' && !statics.some((part) => /<(pre|textarea)\b/i.test(part) || part.includes(EXPRESSION))) {
      statics = dropBlockWhitespace(statics.join(EXPRESSION)).split(EXPRESSION);
    }
    let next = 0;
    const body = scanned.parts
      .map((part) => (part.isExpression ? `\${${minifyTemplates(part.text)}}` : minify(statics[next++])))
      .join('');
    out += source.slice(last, bodyStart) + body + '`';
    last = scanned.end;
    TAG.lastIndex = scanned.end;
  }
  return out + source.slice(last);
}

/** Vite/Rollup plugin: minifies templates in the library's own TypeScript sources. */
export function minifyTemplatesPlugin() {
  return {
    name: 'blog-widgets:minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAG.test(code)) return null;
      TAG.lastIndex = 0;
      return { code: minifyTemplates(code), map: null };
    },
  };
}

/** esbuild plugin doing the same for scripts/size.mjs. */
export function minifyTemplatesEsbuild() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyTemplates(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
