// Counts browser test results for test/run.js. The runner's own summary sits inside a progress
// bar and reads "0 passed, 0 failed" when a file fails to import; this counts a file that failed
// to load (or errored outside a test) as a failure, so the closing line is honest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${test.name}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * @param {{ outFile: string, printSummary?: boolean }} options `printSummary`: also print the plain
 *   closing line `N passed, N failed[, N skipped]` as the process exits (for runs without test/run.js)
 */
export function countReporter({ outFile, printSummary = false }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        if (session.errors.length > 0) {
          counts.failed++;
          counts.failures.push(`${session.testFile}: ${session.errors[0].message}`);
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts, null, 2));
      if (printSummary) {
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        process.once('exit', () => console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`));
      }
    },
  };
}
