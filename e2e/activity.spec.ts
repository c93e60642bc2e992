import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'

import { DEMO, expect, signIn, test } from './test-kit'

// The contract's own ed25519 test key (panel-contract.md §10); not among the demo seed's keys.
const LAPTOP_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2 e2e@laptop'

interface PanelReply {
  status: number
  body: { attributes?: Record<string, unknown> } | null
}

/**
 * Calls the panel's client API from inside the page, through Talon's proxy, with the browser
 * session and the XSRF header — as any other Talon page would (and independent of their UI).
 */
async function panelApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }): Promise<PanelReply> => {
      const raw = document.cookie
        .split(';')
        .map((c) => c.trim())
        .find((c) => c.startsWith('XSRF-TOKEN='))
      const res = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-Requested-With': 'XMLHttpRequest',
          'X-XSRF-TOKEN': decodeURIComponent(raw?.slice('XSRF-TOKEN='.length) ?? ''),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await res.text()
      return { status: res.status, body: text ? (JSON.parse(text) as PanelReply['body']) : null }
    },
    { method, path, body },
  )
}

async function signInAsDemo(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
}

function entries(page: Page): Locator {
  return page.getByRole('list', { name: 'Activity entries' }).getByRole('listitem')
}

/** The list's "Showing X–Y of Z entries" line. */
function listStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Showing / })
}

async function createApiKey(page: Page, description: string): Promise<string> {
  const reply = await panelApi(page, 'POST', '/api/client/account/api-keys', {
    description,
    allowed_ips: [],
  })
  expect(reply.status).toBe(200)
  const identifier = reply.body?.attributes?.identifier
  expect(typeof identifier).toBe('string')
  return identifier as string
}

test('an API key and an SSH key added elsewhere show up as sentences in the feed', async ({
  page,
}) => {
  await signInAsDemo(page)
  const identifier = await createApiKey(page, 'E2E activity key')
  const ssh = await panelApi(page, 'POST', '/api/client/account/ssh-keys', {
    name: 'E2E laptop',
    public_key: LAPTOP_KEY,
  })
  expect(ssh.status).toBe(200)
  const fingerprint = ssh.body?.attributes?.fingerprint as string
  expect(fingerprint).toBe('T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M')

  await page.getByRole('link', { name: 'Account', exact: true }).click()
  await page
    .getByRole('navigation', { name: 'Account settings' })
    .getByRole('link', { name: 'Activity' })
    .click()
  await expect(page).toHaveURL('/account/activity')
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()

  const sshRow = entries(page).nth(0)
  // The fingerprint as ssh-keygen prints it, and the key's name from the key list (issue 19, 13).
  await expect(sshRow).toContainText(`Added SSH key SHA256:${fingerprint} to account (E2E laptop)`)
  await expect(sshRow.getByText('demo', { exact: true })).toHaveAttribute(
    'title',
    'demo@example.com',
  )
  await expect(sshRow.getByText('127.0.0.1')).toBeVisible()
  await expect(sshRow.locator('time')).toHaveAttribute('title', /\d{4}/)

  const keyRow = entries(page).nth(1)
  await expect(keyRow).toContainText(`Created new API key ${identifier}`)
  await expect(keyRow.locator('strong')).toHaveText(identifier)
  await keyRow.getByText('Details').click()
  await expect(keyRow.locator('pre')).toContainText(`"identifier": "${identifier}"`)

  // The oldest sign-in of this session is there too.
  await expect(entries(page).nth(2)).toContainText('Signed in')
})

