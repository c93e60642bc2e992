import type { DemoPanelOptions } from './types'

/**
 * The demo panel's settings from the environment, in one place for `npm start`, `npm run dev`
 * and `npm run demo-panel`. A bad value stops the start with a message naming the variable,
 * rather than seeding NaN servers.
 *
 * DEMO_SERVERS (250): servers the admin account sees; DEMO_PANEL_FAULTS=1: the /__demo test
 * routes (fault injection, reset, clock); DEMO_PANEL_LEGACY_2FA=1: the ≤ v1.11.7 2FA routes.
 */
export function demoOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DemoPanelOptions {
  return {
    adminServers: nonNegativeInteger(env, 'DEMO_SERVERS', 250),
    faults: flag(env, 'DEMO_PANEL_FAULTS'),
    legacyTwoFactor: flag(env, 'DEMO_PANEL_LEGACY_2FA'),
  }
}

export function nonNegativeInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  if (!/^\d+$/.test(raw.trim())) {
    throw new Error(`${name} must be a whole number of 0 or more (got "${raw}")`)
  }
  return Number(raw.trim())
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '' || raw === '0') return false
  if (raw === '1') return true
  throw new Error(`${name} must be 1 or 0 (got "${raw}")`)
}
