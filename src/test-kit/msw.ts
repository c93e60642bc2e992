import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'

import type { DemoPanel, DemoPanelOptions } from '#server/demo-panel/types'

// The demo panel is Node code (node:crypto, Buffer). Importing it statically would pull it — and
// Node's global types — into the SPA's type-check, so it is loaded through a path TypeScript does
// not follow; only its dependency-free types file is imported (types only, erased at build).

interface DemoPanelModule {
  createDemoPanel: (options?: DemoPanelOptions) => DemoPanel
}

const DEMO_PANEL_MODULE = '../../server/demo-panel/index.ts'
const { createDemoPanel } = (await import(/* @vite-ignore */ DEMO_PANEL_MODULE)) as DemoPanelModule

// Every request the app makes goes to ONE handler: a fresh demo panel (the same double the
// browser tests and `npm start` use). A tiny cookie jar emulates the browser: it keeps the
// panel's Set-Cookie, sends Cookie back, and mirrors non-HttpOnly cookies (XSRF-TOKEN) into
// document.cookie so the client can read them.

// Created on first use: seeding hashes passwords, and pure unit tests never need a panel.
let panel: DemoPanel | undefined
let panelOptions: DemoPanelOptions = { faults: true }
const jar = new Map<string, { value: string; httpOnly: boolean }>()

function clearDocumentCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

/** Fresh panel state (seed data, no sessions) and an empty cookie jar. Called before each test. */
export function resetDemoPanel(options?: DemoPanelOptions) {
  panel = undefined
  // Faults on: tests make the double fail through its own rules (faults.ts).
  panelOptions = { faults: true, ...options }
  jar.clear()
  clearDocumentCookies()
}

/** Cookies the "browser" holds (names only are interesting to tests). */
export function jarCookies(): ReadonlyMap<string, string> {
  return new Map([...jar].map(([name, c]) => [name, c.value]))
}

function storeSetCookie(header: string) {
  const [pair = '', ...attrs] = header.split(';')
  const eq = pair.indexOf('=')
  if (eq <= 0) return
  const name = pair.slice(0, eq).trim()
  const value = pair.slice(eq + 1).trim()
  const lower = attrs.map((a) => a.trim().toLowerCase())
  const httpOnly = lower.includes('httponly')
  const maxAge = lower.find((a) => a.startsWith('max-age='))
  const expires = attrs.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('expires='))
  const expired =
    (maxAge !== undefined && Number(maxAge.slice(8)) <= 0) ||
    (expires !== undefined && Date.parse(expires.slice(8)) <= Date.now()) ||
    value === '' ||
    value === 'deleted'
  if (expired) {
    jar.delete(name)
    if (!httpOnly) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
    return
  }
  jar.set(name, { value, httpOnly })
  if (!httpOnly) document.cookie = `${name}=${value}; path=/`
}

/** Requests a test makes without the app's client (e.g. to sign in before rendering). */
export async function panelFetch(request: Request): Promise<Response> {
  const headers = new Headers(request.headers)
  if (jar.size > 0) {
    headers.set('Cookie', [...jar].map(([name, c]) => `${name}=${c.value}`).join('; '))
  }
  // A browser on the Talon origin sends Referer (and Origin on unsafe methods).
  const origin = new URL(request.url).origin
  if (!headers.has('Referer')) headers.set('Referer', `${window.location.origin}/`)
  if (request.method !== 'GET' && request.method !== 'HEAD' && !headers.has('Origin')) {
    headers.set('Origin', origin)
  }
  const body =
    request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
  const forwarded = new Request(request.url, { method: request.method, headers, body })
  panel ??= createDemoPanel(panelOptions)
  const response = await panel.fetch(forwarded, { ip: '127.0.0.1' })
  for (const header of response.headers.getSetCookie()) storeSetCookie(header)
  return response
}

export const server = setupServer(http.all('*', ({ request }) => panelFetch(request)))

// A success answer with chosen attributes (failures come from the panel's fault rules: faults.ts).

/** GET /api/client/account as the panel answers it for `demo`, with some attributes replaced. */
export function demoAccountAnswer(attributes: Record<string, unknown>) {
  return HttpResponse.json({
    object: 'user',
    attributes: {
      id: 2,
      admin: false,
      username: 'demo',
      email: 'demo@example.com',
      first_name: 'Demo',
      last_name: 'User',
      language: 'en',
      ...attributes,
    },
  })
}
