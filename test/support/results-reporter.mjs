// A @web/test-runner reporter that prints nothing and writes the counts of a run as JSON to
// $WTR_RESULTS (set by scripts/test.mjs), so `npm test` can sum browser and node suites:
//   { passed, failed, skipped, browsers: { Chromium: { passed, failed, skipped } , … },
//     failures: [{ browser, file, test, error }],
//     files: [{ browser, file, passed, failed, skipped, hung }], hung: [{ browser, file }] }
// A test counts once per browser. Errors outside any test (a module that fails to load,
// an uncaught error, a browser that never reported) count as one failure each. Every failure
// is listed by browser, file, test title and the first line of its error, so the last lines
// of a CI log name what failed even when the log above is cut; `files` has the counts of each
// file in each browser, so scripts/test.mjs can run a failed file again alone. A file whose
// browser never reported at all ("did not finish within testsFinishTimeout") is also in `hung`.
import { writeFileSync } from 'node:fs';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((l) => l.trim()) ?? '';

function countSuite(suite, c, failures, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests ?? []) {
    if (t.skipped) c.skipped++;
    else if (t.passed) c.passed++;
    else {
      c.failed++;
      failures.push({ test: [...here, t.name].join(' › '), error: firstLine(t.error?.message ?? t.error?.stack) });
    }
  }
  for (const s of suite.suites ?? []) countSuite(s, c, failures, here);
}

/** Whether a suite (or one under it) holds any test result. */
const anyResult = (suite) => !!suite && ((suite.tests ?? []).length > 0 || (suite.suites ?? []).some(anyResult));

export function resultsReporter({ file = process.env.WTR_RESULTS } = {}) {
  const write = (sessions) => {
    if (!file) return;
    const total = { passed: 0, failed: 0, skipped: 0, browsers: {}, failures: [], files: [], hung: [] };
    for (const session of sessions) {
      const browser = session.browser.name;
      const where = { browser, file: session.testFile };
      const hung = (session.errors ?? []).some((e) => /did not finish within/.test(e.message ?? ''));
      if (hung && !anyResult(session.testResults)) total.hung.push(where);
      const c = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      countSuite(session.testResults, c, failures);
      for (const e of session.errors ?? []) failures.push({ test: '(outside any test)', error: firstLine(e.message) });
      c.failed += session.errors?.length ?? 0;
      if (session.passed === false && c.failed === 0) {
        c.failed = 1;
        failures.push({ test: '(the file)', error: 'the session failed without a failing test or error' });
      }
      for (const f of failures) total.failures.push({ ...where, ...f });
      total.files.push({ ...where, ...c, hung });
      const b = (total.browsers[browser] ??= { passed: 0, failed: 0, skipped: 0 });
      for (const k of ['passed', 'failed', 'skipped']) {
        b[k] += c[k];
        total[k] += c[k];
      }
    }
    writeFileSync(file, JSON.stringify(total, null, 2));
  };
  return {
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
  };
}
