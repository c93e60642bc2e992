/** Helpers for the server tests: a recording upstream stub, a temp dist/, raw HTTP. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TalonAppOptions } from './app'
import { createTalonApp } from './app'
import { listenTalon } from './listen'
import type { ListenerLimits } from './listen'

export interface Recorded {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  rawHeaders: string[]
  body: string
  closed: Promise<void>
}

export type StubHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: string,
) => void

export interface Stub {
  url: string
  requests: Recorded[]
  handle(handler: StubHandler): void
  close(): Promise<void>
}

const defaultHandler: StubHandler = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end('{"ok":true}')
}

/** A panel double that records every request it gets. */
export async function startStub(): Promise<Stub> {
  const requests: Recorded[] = []
  let handler = defaultHandler
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    const closed = new Promise<void>((resolve) => res.on('close', () => resolve()))
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        closed,
      })
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>'
export const ASSET_JS = `console.log(${JSON.stringify('talon '.repeat(400))});\n`

/** A throwaway dist/ with the shape Vite produces. */
export function makeDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'talon-dist-'))
  mkdirSync(path.join(dir, 'assets'))
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML)
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), ASSET_JS)
  writeFileSync(path.join(dir, 'assets', 'index-abc123.css'), 'body{color:red}')
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(path.join(dir, 'theme.js'), 'document.documentElement.dataset.theme="dark"')
  writeFileSync(path.join(dir, '.env'), 'SECRET=1')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface RunningTalon {
  url: string
  port: number
  close(): Promise<void>
}

/** Talon on a real socket (port 0), so raw request targets and peer addresses are real. */
export async function startTalon(
  options: TalonAppOptions,
  limits?: Partial<ListenerLimits>,
): Promise<RunningTalon> {
  const app = createTalonApp(options)
  // The production listener, so its limits (timeouts, connection cap) are what tests exercise.
  const server = await listenTalon(app, { port: 0, host: '127.0.0.1', limits })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface ProxySetup {
  panel: Stub
  /** A second host that must never be contacted. */
  other: Stub
  talon: RunningTalon
  close(): Promise<void>
}

/** The public URL the proxy suites' Talon is configured with (PUBLIC_URL). */
export const PUBLIC_URL = 'https://talon.example.com'

/** The proxy suites' setup: two stub hosts and Talon (no trusted proxy) in front of `panel`. */
export async function startProxySetup(dist: string, maxBodyBytes: number): Promise<ProxySetup> {
  const panel = await startStub()
  const other = await startStub()
  const talon = await startTalon({
    panelUrl: panel.url,
    dist,
    trustProxy: false,
    maxBodyBytes,
    publicUrl: PUBLIC_URL,
  })
  return {
    panel,
    other,
    talon,
    close: async () => {
      await Promise.all([talon.close(), panel.close(), other.close()])
    },
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string[]>
  body: string
}

/**
 * Sends bytes exactly as given (no client-side URL normalisation, unlike fetch/http.request),
 * with `Connection: close`, and parses the answer loosely.
 */
export function rawRequest(port: number, head: string, body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = text
        .slice(0, split === -1 ? undefined : split)
        .split('\r\n')
      const headers: Record<string, string[]> = {}
      for (const line of lines) {
        const i = line.indexOf(':')
        const name = line.slice(0, i).trim().toLowerCase()
        ;(headers[name] ??= []).push(line.slice(i + 1).trim())
      }
      resolve({
        status: Number(statusLine.split(' ')[1] ?? 0),
        headers,
        body: split === -1 ? '' : text.slice(split + 4),
      })
    })
    socket.write(`${head.replace(/\r?\n/g, '\r\n').trimEnd()}\r\nConnection: close\r\n\r\n${body}`)
  })
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export interface SimpleResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  text: string
}

/** http.request based client: unlike fetch it lets tests send any header (Connection, TE …). */
export function send(
  url: string,
  init: {
    method?: string
    headers?: Record<string, string | string[]>
    body?: string | Buffer
  } = {},
): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: init.method ?? 'GET',
      headers: init.headers,
      agent: false,
    })
    req.on('error', reject)
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text: body.toString('utf8'),
        })
      })
    })
    req.end(init.body)
  })
}
