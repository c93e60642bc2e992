import { Hono, type Context } from 'hono'

import { registerAccountRoutes } from './account-routes'
import { registerActivityRoutes } from './activity'
import { registerApiKeyRoutes } from './api-key-routes'
import { registerAuthRoutes } from './auth-routes'
import { BACKUP_FAILURE_PATH, backupFailureControl } from './backups/control'
import { registerBackupRoutes } from './backups/routes'
import { buildContext, type RequestContext } from './context'
import { htmlError, jsonError, PanelError, routeNotFound } from './panel-errors'
import { applyFault, FaultSet } from './faults'
import { registerFilesRoutes } from './files/routes'
import {
  json,
  noContent,
  type Panel,
  type PanelOptions,
  type RouteFn,
  type RouteHandler,
} from './panel'
import { RateLimiter } from './rate-limit'
import { registerNetworkRoutes } from './network/routes'
import { clientAllocationsControl } from './network/state'
import { registerScheduleRoutes } from './schedules/routes'
import { seedStore } from './seed'
import { registerDatabaseRoutes } from './databases/database-routes'
import { registerServerRoutes } from './servers/routes'
import { registerSubuserRoutes } from './subusers/subuser-routes'
import { createSessionManager, sessionCookieName } from './sessions'
import { registerSshKeyRoutes } from './ssh-key-routes'
import { registerStartupRoutes } from './startup/routes'
import { registerTwoFactorRoutes } from './two-factor-routes'
import { createClock, type DemoClock } from './clock'
import type { DemoPanel, DemoPanelOptions } from './types'
import { FakeWings } from './wings/daemon'

export type { DemoPanel, DemoPanelOptions } from './types'

type Env = { Bindings: { rc: RequestContext } }

interface RegisteredRoute {
  method: string
  pattern: string
  regex: RegExp
}

/** What createDemoPanel returns: the fetch handler, plus its clock and fake Wings for tests. */
export interface DemoPanelInstance extends DemoPanel {
  clock: DemoClock
  wings: FakeWings
  /** Stops the clock's timers and the simulated processes. */
  dispose(): void
}

