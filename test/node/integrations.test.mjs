// The editor and framework integrations generated from custom-elements.json
// (scripts/integrations.mjs): what VS Code and the typings get from the manifest. Whether the
// typings work is proven by the framework examples (test/e2e/frameworks.test.mjs); here, that
// the generator reads the manifest right and refuses what it cannot type.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { elementsOf, renderIntegrations } from '../../scripts/integrations.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(await readFile(resolve(ROOT, 'custom-elements.json'), 'utf8'));
const tags = elementsOf(manifest).map((e) => e.tagName);

describe('integrations generated from custom-elements.json', () => {
  let files;
  before(async () => {
    files = await renderIntegrations(manifest);
  });

  it('the committed files are what the generator writes (else `npm run analyze`)', async () => {
    for (const [file, text] of Object.entries(files)) {
      assert.equal(await readFile(resolve(ROOT, file), 'utf8'), text, `${file} is stale`);
    }
  });

  it('VS Code HTML data: every tag, its attributes, the values of union types, boolean attributes', () => {
    const data = JSON.parse(files['vscode.html-custom-data.json']);
    assert.equal(data.version, 1.1);
    assert.deepEqual(
      data.tags.map((t) => t.name),
      tags,
    );
    const attribute = (tag, name) =>
      data.tags.find((t) => t.name === tag).attributes.find((a) => a.name === name) ?? assert.fail(`${tag} ${name}`);
    assert.deepEqual(attribute('blog-article', 'layout').values, [
      { name: 'card' },
      { name: 'full' },
      { name: 'compact' },
    ]);
    assert.deepEqual(attribute('blog-comments', 'order').values, [{ name: 'oldest' }, { name: 'newest' }]);
    assert.deepEqual(attribute('blog-likes', 'theme').values, [{ name: 'auto' }, { name: 'light' }, { name: 'dark' }]);
    assert.equal(attribute('blog-article', 'excerpt').valueSet, 'v');
    assert.equal(attribute('blog-likes', 'max-avatars').valueSet, undefined);
    assert.match(attribute('blog-likes', 'max-avatars').description.value, /Type: `number`/);
    const likes = data.tags.find((t) => t.name === 'blog-likes').description;
    assert.equal(likes.kind, 'markdown');
    assert.match(likes.value, /Events: `blog-like`, `blog-load`, `blog-error`/);
  });

  it('VS Code CSS data: every custom property and part, each saying which elements have it', () => {
    const data = JSON.parse(files['vscode.css-custom-data.json']);
    const names = data.properties.map((p) => p.name);
    for (const element of elementsOf(manifest)) {
      for (const p of element.cssProperties ?? []) assert.ok(names.includes(p.name), p.name);
    }
    const base = data.pseudoElements.find((p) => p.name === '::part(base)');
    for (const tag of tags) assert.match(base.description.value, new RegExp(`\`<${tag}>\``));
  });

  it('framework typings: one entry per tag, properties typed by their class, events by their own class', () => {
    for (const file of ['frameworks/react.d.ts', 'frameworks/vue.d.ts', 'frameworks/svelte.d.ts']) {
      const text = files[file];
      for (const element of elementsOf(manifest))
        assert.match(text, new RegExp(`'${element.tagName}': \\w+<BW\\.${element.name},`));
      assert.match(text, /likes\?: BW\.BlogLikes\['likes'\] \| undefined;/);
      assert.match(text, /'blog-like': BW\.BlogLikeEvent;/);
      assert.match(text, /'blog-load': BW\.BlogLikesLoadEvent;/); // narrowed from BlogLoadEvent
      assert.doesNotMatch(text, /showNotify\?|author\?: BW\.BlogAuthor/, 'read-only properties are not settable');
    }
  });

  it('refuses an event type the package does not export', async () => {
    const broken = structuredClone(manifest);
    const likes = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'blog-likes');
    likes.events[0].type.text = 'SecretEvent';
    await assert.rejects(
      renderIntegrations(broken),
      /fires `blog-like` as SecretEvent, which src\/index\.ts does not export/,
    );
  });
});
