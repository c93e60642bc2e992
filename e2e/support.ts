import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test'
import * as OTPAuth from 'otpauth'
import { PANEL_URL } from '../playwright.config'

export const DEMO = { user: 'demo', email: 'demo@example.com', password: 'demo-password' }
export const SECURE = {
  user: 'secure',
  email: 'secure@example.com',
  password: 'secure-password',
  secret: 'JBSWY3DPEHPK3PXP',
}
export const ADMIN = { user: 'admin', email: 'admin@example.com', password: 'admin-password' }

/** Drives the demo panel's test-only control routes (enabled by DEMO_PANEL_FAULTS=1). */
export const panel = {
  async reset(request: APIRequestContext) {
    const res = await request.post(`${PANEL_URL}/__demo/reset`)
    expect(res.status()).toBe(204)
  },
  async fault(
    request: APIRequestContext,
    fault: {
      path: string
      method?: string
      status?: number
      retryAfter?: number
      latencyMs?: number
      malformed?: boolean
      hang?: boolean
      times?: number
    },
  ) {
    const res = await request.post(`${PANEL_URL}/__demo/faults`, { data: fault })
    expect(res.status()).toBe(204)
  },
  async clearFaults(request: APIRequestContext) {
    const res = await request.delete(`${PANEL_URL}/__demo/faults`)
    expect(res.status()).toBe(204)
  },
}

/** A TOTP code for `secret` now, as an authenticator app would show it. */
export function totp(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate()
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
 * Every test starts from a fresh demo panel and fails on any console error or uncaught page error
 * (which is how CSP violations and React crashes show up).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, request }, use) => {
      await panel.clearFaults(request)
      await panel.reset(request)
      const errors: string[] = []
      page.on('console', (msg) => {
        // Failed requests the app handles (401 on a deep link, 4xx from the panel) are logged by
        // Chromium itself as "Failed to load resource"; those are expected, not app errors.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
          errors.push(msg.text())
      })
      page.on('pageerror', (err) => errors.push(err.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
