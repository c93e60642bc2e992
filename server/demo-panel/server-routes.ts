import { actorItem, listActivity } from './activity'
import { allInput, input, type RequestContext } from './context'
import { accessDenied, panelError } from './panel-errors'
import { filters, filterTerms, invalidFilter, paginate } from './pagination'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from './panel'
import type { Server, Store, User } from './store'
import { validate } from './validation'

// ClientController@index, ServerController, ResourceUtilizationController, PowerController,
// CommandController, SettingsController (rename, reinstall), WebsocketController and the server
// activity feed. Everything Wings does goes through the panel's fake Wings (wings/daemon.ts).

/** What a subuser may do on the seeded shared server (no restart, no allocation/startup read). */
export const SUBUSER_PERMISSIONS = [
  'control.console',
  'control.start',
  'control.stop',
  'websocket.connect',
  'activity.read',
]
const ADMIN_EXTRA = [
  'admin.websocket.errors',
  'admin.websocket.install',
  'admin.websocket.transfer',
]
const RESOURCE_TTL_MS = 20_000
const SERVER_FILTERS = ['uuid', 'name', 'description', 'external_id', '*']
const IPV4_FILTER =
  /^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)(:\d{1,5})?$/

export function permissionsFor(user: User, server: Server): string[] {
  if (user.rootAdmin || user.id === server.ownerId)
    return user.rootAdmin ? ['*', ...ADMIN_EXTRA] : ['*']
  if (!server.subuserIds.includes(user.id)) return []
  return server.subuserPermissions?.[user.id] ?? SUBUSER_PERMISSIONS
}

const can = (user: User, server: Server, permission: string): boolean => {
  const perms = permissionsFor(user, server)
  return perms.includes('*') || perms.includes(permission)
}

/** `include=egg,subusers` or `include[]=…`: ServerTransformer's available includes. */
function serverIncludes(rc: RequestContext): string[] {
  const raw = rc.query.include
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : []
  return list.filter((v): v is string => typeof v === 'string').map((s) => s.trim())
}

/** SubuserTransformer: the user (UserTransformer) plus the subuser's permissions. */
function subuserItem(store: Store, userId: number): Record<string, unknown> | null {
  const user = actorItem(store.users.find((u) => u.id === userId)).attributes
  if (!user) return null
  return { object: 'server_subuser', attributes: { ...user, permissions: SUBUSER_PERMISSIONS } }
}

function serverItem(
  store: Store,
  server: Server,
  user: User,
  include: string[] = [],
): Record<string, unknown> {
  const node = store.nodes.find((n) => n.id === server.nodeId)
  const primary = server.allocations.find((a) => a.id === server.primaryAllocationId)
  const startupRead = can(user, server, 'startup.read')
  let invocation = server.startup
    .replaceAll('{{SERVER_MEMORY}}', String(server.limits.memory))
    .replaceAll('{{SERVER_IP}}', primary?.ip ?? '')
    .replaceAll('{{SERVER_PORT}}', String(primary?.port ?? ''))
  for (const variable of server.variables) {
    invocation = invocation.replaceAll(
      `{{${variable.envVariable}}}`,
      startupRead && variable.userViewable !== false ? variable.serverValue : '[hidden]',
    )
  }
  const allocationItem = (
    a: Server['allocations'][number],
    hideNotes: boolean,
  ): Record<string, unknown> => ({
    object: 'allocation',
    attributes: {
      id: a.id,
      ip: a.ip,
      ip_alias: a.ipAlias,
      port: a.port,
      notes: hideNotes ? null : a.notes,
      is_default: a.id === server.primaryAllocationId,
    },
  })
  const allocations = can(user, server, 'allocation.read')
    ? server.allocations.map((a) => allocationItem(a, false))
    : primary
      ? [allocationItem(primary, true)]
      : []
  const variables = startupRead
    ? {
        object: 'list',
        data: server.variables
          .filter((v) => v.userViewable !== false)
          .map((v) => ({
            object: 'egg_variable',
            attributes: {
              name: v.name,
              description: v.description,
              env_variable: v.envVariable,
              default_value: v.defaultValue,
              server_value: v.serverValue,
              is_editable: v.isEditable,
              rules: v.rules,
            },
          })),
      }
    : { object: 'null_resource', attributes: null }
  return {
    object: 'server',
    attributes: {
      server_owner: user.id === server.ownerId,
      identifier: server.identifier,
      internal_id: server.id,
      uuid: server.uuid,
      name: server.name,
      node: node?.name ?? '',
      is_node_under_maintenance: node?.maintenance ?? false,
      sftp_details: { ip: node?.fqdn ?? '', port: node?.daemonSftp ?? 2022 },
      description: server.description,
      limits: {
        memory: server.limits.memory,
        swap: server.limits.swap,
        disk: server.limits.disk,
        io: server.limits.io,
        cpu: server.limits.cpu,
        threads: server.limits.threads,
        oom_disabled: server.limits.oomDisabled,
      },
      invocation,
      docker_image: server.dockerImage,
      egg_features: server.eggFeatures,
      feature_limits: server.featureLimits,
      status: server.status,
      is_suspended: server.status === 'suspended',
      is_installing: server.status === 'installing' || server.status === 'install_failed',
      is_transferring: server.transferring,
      relationships: {
        allocations: { object: 'list', data: allocations },
        variables,
        // Fractal ignores includes it does not offer; these two are offered on request.
        ...(include.includes('egg') && {
          egg: { object: 'egg', attributes: { uuid: server.egg.uuid, name: server.egg.name } },
        }),
        ...(include.includes('subusers') && {
          subusers: can(user, server, 'user.read')
            ? {
                object: 'list',
                data: server.subuserIds.map((id) => subuserItem(store, id)).filter(Boolean),
              }
            : { object: 'null_resource', attributes: null },
        }),
      },
    },
  }
}

