import type { DemoClock } from './clock'
import type { FakeWings } from './wings/daemon'
import type { Context } from 'hono'

import { input, type RequestContext } from './context'
import {
  accessDenied,
  badRequest,
  csrfMismatch,
  htmlError,
  jsonError,
  PanelError,
  serverError,
  unauthenticated,
} from './panel-errors'
import { parseRange, rangeContains } from './ip-range'
import { throttle, type RateLimiter } from './rate-limit'
import { isStatefulRequest, tokensMatch, type SessionManager } from './sessions'
import {
  findUser,
  type ActivityEntry,
  type Server,
  type Store,
  type Subject,
  type User,
} from './store'

// The shared core: options, clock, store and the two middleware stacks the panel routes through
// (`web` for /auth + /sanctum, `api` + `client-api` for /api/client). Each stack is written as one
// function so the order of checks (CSRF → auth → JSON → IP → bindings → key type → throttle) is
// visible in one place: the order decides which error a client sees first.

export interface PanelOptions {
  appName: string
  adminServers: number
  faults: boolean
  legacyTwoFactor: boolean
  rateLimit: number
  now: () => number
}

export interface Panel {
  options: PanelOptions
  store: Store
  sessions: SessionManager
  limiter: RateLimiter
  cookieName: string
  now(): number
  /** The double's one clock (see clock.ts); `now()` reads it. */
  clock: DemoClock
  /** The fake Wings daemon behind every node (wings/daemon.ts). */
  wings: FakeWings
}

export type RouteHandler = (rc: RequestContext, c: Context) => Promise<Response>
export type RouteFn = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  handler: RouteHandler,
) => void

export type Handler = (rc: RequestContext, c: Context) => Response | Promise<Response>

export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' },
  })
}

export const noContent = (): Response =>
  new Response(null, { status: 204, headers: { 'Cache-Control': 'no-cache, private' } })

export function renderError(error: unknown, rc: RequestContext): Response {
  const panelError =
    error instanceof PanelError
      ? error
      : serverError(error instanceof TypeError ? 'TypeError' : 'Exception')
  if (!(error instanceof PanelError)) console.error('[demo-panel] unexpected error', error)
  return rc.expectsJson
    ? jsonError(panelError)
    : htmlError(panelError, rc.url, rc.request.headers.get('referer'))
}

/** Copies queued cookies and headers onto a (possibly immutable) response. */
export function finish(response: Response, rc: RequestContext, sessionCookies: string[]): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(rc.headers)) headers.set(name, value)
  for (const cookie of [...sessionCookies, ...rc.cookies]) headers.append('Set-Cookie', cookie)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

const READING = new Set(['GET', 'HEAD', 'OPTIONS'])

/** StartSession + the session guard (with remember-me) + VerifyCsrfToken. */
function startWebSession(panel: Panel, rc: RequestContext): void {
  const now = panel.now()
  rc.session = panel.sessions.start(rc.request, now).session
  if (rc.session.userId === null) {
    const recaller = panel.sessions.readRemember(rc.request)
    const user = recaller ? findUser(panel.store, recaller.userId) : undefined
    if (recaller && user && user.rememberToken !== null && user.rememberToken === recaller.token) {
      // A remembered login on a session that expired: SessionGuard::userFromRecaller() logs the user
      // back in (new session id). Sanctum's AuthenticateSession then compares the password hash
      // carried by the cookie, so a password changed elsewhere still ends this device's login.
      if (recaller.passwordHash !== user.passwordHash) throw unauthenticated()
      rc.session = panel.sessions.regenerate(rc.session, now)
      rc.session.userId = user.id
      rc.session.passwordHash = user.passwordHash
    }
  }
  if (READING.has(rc.method)) {
    rc.csrfPassed = true
    return
  }
  const token = panel.sessions.presentedToken(rc.request, rc.body)
  if (!tokensMatch(rc.session.token, token)) throw csrfMismatch()
  rc.csrfPassed = true
}

function sessionUser(panel: Panel, rc: RequestContext): User | null {
  return findUser(panel.store, rc.session?.userId ?? null) ?? null
}

function sessionCookies(panel: Panel, rc: RequestContext): string[] {
  return rc.session ? panel.sessions.cookies(rc.session, panel.now(), rc.csrfPassed) : []
}

