import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { browserStorage, DEMO, expect, signIn, test } from './support'

// The server area (/server/:id) in the built app, through Talon, against the demo panel. Until
// the demo panel's fake Wings and Talon's relay land, the page's WebSocket is a scripted Wings
// installed before load (it answers auth, logs, stats and commands like Wings); the token still
// comes from the panel through Talon. Journeys against the real fake Wings replace this.

function scriptedWings() {
  class ScriptedWings {
    static OPEN = 1
    readyState = 0
    url: string
    onopen: ((e: unknown) => void) | null = null
    onmessage: ((e: { data: string }) => void) | null = null
    onclose: ((e: unknown) => void) | null = null
    onerror: ((e: unknown) => void) | null = null
    private power = 'running'
    constructor(url: string) {
      this.url = url
      setTimeout(() => {
        this.readyState = 1
        this.onopen?.({})
      }, 10)
    }
    private emit(event: string, ...args: string[]) {
      this.onmessage?.({ data: JSON.stringify({ event, args }) })
    }
    send(raw: string) {
      const { event, args = [] } = JSON.parse(raw) as { event: string; args?: string[] }
      if (event === 'auth') {
        ;(window as unknown as { __wingsTokens: string[] }).__wingsTokens.push(args[0] ?? '')
        this.emit('auth success')
        this.emit('status', this.power)
      } else if (event === 'send logs') {
        this.emit('console output', '[INFO] Done (3.4s)! For help, type "help"')
      } else if (event === 'send command') {
        this.emit('console output', `[Server] ${(args[0] ?? '').replace(/^say /, '')}`)
      } else if (event === 'set state' && args[0] === 'stop') {
        this.power = 'stopping'
        this.emit('status', 'stopping')
        setTimeout(() => {
          this.power = 'offline'
          this.emit('status', 'offline')
        }, 200)
      } else if (event === 'set state' && args[0] === 'start') {
        this.power = 'starting'
        this.emit('status', 'starting')
        setTimeout(() => {
          this.power = 'running'
          this.emit('status', 'running')
        }, 200)
      }
    }
    close() {
      this.readyState = 3
    }
  }
  ;(window as unknown as { __wingsTokens: string[] }).__wingsTokens = []
  ;(window as unknown as { WebSocket: unknown }).WebSocket = ScriptedWings
}

async function openServer(page: Page) {
  await page.addInitScript(scriptedWings)
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('link', { name: 'Survival SMP' }).click()
  await expect(page).toHaveURL('/server/1a7ce997')
  await expect(page.getByRole('heading', { level: 1, name: 'Survival SMP' })).toBeVisible()
  await expect(page.getByText('Console connection: Connected')).toBeVisible()
}

test('a dashboard row opens its server: log, command echo, Stop and Start follow Wings', async ({
  page,
}) => {
  await openServer(page)
  const tabs = page.getByRole('navigation', { name: 'Server sections' })
  await expect(tabs.getByRole('link')).toHaveText(['Console', 'Settings', 'Activity'])
  await expect(page.getByText('Done (3.4s)!').first()).toBeVisible()

  await page.getByRole('textbox', { name: 'Command' }).fill('say hello')
  await page.getByRole('textbox', { name: 'Command' }).press('Enter')
  await expect(page.getByRole('log', { name: 'New console lines' })).toContainText(
    '[Server] hello',
    { timeout: 10_000 },
  )

  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled()
  await expect(page.getByText('Offline', { exact: true }).first()).toBeVisible()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page.getByText('Running', { exact: true }).first()).toBeVisible()
})

test('the Wings token never reaches storage or the address bar', async ({ page }) => {
  await openServer(page)
  const tokens = await page.evaluate(
    () => (window as unknown as { __wingsTokens: string[] }).__wingsTokens,
  )
  expect(tokens.length).toBe(1)
  const token = tokens[0] ?? ''
  expect(token.split('.')).toHaveLength(3)
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
    'sftp://demo.1a7ce997@fra1.nodes.demo-panel.test:2022',
  )

  await page.goto('/server/c41d7e2a')
  await expect(page.getByRole('heading', { name: 'This server is being installed' })).toBeVisible()
  await page.goto('/server/zz99zz99')
  await expect(page.getByRole('heading', { level: 1, name: 'Server not found' })).toBeVisible()
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
