import type { Context } from 'hono'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { notFound, panelError } from './talon-errors'
import { originOf } from './client-view'
import type { ClientView } from './client-view'
import type { TalonEnv } from './talon-env'
import {
  BodyTimeoutError,
  BodyTooLargeError,
  ClientAbortedError,
  sendUpstream,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from './upstream'
import { rewriteAnswer, type WingsRelay } from './wings-relay'
import type { UpstreamBody } from './upstream'
import { GateAbortedError, GateDeadlineError } from './upstream-gate'
import type { UpstreamGate } from './upstream-gate'

/**
 * Forwarding one allowed request to the panel: the CSRF/origin guard, the body limit, the
 * header allow-list, and the rewrite of the panel's answer for the browser.
 */

// Request headers the panel needs from the browser (contract §2.2–2.4). Everything else is
// dropped: Host is rebuilt from PANEL_URL, hop-by-hop headers belong to our connection only,
// Origin/Referer are set below, and unknown headers could carry spoofed proxy information
// (X-Real-IP, Forwarded, X-Original-URL …). Accept-Encoding is passed so the panel's compressed
// bytes stream straight through.
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-encoding',
  'accept-language',
  'authorization',
  'content-type',
  'cookie',
  'user-agent',
  'x-csrf-token',
  'x-requested-with',
  'x-xsrf-token',
]

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

// Response headers we never pass back: hop-by-hop ones; HSTS, which Talon decides for its own
// origin (the panel's HSTS, maybe with includeSubDomains, describes the panel's host); and what the
// panel says about itself (server software, debug profiler tokens and links) — useful only to
// someone probing the panel through Talon.
const DROPPED_RESPONSE_HEADERS = new Set([
  ...HOP_BY_HOP,
  'strict-transport-security',
  'server',
  'x-powered-by',
  'via',
  'x-debug-token',
  'x-debug-token-link',
  'phpdebugbar-id',
])
// CORS grants are the panel's answer to cross-origin callers of the *panel* (APP_CORS_ALLOWED_ORIGINS,
// credentials allowed). Passed through, `Access-Control-Allow-Origin: *` plus `-Credentials` would
// speak for Talon's origin, which grants nobody cross-origin access.
const DROPPED_RESPONSE_PREFIXES = ['access-control-', 'x-debug-', 'x-clockwork']

function isDroppedResponseHeader(name: string): boolean {
  return (
    DROPPED_RESPONSE_HEADERS.has(name) ||
    DROPPED_RESPONSE_PREFIXES.some((prefix) => name.startsWith(prefix))
  )
}

export const FORWARDED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
const SAFE_METHODS = new Set(['GET', 'HEAD'])

/** Header names listed in a Connection header are hop-by-hop too (RFC 9110 §7.6.1). */
function connectionTokens(value: string | null | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  )
}

/** Remove the Domain attribute so the cookie lands host-only on Talon's host. */
export function stripCookieDomain(setCookie: string): string {
  const [pair = '', ...attrs] = setCookie.split(';')
  const kept = attrs.filter((attr) => attr.split('=')[0]?.trim().toLowerCase() !== 'domain')
  return [pair, ...kept].join(';')
}

export interface ForwarderOptions {
  panelOrigin: string
  /** Origin users reach Talon at (PUBLIC_URL); undefined ⇒ the panel is told nothing about it. */
  publicOrigin: string | undefined
  maxBodyBytes: number
  /** The whole budget for the panel's answer head, counted from the request's arrival. */
  timeoutMs: number
  /** Longest pause between request-body chunks. */
  bodyIdleMs: number
  gate: UpstreamGate
  /** Rewrites Wings URLs in the answers that carry them (wings-relay/). */
  wingsRelay?: Pick<WingsRelay, 'rewriterFor'>
}

/**
 * X-Forwarded-Host/-Proto/-Port tell the panel where the browser is; the panel builds absolute
 * URLs from them (TRUSTED_PROXIES). They come from configuration only: a client's Host header
 * (`curl -H 'Host: evil.example'`) must never become the host in the panel's links. Without
 * PUBLIC_URL none are sent and the panel sees itself at its own URL (PANEL_URL).
 */
export function forwardedHostHeaders(publicOrigin: string | undefined): Record<string, string> {
  if (!publicOrigin) return {}
  const url = new URL(publicOrigin)
  const proto = url.protocol === 'https:' ? 'https' : 'http'
  return {
    'x-forwarded-host': url.host,
    'x-forwarded-proto': proto,
    'x-forwarded-port': url.port || (proto === 'https' ? '443' : '80'),
  }
}

/**
 * Whose turn it is at the upstream gate: the client address plus the credential, so users behind
 * one NAT (or on one loopback, as in the bench) are still told apart. Only used as a map key.
 */
