import type { ApiKey, Session, User } from './store'

// Per-request state shared by the middleware layers, plus Laravel's request-side conveniences:
// PHP-style query parsing (`filter[event]=…`, `include[]=…`), TrimStrings and
// ConvertEmptyStringsToNull, `expectsJson()` and the trusted-proxy client IP.

export type QueryValue = string | null | QueryValue[] | { [key: string]: QueryValue }

export interface RequestContext {
  request: Request
  url: URL
  method: string
  ip: string
  userAgent: string | null
  expectsJson: boolean
  query: Record<string, QueryValue>
  body: Record<string, unknown>
  /** PHP's json_last_error_msg() when the JSON body does not parse. */
  bodyError: string | null
  /** The body as sent (`$request->getContent()`: POST /files/write takes raw text). */
  rawBody: string
  hasBody: boolean
  isJson: boolean
  session: Session | null
  csrfPassed: boolean
  user: User | null
  apiKey: ApiKey | null
  /** Extra Set-Cookie values (remember-me) and headers (rate limits) for the response. */
  cookies: string[]
  headers: Record<string, string>
}

/** Laravel's `$request->input()`: body first, then the query string. */
export function input(rc: RequestContext, key: string): unknown {
  if (key in rc.body) return rc.body[key]
  return rc.query[key]
}

export function allInput(rc: RequestContext): Record<string, unknown> {
  return { ...rc.query, ...rc.body }
}

export function parsePhpQuery(search: string): Record<string, QueryValue> {
  const out: Record<string, QueryValue> = {}
  const params = new URLSearchParams(search)
  for (const [rawKey, value] of params) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(rawKey)
    if (!match) {
      out[rawKey] = value
      continue
    }
    const base = match[1] ?? rawKey
    const path = [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')
    assign(out, [base, ...path], value)
  }
  return out
}

function assign(
  target: Record<string, QueryValue> | QueryValue[],
  path: string[],
  value: string,
): void {
  const [head = '', ...rest] = path
  const container = target as Record<string, QueryValue>
  const key = Array.isArray(target) && head === '' ? String(target.length) : head
  if (rest.length === 0) {
    container[key] = value
    return
  }
  let child = container[key]
  if (child === undefined || typeof child === 'string') {
    child = rest[0] === '' ? [] : {}
    container[key] = child
  }
  assign(child as Record<string, QueryValue>, rest, value)
}

const NEVER_TRIM = new Set(['password', 'password_confirmation'])

/** TrimStrings (except the panel's password fields) then ConvertEmptyStringsToNull, recursively. */
export function cleanInput(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    const trimmed = NEVER_TRIM.has(key)
      ? value
      : value.replace(/^[\s\uFEFF\u200B\u200E]+|[\s\uFEFF\u200B\u200E]+$/gu, '')
    return trimmed === '' ? null : trimmed
  }
  if (Array.isArray(value))
    return value.map((item, index) => cleanInput(item, key ? `${key}.${index}` : String(index)))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, cleanInput(v, key ? `${key}.${k}` : k)]),
    )
  }
  return value
}

/** Request::expectsJson(): XHR accepting anything, or a first Accept type that is JSON. */
export function expectsJson(headers: Headers): boolean {
  const accept = headers.get('accept') ?? ''
  const types = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined)
      return { type: type.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((t) => t.type !== '')
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const first = types[0]?.type
  const wantsJson = first !== undefined && (first.includes('/json') || first.includes('+json'))
  const acceptsAny = first === undefined || first === '*/*' || first === '*'
  const ajax = headers.get('x-requested-with') === 'XMLHttpRequest'
  return (ajax && acceptsAny) || wantsJson
}

/** Request::wantsJson(): only the Accept header counts (used by logout). */
export function wantsJson(headers: Headers): boolean {
  const first = (headers.get('accept') ?? '').split(',')[0]?.split(';')[0]?.trim() ?? ''
  return first.includes('/json') || first.includes('+json')
}

const isLoopback = (ip: string): boolean => ip === '::1' || ip.startsWith('127.')

const normaliseIp = (ip: string): string => ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

/**
 * TrustProxies with TRUSTED_PROXIES=127.0.0.1,::1: when the peer is loopback, X-Forwarded-For is
 * walked from the right, skipping trusted hops (Symfony's getClientIps()).
 */
export function clientIp(headers: Headers, peer: string | undefined): string {
  const socket = normaliseIp(peer ?? '127.0.0.1')
  const forwarded = headers.get('x-forwarded-for')
  if (!isLoopback(socket) || !forwarded) return socket
  const hops = forwarded
    .split(',')
    .map((h) => normaliseIp(h.trim()))
    .filter((h) => h !== '')
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]
    if (hop !== undefined && !isLoopback(hop)) return hop
  }
  return hops[0] ?? socket
}

export async function buildContext(
  request: Request,
  peerIp: string | undefined,
): Promise<RequestContext> {
  const url = new URL(request.url)
  const contentType = request.headers.get('content-type') ?? ''
  const isJson = contentType.includes('/json') || contentType.includes('+json')
  const raw = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
  let body: Record<string, unknown> = {}
  let bodyError: string | null = null
  if (raw !== '' && isJson) {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (parsed !== null && typeof parsed === 'object')
        body = { ...(parsed as Record<string, unknown>) }
    } catch {
      bodyError = 'Syntax error'
    }
  } else if (raw !== '' && contentType.includes('application/x-www-form-urlencoded')) {
    body = parsePhpQuery(raw)
  }
  return {
    request,
    url,
    method: request.method,
    ip: clientIp(request.headers, peerIp),
    userAgent: request.headers.get('user-agent'),
    expectsJson: expectsJson(request.headers),
    query: cleanInput(parsePhpQuery(url.search)) as Record<string, QueryValue>,
    body: cleanInput(body) as Record<string, unknown>,
    bodyError,
    rawBody: raw,
    hasBody: raw !== '',
    isJson,
    session: null,
    csrfPassed: false,
    user: null,
    apiKey: null,
    cookies: [],
    headers: {},
  }
}
