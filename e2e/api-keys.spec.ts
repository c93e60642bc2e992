import { browserStorage, DEMO, expect, signIn, test } from './test-kit'

test('creates a client API key, shows the token once, uses it as a Bearer key, and deletes it', async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const consoleLines: string[] = []
  page.on('console', (msg) => consoleLines.push(msg.text()))
  await context.grantPermissions(['clipboard-write'])

  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/api')
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()
  await expect(page.getByText('3 / 25', { exact: true })).toBeVisible()

  // Create: two addresses and a CIDR. The Bearer request below comes from 127.0.0.1.
  await page.getByLabel('Description').fill('E2E bot')
  await page.getByLabel('Allowed IPs').fill('127.0.0.1\n::1\n10.0.0.0/8')
  await expect(page.getByText('3 / 50 entries')).toBeVisible()
  await page.getByRole('button', { name: 'Create API key' }).click()

  const dialog = page.getByRole('dialog', { name: 'Copy your new API key' })
  await expect(dialog).toBeVisible()
  const token = ((await dialog.locator('code').first().textContent()) ?? '').trim()
  expect(token).toMatch(/^ptlc_[A-Za-z0-9]{11}[A-Za-z0-9]{32}$/)
  const identifier = token.slice(0, 16)
  const secret = token.slice(16)

  // Not dismissible by accident; copying works and never shows the token in its feedback.
  await page.keyboard.press('Escape')
  await page.mouse.click(5, 5)
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Copy API key' }).click()
  // "Copied" appears only once the clipboard write succeeded (reading it back is blocked by
  // Talon's Permissions-Policy, clipboard-read=()); the announcement never holds the token.
  await expect(dialog.getByRole('button', { name: 'Copy API key' })).toHaveText('Copied')
  await expect(dialog.getByRole('status')).toHaveText('Copied')
  await dialog.getByRole('button', { name: 'I’ve copied it' }).click()
  await expect(dialog).toBeHidden()

  const row = page.getByRole('listitem').filter({ hasText: 'E2E bot' })
  await expect(row).toContainText(identifier)
  for (const ip of ['127.0.0.1', '::1', '10.0.0.0/8']) {
    await expect(row.getByText(ip, { exact: true })).toBeVisible()
  }
  await expect(row).toContainText('Never')
  await expect(page.getByText('4 / 25', { exact: true })).toBeVisible()

  // Reload: the token is gone for good.
  await page.reload()
  await expect(row).toContainText(identifier)
  expect(await page.content()).not.toContain(secret)

  // The token works as a Bearer key, from a context with no cookies.
  const api = await playwright.request.newContext({ baseURL })
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' }
  const ok = await api.get('/api/client/account', { headers })
  expect(ok.status()).toBe(200)
  const account = (await ok.json()) as { object: string; attributes: { username: string } }
  expect(account.object).toBe('user')
  expect(account.attributes.username).toBe(DEMO.user)

  // …and the list now says it was used.
  await page.reload()
  await expect(row).not.toContainText('Never')

  // Delete it, with a confirmation naming it; the row goes at once.
  await row.getByRole('button', { name: 'Delete API key “E2E bot”' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “E2E bot”?' })
  await expect(confirm).toContainText(identifier)
  await confirm.getByRole('button', { name: 'Delete key' }).click()
  await expect(row).toHaveCount(0)
  await expect(page.getByText('3 / 25', { exact: true })).toBeVisible()

  const gone = await api.get('/api/client/account', { headers })
  expect(gone.status()).toBe(401)
  await api.dispose()

  // The token was never kept anywhere the page can reach later.
  const stored = await browserStorage(page)
  expect(stored).not.toContain(secret)
  expect(stored).not.toContain(token)
  expect(consoleLines.join('\n')).not.toContain(secret)
})

test('flags bad allowed-IP entries before sending and keeps what was typed', async ({ page }) => {
  let posted = 0
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith('/api/client/account/api-keys')) posted++
  })
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/api')
  await page.getByLabel('Description').fill('Bad IPs')
  await page.getByLabel('Allowed IPs').fill('127.0.0.1\nhodor\n10.0.0.0/33')
  await page.getByRole('button', { name: 'Create API key' }).click()
  await expect(
    page.getByText('Line 2: "hodor" is not a valid IP address or CIDR range.'),
  ).toBeVisible()
  await expect(
    page.getByText(
      'Line 3: "10.0.0.0/33" has a prefix longer than /32; IPv4 prefixes go from /0 to /32.',
    ),
  ).toBeVisible()
  await expect(page.getByLabel('Allowed IPs')).toBeFocused()
  expect(posted).toBe(0)
})