/** MultiFieldServerFilter (`filter[*]`). */
function multiFieldMatch(server: Server, raw: string): boolean {
  const value = raw.trim()
  if (IPV4_FILTER.test(value) || /^:\d{1,5}$/.test(value)) {
    const [ip = '', port] = value.split(':')
    return server.allocations.some((a) =>
      value.startsWith(':')
        ? String(a.port).startsWith(value.slice(1))
        : a.ip === ip && (port === undefined || String(a.port).startsWith(port)),
    )
  }
  return (
    server.uuid === value ||
    server.uuid.startsWith(value) ||
    server.identifier === value ||
    server.externalId === value ||
    server.name.toLowerCase().includes(value.toLowerCase())
  )
}

function listServers(panel: Panel, rc: RequestContext, user: User): Response {
  const bag = filters(rc)
  const unknown = Object.keys(bag).filter((k) => !SERVER_FILTERS.includes(k))
  if (unknown.length > 0)
    throw panelError(400, 'InvalidFilterQuery', invalidFilter(unknown, SERVER_FILTERS))
  const type = input(rc, 'type')
  const accessible = (s: Server): boolean => s.ownerId === user.id || s.subuserIds.includes(user.id)
  let servers = panel.store.servers.filter((s) => {
    if (type === 'admin' || type === 'admin-all')
      return user.rootAdmin && (type === 'admin-all' || !accessible(s))
    if (type === 'owner') return s.ownerId === user.id
    return accessible(s)
  })
  for (const [name, value] of Object.entries(bag)) {
    if (name === '*') {
      const text = typeof value === 'string' ? value : filterTerms(value).join(',')
      if (text.trim() !== '') servers = servers.filter((s) => multiFieldMatch(s, text))
      continue
    }
    const terms = filterTerms(value).map((t) => t.toLowerCase())
    if (terms.length === 0) continue
    const column = (s: Server): string =>
      (name === 'uuid'
        ? s.uuid
        : name === 'name'
          ? s.name
          : name === 'description'
            ? s.description
            : (s.externalId ?? '')
      ).toLowerCase()
    servers = servers.filter((s) => terms.some((t) => column(s).includes(t)))
  }
  const page = paginate(servers, rc, 50, 100)
  return json({
    object: 'list',
    data: page.items.map((s) => serverItem(panel.store, s, user, serverIncludes(rc))),
    meta: page.meta,
  })
}