function fairnessKey(client: ClientView, headers: Headers): string {
  const session = /(?:^|;\s*)([A-Za-z0-9_]+_session)=([^;]*)/.exec(headers.get('cookie') ?? '')
  const credential = headers.get('authorization') ?? session?.[2] ?? ''
  return `${client.ip ?? ''} ${credential}`
}

/**
 * The file editor saves a whole file as one raw body (`POST /api/client/servers/{id}/files/write`,
 * contract §2.2), and opens files of up to 4 MiB (the panel's edit limit): that one route gets
 * room for such a file and its edits. Everything else keeps the general limit.
 */
export const FILE_WRITE_MAX_BODY_BYTES = 8 * 1024 * 1024
const FILE_WRITE_PATH = /^\/api\/client\/servers\/[^/]+\/files\/write$/

export function bodyLimitFor(method: string, pathname: string, general: number): number {
  return method === 'POST' && FILE_WRITE_PATH.test(pathname)
    ? Math.max(general, FILE_WRITE_MAX_BODY_BYTES)
    : general
}

export function createForwarder({
  panelOrigin,
  publicOrigin,
  maxBodyBytes,
  timeoutMs,
  bodyIdleMs,
  gate,
  wingsRelay,
}: ForwarderOptions) {
  const forwardedHost = forwardedHostHeaders(publicOrigin)
  return async function forward(c: Context<TalonEnv>): Promise<Response> {
    const deadlineAt = (c.get('startedAt') ?? Date.now()) + timeoutMs
    const method = c.req.method
    const client = c.get('client')
    const headers = c.req.raw.headers

    // Defence in depth against cross-site use of the user's panel session: browsers label
    // requests with Sec-Fetch-Site; only our own pages (same-origin) or the user typing a URL
    // (none) may reach the panel with their cookies. Scripts don't send the header at all.
    const fetchSite = headers.get('sec-fetch-site')
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      return panelError(
        403,
        'AccessDeniedHttpException',
        'Requests from other sites are not allowed.',
      )
    }

    const origin = headers.get('origin')
    const referer = headers.get('referer')
    // CSRF laundering guard. Below we present the PANEL's origin upstream, which is what makes the
    // panel accept the request as coming from its own SPA. Without this check Talon would turn a
    // cross-site form post into a trusted same-site request, so any foreign Origin (or, lacking
    // one, Referer) is refused here, before it is laundered. The panel's CSRF token check still
    // applies on top.
    if (!SAFE_METHODS.has(method)) {
      const claimed = origin ?? referer
      if (claimed !== null && originOf(claimed) !== client.origin) {
        return panelError(
          403,
          'AccessDeniedHttpException',
          'This request came from another website and was refused.',
        )
      }
    }

    const bodyLimit = bodyLimitFor(method, c.req.path, maxBodyBytes)
    const declaredHeader = headers.get('content-length')
    const declared = declaredHeader === null ? undefined : Number(declaredHeader)
    if (declared !== undefined && declared > bodyLimit) return tooLarge(bodyLimit)
    let body: UpstreamBody | undefined
    if (!SAFE_METHODS.has(method)) {
      const stream = c.env?.incoming ?? webBody(c.req.raw)
      const chunked = declared === undefined && headers.has('transfer-encoding')
      body = {
        stream,
        length: chunked ? undefined : (declared ?? 0),
        maxBytes: bodyLimit,
        idleMs: bodyIdleMs,
      }
    }

    const upstreamHeaders: Record<string, string> = {}
    const hop = connectionTokens(headers.get('connection'))
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = headers.get(name)
      if (value !== null && !hop.has(name)) upstreamHeaders[name] = value
    }
    // A browser request (cookies, or a page's Origin/Referer) is presented as coming from the
    // panel's own SPA: Sanctum then treats it as stateful (session + CSRF), contract §2.2–2.3.
    // A script with a Bearer key and none of these is left alone: an Origin would make Sanctum
    // treat it as stateful and demand a CSRF token it does not have.
    if (headers.has('cookie') || origin !== null || referer !== null) {
      upstreamHeaders.origin = panelOrigin
      upstreamHeaders.referer = `${panelOrigin}/`
    }
    // The Client API only speaks JSON, but the panel answers a request that doesn't ask for JSON
    // with HTML-flavoured errors (a 302 to its own login page on 401, contract §2.3, §5) — a page
    // Talon doesn't serve. So through Talon, /api/client always asks for JSON: a script or a curl
    // without an Accept header gets the same `{"errors":[…]}` the SPA gets.
    if (
      new URL(c.req.url).pathname.startsWith('/api/client') &&
      !/json/i.test(upstreamHeaders.accept ?? '')
    ) {
      upstreamHeaders.accept = 'application/json'
    }
    // Answers holding Wings URLs are rewritten to relay URLs: ask for them uncompressed.
    const rewriter = wingsRelay?.rewriterFor(method, c.get('path')) ?? null
    if (rewriter) delete upstreamHeaders['accept-encoding']
    if (client.ip) upstreamHeaders['x-forwarded-for'] = client.ip
    Object.assign(upstreamHeaders, forwardedHost)

    // Validated origin-form path + query appended to the configured origin: the host can only
    // ever be the panel's.
    const url = new URL(`${panelOrigin}${c.get('path')}${c.get('query')}`)
    if (url.origin !== panelOrigin) return notFound()

    let upstream
    let pass
    try {
      // Requests with a body skip the gate: while the body streams in (a slow upload, a silent
      // body) the panel is not working on them yet — its web server buffers bodies before the
      // application sees them — and holding a slot meanwhile let 200 slow uploads queue a
      // signed-in GET for seconds. They are bounded instead by the connection cap, the body idle
      // timeout, the listener's request timeout and the size cap.
      if (!body) {
        pass = await gate.enter(fairnessKey(client, headers), c.req.raw.signal, deadlineAt)
      }
      upstream = await sendUpstream({
        url,
        method,
        headers: upstreamHeaders,
        body,
        deadlineAt,
        timeoutMs,
        signal: c.req.raw.signal,
        // Make sure the browser's connection is cut whatever the stream adapter makes of the
        // error: @hono/node-server treats ERR_STREAM_PREMATURE_CLOSE as a client abort and would
        // leave the connection open, waiting for bytes that never come.
        onBrokenBody: () => c.env?.outgoing?.destroy(),
      })
    } catch (error) {
      if (error instanceof UpstreamTimeoutError || error instanceof GateDeadlineError) {
        return panelError(504, 'GatewayTimeoutException', 'The panel took too long to answer.')
      }
      if (error instanceof ClientAbortedError || error instanceof GateAbortedError) {
        // Nobody is listening any more; this answer only ends the request cleanly (and the
        // access log records it as an abort, not as an error).
        c.set('aborted', true)
        return new Response(null, { status: 499 })
      }
      if (error instanceof BodyTooLargeError) return tooLarge(bodyLimit, true)
      if (error instanceof BodyTimeoutError) {
        return panelError(
          408,
          'RequestTimeoutHttpException',
          'The request body stopped arriving.',
          { Connection: 'close' },
        )
      }
      if (error instanceof UpstreamUnreachableError) {
        return panelError(502, 'BadGatewayException', 'The panel could not be reached.')
      }
      throw error
    } finally {
      pass?.release()
    }
    const response = new Response(upstream.body, {
      status: upstream.status,
      headers: responseHeaders(upstream.rawHeaders, panelOrigin),
    })
    return rewriteAnswer(response, rewriter)
  }
}

