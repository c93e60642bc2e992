import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// The whole two-factor journey on the demo account: enrol from the QR dialog, save the recovery
// tokens, sign in with a code, sign in once with a recovery token, turn it off — and no secret
// may be left in storage or the console.

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login/)
}

/** Everything the page keeps in localStorage, sessionStorage and IndexedDB, as one string. */
async function storedData(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }]
    const databases = await indexedDB.databases()
    for (const info of databases) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error ?? new Error('open failed'))
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error ?? new Error('read failed'))
        })
        dump.push({ db: info.name, store, values })
      }
      db.close()
    }
    dump.push({ indexedDbNames: databases.map((d) => d.name) })
    return JSON.stringify(dump)
  })
}

test('enrol with the QR dialog, sign in with a code and a recovery token, then turn 2FA off', async ({
  page,
  panel,
}) => {
  const consoleMessages: string[] = []
  page.on('console', (msg) => consoleMessages.push(msg.text()))

  // Which scripts the page loaded (to check that the QR library is not in /account's first load).
  const scripts = new Map<string, string>()
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') {
      void res
        .text()
        .then((body) => scripts.set(res.url(), body))
        .catch(() => {})
    }
  })

  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/security')
  const section = page.getByRole('region', { name: 'Two-factor authentication' })
  await expect(section.getByText('Two-factor authentication is off.')).toBeVisible()
  const qrMarker = (body: string) => body.includes('Data too long')
  expect([...scripts.values()].some(qrMarker), 'qrcode.react in the first load').toBe(false)

  // ── Enrol ──
  const setupResponse = page.waitForResponse(
    (r) => r.url().endsWith('/api/client/account/two-factor') && r.request().method() === 'GET',
  )
  await section.getByRole('button', { name: 'Set up' }).click()
  const dialog = page.getByRole('dialog', { name: 'Set up two-factor authentication' })
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible()
  await setupResponse
  await expect.poll(() => [...scripts.values()].some(qrMarker)).toBe(true)

  const secret = ((await dialog.locator('code').textContent()) ?? '').replace(/\s+/g, '')
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await expect(dialog.getByRole('link', { name: /Open in an authenticator app/ })).toHaveAttribute(
    'href',
    new RegExp(`^otpauth://totp/.*secret=${secret}`),
  )
  // The QR is drawn locally on white with a quiet zone and is at least 192 px square.
  const box = await dialog.getByRole('img', { name: /QR code/ }).boundingBox()
  expect(box!.width).toBeGreaterThanOrEqual(192)
  expect(Math.abs(box!.width - box!.height)).toBeLessThan(2)

  await dialog.getByLabel('Authentication code').fill(await panel.totp(secret))
  await dialog.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await dialog.getByRole('button', { name: 'Turn on' }).click()

  // ── Recovery tokens: shown once, replaces the enrol dialog ──
  const tokensDialog = page.getByRole('dialog', { name: 'Save your recovery tokens' })
  await expect(tokensDialog).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(1)
  const tokens = await tokensDialog
    .getByRole('list', { name: 'Recovery tokens' })
    .getByRole('listitem')
    .allTextContents()
  expect(tokens).toHaveLength(10)
  for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9]{10}$/)

  await page.keyboard.press('Escape')
  await expect(tokensDialog).toBeVisible()

  const downloadPromise = page.waitForEvent('download')
  await tokensDialog.getByRole('button', { name: 'Download .txt' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.txt$/)
  const file = await readFile(await download.path(), 'utf8')
  expect(file.trim().split('\n')).toEqual(tokens)

  const done = tokensDialog.getByRole('button', { name: 'Done' })
  await expect(done).toBeDisabled()
  await tokensDialog.getByLabel('I have saved these recovery tokens somewhere safe').check()
  await done.click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(section.getByText('Two-factor authentication is on.')).toBeVisible()

  // ── Sign in with a code ──
  await signOut(page)
  await signIn(page, DEMO.user, DEMO.password)
  await page.getByLabel('Authentication code').fill(await panel.totp(secret))
  await page.getByRole('button', { name: /verify|sign in|continue/i }).click()
  await expect(page).toHaveURL('/')

  // ── Sign in once with a recovery token ──
  await signOut(page)
  await signIn(page, DEMO.user, DEMO.password)
  await page.getByRole('button', { name: 'Use a recovery token' }).click()
  await page.getByLabel('Recovery token').fill(tokens[3]!)
  await page.getByRole('button', { name: /verify|sign in|continue/i }).click()
  await expect(page).toHaveURL('/')

  // ── Turn it off ──
  await page.goto('/account/security')
  await expect(section.getByText('Two-factor authentication is on.')).toBeVisible()
  await section.getByRole('button', { name: 'Turn off' }).click()
  const disable = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
  await disable.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await disable.getByRole('button', { name: 'Turn off' }).click()
  await expect(disable).toHaveCount(0)
  await expect(section.getByText('Two-factor authentication is off.')).toBeVisible()

  // Signing in again needs only the password.
  await signOut(page)
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')

  // ── Nothing secret left behind ──
  const stored = await storedData(page)
  const secrets = [secret, ...tokens, DEMO.password]
  for (const s of secrets) {
    expect(stored, 'storage').not.toContain(s)
    for (const message of consoleMessages) expect(message, 'console').not.toContain(s)
  }
  expect(page.url()).not.toContain(secret)
})
