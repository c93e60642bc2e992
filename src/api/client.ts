import type { z } from 'zod/mini'

import { ApiError, apiErrorFromResponse } from './errors'
import type { RateLimitInfo } from './errors'

// Query parameters. Nested objects become bracket keys (`{ filter: { event: 'x' } }` →
// `filter[event]=x`); arrays are comma-joined as spatie/laravel-query-builder expects; keys are
// sorted so the same params always give the same URL.
export type ParamValue = string | number | boolean | null | undefined | readonly (string | number)[]
export interface Params {
  [key: string]: ParamValue | Params
}

export interface RequestOptions {
  params?: Params
  /** React Query's `signal`: aborting it cancels the request and rethrows the AbortError. */
  signal?: AbortSignal
  /** Defaults to 30 s; on expiry the request fails with ApiError status 0, code `TimeoutError`. */
  timeoutMs?: number
  /**
   * The caller expects a 401 and handles it itself (the guest pages' session probe, sign-out), so
   * it is not published as a lost session.
   */
  expectsUnauthorized?: boolean
}

export interface RateLimitEvent extends RateLimitInfo {
  path: string
  method: string
  status: number
  retryAfter?: number
}
type RateLimitListener = (event: RateLimitEvent) => void

/**
 * The panel said the session is gone (401) or that the account must set up 2FA first
 * (`TwoFactorAuthRequiredException`), for any request — queries, mutations and the
 * secret-bearing calls that bypass React Query alike.
 */
export interface SessionEvent {
  reason: 'unauthorized' | 'two-factor-required'
  path: string
  method: string
}
type SessionListener = (event: SessionEvent) => void

const DEFAULT_TIMEOUT_MS = 30_000
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const CSRF_PATH = '/sanctum/csrf-cookie'

const rateLimitListeners = new Set<RateLimitListener>()
const sessionListeners = new Set<SessionListener>()

function subscribe<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Subscribes to the rate-limit headers of every response; returns the unsubscribe function. */
export function onRateLimit(listener: RateLimitListener): () => void {
  return subscribe(rateLimitListeners, listener)
}

/** Subscribes to lost sessions and forced 2FA (see SessionEvent); returns the unsubscribe function. */
export function onSessionEvent(listener: SessionListener): () => void {
  return subscribe(sessionListeners, listener)
}

function publishSessionEvent(error: ApiError, path: string, method: string) {
  const reason =
    error.status === 401
      ? 'unauthorized'
      : error.code === 'TwoFactorAuthRequiredException'
        ? 'two-factor-required'
        : undefined
  if (!reason) return
  for (const listener of sessionListeners) listener({ reason, path, method })
}

/**
 * A request still unanswered after this long counts as slow: the app says "the panel is slow to
 * answer" (a hanging panel used to show nothing for 93 s) while the request keeps its chance to
 * finish until its own timeout.
 */
export const SLOW_REQUEST_MS = 4000

let slowRequests = 0
const slowListeners = new Set<() => void>()

/** How many requests are pending past SLOW_REQUEST_MS right now (useSyncExternalStore snapshot). */
export function slowRequestCount(): number {
  return slowRequests
}

/** Called whenever slowRequestCount() changes; returns the unsubscribe function. */
export function subscribeSlowRequests(listener: () => void): () => void {
  slowListeners.add(listener)
  return () => {
    slowListeners.delete(listener)
  }
}

function setSlowRequests(change: number) {
  slowRequests += change
  for (const listener of slowListeners) listener()
}

/** Counts `work` as a slow request from SLOW_REQUEST_MS until it settles. */
async function trackSlow<T>(work: Promise<T>): Promise<T> {
  let slow = false
  const timer = setTimeout(() => {
    slow = true
    setSlowRequests(1)
  }, SLOW_REQUEST_MS)
  try {
    return await work
  } finally {
    clearTimeout(timer)
    if (slow) setSlowRequests(-1)
  }
}

function isList(v: ParamValue | Params): v is readonly (string | number)[] {
  return Array.isArray(v)
}

export function serializeParams(params: Params | undefined): string {
  if (!params) return ''
  const search = new URLSearchParams()
  const walk = (value: Params, prefix: string) => {
    for (const key of Object.keys(value).sort()) {
      const name = prefix ? `${prefix}[${key}]` : key
      const v = value[key]
      if (v === undefined || v === null || v === '') continue
      if (isList(v)) {
        if (v.length > 0) search.append(name, v.join(','))
      } else if (typeof v === 'object') {
        walk(v, name)
      } else {
        search.append(name, String(v))
      }
    }
  }
  walk(params, '')
  const query = search.toString()
  return query ? `?${query}` : ''
}

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim()
      try {
        return decodeURIComponent(raw)
      } catch {
        return raw
      }
    }
  }
  return undefined
}

