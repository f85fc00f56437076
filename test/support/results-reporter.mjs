// A @web/test-runner reporter that prints nothing and writes the counts of a run as JSON to
// $WTR_RESULTS (set by scripts/test.mjs), so `npm test` can sum browser and node suites:
//   { passed, failed, skipped, browsers: { Chromium: { passed, failed, skipped } , … } }
// A test counts once per browser. Errors outside any test (a module that fails to load,
// an uncaught error, a browser that never reported) count as one failure each. A file whose
// browser never reported at all ("did not finish within testsFinishTimeout") is also listed in
// `hung: [{ browser, file }]`, so that scripts/test.mjs can run it again, alone, once.
import { writeFileSync } from 'node:fs';

function countSuite(suite, c) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) c.skipped++;
    else if (t.passed) c.passed++;
    else c.failed++;
  }
  for (const s of suite.suites ?? []) countSuite(s, c);
}

/** Whether a suite (or one under it) holds any test result. */
countSuite.any = (suite) => !!suite && ((suite.tests ?? []).length > 0 || (suite.suites ?? []).some(countSuite.any));

export function resultsReporter({ file = process.env.WTR_RESULTS } = {}) {
  const write = (sessions) => {
    if (!file) return;
    const total = { passed: 0, failed: 0, skipped: 0, browsers: {}, hung: [] };
    for (const session of sessions) {
      const hung = (session.errors ?? []).some((e) => /did not finish within/.test(e.message ?? ''));
      if (hung && !countSuite.any(session.testResults))
        total.hung.push({ browser: session.browser.name, file: session.testFile });
      const c = { passed: 0, failed: 0, skipped: 0 };
      countSuite(session.testResults, c);
      c.failed += session.errors?.length ?? 0;
      if (session.passed === false && c.failed === 0) c.failed = 1;
      const b = (total.browsers[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
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
