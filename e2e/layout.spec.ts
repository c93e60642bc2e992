import type { Page } from '@playwright/test'

import { DEMO, SECURE, expect, signIn, test } from './test-kit'

// Phone layout (360 px), keyboard paths and the theme switch.

const PHONE = { width: 360, height: 740 }
const MIN_TARGET = 44

interface Problem {
  what: string
  width?: number
  height?: number
}

/**
 * Everything wrong with the layout as a phone shows it: horizontal overflow, and primary controls
 * (buttons, inputs, selects, nav links and links styled as blocks/buttons) shorter than 44 px.
 * Inline text links (display: inline) are allowed to be smaller. Controls hidden with sr-only are
 * measured by their visible label (the theme switch's radios, checkboxes).
 */
async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate((min) => {
    const problems: { what: string; width?: number; height?: number }[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) {
      // Name the widest offenders so a failure says where to look.
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join('.')}`)
      problems.push({
        what: `horizontal overflow: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth} (${wide.join(', ')})`,
      })
    }
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        ''
      return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${name.trim().slice(0, 40)}"`
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type=hidden]), select, textarea, a[href]',
    )
    for (const el of controls) {
      let target: Element = el
      const style = getComputedStyle(el)
      if (el.tagName === 'A') {
        const inNav = el.closest('nav, header') !== null
        if (!inNav && style.display === 'inline') continue
      }
      let box = el.getBoundingClientRect()
      // sr-only inputs (custom radios/checkboxes) and tiny native checkboxes: their label is the target.
      const input = el as HTMLInputElement
      if (
        el.tagName === 'INPUT' &&
        (box.width <= 1 || ['checkbox', 'radio'].includes(input.type))
      ) {
        const label = input.labels?.[0]
        if (!label) continue
        target = label
        box = label.getBoundingClientRect()
      }
      // Not rendered (display: none), or visually hidden (sr-only, e.g. the skip link until focused).
      if (box.width <= 1 || box.height <= 1) continue
      const targetStyle = getComputedStyle(target)
      if (
        targetStyle.clipPath.startsWith('inset(50%') ||
        targetStyle.clip === 'rect(0px, 0px, 0px, 0px)'
      )
        continue
      if (targetStyle.visibility === 'hidden') continue
      if (box.height < min - 0.5) {
        problems.push({
          what: `too short: ${describe(el)}`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        })
      }
    }
    return problems
  }, MIN_TARGET)
}

/** An API key and an SSH key named `name`, added through the panel's API as the page would. */
async function addLongKeys(page: Page, name: string) {
  const statuses = await page.evaluate(async (name) => {
    const raw = document.cookie
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith('XSRF-TOKEN='))
    const post = (path: string, body: unknown) =>
      fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-Requested-With': 'XMLHttpRequest',
          'X-XSRF-TOKEN': decodeURIComponent(raw?.slice('XSRF-TOKEN='.length) ?? ''),
        },
        body: JSON.stringify(body),
      }).then((res) => res.status)
    return Promise.all([
      post('/api/client/account/api-keys', { description: name, allowed_ips: [] }),
      post('/api/client/account/ssh-keys', {
        name,
        public_key:
          'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2 e2e@laptop',
      }),
    ])
  }, name)
  expect(statuses).toEqual([200, 200])
}

async function expectPhoneLayout(page: Page, label: string) {
  expect(await layoutProblems(page), `layout problems on ${label} at 360 px`).toEqual([])
}

