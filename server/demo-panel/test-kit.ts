import { expect } from 'vitest'

import type { DemoClock } from './clock'
import { createDemoPanel, type DemoPanel, type DemoPanelOptions } from './index'

// Test helpers: a manual clock, a browser-like client with a cookie jar (XSRF header echoed the
// way axios does it), and a tiny structural matcher for bodies that contain random values.

export const ORIGIN = 'http://127.0.0.1:8081'
export const START = Date.UTC(2024, 9, 24, 12, 0, 0)

export interface Clock {
  now: () => number
  advance(ms: number): void
}

export function createClock(start = START): Clock {
  let current = start
  return { now: () => current, advance: (ms) => void (current += ms) }
}

/**
 * Waits for `work` (a request whose answer waits on the demo clock), moving `clock` on by each
 * timer the panel sets meanwhile: it waits on the timer being set, never on real time. Returns
 * the answer and how far the clock was moved.
 */
/** Demo time after which settleOnClock gives up (a request that never answers). */
const SETTLE_LIMIT_MS = 24 * 3_600_000

export async function settleOnClock<T>(
  clock: DemoClock,
  work: Promise<T>,
): Promise<{ result: T; advancedMs: number }> {
  const setTimer = clock.setTimer.bind(clock)
  const pending: number[] = []
  let wake = (): void => {}
  clock.setTimer = (ms, fn) => {
    pending.push(ms)
    wake()
    return setTimer(ms, fn)
  }
  let done = false
  const result = work.finally(() => {
    done = true
    wake()
  })
  let advancedMs = 0
  try {
    while (!done) {
      const ms = pending.shift()
      if (ms === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      clock.advance(ms)
      advancedMs += ms
      // A timer that re-arms itself (a ticker) would otherwise keep this loop busy without ever
      // letting the request's own continuation run.
      await new Promise<void>((resolve) => setImmediate(resolve))
      if (advancedMs > SETTLE_LIMIT_MS)
        throw new Error(`settleOnClock: no answer after ${SETTLE_LIMIT_MS} ms of demo time`)
    }
    return { result: await result, advancedMs }
  } finally {
    clock.setTimer = setTimer
  }
}

/**
 * Resolves once a timer of exactly `ms` is set on `clock`: a request that waits on the demo clock
 * has reached that wait, and the test can move time by exactly that much. Other timers set
 * meanwhile (the game process's stats ticker, a socket's) are let through untouched.
 */
export function timerSet(clock: DemoClock, ms: number): Promise<void> {
  const setTimer = clock.setTimer.bind(clock)
  return new Promise((resolve) => {
    clock.setTimer = (duration, fn) => {
      const cancel = setTimer(duration, fn)
      if (duration === ms) {
        clock.setTimer = setTimer
        resolve()
      }
      return cancel
    }
  })
}

export function makePanel(options: DemoPanelOptions = {}): { panel: DemoPanel; clock: Clock } {
  const clock = createClock()
  return { panel: createDemoPanel({ adminServers: 40, now: clock.now, ...options }), clock }
}

export interface Result {
  status: number
  headers: Headers
  text: string
  body: unknown
  cookies: string[]
}

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
  /** Skip the automatic X-XSRF-TOKEN header. */
  noXsrf?: boolean
  /** Send no Accept/X-Requested-With: behave like a plain browser navigation. */
  html?: boolean
  ip?: string
  bearer?: string
  /** Don't send cookies from the jar. */
  noCookies?: boolean
}

export class Browser {
  readonly jar = new Map<string, string>()
  private readonly panel: DemoPanel
  private readonly ip: string

  constructor(panel: DemoPanel, ip = '198.51.100.7') {
    this.panel = panel
    this.ip = ip
  }

  get xsrf(): string | undefined {
    const raw = this.jar.get('XSRF-TOKEN')
    return raw === undefined ? undefined : decodeURIComponent(raw)
  }

