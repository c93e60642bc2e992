import { defineConfig, devices } from '@playwright/test'

// The e2e suite runs the built app through the real Talon server, pointed at a standalone demo
// panel (PANEL_URL mode, exactly as with a real panel). The demo panel runs with its fault switch
// on so tests can reset state and inject failures through its /__demo routes.
// E2E_PORT and E2E_DIST let several checkouts or engineers run the suite side by side.
export const TALON_PORT = Number(process.env.E2E_PORT ?? 4180)
export const PANEL_PORT = TALON_PORT + 1
export const PANEL_URL = `http://127.0.0.1:${PANEL_PORT}`

export default defineConfig({
  testDir: './e2e',
  // Separate artifact folders per port, so side-by-side runs never delete each other's traces.
  outputDir: process.env.E2E_PORT
    ? `reports/playwright-artifacts-${process.env.E2E_PORT}`
    : 'reports/playwright-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${TALON_PORT}`,
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
  webServer: [
    {
      command: 'node --import tsx server/demo-panel/main.ts',
      url: `${PANEL_URL}/sanctum/csrf-cookie`,
      env: {
        DEMO_PANEL_PORT: String(PANEL_PORT),
        DEMO_PANEL_FAULTS: '1',
        DEMO_SERVERS: '250',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The production artefact: the server compiled to JavaScript, with production's flags.
      command:
        'node scripts/build-server.mjs && node --enable-source-maps --max-semi-space-size=4 dist-server/main.js',
      url: `http://127.0.0.1:${TALON_PORT}/`,
      env: {
        PORT: String(TALON_PORT),
        PANEL_URL,
        DIST: process.env.E2E_DIST ?? 'dist',
        // e2e/faults.spec.ts: a hanging panel becomes Talon's 504 after 4 s, not 30 s.
        UPSTREAM_TIMEOUT_MS: '4000',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