test.describe('phone layout, 360 px', () => {
  test.use({ viewport: PHONE })

  test('sign-in and checkpoint pages', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expectPhoneLayout(page, '/login')

    await signIn(page, SECURE.user, SECURE.password)
    await expect(page).toHaveURL(/\/login\/checkpoint/)
    await expect(page.getByLabel('Authentication code')).toBeVisible()
    await expectPhoneLayout(page, 'checkpoint')
  })

  test('every signed-in page, with the menu closed and open', async ({ page }) => {
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    const pages: [string, (p: Page) => Promise<void>][] = [
      ['/', (p) => expect(p.getByRole('meter').first()).toBeVisible()],
      ['/account', (p) => expect(p.getByText(DEMO.email).first()).toBeVisible()],
      [
        '/account/security',
        (p) => expect(p.getByText('Two-factor authentication is off.')).toBeVisible(),
      ],
      ['/account/api', (p) => expect(p.getByText('3 / 25', { exact: true })).toBeVisible()],
      ['/account/ssh', (p) => expect(p.getByText('MacBook Pro')).toBeVisible()],
      ['/account/activity', (p) => expect(p.getByRole('listitem').first()).toBeVisible()],
      [
        '/no-such-page',
        (p) => expect(p.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible(),
      ],
    ]
    for (const [url, ready] of pages) {
      await page.goto(url)
      await ready(page)
      await expectPhoneLayout(page, url)
    }
    await page.goto('/account')
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible()
    await expectPhoneLayout(page, '/account with the menu open')
  })

  // Issue 19, item 6: the settings section's side navigation is one sideways-scrolling row on a
  // phone, so each settings page starts on the first screen (not after a stack of links).
  test('the settings navigation is a compact row above the page', async ({ page }) => {
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    await page.goto('/account/ssh')
    await expect(page.getByRole('heading', { level: 1, name: 'SSH keys' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Account settings' })
    const navBox = (await nav.boundingBox())!
    expect(navBox.height).toBeLessThanOrEqual(64)
    // Every link sits on the same row; the current one is scrolled into view.
    const tops = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)))
    expect(tops).toHaveLength(5)
    expect(new Set(tops).size).toBe(1)
    const current = nav.getByRole('link', { name: 'SSH keys' })
    await expect(current).toHaveAttribute('aria-current', 'page')
    await expect(current).toBeInViewport({ ratio: 1 })
    // The page's heading is on the first screen.
    const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!
    expect(h1.y + h1.height).toBeLessThan(260)
    await expectPhoneLayout(page, '/account/ssh settings navigation')

    await nav.getByRole('link', { name: 'Password & security' }).click()
    await expect(page).toHaveURL('/account/security')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Password & security' }),
    ).toBeInViewport()
  })

  // Issue 19, item 9: a 300-character name stays in its row and its dialog, cut short with the
  // whole of it still there (title on hover, all of it in the dialog), fingerprints included.
  test('300-character names fit rows and dialogs', async ({ page }) => {
    const LONG = `${'Very long key name '.repeat(16)}end`.slice(0, 300)
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    await addLongKeys(page, LONG)

    for (const [url, button, dialogName] of [
      ['/account/api', /^Delete API key “Very long/, /^Delete “Very long/],
      ['/account/ssh', /^Remove SSH key “Very long/, /^Remove “Very long/],
    ] as const) {
      await page.goto(url)
      const name = page.getByText(LONG, { exact: true }).first()
      await expect(name).toBeVisible()
      await expect(name).toHaveAttribute('title', LONG)
      // At most two lines of it in the row.
      expect((await name.boundingBox())!.height).toBeLessThanOrEqual(52)
      await expectPhoneLayout(page, `${url} with a 300-character name`)

      await page.getByRole('button', { name: button }).click()
      const dialog = page.getByRole('dialog', { name: dialogName })
      await expect(dialog).toBeVisible()
      const box = (await dialog.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height)
      // The whole name is in the dialog, even if its title is cut short.
      await expect(dialog.getByText(LONG, { exact: true })).toBeAttached()
      const heading = (await dialog.getByRole('heading').first().boundingBox())!
      expect(heading.height).toBeLessThanOrEqual(90)
      await expectPhoneLayout(page, `${url} dialog with a 300-character name`)
      await page.keyboard.press('Escape')
    }
  })

  test('dialogs fit the screen', async ({ page }) => {
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    await page.goto('/account/api')
    await page
      .getByRole('button', { name: /^Delete API key/ })
      .first()
      .click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    await expectPhoneLayout(page, 'API key delete confirmation')
  })
})

/** Presses Tab until `done` says so (or gives up), returning what was focused on the way. */
async function tabUntil(page: Page, done: (focused: string) => boolean, max = 30) {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return '(body)'
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()
      return `${el.tagName.toLowerCase()}:${name}`
    })
    seen.push(focused)
    if (done(focused)) return seen
  }
  throw new Error(`Tab never got there; focused: ${seen.join(' → ')}`)
}