function assertSameOrigin(path: string) {
  // Only same-origin relative paths: the proxy is the one place that talks to the panel.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    throw new TypeError(`api paths must be same-origin and start with "/": ${path}`)
  }
}

function toInt(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

function readRateLimit(res: Response): { rateLimit?: RateLimitInfo; retryAfter?: number } {
  const limit = toInt(res.headers.get('X-RateLimit-Limit'))
  const remaining = toInt(res.headers.get('X-RateLimit-Remaining'))
  const reset = toInt(res.headers.get('X-RateLimit-Reset'))
  const retryAfterRaw = res.headers.get('Retry-After')
  let retryAfter = toInt(retryAfterRaw)
  if (retryAfter === undefined && retryAfterRaw) {
    const at = Date.parse(retryAfterRaw) // HTTP-date form
    if (!Number.isNaN(at)) retryAfter = Math.max(0, Math.ceil((at - Date.now()) / 1000))
  }
  const out: { rateLimit?: RateLimitInfo; retryAfter?: number } = {}
  if (limit !== undefined && remaining !== undefined) {
    out.rateLimit = { limit, remaining, ...(reset !== undefined && { reset }) }
  }
  if (retryAfter !== undefined) out.retryAfter = retryAfter
  return out
}

function publishRateLimit(path: string, method: string, res: Response) {
  if (rateLimitListeners.size === 0) return
  const { rateLimit, retryAfter } = readRateLimit(res)
  if (!rateLimit && retryAfter === undefined) return
  const event: RateLimitEvent = {
    path,
    method,
    status: res.status,
    limit: rateLimit?.limit ?? 0,
    remaining: rateLimit?.remaining ?? 0,
    ...(rateLimit?.reset !== undefined && { reset: rateLimit.reset }),
    ...(retryAfter !== undefined && { retryAfter }),
  }
  for (const listener of rateLimitListeners) listener(event)
}

let csrfInFlight: Promise<void> | undefined

/**
 * GET /sanctum/csrf-cookie: the panel answers 204 and sets `XSRF-TOKEN` plus the session cookie.
 * Concurrent callers share one request.
 */
export function refreshCsrfCookie(signal?: AbortSignal): Promise<void> {
  csrfInFlight ??= send('GET', CSRF_PATH, undefined, signal)
    .then(() => undefined)
    .finally(() => {
      csrfInFlight = undefined
    })
  return csrfInFlight
}

async function ensureCsrfCookie(signal?: AbortSignal) {
  if (!readCookie('XSRF-TOKEN')) await refreshCsrfCookie(signal)
}

function isAbort(error: unknown) {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')
}

/**
 * A body sent as it is, not as JSON: the panel's `POST files/write` takes the file's raw text
 * (contract §2.2).
 */
export class RawBody {
  readonly content: string
  readonly contentType: string
  constructor(content: string, contentType = 'text/plain') {
    this.content = content
    this.contentType = contentType
  }
}

interface Exchange {
  res: Response
  text: string
  /** The answer's bytes, when asked for (a file's contents); errors are always read as text. */
  bytes?: Uint8Array
}

async function fetchText(url: string, init: RequestInit, asBytes = false): Promise<Exchange> {
  const res = await fetch(url, init)
  if (res.status === 204) return { res, text: '' }
  if (asBytes && res.ok) return { res, text: '', bytes: new Uint8Array(await res.arrayBuffer()) }
  return { res, text: await res.text() }
}

/** One HTTP exchange; returns the Response only for 2xx, throws ApiError otherwise. */
async function send(
  method: string,
  url: string,
  body: unknown,
  callerSignal: AbortSignal | undefined,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  asBytes = false,
): Promise<Exchange> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  }
  if (body instanceof RawBody) headers['Content-Type'] = body.contentType
  else if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (UNSAFE.has(method)) {
    const token = readCookie('XSRF-TOKEN')
    if (token) headers['X-XSRF-TOKEN'] = token
  }

  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout
  const path = url.split('?')[0] ?? url

  let exchange: Exchange
  try {
    exchange = await trackSlow(
      fetchText(
        url,
        {
          method,
          headers,
          credentials: 'same-origin',
          signal,
          ...(body instanceof RawBody
            ? { body: body.content }
            : body !== undefined && { body: JSON.stringify(body) }),
        },
        asBytes,
      ),
    )
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason ?? error
    if (timeout.aborted || (isAbort(error) && !callerSignal?.aborted)) {
      throw new ApiError({ status: 0, code: 'TimeoutError', cause: error })
    }
    throw new ApiError({ status: 0, code: 'NetworkError', cause: error })
  }

  const { res, text } = exchange
  publishRateLimit(path, method, res)

  if (!res.ok) {
    let parsed: unknown
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = undefined // HTML error page from a proxy, etc.
    }
    throw apiErrorFromResponse({ status: res.status, body: parsed, ...readRateLimit(res) })
  }
  return exchange
}

