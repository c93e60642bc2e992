import type { Locator, Page } from '@playwright/test'

import { UPSTREAM_TIMEOUT_MS } from '../playwright.config'
import type { FaultRuleBody } from '../server/demo-panel/faults'

import {
  ADMIN,
  DEMO,
  SECURE,
  expect,
  signIn,
  test,
  type Clocks,
  type PanelControl,
} from './test-kit'

// The fault matrix: every form and every page, against every way the panel fails. Each case
// asserts the plain message, that typed input is still there, and that a retry goes through once
// the fault is gone. Faults are `times`-limited and cleared after each case.

type Fault = Omit<FaultRuleBody, 'path' | 'method'>

interface FaultCase {
  name: string
  fault: Fault
  message: string | RegExp
}

const PANEL_500 = 'The panel ran into a problem. Try again in a moment.'
const PANEL_DOWN = "Can't reach the panel right now. Try again in a moment."
const UNREADABLE = 'The panel sent a response Talon could not read.'
const CSRF = 'Your security token expired. Try again; if it keeps happening, reload the page.'
const SLOW = 'The panel took too long to answer. Try again in a moment.'

/**
 * Failures of a form submit. Mutations are never retried, so one fault is one failure. Ordered so
 * that two neighbours never share a message (each case must show its own, not the last one's).
 * The slow panel hangs; Talon answers 504 after UPSTREAM_TIMEOUT_MS (2 s, playwright.config.ts):
 * Talon's own deadline is real time, the one wait in this file that no clock can skip.
 * A 419 is retried once after a fresh CSRF cookie, so a persistent one (3 in a row) reaches the
 * form after two of them; the third is left for the final retry, which must absorb it unnoticed.
 */
const FORM_FAULTS: FaultCase[] = [
  { name: 'panel 500', fault: { status: 500, times: 1 }, message: PANEL_500 },
  { name: 'panel down (502)', fault: { status: 502, times: 1 }, message: PANEL_DOWN },
  { name: 'malformed JSON', fault: { malformed: true, times: 1 }, message: UNREADABLE },
  { name: 'slow panel (timeout)', fault: { hang: true, times: 1 }, message: SLOW },
  {
    name: '429 with Retry-After',
    fault: { status: 429, retryAfter: 42, times: 1 },
    message: 'Too many attempts. Try again in 42 seconds.',
  },
  { name: 'persistent 419', fault: { status: 419, times: 3 }, message: CSRF },
]

interface FormUnderTest {
  name: string
  /** Regex source of the panel path the submit hits. */
  path: string
  method: string
  /** The form (or dialog) holding the fields, the alert and the submit button. */
  form: Locator
  submit: Locator
  /** Fields with the text typed into them; each must keep it through every failure. */
  fields: [Locator, string][]
  /** The cases to run, when the form answers some differently (default FORM_FAULTS). */
  cases?: FaultCase[]
}

async function fill(fields: [Locator, string][]) {
  for (const [field, value] of fields) await field.fill(value)
}

/**
 * Runs every FORM_FAULTS case against the filled form, then the retry. Faults are never cleared
 * globally (other tabs run their own forms at the same time): each case uses its faults up.
 * `beforeRetry` may refresh a field (a TOTP code) just before the final submit.
 */
async function failEveryWayThenRetry(
  page: Page,
  panel: PanelControl,
  f: FormUnderTest,
  beforeRetry?: () => Promise<void>,
) {
  const pattern = new RegExp(f.path)
  let sent = 0
  page.on('request', (r) => {
    if (r.method() === f.method && pattern.test(new URL(r.url()).pathname)) sent++
  })
  await fill(f.fields)
  for (const c of f.cases ?? FORM_FAULTS) {
    await test.step(`${f.name}: ${c.name}`, async () => {
      await panel.fault({ path: f.path, method: f.method, ...c.fault })
      await f.submit.click()
      await expect(f.form.getByRole('alert')).toHaveText(c.message)
      // A lockout keeps the button disabled until its countdown ends.
      await expect(f.submit).toBeEnabled()
      await expect(f.submit).not.toHaveAttribute('aria-busy', 'true')
      for (const [field, value] of f.fields) await expect(field).toHaveValue(value)
    })
  }
  await test.step(`${f.name}: retry (absorbs the last 419)`, async () => {
    await beforeRetry?.()
    const before = sent
    await f.submit.click()
    await expect(f.form.getByRole('alert')).toHaveCount(0)
    // One request met the leftover 419, the second (after a fresh CSRF cookie) went through.
    await expect.poll(() => sent - before).toBe(2)
  })
}