export function registerServerRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('route registered without {server} binding')
    return value
  }

  route(
    'GET',
    '/api/client',
    client(panel, (rc, { user }) => listServers(panel, rc, user)),
  )

  route(
    'GET',
    '/api/client/servers/:server',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        return json({
          ...serverItem(store, server, ctx.user, serverIncludes(rc)),
          meta: {
            is_server_owner: ctx.user.id === server.ownerId,
            user_permissions: permissionsFor(ctx.user, server),
          },
        })
      },
      { server: true, name: 'api:client:server.view' },
    ),
  )

  route(
    'GET',
    '/api/client/servers/:server/resources',
    client(
      panel,
      (_rc, ctx) => {
        const server = need(ctx.server)
        const now = panel.now()
        // Cache::remember("resources:{uuid}", 20 s): every client sees the same snapshot meanwhile.
        let cached = store.resourceCache.get(server.uuid)
        if (!cached || cached.expiresAt <= now) {
          cached = {
            expiresAt: now + RESOURCE_TTL_MS,
            value: panel.wings.process(server).snapshot(),
          }
          store.resourceCache.set(server.uuid, cached)
        }
        const stats = cached.value
        return json({
          object: 'stats',
          attributes: {
            current_state: stats.state,
            is_suspended: server.status === 'suspended',
            resources: {
              memory_bytes: stats.memoryBytes,
              cpu_absolute: stats.cpuAbsolute,
              disk_bytes: stats.diskBytes,
              network_rx_bytes: stats.rxBytes,
              network_tx_bytes: stats.txBytes,
              uptime: stats.uptime,
            },
          },
        })
      },
      { server: true, name: 'api:client:server.resources' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/power',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        const signal = input(rc, 'signal')
        const permission =
          signal === 'start'
            ? 'control.start'
            : signal === 'stop' || signal === 'kill'
              ? 'control.stop'
              : signal === 'restart'
                ? 'control.restart'
                : '__invalid'
        // FormRequest::authorize() before rules: owners/admins pass any permission, subusers do not.
        if (!can(ctx.user, server, permission)) throw accessDenied()
        validate(allInput(rc), {
          signal: ['required', 'string', 'in:start,stop,restart,kill'],
        }).throwIfFailed()
        const valid = signal as 'start' | 'stop' | 'restart' | 'kill'
        // Wings answers 202 at once and works in the background; a call while another power
        // action holds the lock (or a start of a running server) is dropped there, silently.
        panel.wings.power(server, valid)
        logActivity(panel, rc, {
          event: `server:power.${valid}`,
          subjects: [{ type: 'server', id: server.id }],
        })
        return noContent()
      },
      { server: true, name: 'api:client:server.power' },
    ),
  )

  route(
    'GET',
    '/api/client/servers/:server/websocket',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'websocket.connect')) {
          throw panelError(
            403,
            'HttpForbiddenException',
            "You do not have permission to connect to this server's websocket.",
          )
        }
        return json({
          data: panel.wings.websocketCredentials(
            server,
            ctx.user,
            permissionsFor(ctx.user, server),
            rc.url.origin,
          ),
        })
      },
      { server: true, name: 'api:client:server.ws' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/command',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'control.console')) throw accessDenied()
        validate(allInput(rc), { command: ['required', 'string', 'min:1'] }).throwIfFailed()
        const command = input(rc, 'command') as string
        // Wings answers 502 for a server that is not running; the panel turns that into this.
        if (!panel.wings.command(server, command)) {
          throw panelError(502, 'HttpException', 'Server must be online in order to send commands.')
        }
        logActivity(panel, rc, {
          event: 'server:console.command',
          subjects: [{ type: 'server', id: server.id }],
          properties: { command },
        })
        return noContent()
      },
      { server: true, name: 'api:client:server.command' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/settings/rename',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'settings.rename')) throw accessDenied()
        const body = allInput(rc)
        validate(body, {
          name: ['required', 'string', 'min:1', 'max:191'],
          description: ['string', 'nullable'],
        }).throwIfFailed()
        const name = body.name as string
        const description =
          'description' in body
            ? typeof body.description === 'string'
              ? body.description
              : ''
            : server.description
        const subjects = [{ type: 'server' as const, id: server.id }]
        if (server.name !== name) {
          logActivity(panel, rc, {
            event: 'server:settings.rename',
            subjects,
            properties: { old: server.name, new: name },
          })
        }
        if (server.description !== description) {
          logActivity(panel, rc, {
            event: 'server:settings.description',
            subjects,
            properties: { old: server.description, new: description },
          })
        }
        server.name = name
        server.description = description
        return noContent()
      },
      { server: true, name: 'api:client:server.settings.rename' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/settings/reinstall',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'settings.reinstall')) throw accessDenied()
        // ReinstallServerService: status → installing, then Wings reinstalls and reports back.
        server.status = 'installing'
        panel.wings.reinstall(server, (successful) => {
          server.status = successful ? null : 'install_failed'
        })
        logActivity(panel, rc, {
          event: 'server:reinstall',
          subjects: [{ type: 'server', id: server.id }],
        })
        return json([], 202)
      },
      { server: true, name: 'api:client:server.settings.reinstall' },
    ),
  )

  route(
    'GET',
    '/api/client/servers/:server/activity',
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'activity.read')) throw accessDenied()
        const source = store.activity.filter((e) =>
          e.subjects.some((s) => s.type === 'server' && s.id === server.id),
        )
        return listActivity(panel, rc, ctx.user, source)
      },
      { server: true, name: 'api:client:server.activity' },
    ),
  )
}
