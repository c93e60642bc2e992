import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { browserStorage, DEMO, expect, signIn, test } from './test-kit'

// The server area (/server/:id) in the built app, through Talon and its Wings relay, against
// the demo panel and its fake Wings (server/demo-panel/wings): the real socket protocol, tokens
// and power state machine (offline → starting → running after 3 s, stopping → offline after 3 s).

async function openServer(page: Page) {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await expect(page).toHaveURL('/server/1a7ce997')
  await expect(page.getByRole('heading', { level: 1, name: 'Survival SMP' })).toBeVisible()
  await expect(page.getByText('Console connection: Connected')).toBeVisible()
}

test('a dashboard row opens its server: log, command echo, Stop and Start follow Wings', async ({
  page,
  panel,
}) => {
  await openServer(page)
  const tabs = page.getByRole('navigation', { name: 'Server sections' })
  await expect(tabs.getByRole('link')).toHaveText([
    'Console',
    'Files',
    'Databases',
    'Schedules',
    'Users',
    'Backups',
    'Network',
    'Startup',
    'Settings',
    'Activity',
  ])
  await expect(page.getByRole('log', { name: 'New console lines' })).toContainText('Done (')

  await page.getByRole('textbox', { name: 'Command' }).fill('say hello')
  await page.getByRole('textbox', { name: 'Command' }).press('Enter')
  await expect(page.getByRole('log', { name: 'New console lines' })).toContainText('hello')

  // The header shows what Wings reports: stopping, then offline; starting, then running.
  const header = page.getByRole('main').locator('header')
  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await expect(header.getByText('Stopping', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Kill' })).toBeVisible()
  await panel.advance(3_000)
  await expect(header.getByText('Offline', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(header.getByText('Starting', { exact: true })).toBeVisible()
  await panel.advance(3_000)
  await expect(header.getByText('Running', { exact: true })).toBeVisible()
})

test('the Wings token never reaches storage or the address bar', async ({ page }) => {
  const answer = page.waitForResponse((r) => r.url().endsWith('/websocket'))
  await openServer(page)
  const { data } = (await (await answer).json()) as { data: { token: string; socket: string } }
  const token = data.token
  expect(token.split('.')).toHaveLength(3)
  // Talon's relay hands out a same-origin, path-absolute socket URL.
  expect(data.socket.startsWith('/')).toBe(true)
  expect(await browserStorage(page)).not.toContain(token)
  expect(page.url()).not.toContain(token)
})

test('settings show the SFTP login; a 409 server and an unknown one are explained', async ({
  page,
}) => {
  await openServer(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page).toHaveURL('/server/1a7ce997/settings')
  await expect(page.getByText('demo.1a7ce997', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open in SFTP client' })).toHaveAttribute(
    'href',
    // The served demo panel points its nodes at loopback listeners.
    /^sftp:\/\/demo\.1a7ce997@[\w.-]+:\d+$/,
  )

  await page.goto('/server/c41d7e2a')
  await expect(page.getByRole('heading', { name: 'This server is being installed' })).toBeVisible()
  await page.goto('/server/zz99zz99')
  await expect(page.getByRole('heading', { level: 1, name: 'Server not found' })).toBeVisible()
})

test('on a phone the tab row shows the current tab, even the last one opened by its address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 })
  await openServer(page)
  const tabs = page.getByRole('navigation', { name: 'Server sections' })
  const inView = async (name: string) => {
    const row = (await tabs.boundingBox())!
    const tab = (await tabs.getByRole('link', { name, exact: true }).boundingBox())!
    return tab.x >= row.x && tab.x + tab.width <= row.x + row.width
  }
  // The row does not fit: the last tabs start out of view.
  expect(await inView('Activity')).toBe(false)
  for (const [path, name] of [
    ['/settings', 'Settings'],
    ['/activity', 'Activity'],
    ['', 'Console'],
  ] as const) {
    await page.goto(`/server/1a7ce997${path}`)
    await expect(tabs.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect.poll(() => inView(name)).toBe(true)
  }
})

test('server pages pass axe at 360 px in light and dark', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 780 })
  await openServer(page)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [url, ready] of [
      ['/server/1a7ce997', 'Console connection: Connected'],
      ['/server/1a7ce997/settings', 'SFTP'],
      ['/server/1a7ce997/activity', 'All activity'],
      ['/server/8f06b5e3', 'This server is suspended'],
    ] as const) {
      await page.goto(url)
      await expect(page.getByText(ready, { exact: true }).first()).toBeVisible()
      await page.waitForFunction(() =>
        document
          .getAnimations()
          .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
      )
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa'])
        // xterm's own helper textarea and canvas layers are outside our markup.
        .exclude('.xterm-helper-textarea')
        .analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
        `axe on ${url} (${scheme})`,
      ).toEqual([])
    }
  }
})

test('a console left open across a token expiry keeps going: one new token, no repeated lines', async ({
  page,
  panel,
  context,
}) => {
  await context.grantPermissions(['clipboard-write'])
  // Talon's Permissions-Policy refuses clipboard reads (rightly): keep what the page writes.
  await page.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard)
    navigator.clipboard.writeText = (text: string) => {
      ;(window as unknown as { copied?: string }).copied = text
      return write(text)
    }
  })
  const tokenFetches: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/client/servers/1a7ce997/websocket')) {
      tokenFetches.push(request.method())
    }
  })
  await openServer(page)
  const log = page.getByRole('log', { name: 'New console lines' })
  await expect(log).toContainText('Done (')
  expect(tokenFetches).toHaveLength(1)

  // Nine minutes on, Wings' 30-second check finds a minute left and says `token expiring`.
  await panel.advance(9 * 60_000 + 1_000)
  await expect.poll(() => tokenFetches.length).toBe(2)
  const command = page.getByRole('textbox', { name: 'Command' })
  await command.fill('say still here')
  await command.press('Enter')
  await expect(log).toContainText('still here')

  // Past the first token's expiry: the console still answers on the fresh one.
  await panel.advance(2 * 60_000)
  await command.fill('say and later')
  await command.press('Enter')
  await expect(log).toContainText('and later')
  await expect(page.getByText('Console connection: Connected')).toBeVisible()
  expect(tokenFetches).toHaveLength(2)

  // The re-auth replayed nothing: the boot log is there once.
  await page.getByRole('button', { name: 'Copy the whole console log' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { copied?: string }).copied ?? ''))
    .toContain('and later')
  const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '')
  expect(copied.match(/Done \(/g)).toHaveLength(1)
  expect(copied).toContain('still here')
})