test.describe('keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
  })

  test('the skip link is first and moves focus to main', async ({ page }) => {
    await page.goto('/account')
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    // Visible while focused (not left as a 1 px sr-only box).
    const box = (await skip.boundingBox())!
    expect(box.width).toBeGreaterThan(40)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    // The next Tab continues inside main, not back at the header.
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement)),
    ).toBe(true)
  })

  test('Tab reaches every primary nav link, sign out, then the settings links', async ({
    page,
  }) => {
    await page.goto('/account')
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
    const seen = await tabUntil(page, (f) => f === 'button:Sign out')
    for (const link of ['Servers', 'Account']) {
      expect(seen, `Tab order: ${seen.join(' → ')}`).toContain(`a:${link}`)
    }
    const settings = await tabUntil(page, (f) => f === 'a:Activity')
    expect(settings.filter((f) => f.startsWith('a:'))).toEqual([
      'a:Profile',
      'a:Password & security',
      'a:API keys',
      'a:SSH keys',
      'a:Activity',
    ])
  })

  test('on a phone, the menu button opens the nav and Tab walks into it', async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.goto('/account/activity')
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
    await tabUntil(page, (f) => f === 'button:Menu')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    const seen = await tabUntil(page, (f) => f === 'a:Account')
    expect(seen).toContain('a:Servers')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/account')
    // Navigating closes the menu.
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  })

  test('a dialog traps focus and gives it back to its opener', async ({ page }) => {
    await page.goto('/account/api')
    const opener = page.getByRole('button', { name: /^Delete API key/ }).first()
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: /^Delete “/ })
    await expect(dialog).toBeVisible()
    const inDialog = () =>
      page.evaluate(() => {
        const d = document.querySelector('[role="dialog"]')
        return d !== null && d.contains(document.activeElement)
      })
    expect(await inDialog()).toBe(true)
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      expect(await inDialog(), `focus after Tab ×${i + 1}`).toBe(true)
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await inDialog(), `focus after Shift+Tab ×${i + 1}`).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()

    // Closing with the Cancel button returns focus too.
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  })
})

test.describe('theme', () => {
  const html = (page: Page) => page.locator('html')
  const DARK = /(^|\s)dark(\s|$)/

  test('the switch sets light, dark or system and is remembered across reloads', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await signIn(page, DEMO.user, DEMO.password)
    await expect(page).toHaveURL('/')
    const theme = page.getByRole('group', { name: 'Theme' }).first()
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked()
    await expect(html(page)).not.toHaveClass(DARK)

    await theme.getByTitle('Dark').click()
    await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(html(page)).toHaveClass(DARK)
    await page.reload()
    await expect(html(page)).toHaveClass(DARK)
    await expect(page.getByRole('radio', { name: 'Dark' }).first()).toBeChecked()

    // Light wins over a dark system; System follows it again.
    await page.emulateMedia({ colorScheme: 'dark' })
    await theme.getByTitle('Light').click()
    await expect(html(page)).not.toHaveClass(DARK)
    await page.reload()
    await expect(html(page)).not.toHaveClass(DARK)
    await theme.getByTitle('System').click()
    await expect(html(page)).toHaveClass(DARK)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(html(page)).not.toHaveClass(DARK)
  })

  test('the remembered theme is applied before the app script runs (no flash)', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/login')
    await page.evaluate(() => localStorage.setItem('talon:theme', 'dark'))

    // Hold every hashed script: whatever is on <html> while they wait came from theme.js alone.
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/assets/*.js', async (route) => {
      await released
      await route.continue()
    })
    await page.goto('/login', { waitUntil: 'commit' })
    // Parsed ('interactive') while the held module scripts have not run: index.html's static
    // first paint (data-startup) is still what #root holds.
    await page.waitForFunction(() => document.readyState !== 'loading')
    const state = await page.evaluate(() => ({
      dark: document.documentElement.classList.contains('dark'),
      appRan: document.querySelector('#root > [data-startup]') === null,
    }))
    release()
    expect(state).toEqual({ dark: true, appRan: false })
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(html(page)).toHaveClass(DARK)
  })

  test('theme.js is a same-origin, render-blocking script in <head>, allowed by the CSP', async ({
    request,
  }) => {
    const res = await request.get('/login', { headers: { Accept: 'text/html' } })
    expect(res.status()).toBe(200)
    const body = await res.text()
    const head = body.slice(0, body.indexOf('</head>'))
    const tag = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/.exec(head)
    expect(tag, 'a <script src> in <head>').not.toBeNull()
    const [scriptTag, src] = tag!
    expect(src).toBe('/theme.js')
    // Render-blocking: a classic script, neither async, deferred nor a module.
    expect(scriptTag).not.toMatch(/\b(async|defer)\b|type="module"/)
    // It comes before the stylesheet and the app's module script.
    expect(head.indexOf(scriptTag)).toBeLessThan(head.search(/<link[^>]+stylesheet|type="module"/))
    // No inline scripts anywhere in the page.
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)

    const csp = res.headers()['content-security-policy'] ?? ''
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? ''
    expect(scriptSrc.trim()).toBe("'self'")
    expect(scriptSrc).not.toContain('unsafe')

    const js = await request.get('/theme.js')
    expect(js.status()).toBe(200)
    expect(js.headers()['content-type']).toMatch(/javascript/)
    expect(await js.text()).toContain("localStorage.getItem('talon:theme')")
  })
})
