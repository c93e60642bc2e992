// The demo panel's public types. Dependency-free on purpose: the SPA's test setup
// (src/test-kit/msw.ts) imports them with `import type` without pulling the panel's Node code (and
// Node's global types) into the app's type-check.

import type { DemoClock } from './clock'

export interface DemoPanelOptions {
  /** Default 'Pterodactyl' → session cookie `pterodactyl_session`, otpauth issuer. */
  appName?: string
  /** How many servers `type=admin-all` shows the admin (default 250). */
  adminServers?: number
  /** Enables the /__demo/* control routes (faults, reset, stats). */
  faults?: boolean
  /** Act like a panel ≤ v1.11.7: DELETE /account/two-factor?password=…, no POST /disable. */
  legacyTwoFactor?: boolean
  /** api.client requests per user per minute (default 720). */
  rateLimit?: number
  /** Clock in ms (tests that move time themselves), default Date.now. Ignored with `clock`. */
  now?: () => number
  /** The clock the panel and its fake Wings share (clock.ts); tests pass a manual one. */
  clock?: DemoClock
}

export interface DemoPanel {
  fetch(request: Request, env?: { ip?: string }): Promise<Response>
}