/** Fills the sign-in form the app is showing (keeps its ?redirect=). */
async function signInHere(page: Page, user: string, password: string) {
  await page.getByLabel('Username or email').fill(user)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test('sign-in and 2FA checkpoint: every panel failure keeps the input; the retry signs in', async ({
  page,
  browser,
  panel,
}) => {
  // The checkpoint runs in a second browser, signed in with a password first (before the
  // sign-in form's faults start, which share the /auth/login path).
  const other = await browser.newContext()
  const checkpoint = await other.newPage()
  await signIn(checkpoint, SECURE.user, SECURE.password)
  await expect(checkpoint).toHaveURL('/login/checkpoint')
  await page.goto('/login')

  const code = checkpoint.getByLabel('Authentication code')
  await Promise.all([
    (async () => {
      await failEveryWayThenRetry(page, panel, {
        name: 'sign-in',
        path: '^/auth/login$',
        method: 'POST',
        form: page.locator('form'),
        submit: page.getByRole('button', { name: 'Sign in' }),
        fields: [
          [page.getByLabel('Username or email'), DEMO.user],
          [page.getByLabel('Password', { exact: true }), DEMO.password],
        ],
        // Sign-in turns a 429's Retry-After into a live countdown with the button disabled
        // (two seconds here, so the next case can go on).
        cases: FORM_FAULTS.map((c) =>
          c.fault.status === 429
            ? {
                ...c,
                fault: { ...c.fault, retryAfter: 2 },
                message: /^Too many sign-in attempts\. Try again in [12] seconds?\./,
              }
            : c,
        ),
      })
      await expect(page).toHaveURL('/')
    })(),
    (async () => {
      await failEveryWayThenRetry(
        checkpoint,
        panel,
        {
          name: 'checkpoint',
          path: '^/auth/login/checkpoint$',
          method: 'POST',
          form: checkpoint.locator('form'),
          submit: checkpoint.getByRole('button', { name: 'Verify' }),
          fields: [[code, await panel.totp(SECURE.secret)]],
        },
        // The panel accepts codes within ±2 minutes; type the current one in case a step went by.
        async () => code.fill(await panel.totp(SECURE.secret)),
      )
      await expect(checkpoint).toHaveURL('/')
    })(),
  ])
  await other.close()
})

const SSH_PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINzy3Zgt9hsvmCcHwvG0QY7hM/39zvI9aLV2dNV0iGXe fault@talon'

test('every signed-in form: each panel failure keeps the input; the retry saves', async ({
  page,
  context,
  browser,
  panel,
}) => {
  test.setTimeout(120_000) // five tabs at once, CPU-bound on a shared 2-core machine
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  // One tab per form, side by side: each form's faults are on its own path. The password change
  // runs as another user (its success would break the others' current-password checks).
  const [emailTab, twoFactorTab, apiTab, sshTab] = [
    page,
    ...(await Promise.all([1, 2, 3].map(() => context.newPage()))),
  ] as [Page, Page, Page, Page]
  const adminContext = await browser.newContext()
  const passwordTab = await adminContext.newPage()
  await signIn(passwordTab, ADMIN.user, ADMIN.password)
  await expect(passwordTab).toHaveURL('/')

  const emailForm = async () => {
    await emailTab.goto('/account')
    const email = emailTab.getByRole('region', { name: 'Email address' })
    await failEveryWayThenRetry(emailTab, panel, {
      name: 'email',
      path: '^/api/client/account/email$',
      method: 'PUT',
      form: email,
      submit: email.getByRole('button', { name: 'Change email' }),
      fields: [
        [email.getByLabel('New email address'), 'demo.faults@example.com'],
        [email.getByLabel('Current password'), DEMO.password],
      ],
    })
    await expect(email.getByRole('status')).toContainText('Email address changed.')
  }

  const passwordForm = async () => {
    await passwordTab.goto('/account/security')
    const password = passwordTab.getByRole('region', { name: 'Password', exact: true })
    await failEveryWayThenRetry(passwordTab, panel, {
      name: 'password',
      path: '^/api/client/account/password$',
      method: 'PUT',
      form: password,
      submit: password.getByRole('button', { name: 'Change password' }),
      fields: [
        [password.getByLabel('Current password'), ADMIN.password],
        [password.getByLabel('New password', { exact: true }), 'correct-horse-1'],
        [password.getByLabel('Confirm new password'), 'correct-horse-1'],
      ],
    })
    await expect(password.getByRole('status')).toContainText('Password changed.')
  }

  const twoFactor = async () => {
    const tab = twoFactorTab
    await tab.goto('/account/security')
    const section = tab.getByRole('region', { name: 'Two-factor authentication' })
    await expect(section.getByText('Two-factor authentication is off.')).toBeVisible()

    // The setup key request fails first: a plain message and a Retry in the dialog.
    await panel.fault({
      path: '^/api/client/account/two-factor$',
      method: 'GET',
      status: 502,
      times: 1,
    })
    await section.getByRole('button', { name: 'Set up' }).click()
    const dialog = tab.getByRole('dialog', { name: 'Set up two-factor authentication' })
    await expect(dialog.getByRole('alert')).toContainText(PANEL_DOWN)
    await dialog.getByRole('button', { name: 'Retry' }).click()
    const key = dialog.locator('code')
    await expect(key).toHaveText(/[A-Z2-7]/)
    const secret = ((await key.textContent()) ?? '').replace(/\s+/g, '')
    const code = dialog.getByLabel('Authentication code')

    await failEveryWayThenRetry(
      tab,
      panel,
      {
        name: '2FA enable',
        path: '^/api/client/account/two-factor$',
        method: 'POST',
        form: dialog.getByRole('form', { name: 'Confirm two-factor setup' }),
        submit: dialog.getByRole('button', { name: 'Turn on' }),
        fields: [
          [code, await panel.totp(secret)],
          [dialog.getByLabel('Password', { exact: true }), DEMO.password],
        ],
      },
      async () => code.fill(await panel.totp(secret)),
    )
    const tokens = tab.getByRole('dialog', { name: 'Save your recovery tokens' })
    await expect(tokens).toBeVisible()
    await tokens.getByLabel('I have saved these recovery tokens somewhere safe').check()
    await tokens.getByRole('button', { name: 'Done' }).click()
    await expect(section.getByText('Two-factor authentication is on.')).toBeVisible()

    await section.getByRole('button', { name: 'Turn off' }).click()
    const off = tab.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
    await failEveryWayThenRetry(tab, panel, {
      name: '2FA disable',
      path: '^/api/client/account/two-factor/disable$',
      method: 'POST',
      form: off,
      submit: off.getByRole('button', { name: 'Turn off' }),
      fields: [[off.getByLabel('Password', { exact: true }), DEMO.password]],
    })
    await expect(off).toHaveCount(0)
    await expect(section.getByText('Two-factor authentication is off.')).toBeVisible()
  }

  const apiKey = async () => {
    await apiTab.goto('/account/api')
    const form = apiTab.getByRole('form', { name: 'Create API key' })
    await failEveryWayThenRetry(apiTab, panel, {
      name: 'API key',
      path: '^/api/client/account/api-keys$',
      method: 'POST',
      form,
      submit: form.getByRole('button', { name: 'Create API key' }),
      fields: [
        [form.getByLabel('Description'), 'Fault bot'],
        [form.getByLabel('Allowed IPs'), '127.0.0.1\n10.0.0.0/8'],
      ],
    })
    const created = apiTab.getByRole('dialog', { name: 'Copy your new API key' })
    await expect(created.locator('code').first()).toHaveText(/^ptlc_/)
    await created.getByRole('button', { name: 'I’ve copied it' }).click()
    await expect(apiTab.getByRole('listitem').filter({ hasText: 'Fault bot' })).toBeVisible()
  }

  const sshKey = async () => {
    await sshTab.goto('/account/ssh')
    const form = sshTab.getByRole('form', { name: 'Add SSH key' })
    await failEveryWayThenRetry(sshTab, panel, {
      name: 'SSH key',
      path: '^/api/client/account/ssh-keys$',
      method: 'POST',
      form,
      submit: form.getByRole('button', { name: 'Add SSH key' }),
      fields: [
        [form.getByLabel('Name'), 'Fault laptop'],
        [form.getByLabel('Public key'), SSH_PUBLIC_KEY],
      ],
    })
    await expect(sshTab.getByRole('listitem').filter({ hasText: 'Fault laptop' })).toBeVisible()
    await expect(form.getByLabel('Public key')).toHaveValue('')
  }

  await Promise.all([emailForm(), passwordForm(), twoFactor(), apiKey(), sshKey()])
  await adminContext.close()
})

interface PageUnderTest {
  url: string
  /** Regex source of the request whose failure the page must explain. */
  path: string
  /** Something only the loaded page shows. */
  loaded: (page: Page) => Locator
}

const PAGES: PageUnderTest[] = [
  {
    url: '/',
    path: '^/api/client$',
    loaded: (page) => page.getByText('Survival SMP').first(),
  },
  {
    url: '/account/api',
    path: '^/api/client/account/api-keys$',
    loaded: (page) => page.getByText('3 / 25', { exact: true }),
  },
  {
    url: '/account/ssh',
    path: '^/api/client/account/ssh-keys$',
    loaded: (page) => page.getByText('MacBook Pro'),
  },
  {
    url: '/account/activity',
    path: '^/api/client/account/activity$',
    loaded: (page) => page.getByRole('list', { name: 'Activity entries' }),
  },
]

/**
 * /account's own data is the account, which every signed-in route's loader fetches: its failure
 * is the route error page. Tested on its own, since other pages' loaders would take its faults.
 */
const ACCOUNT_PAGE: PageUnderTest = {
  url: '/account',
  path: '^/api/client/account$',
  loaded: (page) => page.getByRole('region', { name: 'Account details' }).getByText(DEMO.email),
}

/**
 * First-load failures. Queries retry 5xx twice (after 1 s and 2 s on the page's clock, which the
 * test moves on), so those faults last for three requests; a Retry-After over 30 s and an
 * unreadable answer are not retried at all.
 */
const PAGE_FAULTS: FaultCase[] = [
  { name: 'panel 500', fault: { status: 500, times: 3 }, message: PANEL_500 },
  { name: 'panel down (502)', fault: { status: 502, times: 3 }, message: PANEL_DOWN },
  {
    name: '429 with Retry-After',
    fault: { status: 429, retryAfter: 60, times: 1 },
    message: 'Too many attempts. Try again in 60 seconds.',
  },
  { name: 'malformed JSON', fault: { malformed: true, times: 1 }, message: UNREADABLE },
]

/** A panel that stays too slow: three of Talon's timeouts (first try + two retries). */
const SLOW_PAGE: FaultCase = {
  name: 'slow panel (timeout)',
  fault: { hang: true, times: 3 },
  message: SLOW,
}

async function pageFailsThenRecovers(
  page: Page,
  panel: PanelControl,
  clock: Clocks,
  p: PageUnderTest,
  c: FaultCase,
) {
  await test.step(`${p.url}: ${c.name}`, async () => {
    await panel.fault({ path: p.path, method: 'GET', ...c.fault })
    await page.goto(p.url)
    // The query's retries wait on the page's clock: move it on until the last one has failed.
    const alert = page.getByRole('alert').filter({ hasText: c.message })
    await clock.advanceUntil(() => expect(alert).toBeVisible({ timeout: 500 }))
    // Every fault is used up by now (no clearFaults: other tabs run theirs at the same time).
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(p.loaded(page)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  })
}

test('every page explains a failed first load and recovers with Retry', async ({
  page,
  context,
  panel,
  clock,
}) => {
  test.setTimeout(120_000) // four tabs at once, CPU-bound on a shared 2-core machine
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  // The dashboard's own first load must be over before its path gets faults.
  await expect(PAGES[0]!.loaded(page)).toBeVisible()

  // The pages fetch different paths, so each runs its cases in its own tab, side by side.
  const tabs = [page, ...(await Promise.all(PAGES.slice(1).map(() => context.newPage())))]
  await Promise.all(
    PAGES.map(async (p, i) => {
      const tab = tabs[i]!
      for (const c of PAGE_FAULTS) await pageFailsThenRecovers(tab, panel, clock, p, c)
      if (p.url === '/account/activity') {
        // One slow answer (Talon gives up on it) is absorbed by the automatic retry: no message.
        const latencyMs = 2 * UPSTREAM_TIMEOUT_MS
        await panel.fault({ path: p.path, method: 'GET', latencyMs, times: 1 })
        await tab.goto(p.url)
        await clock.advanceUntil(() => expect(p.loaded(tab)).toBeVisible({ timeout: 500 }))
        await expect(tab.getByRole('alert')).toHaveCount(0)
      }
    }),
  )

  // Then /account (whose account request every other page's loader makes too) beside a page
  // whose panel stays too slow, started first so its loader is done before /account's faults.
  const ssh = PAGES.find((p) => p.url === '/account/ssh')!
  const sshTab = tabs[PAGES.indexOf(ssh)]!
  // Its loader asks for the account beside the key list: /account's faults wait until that
  // account answer is in (not merely until the key list was asked for, which raced it on CI).
  const sshTabHasAccount = sshTab.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/client/account',
  )
  const slow = pageFailsThenRecovers(sshTab, panel, clock, ssh, SLOW_PAGE)
  await sshTabHasAccount
  await Promise.all([
    slow,
    (async () => {
      for (const c of PAGE_FAULTS) await pageFailsThenRecovers(page, panel, clock, ACCOUNT_PAGE, c)
    })(),
  ])
})

// ── 401 in the middle of a form ──────────────────────────────────────────────────────────────
// panel.reset drops every session while a form has text in it. The submit must lead to the
// sign-in page with a redirect back, and signing in must land on the same page again.
// Secrets (passwords, 2FA codes) are not carried across the sign-in: they are gone afterwards.
// What is not secret — the new email address, the API key description/IPs, the SSH key name and
// public key — is back in its field after the same account signs in again (held in memory only,
// src/lib/form-drafts.ts), so the person only re-types the password and submits.

async function expectSentToSignIn(page: Page, from: string) {
  await expect(page).toHaveURL(
    new RegExp(
      `/login\\?redirect=${encodeURIComponent(from).replace(/\//g, '%2F')}&reason=expired`,
    ),
  )
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible()
}

test('a session that ends mid-form leads to sign-in and back (account, 2FA, keys)', async ({
  page,
  panel,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.goto('/account')

  // Email form.
  const email = page.getByRole('region', { name: 'Email address' })
  await email.getByLabel('New email address').fill('demo.expired@example.com')
  await email.getByLabel('Current password').fill(DEMO.password)
  await panel.reset()
  await email.getByRole('button', { name: 'Change email' }).click()
  await expectSentToSignIn(page, '/account')
  await signInHere(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/account')
  await expect(email.getByLabel('New email address')).toHaveValue('demo.expired@example.com')
  await expect(email.getByLabel('Current password')).toHaveValue('')

  // Password form.
  await page.goto('/account/security')
  const password = page.getByRole('region', { name: 'Password', exact: true })
  await password.getByLabel('Current password').fill(DEMO.password)
  await password.getByLabel('New password', { exact: true }).fill('correct-horse-1')
  await password.getByLabel('Confirm new password').fill('correct-horse-1')
  await panel.reset()
  await password.getByRole('button', { name: 'Change password' }).click()
  await expectSentToSignIn(page, '/account/security')
  await signInHere(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/account/security')
  await expect(password.getByLabel('Current password')).toHaveValue('')

  // 2FA enable.
  const section = page.getByRole('region', { name: 'Two-factor authentication' })
  await section.getByRole('button', { name: 'Set up' }).click()
  const dialog = page.getByRole('dialog', { name: 'Set up two-factor authentication' })
  const secret = ((await dialog.locator('code').textContent()) ?? '').replace(/\s+/g, '')
  await dialog.getByLabel('Authentication code').fill(await panel.totp(secret))
  await dialog.getByLabel('Password', { exact: true }).fill(DEMO.password)
  await panel.reset()
  await dialog.getByRole('button', { name: 'Turn on' }).click()
  await expectSentToSignIn(page, '/account/security')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await signInHere(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/account/security')
  await expect(section.getByText('Two-factor authentication is off.')).toBeVisible()

  // API key.
  await page.goto('/account/api')
  const apiForm = page.getByRole('form', { name: 'Create API key' })
  await apiForm.getByLabel('Description').fill('Expired bot')
  await panel.reset()
  await apiForm.getByRole('button', { name: 'Create API key' }).click()
  await expectSentToSignIn(page, '/account/api')
  await signInHere(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/account/api')
  await expect(page.getByText('3 / 25', { exact: true })).toBeVisible()
  await expect(apiForm.getByLabel('Description')).toHaveValue('Expired bot')

  // SSH key.
  await page.goto('/account/ssh')
  const sshForm = page.getByRole('form', { name: 'Add SSH key' })
  await sshForm.getByLabel('Name').fill('Expired laptop')
  await sshForm.getByLabel('Public key').fill(SSH_PUBLIC_KEY)
  await panel.reset()
  await sshForm.getByRole('button', { name: 'Add SSH key' }).click()
  await expectSentToSignIn(page, '/account/ssh')
  await signInHere(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/account/ssh')
  await expect(page.getByText('MacBook Pro')).toBeVisible()
  await expect(sshForm.getByLabel('Name')).toHaveValue('Expired laptop')
  await expect(sshForm.getByLabel('Public key')).toHaveValue(SSH_PUBLIC_KEY)

  // A first load with no session goes the same way.
  await panel.reset()
  await page.goto('/account/activity')
  await expect(page).toHaveURL(/\/login\?redirect=%2Faccount%2Factivity/)
})

test('a session that ends while turning 2FA off leads to sign-in and back', async ({
  page,
  panel,
}) => {
  await signIn(page, SECURE.user, SECURE.password)
  await page.getByLabel('Authentication code').fill(await panel.totp(SECURE.secret))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page).toHaveURL('/')
  await page.goto('/account/security')
  const section = page.getByRole('region', { name: 'Two-factor authentication' })
  await section.getByRole('button', { name: 'Turn off' }).click()
  const off = page.getByRole('dialog', { name: 'Turn off two-factor authentication?' })
  await off.getByLabel('Password', { exact: true }).fill(SECURE.password)
  await panel.reset()
  await off.getByRole('button', { name: 'Turn off' }).click()
  await expectSentToSignIn(page, '/account/security')
  await signInHere(page, SECURE.user, SECURE.password)
  await expect(page).toHaveURL(/\/login\/checkpoint\?redirect=%2Faccount%2Fsecurity/)
  await page.getByLabel('Authentication code').fill(await panel.totp(SECURE.secret))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page).toHaveURL('/account/security')
  await expect(section.getByText('Two-factor authentication is on.')).toBeVisible()
})
