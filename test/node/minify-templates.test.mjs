// scripts/minify-templates.mjs: what the build does to Lit templates must never change what
// renders. The browser suite renders every element through it (web-test-runner.config.js);
// these cases pin the rules themselves, including the places where whitespace must stay.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const html = (body) => minifyTemplates(`html\`${body}\``).slice(5, -1);
const css = (body) => minifyTemplates(`css\`${body}\``).slice(4, -1);

describe('minifyTemplates: html', () => {
  it('collapses whitespace inside tags and drops it before >', () => {
    assert.equal(html('<a\n  href=${u}\n  rel="author"\n  >${n}</a\n>'), '<a href=${u} rel="author">${n}</a>');
  });

  it('keeps the space before /> after an unquoted value (else / joins the value)', () => {
    assert.equal(html('<input .value=${v} />'), '<input .value=${v} />');
    assert.equal(html('<img alt="" />'), '<img alt=""/>');
  });

  it('drops whitespace just inside block containers and buttons, and between block tags', () => {
    assert.equal(html('<div>\n  <p> ${x} text </p>\n  <p>b</p>\n</div>'), '<div><p>${x} text</p><p>b</p></div>');
    assert.equal(html('<button type="button">\n  ${label}\n</button>'), '<button type="button">${label}</button>');
  });

  it('keeps one space between inline pieces, where it renders', () => {
    assert.equal(html('<span>${a}</span>\n  <span>${b}</span>'), '<span>${a}</span> <span>${b}</span>');
    assert.equal(html('<p>${a} <b>bold</b>\n  text</p>'), '<p>${a} <b>bold</b> text</p>');
    assert.equal(
      html('<label for="x"\n  >${t} <span class="req">*</span></label\n>'),
      '<label for="x">${t} <span class="req">*</span></label>',
    );
  });

  it('keeps <pre> and <textarea> content as written, minifying their tags', () => {
    assert.equal(html('<pre\n  class="c">  a\n  b </pre>'), '<pre class="c">  a\n  b </pre>');
    assert.equal(html('<textarea\n  rows="6"\n>  keep </textarea>'), '<textarea rows="6">  keep </textarea>');
  });

  it('keeps > inside quoted attribute values and drops comments', () => {
    assert.equal(html('<p title="a > b"  >x</p><!-- note -->'), '<p title="a > b">x</p>');
  });

  it('minifies templates nested in expressions', () => {
    assert.equal(
      html('<ul>\n  ${items.map((i) => html`<li>\n  ${i}\n</li>`)}\n</ul>'),
      '<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>',
    );
  });
});

describe('minifyTemplates: css', () => {
  it('drops comments and whitespace, keeps what matters', () => {
    assert.equal(
      css(':host {\n  /* a */\n  margin: 0 0 0.5rem;\n  color: red !important;\n}\n.a,\n.b { gap: 0.25rem 1rem; }'),
      ':host{margin:0 0 .5rem;color:red!important}.a,.b{gap:.25rem 1rem}',
    );
  });

  it('shortens values and selectors without changing them', () => {
    assert.equal(
      css(
        ":host([layout='full']) .a { margin: calc(var(--g) * 1.25) 0; aspect-ratio: 4 / 3; letter-spacing: -0.01em; }",
      ),
      ':host([layout=full]) .a{margin:calc(var(--g)*1.25) 0;aspect-ratio:4/3;letter-spacing:-.01em}',
    );
    assert.equal(css('.a { color: #ffffff; background: #fffffe; }'), '.a{color:#fff;background:#fffffe}');
    // A universal selector and `+` in calc keep their spaces; so do quoted values.
    assert.equal(
      css('.a * .b { inline-size: calc(1rem + 2px); content: "a b"; }'),
      '.a * .b{inline-size:calc(1rem + 2px);content:"a b"}',
    );
    assert.equal(css('[title="two words"] { x: 0 }'), '[title="two words"]{x:0}');
  });
});

describe('minifyTemplates: what counts as a template', () => {
  it('minifies a template literal after a css block comment (CSS built without Lit)', () => {
    assert.equal(
      minifyTemplates('const a = unsafeCSS(/* css */ `\n  .a {\n    margin: 0.5rem;\n  }\n`);'),
      'const a = unsafeCSS(/* css */ `.a{margin:.5rem}`);',
    );
  });

  it('never takes text in comments for a template', () => {
    const source = "/** Lit's `css` tag, or `html` ones. */\nconst b = html`<p>\n  x\n</p>`; // see css`a`\n";
    assert.equal(minifyTemplates(source), source.replace('<p>\n  x\n</p>', '<p>x</p>'));
  });
});
