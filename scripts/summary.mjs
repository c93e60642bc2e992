// Reads the JSON reports of vitest and Playwright and prints one counted line per runner.
// Usage: node scripts/summary.mjs vitest reports/vitest.json  |  playwright reports/playwright.json
import { existsSync, readFileSync } from 'node:fs'

const [kind, file] = process.argv.slice(2)
if (!kind || !file) {
  console.error('usage: summary.mjs <vitest|playwright> <report.json>')
  process.exit(2)
}
if (!existsSync(file)) {
  console.log(`${kind}: 0 passed, 1 failed, 0 skipped (no report: the runner did not finish)`)
  process.exit(1)
}
const r = JSON.parse(readFileSync(file, 'utf8'))
const [passed, failed, skipped] =
  kind === 'vitest'
    ? // A file that fails to load has no failed test but fails the run: count it as one failure.
      [
        r.numPassedTests,
        r.numFailedTests + (!r.success && r.numFailedTests === 0 ? 1 : 0),
        r.numPendingTests + (r.numTodoTests ?? 0),
      ]
    : [r.stats.expected + r.stats.flaky, r.stats.unexpected, r.stats.skipped]
console.log(`${kind}: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