export interface WebOptions {
  guest?: boolean
  auth?: boolean
  throttle?: 'authentication' | 'forgot-password'
}

/** The `web` group used by /auth/* and /sanctum/csrf-cookie. */
export function web(
  panel: Panel,
  handler: Handler,
  opts: WebOptions = {},
): (rc: RequestContext, c: Context) => Promise<Response> {
  return async (rc, c) => {
    let response: Response
    try {
      startWebSession(panel, rc)
      rc.user = sessionUser(panel, rc)
      if (opts.guest && rc.user) {
        // RedirectIfAuthenticated: a redirect even for JSON clients.
        response = new Response(null, { status: 302, headers: { Location: `${rc.url.origin}/` } })
      } else {
        if (opts.auth && !rc.user) throw unauthenticated()
        if (opts.throttle) {
          // Named limiter `authentication`: forgot-password is 2/min per IP; login and checkpoint
          // share one 10/min bucket with no key (Limit::perMinute(10) without by()).
          const [key, max] =
            opts.throttle === 'forgot-password'
              ? [`authentication|${rc.ip}`, 2]
              : ['authentication|', 10]
          Object.assign(rc.headers, throttle(panel.limiter, key, max, panel.now()).headers)
        }
        response = await handler(rc, c)
      }
    } catch (error) {
      if (error instanceof PanelError && error.status === 429)
        Object.assign(rc.headers, error.headers)
      response = renderError(error, rc)
    }
    return finish(response, rc, sessionCookies(panel, rc))
  }
}

export interface ClientOptions {
  /** The route binds `{server}` (SubstituteClientBindings + AuthenticateServerAccess). */
  server?: boolean
  /** Route name, for AuthenticateServerAccess's exceptions. */
  name?: string
}

export interface ClientHandlerContext {
  user: User
  server: Server | null
}

export type ClientHandler = (
  rc: RequestContext,
  ctx: ClientHandlerContext,
  c: Context,
) => Response | Promise<Response>

function bearerAuth(panel: Panel, rc: RequestContext): User | null {
  const header = rc.request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(.+)$/i.exec(header)
  if (!match) return null
  const token = (match[1] ?? '').trim()
  const identifier = token.slice(0, 16)
  const key = panel.store.apiKeys.find((k) => k.identifier === identifier)
  if (!key || key.secret !== token.slice(16)) return null
  const user = findUser(panel.store, key.userId)
  if (!user) return null
  key.lastUsedAt = panel.now()
  rc.apiKey = key
  return user
}

export function serverStateConflict(
  server: Server,
  node: { maintenance: boolean },
): PanelError | null {
  const installed = server.status !== 'installing' && server.status !== 'install_failed'
  let message: string | null = null
  if (server.status === 'suspended')
    message = 'This server is currently suspended and the functionality requested is unavailable.'
  else if (node.maintenance)
    message =
      'The node of this server is currently under maintenance and the functionality requested is unavailable.'
  else if (!installed)
    message = 'This server has not yet completed its installation process, please try again later.'
  else if (server.status === 'restoring_backup')
    message = 'This server is currently restoring from a backup, please try again later.'
  else if (server.transferring)
    message = 'This server is currently being transferred to a new machine, please try again later.'
  return message === null
    ? null
    : new PanelError(409, [
        { code: 'ServerStateConflictException', status: '409', detail: message },
      ])
}

export const canAccessServer = (user: User, server: Server): boolean =>
  user.rootAdmin || server.ownerId === user.id || server.subuserIds.includes(user.id)

