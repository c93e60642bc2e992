import { listActivity } from '../activity'
import { allInput, input } from '../context'
import { accessDenied, panelError } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { validate } from '../validation'
import { listServers } from './list'
import { can, permissionsFor } from './permissions'
import { serverIncludes, serverItem } from './transformer'

// ClientController@index, ServerController, ResourceUtilizationController, PowerController,
// CommandController, SettingsController (rename, reinstall), WebsocketController and the server
// activity feed. Everything Wings does goes through the panel's fake Wings (wings/daemon.ts).

const RESOURCE_TTL_MS = 20_000

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