/** CSRF cookie, one exchange, one retry on 419, lost sessions published. */
async function exchangeWithPanel(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions,
  asBytes = false,
): Promise<Exchange> {
  assertSameOrigin(path)
  const url = path + serializeParams(options.params)
  const unsafe = UNSAFE.has(method)
  if (unsafe) await ensureCsrfCookie(options.signal)

  try {
    return await send(method, url, body, options.signal, options.timeoutMs, asBytes)
  } catch (error) {
    // 419 = CSRF token mismatch (expired session token): fetch a fresh cookie and retry once.
    try {
      if (!(unsafe && error instanceof ApiError && error.status === 419)) throw error
      await refreshCsrfCookie(options.signal)
      return await send(method, url, body, options.signal, options.timeoutMs, asBytes)
    } catch (final) {
      if (final instanceof ApiError && !options.expectsUnauthorized) {
        publishSessionEvent(final, path, method)
      }
      throw final
    }
  }
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  schema: z.ZodMiniType<T> | undefined,
  options: RequestOptions = {},
): Promise<T> {
  const { res, text } = await exchangeWithPanel(method, path, body, options)
  let data: unknown
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text)
    } catch (cause) {
      throw new ApiError({ status: res.status, code: 'UnreadableResponse', cause })
    }
  }
  if (!schema) return undefined as T
  const result = schema.safeParse(data)
  if (!result.success) {
    // A failed parse is a bug (contract drift): keep the issues (paths + messages) as the cause.
    throw new ApiError({
      status: res.status,
      code: 'InvalidResponse',
      cause: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
    })
  }
  return result.data
}

type Schema = z.ZodMiniType

/** POST/PUT/DELETE: a body (POST and PUT send `{}` when given none), an optional schema. */
function withBody(method: 'POST' | 'PUT' | 'DELETE', defaultBody?: object) {
  return <S extends Schema | undefined = undefined>(
    path: string,
    body?: unknown,
    schema?: S,
    options?: RequestOptions,
  ): Promise<S extends Schema ? z.output<S> : void> =>
    request(method, path, body ?? defaultBody, schema as z.ZodMiniType<never> | undefined, options)
}

/**
 * The one way to talk to the panel. Every success body is zod-parsed; every failure is an ApiError.
 * Bodies are sent as JSON; paths are same-origin (`/api/client/...`, `/auth/...`).
 */
export const api = {
  get<S extends Schema>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>> {
    return request('GET', path, undefined, schema as z.ZodMiniType<z.output<S>>, options)
  },
  post: withBody('POST', {}),
  put: withBody('PUT', {}),
  delete: withBody('DELETE'),
  /** GET whose answer is not JSON (a file's contents): its raw bytes. Errors as for `get`. */
  async getBytes(path: string, options: RequestOptions = {}): Promise<Uint8Array> {
    const { bytes } = await exchangeWithPanel('GET', path, undefined, options, true)
    return bytes ?? new Uint8Array()
  },
}

/** Meta understood by the global policy in `src/app/query-client.ts`. */
export interface TalonMutationMeta extends Record<string, unknown> {
  /** The form shows the error itself (applyServerErrors): no global toast. */
  form?: boolean
  /** Replaces the default toast text on failure. */
  errorMessage?: string
}
export interface TalonQueryMeta extends Record<string, unknown> {
  /** Don't toast when a background refetch fails (e.g. polling that shows its own state). */
  silent?: boolean
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
    mutationMeta: TalonMutationMeta
    queryMeta: TalonQueryMeta
  }
}
