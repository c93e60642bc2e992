import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

// The e2e suite runs the built app through the real Talon server, pointed at a demo panel
// (PANEL_URL mode, exactly as with a real panel) with its fault switch on, so tests can reset
// state, inject failures and move the panel's clock through its /__demo routes. Each worker starts
// its own panel and Talon on ephemeral ports (e2e/test-kit.ts), so tests run in parallel and
// side-by-side runs never collide. See docs/browser-tests.md.

/** The built app every worker's Talon serves (`npm run build` first); E2E_DIST points elsewhere. */
export const DIST = path.resolve(import.meta.dirname, process.env.E2E_DIST ?? 'dist')
/** A hanging panel becomes Talon's 504 after this long (e2e/faults.spec.ts), not 30 s. */
export const UPSTREAM_TIMEOUT_MS = 2_000

export default defineConfig({
  testDir: './e2e',
  // Separate artifact folders per E2E_PORT (kept as a run's name), so side-by-side runs never
  // delete each other's traces.
  outputDir: process.env.E2E_PORT
    ? `reports/playwright-artifacts-${process.env.E2E_PORT}`
    : 'reports/playwright-artifacts',
  // Every test gets a freshly reset panel of its own worker, so any test may run beside any other.
  fullyParallel: true,
  // On the 2-core machines 2, 3 and 4 workers took the same wall time (the suite is CPU-bound
  // there; docs/browser-tests.md); 2 uses the least memory and starves each worker least.
  // E2E_WORKERS overrides (or --workers).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // A limit, not a wait: the axe scans are CPU-bound, and parallel workers share two cores (with
  // whatever else runs there), so a scan-heavy test can take 30 s without anything being wrong.
  timeout: 60_000,
  // About five minutes normally: a run that hangs fails here rather than using up CI's 90 minutes.
  globalTimeout: 30 * 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list']],
  use: {
    // baseURL is each worker's own Talon (e2e/test-kit.ts).
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium; Playwright's own browser download cannot work on these machines.
        launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      },
    },
  ],
})
