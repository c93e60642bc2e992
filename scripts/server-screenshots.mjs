// Screenshots of the server area (not a test: no assertions). Starts the demo panel and Talon on
// E2E_PORT(+1), signs in as demo and opens the server pages; the console talks to the demo
// panel's fake Wings through Talon's relay (SCRIPTED_WINGS=1: a tiny in-page Wings instead).
//   E2E_PORT=4230 node scripts/server-screenshots.mjs [outDir]
import { setTimeout as sleep } from 'node:timers/promises'

import { takeScreenshots } from './lib/screenshot-kit.mjs'

const fakeWings = () => {
  class FakeWings {
    constructor(url) {
      this.url = url
      this.readyState = 0
      setTimeout(() => {
        this.readyState = 1
        this.onopen?.({})
      }, 50)
    }
    emit(event, ...args) {
      this.onmessage?.({ data: JSON.stringify({ event, args }) })
    }
    send(raw) {
      const { event, args } = JSON.parse(raw)
      if (event === 'auth') {
        this.emit('auth success')
        this.emit('status', 'running')
      } else if (event === 'send logs') {
        const lines = [
          '\u001b[33m[12:00:01 INFO]: Starting minecraft server version 1.21.1\u001b[0m',
          '[12:00:01 INFO]: Loading properties',
          '[12:00:02 INFO]: Preparing level "world"',
          '[12:00:05 INFO]: Done (3.412s)! For help, type "help"',
          '[12:01:10 INFO]: Steve joined the game',
          '[12:03:44 INFO]: <Steve> hello everyone, see https://example.com/rules',
        ]
        for (const l of lines) this.emit('console output', l)
      } else if (event === 'send stats') {
        this.stats()
        if (!this.timer) this.timer = setInterval(() => this.stats(), 1000)
      } else if (event === 'send command') {
        this.emit('console output', `[12:05:00 INFO]: [Server] ${args[0].replace(/^say /, '')}`)
      }
    }
    stats() {
      this.n = (this.n ?? 0) + 1
      const n = this.n
      this.emit(
        'stats',
        JSON.stringify({
          memory_bytes: 1_400_000_000 + Math.sin(n / 3) * 200_000_000,
          memory_limit_bytes: 4_294_967_296,
          cpu_absolute: 35 + Math.sin(n / 2) * 20,
          disk_bytes: 3_200_000_000,
          network: { rx_bytes: n * 120_000 + (n % 3) * 40_000, tx_bytes: n * 80_000 },
          uptime: 3_723_000 + n * 1000,
          state: 'running',
        }),
      )
    }
    close() {
      clearInterval(this.timer)
      this.readyState = 3
    }
  }
  globalThis.WebSocket = FakeWings
}

await takeScreenshots(
  {
    name: 'server-screenshots',
    port: Number(process.env.E2E_PORT ?? 4230),
    panelOptions: { faults: true, adminServers: 20 },
    out: process.argv[2] ?? '/tmp/shots',
    initScript: process.env.SCRIPTED_WINGS === '1' ? fakeWings : undefined,
  },
  async ({ page, file, save, signIn }) => {
    await signIn()
    const visit = async (path, label, wait) => {
      await page.goto(path)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      if (wait) await wait()
      await sleep(1500)
      await save(file(`server-${label}`), { fullPage: true })
    }
    await visit('/server/1a7ce997', 'console', () => page.getByText('Connected').waitFor())
    await visit('/server/1a7ce997/settings', 'settings')
    await visit('/server/1a7ce997/activity', 'activity')
    await visit('/server/c41d7e2a', 'installing')
    await visit('/server/8f06b5e3', 'suspended')
    await visit('/server/nope1234', 'not-found')
    await visit('/server/e6a19d08', 'subuser', () => page.getByText('Connected').waitFor())
  },
)