test('filtering by event asks the panel, spans pages and lives in the URL', async ({ page }) => {
  await signInAsDemo(page)
  // The seed has 5 `user:api-key.create` entries; 8 more make two pages of 10.
  for (let i = 1; i <= 8; i++) await createApiKey(page, `E2E key ${i}`)

  await page.goto('/account/activity?per_page=10')
  await expect(listStatus(page)).toContainText('Showing 1–10 of')
  const filterRequest = page.waitForRequest((req) =>
    decodeURIComponent(req.url()).includes('filter[event]=user:api-key.create'),
  )
  await page.getByLabel('Event', { exact: true }).selectOption('user:api-key.create')
  await filterRequest
  await expect(page).toHaveURL('/account/activity?event=user%3Aapi-key.create&per_page=10')
  await expect(listStatus(page)).toHaveText('Showing 1–10 of 13 entries')
  await expect(page.getByRole('heading', { level: 2 })).toContainText('API key created')
  for (const row of await entries(page).all()) {
    await expect(row.locator('p').first()).toHaveText(/^Created new API key ptlc_\w{11}$/)
  }

  await page.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/[?&]page=2(&|$)/)
  await expect(listStatus(page)).toHaveText('Showing 11–13 of 13 entries')
  await expect(entries(page)).toHaveCount(3)
  for (const row of await entries(page).all()) {
    await expect(row.locator('p').first()).toHaveText(/^Created new API key ptlc_\w{11}$/)
  }

  // Clicking an event name in a row filters by that event.
  await page.getByRole('button', { name: 'Clear filter' }).click()
  await expect(page).toHaveURL('/account/activity?per_page=10')
  await expect(listStatus(page)).toContainText('Showing 1–10 of')
  await expect(page.getByLabel('Event', { exact: true })).toHaveValue('')
  // The filter link is in the row's details (the row's one Tab stop).
  const signInRow = entries(page).filter({ hasText: 'Signed in' }).first()
  await signInRow.locator('summary').click()
  await signInRow.getByRole('link', { name: 'Show only auth:success events' }).click()
  await expect(page).toHaveURL('/account/activity?event=auth%3Asuccess&per_page=10')
  await expect(page.getByLabel('Event', { exact: true })).toHaveValue('auth:success')
  await expect(listStatus(page)).toContainText('Showing 1–10 of')
  for (const row of await entries(page).all()) {
    await expect(row.locator('p').first()).toHaveText('Signed in')
  }
})

test('pages through the feed: next/previous, reload and the back button keep the place', async ({
  page,
}) => {
  await signInAsDemo(page)
  await page.goto('/account/activity')
  const nav = page.getByRole('navigation', { name: 'Activity pages' })
  await expect(listStatus(page)).toHaveText(/^Showing 1–25 of 1\d\d entries$/)
  await expect(nav).toContainText('Page 1 of 5')
  await expect(nav.getByRole('button', { name: 'Previous' })).toBeDisabled()

  await nav.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL('/account/activity?page=2')
  await expect(listStatus(page)).toContainText('Showing 26–50 of')
  await expect(nav).toContainText('Page 2 of 5')
  // Focus moves to the top of the new page.
  await expect(page.getByRole('heading', { level: 2, name: 'All activity' })).toBeFocused()

  // Keyboard: Tab to Next, Enter.
  await nav.getByRole('link', { name: 'Next' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/account/activity?page=3')
  await expect(listStatus(page)).toContainText('Showing 51–75 of')
  const firstOnPage3 = await entries(page).first().textContent()

  await nav.getByRole('link', { name: 'Previous' }).click()
  await expect(page).toHaveURL('/account/activity?page=2')
  await expect(listStatus(page)).toContainText('Showing 26–50 of')

  await page.reload()
  await expect(page).toHaveURL('/account/activity?page=2')
  await expect(listStatus(page)).toContainText('Showing 26–50 of')

  await page.goBack()
  await expect(page).toHaveURL('/account/activity?page=3')
  await expect(listStatus(page)).toContainText('Showing 51–75 of')
  await expect(entries(page).first()).toHaveText(firstOnPage3 ?? '')
  await page.goForward()
  await expect(page).toHaveURL('/account/activity?page=2')
  await expect(listStatus(page)).toContainText('Showing 26–50 of')

  // The last page, and past it.
  await page.goto('/account/activity?page=5')
  await expect(listStatus(page)).toHaveText(/^Showing 101–1\d\d of 1\d\d entries$/)
  await expect(nav.getByRole('button', { name: 'Next' })).toBeDisabled()
})

test('a panel failure shows an error, and Retry recovers', async ({ page, panel, clock }) => {
  await signInAsDemo(page)
  // The query retries twice on its own (1 s, then 2 s later): fail all three attempts.
  await panel.fault({ path: '^/api/client/account/activity', status: 500, times: 3 })
  await page.goto('/account/activity')
  const alert = page.getByRole('alert').filter({ hasText: "Couldn't load your activity" })
  await clock.advanceUntil(() => expect(alert).toBeVisible({ timeout: 500 }))
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(entries(page)).toHaveCount(25)
  await expect(alert).toBeHidden()
})

test('the feed has no axe violations, light and dark', async ({ page }) => {
  await signInAsDemo(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/account/activity?page=2')
    await expect(entries(page)).toHaveCount(25)
    await page.getByText('More details').first().click()
    const results = await new AxeBuilder({ page }).include('main').analyze()
    expect(results.violations.map((v) => `${scheme}: ${v.id} ${v.help}`)).toEqual([])
  }
  await page.goto('/account/activity?event=user:nothing')
  await expect(page.getByText('No entries match this filter')).toBeVisible()
  const empty = await new AxeBuilder({ page }).include('main').analyze()
  expect(empty.violations.map((v) => v.id)).toEqual([])
})
