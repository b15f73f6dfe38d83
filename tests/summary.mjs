// Totals the unit (vitest) and end-to-end (Playwright) JSON reports into one plain line.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

/** Adds a vitest JSON report; a missing one counts as a failure when it was required. */
function addVitest(file, required) {
  const unit = read(file);
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
    // A file that failed to load counts as a failure even though none of its tests ran.
    failed += unit.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  } else if (required) failed += 1;
}
addVitest('test-results/unit-results.json', true);
// The team tests' second run, against another PostgreSQL (CI: the machine's PostgreSQL 15).
addVitest('test-results/team-second-pg-results.json', Boolean(process.env.ACCORDS_TEAM_SECOND_PG));

for (const file of ['test-results/e2e-results.json', 'test-results/electron-results.json']) {
  const report = read(file);
  if (!report) {
    if (file.includes('e2e')) failed += 1;
    continue;
  }
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  skipped += report.stats.skipped;
  failed += (report.errors ?? []).length;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
