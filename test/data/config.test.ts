// Page-level configuration: precedence (own attribute > ancestor attribute > configure() > meta),
// ancestors across shadow roots, and sources built from specs and shared per page.
import { expect } from '@open-wc/testing';
import { configure, onConfigChange, resolveConfig, toPostRef } from '../../src/data/config.js';
import { sourceFor } from '../../src/data/source-for.js';
import { LoadError } from '../../src/data/load-error.js';
import type { BlogSource } from '../../src/data/source.js';
import { StaticSource } from '../../src/data/static-source.js';
import { WordPressSource } from '../../src/data/wordpress-source.js';
import { instance, rejection } from './helpers.js';

const cleanup: (() => void)[] = [];

function meta(name: string, content: string): void {
  const el = document.createElement('meta');
  el.name = `blog-widgets:${name}`;
  el.content = content;
  document.head.append(el);
  cleanup.push(() => el.remove());
}

/** <div blog-source blog-post> › (shadow root) › <blog-comments>. */
function nested(attributes: Record<string, string> = {}): { wrapper: HTMLElement; el: HTMLElement } {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  const host = document.createElement('section');
  wrapper.append(host);
  const el = document.createElement('blog-comments');
  host.attachShadow({ mode: 'open' }).append(el);
  document.body.append(wrapper);
  cleanup.push(() => wrapper.remove());
  return { wrapper, el };
}

afterEach(() => {
  configure({ source: undefined, post: undefined });
  for (const undo of cleanup.splice(0)) undo();
});

describe('resolveConfig', () => {
  it('is empty when nothing is configured', () => {
    expect(resolveConfig(nested().el)).to.deep.equal({});
  });

  it('reads <meta name="blog-widgets:source|post">', () => {
    meta('source', 'wordpress:https://meta.example');
    meta('post', '42');
    expect(resolveConfig(nested().el)).to.deep.equal({ source: 'wordpress:https://meta.example', post: { id: '42' } });
  });

  it('configure() beats meta', () => {
    meta('source', 'wordpress:https://meta.example');
    meta('post', '42');
    configure({ source: 'static', post: 'https://blog.example/her/' });
    expect(resolveConfig(nested().el)).to.deep.equal({ source: 'static', post: { url: 'https://blog.example/her/' } });
  });

  it('an ancestor’s blog-source / blog-post beats configure(), across shadow roots', () => {
    meta('source', 'wordpress:https://meta.example');
    configure({ source: 'static', post: '1' });
    const { el } = nested({ 'blog-source': 'https://wrap.example/wp-json/', 'blog-post': '7' });
    expect(resolveConfig(el)).to.deep.equal({ source: 'https://wrap.example/wp-json/', post: { id: '7' } });
  });

  it('the closest ancestor wins', () => {
    const { wrapper, el } = nested({ 'blog-source': 'https://outer.example/wp-json/' });
    wrapper.firstElementChild!.setAttribute('blog-source', 'https://inner.example/wp-json/');
    expect(resolveConfig(el).source).to.equal('https://inner.example/wp-json/');
  });

  it('the element’s own value beats everything; source and post resolve separately', () => {
    meta('post', '42');
    configure({ source: 'static' });
    const { el } = nested({ 'blog-source': 'https://wrap.example/wp-json/', 'blog-post': '7' });
    expect(resolveConfig(el, { source: 'wordpress:https://own.example' })).to.deep.equal({
      source: 'wordpress:https://own.example',
      post: { id: '7' },
    });
    expect(resolveConfig(el, { post: '/2013/12/18/spike-jonzes-her/' })).to.deep.equal({
      source: 'https://wrap.example/wp-json/',
      post: { url: new URL('/2013/12/18/spike-jonzes-her/', document.baseURI).href },
    });
    const custom = new StaticSource({});
    expect(resolveConfig(el, { source: custom }).source).to.equal(custom);
  });

  it('empty values count as not set', () => {
    meta('source', 'static');
    configure({ post: '  ' });
    const { el } = nested({ 'blog-source': '', 'blog-post': ' ' });
    expect(resolveConfig(el, { source: '', post: '' })).to.deep.equal({ source: 'static' });
  });

  it('configure() merges, tells subscribers, and a key set to undefined clears it', () => {
    let calls = 0;
    const off = onConfigChange(() => calls++);
    configure({ source: 'static' });
    configure({ post: '3' });
    expect(resolveConfig(nested().el)).to.deep.equal({ source: 'static', post: { id: '3' } });
    configure({ source: undefined });
    expect(resolveConfig(nested().el)).to.deep.equal({ post: { id: '3' } });
    off();
    configure({ post: '4' });
    expect(calls).to.equal(3);
  });

  it('toPostRef: ids, and URLs resolved on the page', () => {
    expect(toPostRef('42')).to.deep.equal({ id: '42' });
    expect(toPostRef('her-review')).to.deep.equal({ id: 'her-review' });
    expect(toPostRef('https://blog.example/?p=4')).to.deep.equal({ url: 'https://blog.example/?p=4' });
    expect(toPostRef('/her/')).to.deep.equal({ url: new URL('/her/', document.baseURI).href });
  });
});

