import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { DEMO, SECURE, expect, signIn, test } from './test-kit'

// Axe (WCAG 2 A + AA) on every page and every dialog state, in the light and the dark theme.
// Pages: the colour scheme is emulated before the page loads (the theme follows the system by
// default, so public/theme.js picks it up before first paint). Dialogs: scanned in one theme, then
// the system scheme is flipped while the dialog stays open (the app follows it live) and scanned
// again, so each journey runs once.

type Scheme = 'light' | 'dark'
const SCHEMES: Scheme[] = ['light', 'dark']

/** Runs axe and fails with a readable list (rule, impact, first targets, help) if anything is found. */
async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => {
          // color-contrast: say which colours axe saw, so a failure is actionable from the log.
          const data = n.any[0]?.data as
            { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined
          const colours = data?.fgColor
            ? ` [${data.fgColor} on ${data.bgColor ?? '?'} = ${data.contrastRatio ?? '?'}]`
            : ''
          return `${n.target.join(' ')}${colours}`
        })
        .join(' | ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ''}`,
  )
  expect(found, `axe violations on ${label}`).toEqual([])
  // Not a no-op: axe must actually have looked at something.
  expect(results.passes.length, `axe passes on ${label}`).toBeGreaterThan(0)
}

async function expectTheme(page: Page, scheme: Scheme) {
  if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/)
  else await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/)
  // Colour transitions (transition-colors) must have finished, or axe measures a blend of the
  // two themes.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
}

/** Loads `url` once per theme (scheme emulated before load) and scans it after `ready`. */
async function scanPage(page: Page, url: string, ready: (page: Page) => Promise<void>) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(url)
    await ready(page)
    await expectTheme(page, scheme)
    await expectNoViolations(page, `${url} (${scheme})`)
  }
}

/** Scans what is on screen now in both themes, flipping the system scheme live, and ends in light. */
async function scanBothThemes(page: Page, label: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    await expectTheme(page, scheme)
    await expectNoViolations(page, `${label} (${scheme})`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

const h1 = (page: Page, name: string | RegExp) =>
  expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

test('login page, including its error state', async ({ page }) => {
  await scanPage(page, '/login', (p) => h1(p, /sign in/i))
  // Field errors and the form alert.
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Username or email')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Username or email').fill(DEMO.user)
  await page.getByLabel('Password', { exact: true }).fill('wrong-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoViolations(page, '/login with errors (dark)')
})

test('two-factor checkpoint', async ({ page }) => {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    // The pending login lives in memory only, so each theme signs in afresh (before load).
    await signIn(page, SECURE.user, SECURE.password)
    await expect(page).toHaveURL(/\/login\/checkpoint/)
    await expect(page.getByLabel('Authentication code')).toBeVisible()
    await expectTheme(page, scheme)
    await expectNoViolations(page, `checkpoint (${scheme})`)
  }
  await page.getByRole('button', { name: 'Use a recovery token' }).click()
  await expect(page.getByLabel('Recovery token')).toBeVisible()
  await expectNoViolations(page, 'checkpoint, recovery token (dark)')
})

test.describe('signed-in pages', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
  })

  test('dashboard', async ({ page }) => {
    await scanPage(page, '/', async (p) => {
      await expect(p.getByRole('article').first()).toBeVisible()
      // Live stats have arrived (meters render), so their colours are scanned too.
      await expect(p.getByRole('meter').first()).toBeVisible()
    })
  })

  test('profile', async ({ page }) => {
    await scanPage(page, '/account', async (p) => {
      await h1(p, 'Profile')
      await expect(p.getByText(DEMO.email).first()).toBeVisible()
    })
  })

  test('password & security', async ({ page }) => {
    await scanPage(page, '/account/security', async (p) => {
      await h1(p, 'Password & security')
      await expect(p.getByText('Two-factor authentication is off.')).toBeVisible()
    })
  })

  test('API keys', async ({ page }) => {
    await scanPage(page, '/account/api', async (p) => {
      await h1(p, 'API keys')
      await expect(p.getByText('3 / 25', { exact: true })).toBeVisible()
    })
  })

  test('SSH keys', async ({ page }) => {
    await scanPage(page, '/account/ssh', async (p) => {
      await h1(p, 'SSH keys')
      await expect(p.getByText('MacBook Pro')).toBeVisible()
    })
  })

  test('activity', async ({ page }) => {
    await scanPage(page, '/account/activity', async (p) => {
      await h1(p, 'Activity')
      await expect(p.getByRole('listitem').first()).toBeVisible()
    })
  })

  test('not found', async ({ page }) => {
    await scanPage(page, '/no-such-page', (p) => h1(p, /not found/i))
  })
})

