import { SECURE_RECOVERY_TOKENS } from '../server/demo-panel/seed-accounts'
import { DEMO, SECURE, expect, signIn, test } from './test-kit'

test('signs in with the demo account and reaches the dashboard', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('navigation', { name: /primary/i })).toBeVisible()
  await expect(page.getByText('Demo User').first()).toBeVisible()
})

test('a wrong password says so and keeps the username', async ({ page }) => {
  await signIn(page, DEMO.user, 'not-the-password')
  await expect(page.getByRole('alert')).toContainText(
    'No account matching those credentials could be found.',
  )
  await expect(page.getByLabel('Username or email')).toHaveValue(DEMO.user)
  await expect(page).toHaveURL(/\/login/)
})

test('signs in with two-factor authentication using a code', async ({ page, panel }) => {
  await signIn(page, SECURE.user, SECURE.password)
  const code = page.getByLabel('Authentication code')
  await expect(code).toBeVisible()
  await code.fill(await panel.totp(SECURE.secret))
  await page.getByRole('button', { name: /sign in|verify|continue/i }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('a wrong two-factor code is refused', async ({ page, panel }) => {
  await signIn(page, SECURE.user, SECURE.password)
  const good = await panel.totp(SECURE.secret)
  await page.getByLabel('Authentication code').fill(good === '000000' ? '111111' : '000000')
  await page.getByRole('button', { name: /sign in|verify|continue/i }).click()
  // The panel's message lands on the field it is about.
  await expect(page.getByLabel('Authentication code')).toHaveAccessibleDescription(
    /The two-factor authentication token was invalid\./,
  )
})

test('a recovery token signs in once and never again', async ({ page }) => {
  const token = SECURE_RECOVERY_TOKENS[0]
  await signIn(page, SECURE.user, SECURE.password)
  await page.getByRole('button', { name: 'Use a recovery token' }).click()
  await page.getByLabel('Recovery token').fill(token)
  await page.getByRole('button', { name: /sign in|verify|continue/i }).click()
  await expect(page).toHaveURL('/')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login/)
  await signIn(page, SECURE.user, SECURE.password)
  await page.getByRole('button', { name: 'Use a recovery token' }).click()
  await page.getByLabel('Recovery token').fill(token)
  await page.getByRole('button', { name: /sign in|verify|continue/i }).click()
  await expect(page.getByLabel('Recovery token')).toHaveAccessibleDescription(
    /The recovery token provided is not valid\./,
  )
})

test('signs out and protected pages then ask to sign in', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByRole('status').filter({ hasText: /signed out/i })).toBeVisible()
  await page.goto('/account')
  await expect(page).toHaveURL(/\/login\?redirect=%2Faccount/)
})

test('a deep link while signed out goes to login and back', async ({ page }) => {
  await page.goto('/account/ssh')
  await expect(page).toHaveURL(/\/login\?redirect=%2Faccount%2Fssh/)
  await page.getByLabel('Username or email').fill(DEMO.email)
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL('/account/ssh')
})

test('a session that expires mid-page sends the user to sign in and back', async ({
  page,
  panel,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: 'Account', exact: true }).click()
  await expect(page).toHaveURL('/account')
  // The panel forgets every session (as when its session store is flushed or the session times out).
  await panel.reset()
  await page
    .getByRole('navigation', { name: 'Account settings' })
    .getByRole('link', { name: 'Activity' })
    .click()
  await expect(page).toHaveURL(/\/login\?redirect=%2Faccount%2Factivity/)
  await page.getByLabel('Username or email').fill(DEMO.user)
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL('/account/activity')
})

test('forgot password: asks the panel for a link, and the emailed link opens the reset page', async ({
  page,
}) => {
  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page).toHaveURL('/auth/password')
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
  await page.getByLabel('Email').fill(DEMO.email)
  await page.getByRole('button', { name: 'Email me a reset link' }).click()
  await expect(page.getByText('Check your inbox')).toBeVisible()

  // The panel's email links to <APP_URL>/auth/password/reset/<token>?email=…: opened on Talon's
  // host, the production server answers with the SPA, whose page speaks for the panel.
  const token = 'f'.repeat(64)
  await page.goto(`/auth/password/reset/${token}?email=${encodeURIComponent(DEMO.email)}`)
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible()
  await expect(page.getByText(`For ${DEMO.email}.`)).toBeVisible()
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password')
  await page.getByLabel('Repeat new password').fill('a-brand-new-password')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('alert')).toContainText('This password reset token is invalid.')
  await page.getByRole('link', { name: 'Ask for a new link' }).click()
  await expect(page).toHaveURL('/auth/password')
})

test('a locked-out sign-in counts down with the button disabled', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Username or email').fill(DEMO.user)
  const password = page.getByLabel('Password', { exact: true })
  const signInButton = page.getByRole('button', { name: 'Sign in' })
  // The panel locks out after 5 failed attempts a minute.
  for (let i = 0; i < 5; i++) {
    await password.fill(`wrong-${i}`)
    await signInButton.click()
    await expect(page.getByRole('alert')).toContainText('No account matching')
  }
  await password.fill('wrong-again')
  await signInButton.click()
  const notice = page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts' })
  await expect(notice).toBeVisible()
  await expect(signInButton).toBeDisabled()
  const seconds = () =>
    notice.textContent().then((t) => Number(/in (\d+) second/.exec(t ?? '')?.[1] ?? NaN))
  const first = await seconds()
  expect(first).toBeGreaterThan(1)
  await expect.poll(seconds, { timeout: 4000 }).toBeLessThan(first)
})