export function createDemoPanel(options: DemoPanelOptions = {}): DemoPanelInstance {
  const clock = options.clock ?? createClock(options.now ? { source: options.now } : {})
  const opts: PanelOptions = {
    appName: options.appName ?? 'Pterodactyl',
    adminServers: options.adminServers ?? 250,
    faults: options.faults ?? false,
    legacyTwoFactor: options.legacyTwoFactor ?? false,
    rateLimit: options.rateLimit ?? 720,
    now: () => clock.now(),
  }
  const store = seedStore(opts.now(), opts.adminServers)
  const cookieName = sessionCookieName(opts.appName)
  const wings = new FakeWings({
    clock,
    store,
    onActivity(entry) {
      // Wings' activity cron posts these to the panel, which records them for the server.
      const actor = store.users.find((u) => u.uuid === entry.userUuid)
      store.activity.push({
        id: store.nextId.activity++,
        batch: null,
        event: entry.event,
        ip: '127.0.0.1',
        description: null,
        actorId: actor?.id ?? null,
        isApi: false,
        properties: entry.properties,
        timestamp: clock.now(),
        subjects: [{ type: 'server', id: entry.serverId }],
      })
    },
  })
  const panel: Panel = {
    options: opts,
    store,
    sessions: createSessionManager(store, cookieName),
    limiter: new RateLimiter(opts.now),
    cookieName,
    now: opts.now,
    clock,
    wings,
  }
  const faults = new FaultSet()
  const stats = new Map<string, number>()
  const routes: RegisteredRoute[] = []
  // Laravel matches `/api/client/account/` like `/api/client/account`.
  const app = new Hono<Env>({ strict: false })

  const route: RouteFn = (method, path, handler: RouteHandler) => {
    const pattern = path.replace(/:(\w+)/g, '{$1}')
    const regex = new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}/?$`)
    routes.push({ method, pattern, regex })
    app.on(method, path, (c: Context<Env>) => handler(c.env.rc, c))
  }

  registerAuthRoutes(panel, route)
  registerAccountRoutes(panel, route)
  registerTwoFactorRoutes(panel, route)
  registerApiKeyRoutes(panel, route)
  registerSshKeyRoutes(panel, route)
  registerActivityRoutes(panel, route)
  registerServerRoutes(panel, route)
  registerFilesRoutes(panel, route)
  registerStartupRoutes(panel, route)
  registerNetworkRoutes(panel, route)
  registerBackupRoutes(panel, route)
  registerScheduleRoutes(panel, route)
  registerSubuserRoutes(panel, route)
  registerDatabaseRoutes(panel, route)

  app.notFound((c) => {
    const rc = c.env.rc
    const path = rc.url.pathname
    const allowed = routes
      .filter((r) => r.regex.test(path))
      .flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method]))
    const error =
      allowed.length > 0
        ? new PanelError(
            405,
            [
              {
                code: 'MethodNotAllowedHttpException',
                status: '405',
                detail: `The ${rc.method} method is not supported for route ${path.replace(/^\//, '')}. Supported methods: ${allowed.join(', ')}.`,
              },
            ],
            { Allow: allowed.join(', ') },
          )
        : routeNotFound(path)
    return rc.expectsJson ? jsonError(error) : htmlError(error, rc.url, null)
  })

  const control = async (request: Request, pathname: string): Promise<Response | null> => {
    if (!opts.faults || !pathname.startsWith('/__demo/')) return null
    const key = `${request.method} ${pathname}`
    if (key === 'POST /__demo/faults') {
      let body: unknown = null
      try {
        body = await request.json()
      } catch {
        body = null
      }
      const problem = faults.add(body)
      return problem === null ? noContent() : json({ error: problem }, 422)
    }
    if (key === 'DELETE /__demo/faults') {
      faults.clear()
      return noContent()
    }
    if (key === 'POST /__demo/reset') {
      // Mutate in place: route modules hold a reference to the store object.
      Object.assign(store, seedStore(opts.now(), opts.adminServers))
      wings.reset()
      panel.limiter.reset()
      faults.clear()
      stats.clear()
      return noContent()
    }
    if (key === `POST ${BACKUP_FAILURE_PATH}`) return backupFailureControl(panel, request)
    if (key === 'GET /__demo/clock') return json({ now: clock.now() })
    // The panel's outgoing mail (account created, password reset…), newest last; `?to=` filters.
    if (key === 'GET /__demo/mail') {
      const to = new URL(request.url).searchParams.get('to')?.toLowerCase()
      return json({ data: store.mail.filter((m) => !to || m.to.toLowerCase() === to) })
    }
    if (key === 'POST /__demo/clock') {
      // Tests move the double's time forward instead of waiting: {"advanceMs": 60000}.
      let body: unknown = null
      try {
        body = await request.json()
      } catch {
        body = null
      }
      const ms = (body as { advanceMs?: unknown } | null)?.advanceMs
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        return json({ error: 'advanceMs must be a number of 0 or more' }, 422)
      }
      clock.advance(ms)
      return json({ now: clock.now() })
    }
    if (key === 'POST /__demo/client-allocations') {
      const { status, error } = clientAllocationsControl(
        store.network,
        store.servers,
        await request.json().catch(() => null),
      )
      return error === undefined ? noContent() : json({ error }, status)
    }
    if (key === 'POST /__demo/flood') {
      // Benchmarks: make one running server print N console lines a second ({"server":
      // "<identifier>", "linesPerSecond": 2000}; 0 stops), as its `flood` console command does.
      let body: unknown = null
      try {
        body = await request.json()
      } catch {
        body = null
      }
      const { server: id, linesPerSecond } = (body ?? {}) as Record<string, unknown>
      const server = typeof id === 'string' ? wings.findServerByIdentifier(id) : undefined
      if (!server || typeof linesPerSecond !== 'number' || !(linesPerSecond >= 0)) {
        return json({ error: 'expects {"server": "<identifier>", "linesPerSecond": n ≥ 0}' }, 422)
      }
      if (!wings.process(server).acceptsCommands()) {
        return json({ error: 'the server is not running' }, 409)
      }
      wings.process(server).flood(linesPerSecond)
      return noContent()
    }
    if (key === 'GET /__demo/stats') {
      let total = 0
      for (const count of stats.values()) total += count
      return json({ requests: Object.fromEntries(stats), total })
    }
    return json({ error: 'unknown control route' }, 404)
  }

  const countRequest = (method: string, pathname: string): void => {
    if (!/^\/api\/client(\/|$)/.test(pathname)) return
    const match = routes.find((r) => r.method === method && r.regex.test(pathname))
    const key = `${method} ${match?.pattern ?? pathname}`
    stats.set(key, (stats.get(key) ?? 0) + 1)
  }

  return {
    clock,
    wings,
    dispose() {
      wings.dispose()
      clock.stop()
    },
    async fetch(request, env) {
      const url = new URL(request.url)
      const controlResponse = await control(request, url.pathname)
      if (controlResponse) return controlResponse
      countRequest(request.method, url.pathname)
      if (opts.faults) {
        const rule = faults.take(request.method, url.pathname)
        if (rule) {
          const faulted = await applyFault(rule, request, opts.now())
          if (faulted) return faulted
        }
      }
      const rc = await buildContext(request, env?.ip)
      return app.fetch(request, { rc })
    },
  }
}
