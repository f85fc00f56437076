// The sanitizer's pre-pass (defang) and the sanitizer around it: what a strict CSP would report
// even in an inert document never reaches the parser, and nothing else of the markup changes.
import { expect } from '@open-wc/testing';
import { defang, sanitize } from '../src/internal/sanitize.js';

describe('defang (before parsing)', () => {
  const cases: [string, string][] = [
    ['<img src=x onerror=alert(1)>', '<img src=x>'],
    ['<a onclick="a>b" href="x>y">t</a>', '<a href="x>y">t</a>'],
    ['<IMG SRC=x ONERROR=\'alert(1)\' alt="o">', '<IMG SRC=x alt="o">'],
    ['<p style=color:red onmouseover=x>u', '<p>u'],
    ['<p/onclick=alert(1)>slash</p>', '<p>slash</p>'],
    ['<img src="a" onerror', '<img src="a">'],
    ['<style>*{color:red}</style>after', 'after'],
    ['<script>alert("<b>")</script>after', 'after'],
    ['<STYLE>x</STYLE >y', 'y'],
    ['<textarea><img onerror=1></textarea>z', 'z'],
    ['<style>never closed <p>', ''],
  ];
  for (const [input, output] of cases) {
    it(`${input} → ${output || '(nothing)'}`, () => expect(defang(input)).to.equal(output));
  }

  it('leaves text, entities, comments, end tags and other attributes as they are', () => {
    const text = 'a < b, x &lt; y &amp; “on” <!-- note --> <br/> <a title=\'on\' href="/x">on=1</a> </p>';
    expect(defang(text)).to.equal(text.replace('<br/>', '<br />'));
  });

  it('is linear: a long hostile run finishes', () => {
    const long = '<p onclick=1 style=x>'.repeat(20_000);
    expect(defang(long)).to.equal('<p>'.repeat(20_000));
  });
});

describe('sanitize', () => {
  it('keeps allowed markup and drops handlers, styles and scripts', () => {
    const out = sanitize('<p style="color:red">Hi <em onclick=x>there</em><script>1</script><style>p{}</style></p>');
    const div = document.createElement('div');
    div.append(out);
    expect(div.innerHTML).to.equal('<p>Hi <em>there</em></p>');
  });

  it('user content: links get rel="nofollow ugc noopener", javascript: links lose their href', () => {
    const div = document.createElement('div');
    div.append(sanitize('<a href="https://e.com">ok</a><a href="javascript:alert(1)">bad</a>', { ugc: true }));
    const [ok, bad] = Array.from(div.querySelectorAll('a'));
    expect(ok!.getAttribute('rel')).to.equal('nofollow ugc noopener');
    expect(bad!.hasAttribute('href')).to.equal(false);
  });
});
