// The safe `define` (src/internal/define.ts): a second copy of the library never throws, and a
// copy of another version says so in the console. Throw-away classes and tags, not the elements.
import { expect } from '@open-wc/testing';
import { define, type VersionedElement } from '../src/internal/define.js';

const versioned = (version?: string): VersionedElement =>
  Object.assign(class extends HTMLElement {}, version === undefined ? {} : { version });

/** Runs `body` with console.warn captured; returns what was warned. */
function warnings(body: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    body();
  } finally {
    console.warn = original;
  }
  return calls;
}

let n = 0;
const tag = (): string => `define-test-${(n += 1)}`;

describe('define', () => {
  it('registers a tag that is free', () => {
    const name = tag();
    const ctor = versioned('1.0.0');
    expect(warnings(() => define(name, ctor))).to.deep.equal([]);
    expect(customElements.get(name)).to.equal(ctor);
  });

  it('skips the same class and another copy of the same version silently', () => {
    const name = tag();
    const first = versioned('1.0.0');
    define(name, first);
    expect(warnings(() => define(name, first))).to.deep.equal([]);
    expect(warnings(() => define(name, versioned('1.0.0')))).to.deep.equal([]);
    expect(customElements.get(name)).to.equal(first);
  });

  it('keeps the first of two versions and names both in a warning', () => {
    const name = tag();
    const first = versioned('1.0.0');
    define(name, first);
    const [warning, ...more] = warnings(() => define(name, versioned('2.0.0')));
    expect(more).to.deep.equal([]);
    expect(String(warning?.[0])).to.include(`<${name}>`).and.include('1.0.0').and.include('2.0.0');
    expect(customElements.get(name)).to.equal(first);
  });

  it('names a definition without a version "unknown"', () => {
    const name = tag();
    customElements.define(name, class extends HTMLElement {});
    const [warning] = warnings(() => define(name, versioned('2.0.0')));
    expect(String(warning?.[0])).to.include('unknown').and.include('2.0.0');
  });

  it('warns instead of throwing when the registry refuses', () => {
    const ctor = versioned('1.0.0');
    define(tag(), ctor);
    // The same constructor under a second name: customElements.define throws NotSupportedError.
    const [warning] = warnings(() => define(tag(), ctor));
    expect(String(warning?.[0])).to.include('could not be defined');
  });
});