function responseHeaders(raw: string[], panelOrigin: string): Headers {
  const received = new Headers()
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      received.append(raw[i] as string, raw[i + 1] as string)
    } catch {
      // An invalid header from the panel is dropped rather than failing the whole response.
    }
  }
  const hop = connectionTokens(received.get('connection'))
  const out = new Headers()
  for (const [name, value] of received) {
    if (name === 'set-cookie' || isDroppedResponseHeader(name) || hop.has(name)) continue
    out.set(name, value)
  }
  // Cookies: keep every one (getSetCookie, not the comma-joined get), minus Domain, so they land on
  // Talon's host. `Secure` is kept: a panel with SESSION_SECURE_COOKIE=true behind an http Talon
  // would set cookies the browser refuses (except on localhost); the panel admin should set
  // SESSION_SECURE_COOKIE to match the scheme Talon is served with rather than have Talon weaken it.
  for (const cookie of received.getSetCookie()) out.append('set-cookie', stripCookieDomain(cookie))
  // Redirects to the panel's own URLs (e.g. 302 → /auth/login for non-JSON requests) must keep
  // the browser on Talon rather than send it to the panel host.
  const location = out.get('location')
  if (location) {
    try {
      const target = new URL(location, `${panelOrigin}/`)
      if (target.origin === panelOrigin) {
        out.set('location', `${target.pathname}${target.search}${target.hash}`)
      }
    } catch {
      // leave unparsable Location alone
    }
  }
  return out
}

/**
 * @param midStream the limit was hit while the body was still arriving: the rest of it is not
 *   read, so the connection cannot be reused.
 */
function tooLarge(limit: number, midStream = false): Response {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`
  return panelError(
    413,
    'PostTooLargeException',
    `The request is too large (the limit is ${size}).`,
    midStream ? { Connection: 'close' } : {},
  )
}

/** The body as a Node stream when not served over a socket (app.request() in tests). */
function webBody(request: Request): Readable {
  if (!request.body) return Readable.from([])
  return Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
}
