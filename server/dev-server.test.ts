import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTalonDevServer, type TalonDevServer } from './dev-server'
import { send, startStub, type Stub } from './test-kit'

// `npm run dev` mounts the Talon app in Vite: panel routes, the API namespace and the relay go to
// Talon, everything else (the SPA, its modules, HMR) stays with Vite.
describe('the Talon dev server middleware', () => {
  let panel: Stub
  let dev: TalonDevServer
  let server: http.Server
  let base: string

  beforeAll(async () => {
    panel = await startStub()
    dev = await startTalonDevServer({ PANEL_URL: panel.url })
    server = http.createServer((req, res) =>
      dev.middleware(req, res, () => {
        res.writeHead(200, { 'Content-Type': 'text/plain' })
        res.end('vite')
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await dev.close()
    await panel.close()
  })

  it('hands panel routes to Talon and the rest to Vite', async () => {
    expect((await send(`${base}/`)).text).toBe('vite')
    expect((await send(`${base}/servers/abc`)).text).toBe('vite')
    expect((await send(`${base}/src/main.tsx`)).text).toBe('vite')

    const forwarded = await send(`${base}/api/client/account`, {
      headers: { Cookie: 'a=b', Referer: `${base}/` },
    })
    expect(forwarded.text).toBe('{"ok":true}')
    // With Talon's rules: the panel's origin upstream, JSON asked for.
    expect(panel.requests.at(-1)?.headers.origin).toBe(panel.url)
    expect(panel.requests.at(-1)?.headers.accept).toBe('application/json')

    // An old panel bookmark opened in the browser gets the SPA.
    const page = await send(`${base}/auth/login`, { headers: { Accept: 'text/html' } })
    expect(page.text).toBe('vite')
    // Other /api paths are Talon's 404, never the SPA.
    expect((await send(`${base}/api/application/users`)).status).toBe(404)
    // The relay's HTTP side answers too (an unsigned link is refused).
    expect((await send(`${base}/_talon/wings/download?u=a&e=1&s=b`)).status).toBe(403)
  })
})
