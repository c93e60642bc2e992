import type { Page } from '@playwright/test'

import { browserStorage, DEMO, expect, signIn, test } from './test-kit'

// Every secret-bearing flow in one journey, then a search for each secret everywhere the browser
// keeps things a page (or the next person at this computer) can read: localStorage,
// sessionStorage, IndexedDB, every URL the tab visited, the resource URLs it fetched, the current
// URL and the console. (The React Query cache is checked in component tests instead; production
// exposes nothing for it.)

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login/)
}

test('no secret of any flow is left in storage, URLs or the console', async ({ page, panel }) => {
  const visited: string[] = []
  const consoleLines: string[] = []
  const secrets: Record<string, string> = {}
  // Everything the tab keeps across the journey is checked at every step and at the end.
  const snapshots: string[] = []
  page.on('framenavigated', (frame) => visited.push(frame.url()))
  page.on('console', (msg) => consoleLines.push(msg.text()))
  const snapshot = async () => {
    snapshots.push(await browserStorage(page))
    snapshots.push(
      JSON.stringify(
        await page.evaluate((): unknown[] => [
          location.href,
          history.state as unknown,
          performance.getEntriesByType('resource').map((e) => e.name),
        ]),
      ),
    )
  }

  // Sign-in with a password.
  secrets.password = DEMO.password
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await snapshot()

  // Email change and password change.
  await page.goto('/account')
  const email = page.getByRole('region', { name: 'Email address' })
  await email.getByLabel('New email address').fill('demo.secrets@example.com')
  await email.getByLabel('Current password').fill(DEMO.password)
  await email.getByRole('button', { name: 'Change email' }).click()
  await expect(email.getByRole('status')).toContainText('Email address changed.')
  const newPassword = 'Tr0ub4dor-&-3-secret'
  secrets.newPassword = newPassword
  await page.goto('/account/security')
  const pw = page.getByRole('region', { name: 'Password', exact: true })
  await pw.getByLabel('Current password').fill(DEMO.password)
  await pw.getByLabel('New password', { exact: true }).fill(newPassword)
  await pw.getByLabel('Confirm new password').fill(newPassword)
  await pw.getByRole('button', { name: 'Change password' }).click()
  await expect(pw.getByRole('status')).toContainText('Password changed.')
  await snapshot()

  // 2FA enrolment: the setup secret and the ten recovery tokens.
  const section = page.getByRole('region', { name: 'Two-factor authentication' })
  await section.getByRole('button', { name: 'Set up' }).click()
  const dialog = page.getByRole('dialog', { name: 'Set up two-factor authentication' })
  const key = dialog.locator('code')
  await expect(key).toHaveText(/[A-Z2-7]/)
  const totpSecret = ((await key.textContent()) ?? '').replace(/\s+/g, '')
  secrets.totpSecret = totpSecret
  await dialog.getByLabel('Authentication code').fill(await panel.totp(totpSecret))
  await dialog.getByLabel('Password', { exact: true }).fill(newPassword)
  await dialog.getByRole('button', { name: 'Turn on' }).click()
  const tokensDialog = page.getByRole('dialog', { name: 'Save your recovery tokens' })
  const tokenItems = tokensDialog
    .getByRole('list', { name: 'Recovery tokens' })
    .getByRole('listitem')
  await expect(tokenItems).toHaveCount(10)
  const tokens = await tokenItems.allTextContents()
  expect(tokens).toHaveLength(10)
  tokens.forEach((t, i) => (secrets[`recovery${i}`] = t))
  await snapshot()
  await tokensDialog.getByLabel('I have saved these recovery tokens somewhere safe').check()
  await tokensDialog.getByRole('button', { name: 'Done' }).click()

  // API key: the one-time token.
  await page.goto('/account/api')
  await page.getByLabel('Description').fill('Secrets bot')
  await page.getByRole('button', { name: 'Create API key' }).click()
  const created = page.getByRole('dialog', { name: 'Copy your new API key' })
  const apiToken = ((await created.locator('code').first().textContent()) ?? '').trim()
  expect(apiToken).toMatch(/^ptlc_\w{43}$/)
  secrets.apiSecret = apiToken.slice(16)
  await snapshot()
  await created.getByRole('button', { name: 'I’ve copied it' }).click()

  // Checkpoint with a code, then with a recovery token.
  await signOut(page)
  await signIn(page, 'demo.secrets@example.com', newPassword)
  const code = await panel.totp(totpSecret)
  secrets.code = code
  await page.getByLabel('Authentication code').fill(code)
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page).toHaveURL('/')
  await snapshot()
  await signOut(page)
  await signIn(page, 'demo.secrets@example.com', newPassword)
  await page.getByRole('button', { name: 'Use a recovery token' }).click()
  await page.getByLabel('Recovery token').fill(tokens[0]!)
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page).toHaveURL('/')
  await snapshot()

  // The search. Each secret is long enough not to turn up by chance (the TOTP code is 6 digits,
  // so it is only looked for in URLs and the console, not in timestamps and ids in storage).
  const places = {
    storage: snapshots.join('\n'),
    urls: [...visited, page.url()].join('\n'),
    console: consoleLines.join('\n'),
  }
  expect(visited.length).toBeGreaterThan(5)
  expect(places.storage).toContain('/api/client/account/api-keys') // the dump is real
  for (const [name, secret] of Object.entries(secrets)) {
    for (const [where, text] of Object.entries(places)) {
      if (name === 'code' && where === 'storage') continue
      expect(text.includes(secret), `${name} in ${where}`).toBe(false)
      expect(text.includes(encodeURIComponent(secret)), `${name} (encoded) in ${where}`).toBe(false)
    }
  }
})