describe('sourceFor', () => {
  it('builds a WordPressSource from wordpress:, /wp-json and rest_route specs', async () => {
    const el = nested().el;
    const cases: [string, string][] = [
      ['wordpress:https://blog.example', 'https://blog.example/wp-json/wp/v2/posts'],
      ['https://two.example/wp-json/', 'https://two.example/wp-json/wp/v2/posts'],
      ['https://three.example/?rest_route=/', 'https://three.example/?rest_route=%2Fwp%2Fv2%2Fposts'],
      ['wordpress:https://four.example/?rest_route=/', 'https://four.example/?rest_route=%2Fwp%2Fv2%2Fposts'],
    ];
    for (const [spec, url] of cases) {
      const source = instance(await sourceFor(spec, el), WordPressSource);
      expect(source.kind).to.equal('wordpress');
      expect(source.url('/wp/v2/posts'), spec).to.equal(url);
    }
  });

  it('shares one instance per spec across elements', async () => {
    const a = await sourceFor('wordpress:https://shared.example', nested().el);
    const b = await sourceFor(' wordpress:https://shared.example ', nested().el);
    expect(a).to.equal(b);
    expect(await sourceFor('wordpress:https://other.example', nested().el)).not.to.equal(a);
  });

  it('static (or nothing) is the element’s own StaticSource, one per element', async () => {
    const { el } = nested();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"likes":{"count":5}}';
    el.append(script);
    const source = await sourceFor('static', el);
    expect(source).to.be.instanceOf(StaticSource);
    expect((await source.getLikes({})).count).to.equal(5);
    expect(await sourceFor('', el)).to.equal(source);
    expect(await sourceFor(undefined, el)).to.equal(source);
    expect(await sourceFor('static', nested().el)).not.to.equal(source);
  });

  it('passes a BlogSource object through', async () => {
    const custom: BlogSource = new StaticSource({});
    expect(await sourceFor(custom, nested().el)).to.equal(custom);
  });

  it('any other http(s) URL is the companion service; anything else is a LoadError invalid', async () => {
    const { ServerSource } = await import('../../src/data/server-source.js');
    const el = nested().el;
    const source = await sourceFor('https://comments.example/api', el);
    expect(source.kind).to.equal('server');
    expect(instance(source, ServerSource).root).to.equal('https://comments.example/api/');
    expect(await sourceFor('https://comments.example/api', nested().el)).to.equal(source, 'one per spec per page');
    const unknown = await rejection(sourceFor('ftp-ish', nested().el), LoadError);
    expect(unknown).to.deep.include({ kind: 'invalid', code: 'blog_widgets_unknown_source' });
    expect(unknown.message).to.contain('unknown source "ftp-ish"');
  });
});
