import type { Context } from 'hono'
import { notFound, panelError } from './talon-errors'
import { originOf } from './client-view'
import type { TalonEnv } from './talon-env'
import {
  ClientAbortedError,
  sendUpstream,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from './upstream'
import { rewriteAnswer, type WingsRelay } from './wings-relay'

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

// Response headers we never pass back: hop-by-hop ones, and HSTS, which Talon decides for its own
// origin (the panel's HSTS, maybe with includeSubDomains, describes the panel's host).
const DROPPED_RESPONSE_HEADERS = new Set([...HOP_BY_HOP, 'strict-transport-security'])

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
  maxBodyBytes: number
  timeoutMs: number
  /** Rewrites Wings URLs in the answers that carry them (wings-relay/). */
  wingsRelay?: Pick<WingsRelay, 'rewriterFor'>
}

export function createForwarder({
  panelOrigin,
  maxBodyBytes,
  timeoutMs,
  wingsRelay,
}: ForwarderOptions) {
  return async function forward(c: Context<TalonEnv>): Promise<Response> {
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

    const declared = Number(headers.get('content-length') ?? '0')
    if (declared > maxBodyBytes) return tooLarge(maxBodyBytes)
    let body: Uint8Array | undefined
    if (!SAFE_METHODS.has(method)) {
      const read = await readLimited(c.req.raw, maxBodyBytes)
      if (read === 'too-large') return tooLarge(maxBodyBytes)
      body = read
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
    if (client.forwardedFor) upstreamHeaders['x-forwarded-for'] = client.forwardedFor
    upstreamHeaders['x-forwarded-host'] = client.host
    upstreamHeaders['x-forwarded-proto'] = client.proto

    // Validated origin-form path + query appended to the configured origin: the host can only
    // ever be the panel's.
    const url = new URL(`${panelOrigin}${c.get('path')}${c.get('query')}`)
    if (url.origin !== panelOrigin) return notFound()

    let upstream
    try {
      upstream = await sendUpstream({
        url,
        method,
        headers: upstreamHeaders,
        body,
        timeoutMs,
        signal: c.req.raw.signal,
        // Make sure the browser's connection is cut whatever the stream adapter makes of the
        // error: @hono/node-server treats ERR_STREAM_PREMATURE_CLOSE as a client abort and would
        // leave the connection open, waiting for bytes that never come.
        onBrokenBody: () => c.env?.outgoing?.destroy(),
      })
    } catch (error) {
      if (error instanceof UpstreamTimeoutError) {
        return panelError(504, 'GatewayTimeoutException', 'The panel took too long to answer.')
      }
      if (error instanceof ClientAbortedError) {
        // Nobody is listening any more; this answer only ends the request cleanly.
        return new Response(null, { status: 499 })
      }
      if (error instanceof UpstreamUnreachableError) {
        return panelError(502, 'BadGatewayException', 'The panel could not be reached.')
      }
      throw error
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
    if (name === 'set-cookie' || DROPPED_RESPONSE_HEADERS.has(name) || hop.has(name)) continue
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

function tooLarge(limit: number): Response {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`
  return panelError(
    413,
    'PostTooLargeException',
    `The request is too large (the limit is ${size}).`,
  )
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'too-large'> {
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