test('two-factor dialogs: enrol, recovery tokens, turn off', async ({ page, panel }) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/security')
  const section = page.getByRole('region', { name: 'Two-factor authentication' })
  await section.getByRole('button', { name: 'Set up' }).click()

  const enrol = page.getByRole('dialog', { name: 'Set up two-factor authentication' })
  await expect(enrol.getByRole('img', { name: /QR code/ })).toBeVisible()
  await scanBothThemes(page, '2FA enrol dialog')

  // A wrong code shows the field error inside the dialog.
  await enrol.getByLabel('Authentication code').fill('000000')
  await enrol.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await enrol.getByRole('button', { name: 'Turn on' }).click()
  await expect(enrol.getByLabel('Authentication code')).toHaveAttribute('aria-invalid', 'true')
  await expectNoViolations(page, '2FA enrol dialog with an error (light)')

  const secret = ((await enrol.locator('code').textContent()) ?? '').replace(/\s+/g, '')
  await enrol.getByLabel('Authentication code').fill(await panel.totp(secret))
  await enrol.getByRole('button', { name: 'Turn on' }).click()

  const tokens = page.getByRole('dialog', { name: 'Save your recovery tokens' })
  await expect(tokens.getByRole('list', { name: 'Recovery tokens' })).toBeVisible()
  await scanBothThemes(page, 'recovery tokens dialog')
  await tokens.getByLabel('I have saved these recovery tokens somewhere safe').check()
  await tokens.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await expect(section.getByText('Two-factor authentication is on.')).toBeVisible()
  await section.getByRole('button', { name: /turn off/i }).click()
  const disable = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
  await expect(disable).toBeVisible()
  await scanBothThemes(page, '2FA disable dialog')
})

test('API key and SSH key dialogs: new secret, delete and remove confirmations', async ({
  page,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account/api')
  await page.getByLabel('Description').fill('Axe bot')
  await page.getByRole('button', { name: 'Create API key' }).click()
  const secret = page.getByRole('dialog', { name: 'Copy your new API key' })
  await expect(secret).toBeVisible()
  await scanBothThemes(page, 'new API key dialog')
  await secret.getByRole('button', { name: 'I’ve copied it' }).click()
  await expect(secret).toBeHidden()

  const row = page.getByRole('listitem').filter({ hasText: 'Axe bot' })
  await row.getByRole('button', { name: 'Delete API key “Axe bot”' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Axe bot”?' })
  await expect(confirm).toBeVisible()
  await scanBothThemes(page, 'API key delete confirmation')
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()

  await page.goto('/account/ssh')
  const key = page.getByRole('listitem').filter({ hasText: 'MacBook Pro' })
  await key.getByRole('button', { name: /^Remove SSH key/ }).click()
  const remove = page.getByRole('dialog', { name: /^Remove “MacBook Pro/ })
  await expect(remove).toBeVisible()
  await scanBothThemes(page, 'SSH key remove confirmation')
})

test('dashboard dialogs: stop and kill confirmations, and the mobile menu', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  const row = page.getByRole('article', { name: 'Survival SMP' })
  await expect(row.getByText('Running', { exact: true })).toBeVisible()

  for (const verb of ['Stop', 'Kill']) {
    await row.getByRole('button', { name: `${verb} Survival SMP` }).click()
    const dialog = page.getByRole('dialog', { name: `${verb} Survival SMP?` })
    await expect(dialog).toBeVisible()
    await scanBothThemes(page, `${verb.toLowerCase()} confirmation`)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }

  await page.setViewportSize({ width: 360, height: 740 })
  await page.getByRole('button', { name: 'Menu' }).click()
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible()
  await scanBothThemes(page, 'mobile menu open')
})
