import AxeBuilder from '@axe-core/playwright'

import { de } from '../src/i18n/de'
import { en } from '../src/i18n/en'
import { DEMO, expect, signIn, test } from './test-kit'

// The account's `language` picks the interface language (issue 10). The demo panel's `lena` has
// `language: de`, as a panel admin can set it. Expected text comes from the catalogues, so this
// follows wording changes but still fails when a page shows English to a German account.

const LENA = { user: 'lena', password: 'lena-password' }

test('an account whose language is German gets Talon in German, end to end', async ({ page }) => {
  await signIn(page, LENA.user, LENA.password)
  await expect(page).toHaveURL('/')

  // Dashboard: shell, title, page, dates/numbers in German.
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1, name: de.servers.page.title })).toBeVisible()
  await expect(page).toHaveTitle(de.layout.documentTitle(de.layout.titles.servers))
  const nav = page.getByRole('navigation', { name: de.layout.nav.label })
  for (const name of [de.layout.nav.servers, de.layout.nav.account]) {
    await expect(nav.getByRole('link', { name })).toBeVisible()
  }
  await expect(page.getByRole('button', { name: de.layout.signOut })).toBeVisible()

  // Account: headings, the language row, a German validation message at the field.
  await nav.getByRole('link', { name: de.layout.nav.account }).click()
  const settings = page.getByRole('navigation', { name: de.layout.settingsNav.label })
  await expect(page.getByRole('heading', { level: 1, name: de.account.page.title })).toBeVisible()
  await expect(page.getByText(de.account.profile.languageValue('Deutsch', 'de'))).toBeVisible()
  const email = page.getByRole('region', { name: de.account.email.title })
  await email.getByLabel(de.account.email.newEmail).fill('kein-at-zeichen')
  await email.getByLabel(de.account.email.currentPassword).fill(LENA.password)
  await email.getByRole('button', { name: de.account.email.submit }).click()
  await expect(email.getByText(de.account.email.invalid)).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])

  // Activity: the sign-in just made reads as a German sentence with a German date.
  await settings.getByRole('link', { name: de.layout.settingsNav.activity }).click()
  await expect(page.getByRole('heading', { level: 1, name: de.activity.page.title })).toBeVisible()
  const entry = page.getByRole('listitem').filter({ hasText: de.activity.events.signedIn.sentence })
  await expect(entry).toHaveCount(1)
  await expect(entry.locator('time')).toHaveAttribute('title', /^\d{2}\.\d{2}\.\d{4}/)

  // API keys: the counter and the form speak German.
  await settings.getByRole('link', { name: de.layout.settingsNav.apiKeys }).click()
  await expect(page.getByRole('heading', { level: 1, name: de.apiKeys.page.title })).toBeVisible()

  // Signing out keeps German on this device for the sign-in page.
  await page.getByRole('button', { name: de.layout.signOut }).click()
  await expect(page.getByRole('heading', { name: de.auth.login.title })).toBeVisible()
  await expect(page.getByText(de.auth.login.reasons.signedOut)).toBeVisible()

  // The next person on this computer signs in with an English account: English again.
  await page.getByLabel(de.auth.login.userLabel).fill(DEMO.user)
  await page.getByLabel(de.auth.login.passwordLabel, { exact: true }).fill(DEMO.password)
  await page.getByRole('button', { name: de.auth.login.submit }).click()
  await expect(page).toHaveURL('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: en.servers.page.title })).toBeVisible()
  await expect(page.getByRole('button', { name: en.layout.signOut })).toBeVisible()
})

test('a German account opening server pages by their address gets them in German', async ({
  page,
}) => {
  await signIn(page, LENA.user, LENA.password)
  await expect(page).toHaveURL('/')
  type Item = {
    attributes: {
      identifier: string
      name: string
      status: string | null
      is_node_under_maintenance: boolean
    }
  }
  const list = (await (
    await page.request.get('/api/client', { headers: { Accept: 'application/json' } })
  ).json()) as { data: Item[] }
  // One of her servers whose pages open (not installing, suspended or on a node in maintenance).
  const { identifier, name } = list.data.find(
    (s) => s.attributes.status === null && !s.attributes.is_node_under_maintenance,
  )!.attributes
  // Each a full page load: the German catalogue downloads beside the server area's texts, and
  // whichever comes last must not leave the page without them (it showed the error page).
  for (const tab of ['backups', 'schedules', 'files'] as const) {
    await page.goto(`/server/${identifier}/${tab}`)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    const tabs = page.getByRole('navigation', { name: de.server.shell.tabsLabel })
    await expect(tabs.getByRole('link', { name: de.server.shell.tabs[tab] })).toBeVisible()
  }
})

test('anyone can pick the interface language for this device on the Account page', async ({
  page,
}) => {
  // `demo`'s account language is English (as on a stock panel, which ships only `en`).
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account')
  await page.getByLabel(en.account.languageChoice.label).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.account.page.title })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')

  // Kept on this device: after a reload, and on the sign-in page after signing out.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: de.account.page.title })).toBeVisible()
  await expect(page.getByLabel(de.account.languageChoice.label)).toHaveValue('de')
  await page.getByRole('button', { name: de.layout.signOut }).click()
  await expect(page.getByRole('heading', { name: de.auth.login.title })).toBeVisible()

  // Back to following the account.
  await page.getByLabel(de.auth.login.userLabel).fill(DEMO.user)
  await page.getByLabel(de.auth.login.passwordLabel, { exact: true }).fill(DEMO.password)
  await page.getByRole('button', { name: de.auth.login.submit }).click()
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: de.layout.nav.account }).click()
  await page.getByLabel(de.account.languageChoice.label).selectOption('')
  await expect(page.getByRole('heading', { level: 1, name: en.account.page.title })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
