import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test as base, type Page } from '@playwright/test'
import * as OTPAuth from 'otpauth'

import { DIST, UPSTREAM_TIMEOUT_MS } from '../playwright.config'
import { createTalonApp } from '../server/app'
import { listenTalon } from '../server/listen'
import { createWingsRelay } from '../server/wings-relay'
import type { FaultRuleBody } from '../server/demo-panel/faults'
import { startDemoPanel } from '../server/demo-panel/serve'

export const DEMO = { user: 'demo', email: 'demo@example.com', password: 'demo-password' }
export const SECURE = {
  user: 'secure',
  email: 'secure@example.com',
  password: 'secure-password',
  secret: 'JBSWY3DPEHPK3PXP',
}
export const ADMIN = { user: 'admin', email: 'admin@example.com', password: 'admin-password' }

/** The servers one Playwright worker runs its tests against (started once per worker). */
export interface Stack {
  /** The worker's own demo panel (faults on), e.g. http://127.0.0.1:41234. */
  panelUrl: string
  /** The worker's own Talon, serving `dist/` and forwarding to that panel; every test's baseURL. */
  talonUrl: string
}

/**
 * Drives the worker's demo panel through its test-only control routes (`faults: true`). Tests of
 * one worker run one after another, so a test owns the panel while it runs.
 */
export interface PanelControl {
  /** Fresh seed state: every session, key, fault and rate-limit counter gone (the clock stays). */
  reset(): Promise<void>
  /** Injects a fault (server/demo-panel/faults.ts): `path` is a regular expression's source. */
  fault(rule: FaultRuleBody): Promise<void>
  clearFaults(): Promise<void>
  /** The panel's time (epoch ms). It runs ahead of the real time by whatever tests advanced. */
  now(): Promise<number>
  /** Moves the panel's clock forward (caches, power transitions, lockouts, rate budgets). */
  advance(ms: number): Promise<void>
  /** A TOTP code for `secret` at the panel's time, as an authenticator app would show it. */
  totp(secret: string): Promise<string>
}

/**
 * The browser's clock and the panel's, moved together. Using this fixture installs Playwright's
 * fake clock in the page (before the test's first navigation) set to the panel's time; it then
 * runs on its own like a real one until the test moves it.
 */
export interface Clocks {
  /**
   * Moves the panel's clock, then the browser's, forward by `ms`: what the panel would show by
   * then is ready before the page's timers (polling, retries, countdowns) fire and ask for it.
   */
  advance(ms: number): Promise<void>
  /**
   * Moves both clocks forward `stepMs` at a time until `check` passes (give it a short timeout):
   * for a page waiting on a timer it only sets once an answer arrives (a query's retry after a
   * failure, the next poll), a moment the test cannot see. Throws `check`'s error after `limitMs`.
   */
  advanceUntil(
    check: () => Promise<unknown>,
    options?: { stepMs?: number; limitMs?: number },
  ): Promise<void>
}

/**
 * Serves Talon for `panelUrl` on an ephemeral port, the way `server/main.ts` serves it (its app,
 * on @hono/node-server). Keep the two in step: whatever main.ts adds to its HTTP server (listener
 * limits, the Wings relay's 'upgrade' handler) belongs here too, ideally through one shared
 * function.
 */
async function startTalon(panelUrl: string): Promise<{ url: string; server: Server }> {
  // As server/main.ts does: the same app, listener limits and Wings relay.
  const wingsRelay = createWingsRelay({ panelOrigin: panelUrl, trustProxy: false })
  const app = createTalonApp({
    panelUrl,
    dist: DIST,
    trustProxy: false,
    upstreamTimeoutMs: UPSTREAM_TIMEOUT_MS,
    wingsRelay,
  })
  const server = await listenTalon(app, { port: 0, host: '127.0.0.1', wingsRelay })
  server.once('close', () => wingsRelay.close())
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

function panelControl(url: string): PanelControl {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`).toBe(true)
    return res
  }
  const now = async () =>
    ((await (await call('GET', '/__demo/clock')).json()) as { now: number }).now
  return {
    reset: async () => void (await call('POST', '/__demo/reset')),
    fault: async (rule) => void (await call('POST', '/__demo/faults', rule)),
    clearFaults: async () => void (await call('DELETE', '/__demo/faults')),
    now,
    advance: async (ms) => void (await call('POST', '/__demo/clock', { advanceMs: ms })),
    totp: async (secret) =>
      new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
        timestamp: await now(),
      }),
  }
}
export async function signIn(page: Page, user: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('Username or email').fill(user)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Everything the page keeps in localStorage, sessionStorage and IndexedDB, as one string. */
export async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const idb: Record<string, unknown> = {}
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error ?? new Error('open failed'))
      })
      for (const store of Array.from(db.objectStoreNames)) {
        idb[`${info.name}/${store}`] = await new Promise((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error ?? new Error('read failed'))
        })
      }
      db.close()
    }
    return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, idb })
  })
}

/**
 * One demo panel and one Talon per worker, started in the worker's own process the way
 * `server/main.ts` starts them, on ephemeral ports: workers never share state, and side-by-side
 * runs never collide. Every test starts from a fresh panel (`panel.reset()`) and fails on any
 * console error or uncaught page error (which is how CSP violations and React crashes show up).
 */
export const test = base.extend<
  { panel: PanelControl; clock: Clocks; consoleErrors: string[] },
  { stack: Stack }
>({
  // Playwright calls the second argument `use`; it is `provide` here so the React hooks lint rule
  // does not take it for React's use().
  stack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, provide) => {
      const demo = await startDemoPanel({ faults: true, adminServers: 250, port: 0 })
      const talon = await startTalon(demo.url)
      await provide({ panelUrl: demo.url, talonUrl: talon.url })
      // Hanging fault requests would otherwise keep close() waiting.
      talon.server.closeAllConnections()
      await new Promise<void>((resolve) => talon.server.close(() => resolve()))
      await demo.close()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ stack }, provide) => provide(stack.talonUrl),
  panel: async ({ stack }, provide) => provide(panelControl(stack.panelUrl)),
  clock: async ({ page, panel }, provide) => {
    await page.clock.install({ time: await panel.now() })
    const advance = async (ms: number) => {
      await panel.advance(ms)
      await page.clock.fastForward(ms)
    }
    await provide({
      advance,
      advanceUntil: async (check, { stepMs = 1_000, limitMs = 120_000 } = {}) => {
        for (let moved = 0; ; moved += stepMs) {
          try {
            await check()
            return
          } catch (error) {
            if (moved >= limitMs) throw error
          }
          await advance(stepMs)
        }
      },
    })
  },
  consoleErrors: [
    async ({ page, panel }, provide) => {
      await panel.reset()
      const errors: string[] = []
      page.on('console', (msg) => {
        // Failed requests the app handles (401 on a deep link, 4xx from the panel) are logged by
        // Chromium itself as "Failed to load resource"; those are expected, not app errors.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
          errors.push(msg.text())
      })
      page.on('pageerror', (err) => errors.push(err.message))
      await provide(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
