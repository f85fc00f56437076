// Loaded into every test page before the test framework (testRunnerHtml in
// web-test-runner.config.js). A form submission or a link click that nobody prevented would
// navigate the test page away and end the whole test file: Firefox and WebKit then report
// "Tests were interrupted", but Chromium only times out after testsFinishTimeout (120 s)
// with no result for any test in the file. Instead, cancel that navigation and fail the
// running test at once, saying what happened. Handlers that prevent on purpose run first if
// they sit on the form, an ancestor or document (not on window: this listener is there first).
// It also fails the test that opens a dialog, and lets wtr report a failed assertion on a DOM
// node (both below).
/** Fails the running test (an uncaught error, thrown outside the caller). */
const failSoon = (message) =>
  setTimeout(() => {
    throw new Error(message);
  });
const fail = (what) =>
  failSoon(
    `${what} was not prevented and would have navigated the test page away ` +
      '(call event.preventDefault(), or give buttons type="button").',
  );

addEventListener('submit', (event) => {
  if (event.defaultPrevented) return;
  event.preventDefault();
  fail(`Submitting the form ${event.target.outerHTML.slice(0, 80)}…`);
});

addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  const a = event.composedPath().find((n) => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
  if (!a || a.hasAttribute('download') || (a.target && a.target !== '_self')) return;
  const to = new URL(a.href, location.href);
  if (to.origin === location.origin && to.pathname === location.pathname && to.search === location.search) return; // #hash
  event.preventDefault();
  fail(`Following the link to ${a.href}`);
});

// A dialog (alert, confirm, prompt, print) blocks the page until someone answers it, and then
// the whole file times out with no result. No element may open one, and a hostile payload that
// runs would typically call alert(): fail the running test at once, naming it.
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => {
    failSoon(
      `window.${name}(${args.map((a) => JSON.stringify(String(a))).join(', ')}) was called: a dialog would block the test page`,
    );
    return name === 'confirm' ? false : null;
  };
}

// A failed assertion whose actual or expected value is a DOM node, a function or the window
// (`expect(img).to.equal(null)`) cannot go through the structuredClone() that wtr's socket
// code calls on the results: it throws a DataCloneError, the results never leave the page,
// and wtr reports only "did not finish within 120000ms" for the whole file, with no test
// named (modernweb-dev/web#2967, open-wc/open-wc#2880). Such values are sent as text instead.
const clone = window.structuredClone.bind(window);
const describe = (value) => {
  if (value instanceof Node) return value instanceof Element ? value.outerHTML.slice(0, 300) : `[${value.nodeName}]`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  return `[${Object.prototype.toString.call(value).slice(8, -1)}]`;
};
const cloneable = (value, seen = new Map()) => {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function' || value instanceof Node || value === window) return describe(value);
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
    const out = Array.isArray(value) ? [] : {};
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = cloneable(value[key], seen);
    return out;
  }
  try {
    return clone(value); // Date, RegExp, Map, an Error…
  } catch {
    return describe(value);
  }
};
window.structuredClone = (value, options) => {
  try {
    return clone(value, options);
  } catch (error) {
    if (error?.name !== 'DataCloneError') throw error;
    return clone(cloneable(value), options);
  }
};