  async request(method: string, path: string, opts: RequestOptions = {}): Promise<Result> {
    const headers: Record<string, string> = opts.html
      ? {}
      : { Accept: 'application/json', 'Content-Type': 'application/json' }
    if (!opts.noCookies && this.jar.size > 0)
      headers.Cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
    if (!opts.noXsrf && method !== 'GET' && this.xsrf) headers['X-XSRF-TOKEN'] = this.xsrf
    if (opts.bearer) headers.Authorization = `Bearer ${opts.bearer}`
    Object.assign(headers, opts.headers ?? {})
    const init: RequestInit = { method, headers }
    if (opts.body !== undefined)
      init.body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
    const response = await this.panel.fetch(new Request(`${ORIGIN}${path}`, init), {
      ip: opts.ip ?? this.ip,
    })
    const cookies = response.headers.getSetCookie()
    for (const cookie of cookies) {
      const [pair = '', ...attributes] = cookie.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq)
      const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')
      if (expired) this.jar.delete(name)
      else this.jar.set(name, pair.slice(eq + 1))
    }
    const text = await response.text()
    let body: unknown = null
    try {
      body = text === '' ? null : JSON.parse(text)
    } catch {
      body = null
    }
    return { status: response.status, headers: response.headers, text, body, cookies }
  }

  get = (path: string, opts?: RequestOptions): Promise<Result> => this.request('GET', path, opts)
  post = (path: string, body?: unknown, opts?: RequestOptions): Promise<Result> =>
    this.request('POST', path, { ...opts, body })
  put = (path: string, body?: unknown, opts?: RequestOptions): Promise<Result> =>
    this.request('PUT', path, { ...opts, body })
  delete = (path: string, opts?: RequestOptions): Promise<Result> =>
    this.request('DELETE', path, opts)

  async login(user: string, password: string): Promise<Result> {
    await this.get('/sanctum/csrf-cookie')
    const result = await this.post('/auth/login', { user, password, 'g-recaptcha-response': null })
    return result
  }
}

export async function loggedIn(
  panel: DemoPanel,
  user = 'demo',
  password = 'demo-password',
  ip?: string,
): Promise<Browser> {
  const browser = new Browser(panel, ip)
  const result = await browser.login(user, password)
  expect(result.status).toBe(200)
  return browser
}

/** One validation entry, as the panel renders it. */
export const validationError = (field: string, detail: string, rule: string) => ({
  code: 'ValidationException',
  status: '422',
  detail,
  meta: { source_field: field, rule },
})

export const errorBody = (code: string, status: number, detail: string) => ({
  errors: [{ code, status: String(status), detail }],
})

// --- shape matching ---------------------------------------------------------------------------

/** Placeholder for "any value of this kind"; plain values must match exactly, objects key-for-key. */
export type Shape =
  | string
  | number
  | boolean
  | null
  | RegExp
  | typeof String
  | typeof Number
  | typeof Boolean
  | Shape[]
  | { [key: string]: Shape }

export const ATOM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/
export const LARAVEL_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$/
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
export const SHA1 = /^[0-9a-f]{40}$/

export function shapeErrors(actual: unknown, shape: Shape, path = '$'): string[] {
  if (shape === String)
    return typeof actual === 'string'
      ? []
      : [`${path}: expected a string, got ${JSON.stringify(actual)}`]
  if (shape === Number)
    return typeof actual === 'number'
      ? []
      : [`${path}: expected a number, got ${JSON.stringify(actual)}`]
  if (shape === Boolean)
    return typeof actual === 'boolean'
      ? []
      : [`${path}: expected a boolean, got ${JSON.stringify(actual)}`]
  if (shape instanceof RegExp) {
    return typeof actual === 'string' && shape.test(actual)
      ? []
      : [`${path}: ${JSON.stringify(actual)} does not match ${String(shape)}`]
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`]
    if (actual.length !== shape.length)
      return [`${path}: expected ${shape.length} items, got ${actual.length}`]
    return shape.flatMap((item, i) => shapeErrors(actual[i], item, `${path}[${i}]`))
  }
  if (shape !== null && typeof shape === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`]
    const record = actual as Record<string, unknown>
    const expectedKeys = Object.keys(shape)
    const extra = Object.keys(record).filter((k) => !expectedKeys.includes(k))
    const errors = extra.map((k) => `${path}.${k}: unexpected key`)
    for (const key of expectedKeys) {
      if (!(key in record)) errors.push(`${path}.${key}: missing`)
      else
        errors.push(
          ...shapeErrors(
            record[key],
            (shape as Record<string, Shape>)[key] ?? null,
            `${path}.${key}`,
          ),
        )
    }
    return errors
  }
  return Object.is(actual, shape)
    ? []
    : [`${path}: expected ${JSON.stringify(shape)}, got ${JSON.stringify(actual)}`]
}

export function expectShape(actual: unknown, shape: Shape): void {
  expect(shapeErrors(actual, shape)).toEqual([])
}