/** The `api` + `client-api` groups and `throttle:api.client`, then route middleware. */
export function client(
  panel: Panel,
  handler: ClientHandler,
  opts: ClientOptions = {},
): (rc: RequestContext, c: Context) => Promise<Response> {
  return async (rc, c) => {
    let response: Response
    const stateful = isStatefulRequest(rc.request, rc.url, panel.cookieName)
    try {
      if (stateful) {
        startWebSession(panel, rc)
        const user = sessionUser(panel, rc)
        // Sanctum's AuthenticateSession: a session whose stored password hash no longer matches
        // (password changed on another device) is flushed and answered 401.
        if (
          user &&
          rc.session &&
          rc.session.passwordHash !== null &&
          rc.session.passwordHash !== user.passwordHash
        ) {
          rc.session.userId = null
          rc.session.passwordHash = null
          rc.session.pendingLogin = null
          throw unauthenticated()
        }
        rc.user = user
      }
      rc.user ??= bearerAuth(panel, rc)
      const user = rc.user
      if (!user) throw unauthenticated()
      if (rc.isJson && rc.hasBody && rc.bodyError !== null) {
        throw badRequest(
          `The JSON data passed in the request appears to be malformed: ${rc.bodyError}`,
        )
      }
      const key = rc.apiKey
      if (key && key.allowedIps.length > 0) {
        const allowed = key.allowedIps.some((entry) => {
          try {
            return rangeContains(parseRange(entry), rc.ip)
          } catch {
            return false
          }
        })
        if (!allowed) {
          logActivity(panel, rc, {
            event: 'auth:ip-blocked',
            subjects: [
              { type: 'user', id: user.id },
              { type: 'api_key', id: key.id },
            ],
            properties: { identifier: key.identifier },
          })
          throw accessDenied(
            `This IP address (${rc.ip}) does not have permission to access the API using these credentials.`,
          )
        }
      }
      let server: Server | null = null
      if (opts.server) {
        const param = c.req.param('server') ?? ''
        server =
          panel.store.servers.find((s) =>
            param.length === 8 ? s.identifier === param : s.uuid === param,
          ) ?? null
        if (!server)
          throw new PanelError(404, [
            {
              code: 'NotFoundHttpException',
              status: '404',
              detail: 'The requested resource could not be found on the server.',
            },
          ])
      }
      if (key && key.keyType !== 1) {
        throw accessDenied(
          'You are attempting to use an application API key on an endpoint that requires a client API key.',
        )
      }
      try {
        Object.assign(
          rc.headers,
          throttle(panel.limiter, `api.client|${user.uuid}`, panel.options.rateLimit, panel.now())
            .headers,
        )
        if (server) checkServerAccess(panel, user, server, opts.name ?? '')
        response = await handler(rc, { user, server }, c)
      } catch (error) {
        if (error instanceof PanelError && error.status === 429)
          Object.assign(rc.headers, error.headers)
        throw error
      }
    } catch (error) {
      response = renderError(error, rc)
    }
    if (rc.session && rc.user && rc.session.userId === rc.user.id)
      rc.session.passwordHash = rc.user.passwordHash
    return finish(response, rc, stateful ? sessionCookies(panel, rc) : [])
  }
}

/**
 * AuthenticateServerAccess: 404 for strangers (its own words, `exceptions.api.resource_not_found`,
 * not the model-not-found text an unknown server gets), 409 for unusable states (view allowed).
 */
function checkServerAccess(panel: Panel, user: User, server: Server, routeName: string): void {
  if (!canAccessServer(user, server))
    throw new PanelError(404, [
      {
        code: 'NotFoundHttpException',
        status: '404',
        detail: 'The requested resource does not exist on this server.',
      },
    ])
  const node = panel.store.nodes.find((n) => n.id === server.nodeId) ?? { maintenance: false }
  const conflict = serverStateConflict(server, node)
  if (!conflict || routeName === 'api:client:server.view') return
  if (server.status === 'suspended' || node.maintenance) throw conflict
  if (!user.rootAdmin || routeName !== 'api:client:server.ws') throw conflict
}

export interface LogOptions {
  event: string
  subjects: Subject[]
  properties?: Record<string, unknown>
  /** Defaults to the request's user; `null` for guest events (auth:fail, auth:checkpoint). */
  actorId?: number | null
  /** Activity::withRequestMetadata(): adds `ip` and `useragent` properties. */
  requestMetadata?: boolean
  description?: string | null
}

export function logActivity(panel: Panel, rc: RequestContext, opts: LogOptions): ActivityEntry {
  const properties: Record<string, unknown> = opts.requestMetadata
    ? { ip: rc.ip, useragent: rc.userAgent }
    : {}
  Object.assign(properties, opts.properties ?? {})
  const entry: ActivityEntry = {
    id: panel.store.nextId.activity++,
    batch: null,
    event: opts.event,
    ip: rc.ip,
    description: opts.description ?? null,
    actorId: opts.actorId === undefined ? (rc.user?.id ?? null) : opts.actorId,
    isApi: rc.apiKey !== null,
    properties,
    timestamp: panel.now(),
    subjects: opts.subjects,
  }
  panel.store.activity.push(entry)
  return entry
}

export { input }
