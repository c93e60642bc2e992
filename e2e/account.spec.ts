import type { Page } from '@playwright/test'

import { DEMO, SECURE, expect, signIn, test } from './test-kit'

const INVALID_PASSWORD = 'The password provided was invalid for this account.'
const CHANGED = 'Password changed. Other devices signed in to your account have been signed out.'

async function openAccount(page: Page, url: '/account' | '/account/security' = '/account') {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto(url)
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: url === '/account' ? 'Profile' : 'Password & security',
    }),
  ).toBeVisible()
}

const emailSection = (page: Page) => page.getByRole('region', { name: 'Email address' })
const passwordSection = (page: Page) => page.getByRole('region', { name: 'Password', exact: true })

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login/)
}

test('shows the profile from the panel', async ({ page }) => {
  await openAccount(page)
  const profile = page.getByRole('region', { name: 'Account details' })
  await expect(profile.getByText(DEMO.email)).toBeVisible()
  await expect(profile.getByText('Demo User')).toBeVisible()
  await expect(profile.getByText('English (en)')).toBeVisible()
})

test('changes the email, then signs in with the new address', async ({ page }) => {
  await openAccount(page)
  const form = emailSection(page)
  await form.getByLabel('New email address').fill('demo.renamed@example.com')
  await form.getByLabel('Current password').fill(DEMO.password)
  await form.getByRole('button', { name: 'Change email' }).click()

  await expect(form.getByRole('status')).toContainText('Email address changed.')
  await expect(
    page.getByRole('region', { name: 'Account details' }).getByText('demo.renamed@example.com'),
  ).toBeVisible()
  await expect(form.getByLabel('New email address')).toHaveValue('')
  await expect(form.getByLabel('Current password')).toHaveValue('')

  await signOut(page)
  await signIn(page, 'demo.renamed@example.com', DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account')
  await expect(
    page.getByRole('region', { name: 'Account details' }).getByText('demo.renamed@example.com'),
  ).toBeVisible()

  // The old address no longer signs in.
  await signOut(page)
  await signIn(page, DEMO.email, DEMO.password)
  await expect(page.getByRole('alert')).toContainText(
    'No account matching those credentials could be found.',
  )
})

test('an address another account uses is refused on the email field', async ({ page }) => {
  await openAccount(page)
  const form = emailSection(page)
  const email = form.getByLabel('New email address')
  await email.fill(SECURE.email)
  await form.getByLabel('Current password').fill(DEMO.password)
  await form.getByRole('button', { name: 'Change email' }).click()
  await expect(form.getByText('The email has already been taken.')).toBeVisible()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toBeFocused()
})

// Issue 19, item 14: Chromium's type="email" would refuse the local part and punycode the domain.
test('an internationalised address is accepted and kept as typed', async ({ page }) => {
  await openAccount(page)
  const form = emailSection(page)
  await form.getByLabel('New email address').fill('jürgen@exämple.org')
  await form.getByLabel('Current password').fill(DEMO.password)
  await form.getByRole('button', { name: 'Change email' }).click()
  await expect(form.getByRole('status')).toContainText(
    'Email address changed. Sign in with jürgen@exämple.org from now on.',
  )
  await expect(
    page.getByRole('region', { name: 'Account details' }).getByText('jürgen@exämple.org'),
  ).toBeVisible()
})

test('a wrong current password shows the panel message under the password field', async ({
  page,
}) => {
  await openAccount(page)
  const form = emailSection(page)
  await form.getByLabel('New email address').fill('demo.renamed@example.com')
  const password = form.getByLabel('Current password')
  await password.fill('not-the-password')
  await form.getByRole('button', { name: 'Change email' }).click()

  await expect(password).toHaveAttribute('aria-invalid', 'true')
  await expect(password).toBeFocused()
  const describedBy = (await password.getAttribute('aria-describedby')) ?? ''
  await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`)).toHaveText(INVALID_PASSWORD)
  await expect(form.getByLabel('New email address')).toHaveValue('demo.renamed@example.com')

  // Same for the password form's current password.
  await page
    .getByRole('navigation', { name: 'Account settings' })
    .getByRole('link', { name: 'Password & security' })
    .click()
  const pw = passwordSection(page)
  await pw.getByLabel('Current password').fill('not-the-password')
  await pw.getByLabel('New password', { exact: true }).fill('correct-horse-1')
  await pw.getByLabel('Confirm new password').fill('correct-horse-1')
  await pw.getByRole('button', { name: 'Change password' }).click()
  await expect(pw.getByText(INVALID_PASSWORD)).toBeVisible()
  await expect(pw.getByLabel('Current password')).toBeFocused()
})

test('changes the password: the new one signs in, the old one does not, other devices are signed out', async ({
  page,
  browser,
}) => {
  // A second device signed in to the same account.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await signIn(otherPage, DEMO.user, DEMO.password)
  await expect(otherPage).toHaveURL('/')

  await openAccount(page, '/account/security')
  const form = passwordSection(page)
  await form.getByLabel('Current password').fill(DEMO.password)
  await form.getByLabel('New password', { exact: true }).fill('correct-horse-1')
  await expect(form.getByText('Password strength: Strong')).toBeVisible()
  await form.getByLabel('Confirm new password').fill('correct-horse-1')
  await form.getByRole('button', { name: 'Change password' }).click()

  await expect(form.getByRole('status')).toHaveText(CHANGED)
  await expect(form.getByLabel('Current password')).toHaveValue('')
  await expect(form.getByLabel('New password', { exact: true })).toHaveValue('')

  // This device stays signed in.
  await page.reload()
  await expect(page).toHaveURL('/account/security')
  await expect(page.getByRole('heading', { level: 1, name: 'Password & security' })).toBeVisible()

  // The other device is not.
  await otherPage.goto('/account')
  await expect(otherPage).toHaveURL(/\/login/)
  await other.close()

  await signOut(page)
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page.getByRole('alert')).toContainText(
    'No account matching those credentials could be found.',
  )
  await signIn(page, DEMO.user, 'correct-horse-1')
  await expect(page).toHaveURL('/')
})

test('keeps the typed input when the panel fails, and the retry goes through', async ({
  page,
  panel,
}) => {
  await openAccount(page, '/account/security')
  await panel.fault({
    path: '^/api/client/account/password$',
    method: 'PUT',
    status: 502,
    times: 1,
  })
  const form = passwordSection(page)
  await form.getByLabel('Current password').fill(DEMO.password)
  await form.getByLabel('New password', { exact: true }).fill('correct-horse-1')
  await form.getByLabel('Confirm new password').fill('correct-horse-1')
  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(form.getByRole('alert')).toContainText("Can't reach the panel")
  await expect(form.getByLabel('Current password')).toHaveValue(DEMO.password)
  await expect(form.getByLabel('Confirm new password')).toHaveValue('correct-horse-1')

  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(form.getByRole('status')).toHaveText(CHANGED)
})

test('the page fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await openAccount(page)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  const submit = emailSection(page).getByRole('button', { name: 'Change email' })
  expect((await submit.boundingBox())?.height).toBeGreaterThanOrEqual(44)
})
