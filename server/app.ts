import { Hono } from 'hono'
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  parsePanelUrl,
  parseTrustProxy,
} from './config'
import type { TrustProxy } from './config'
import { notFound, panelError } from './talon-errors'
import { createForwarder, FORWARDED_METHODS } from './panel-forwarder'
import { describeClient } from './client-view'
import type { ClientView } from './client-view'
import { checkRequestTarget, isApiNamespace, matchPanelRoute } from './request-target'
import { securityHeaders } from './security-headers'
import { hasFileExtension, loadStaticSite, serveFile } from './static'
import type { TalonEnv } from './talon-env'
import { RELAY_PREFIX, relayHttpRoute, type WingsRelay } from './wings-relay'

export type { TalonEnv } from './talon-env'
export { stripCookieDomain } from './panel-forwarder'

export interface TalonAppOptions {
  /** The panel's origin (http/https, no path). */
  panelUrl: string
  /**
   * Directory of the built SPA (`dist`); relative paths are resolved against the cwd. Unset in
   * `npm run dev`, where Vite serves the SPA (dev-server.ts) and Talon only the panel routes.
   */
  dist?: string
  trustProxy: TrustProxy
  /** Largest request body forwarded to the panel; default 1 MiB. */
  maxBodyBytes?: number
  /** Deadline for the panel's answer; default 30 s (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs?: number
  /** The Wings relay (wings-relay/); without one, Wings URLs reach the browser unchanged. */
  wingsRelay?: WingsRelay
}

export function createTalonApp(options: TalonAppOptions): Hono<TalonEnv> {
  const panelOrigin = parsePanelUrl(options.panelUrl)
  const trust =
    typeof options.trustProxy === 'boolean'
      ? options.trustProxy
      : parseTrustProxy(options.trustProxy.join(','))
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS
  const site = options.dist === undefined ? null : loadStaticSite(options.dist)
  const forward = createForwarder({
    panelOrigin,
    maxBodyBytes,
    timeoutMs,
    wingsRelay: options.wingsRelay,
  })

  const app = new Hono<TalonEnv>()

  app.onError((error, c) => {
    console.error('Talon: unexpected error', c.req.method, c.get('path') ?? '', error)
    return panelError(
      500,
      'HttpException',
      'An unexpected error was encountered while processing this request, please try again.',
    )
  })

  app.use(
    securityHeaders((c) => (c.get('client') as ClientView | undefined)?.proto === 'https', {
      wingsDirect: options.wingsRelay?.direct,
    }),
  )

  // 1. The raw request target, before anything looks at the path (see request-target.ts for why raw).
  app.use(async (c, next) => {
    const incoming = c.env?.incoming
    const raw = incoming?.url ?? rawTargetOf(c.req.url)
    const target = checkRequestTarget(raw)
    if (!target.ok) return panelError(400, 'BadRequestHttpException', target.detail)
    c.set('path', target.path)
    c.set('query', target.query)

    const url = new URL(c.req.url)
    const client = describeClient({
      trust,
      peerAddress: incoming?.socket?.remoteAddress,
      headers: c.req.raw.headers,
      socketProto: url.protocol === 'https:' ? 'https' : 'http',
      urlHost: url.host,
    })
    if ('error' in client) return panelError(400, 'BadRequestHttpException', client.error)
    c.set('client', client)
    await next()
  })

  // 2. The panel routes.
  app.all('*', async (c, next) => {
    const method = c.req.method
    const route = matchPanelRoute(method, c.get('path'))
    if (route.kind === 'none') return next()
    // A browser opening a panel URL such as /auth/login (an old bookmark) gets the SPA, which
    // has its own pages for these, rather than a JSON 405.
    if (route.kind === 'wrong-method' && (method === 'GET' || method === 'HEAD')) {
      if (/\btext\/html\b/i.test(c.req.header('accept') ?? '')) return next()
    }
    if (route.kind === 'wrong-method' || !FORWARDED_METHODS.has(method)) {
      return panelError(
        405,
        'MethodNotAllowedHttpException',
        `The ${method} method is not supported for this route.`,
        route.kind === 'wrong-method' ? { Allow: route.allow } : {},
      )
    }
    return forward(c)
  })

  // 2b. The Wings relay's plain-HTTP side (its websocket side is on the server's upgrade event).
  app.all(`${RELAY_PREFIX}/*`, (c) => relayHttpRoute(c, options.wingsRelay))

  // 3. The SPA.
  app.all('*', (c) => {
    const method = c.req.method
    const path = c.get('path')
    if (method !== 'GET' && method !== 'HEAD') return notFound()
    if (!site) return notFound()
    const file = site.files.get(safeDecode(path))
    if (file) {
      return serveFile(file, {
        method,
        acceptEncoding: c.req.header('accept-encoding'),
        ifNoneMatch: c.req.header('if-none-match'),
      })
    }
    if (isApiNamespace(path)) return notFound()
    // A missing file (an old hashed chunk after a deploy, a typo) must 404: answering index.html
    // would make the browser try to run HTML as JavaScript and hide the real problem.
    if (path === '/assets' || path.startsWith('/assets/') || hasFileExtension(path)) {
      return new Response('Not Found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
    if (!acceptsHtml(c.req.header('accept'))) return notFound()
    return serveFile(site.index, {
      method,
      acceptEncoding: c.req.header('accept-encoding'),
      ifNoneMatch: c.req.header('if-none-match'),
    })
  })

  return app
}

function rawTargetOf(url: string): string {
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** Would this request take an HTML page? Browsers navigating send text/html; curl sends *\/*. */
function acceptsHtml(accept: string | undefined): boolean {
  if (!accept) return true
  return /(?:^|,)\s*(?:text\/html|\*\/\*)\s*(?:;|,|$)/i.test(accept)
}
