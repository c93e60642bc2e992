import { allInput, input, type RequestContext } from '../context'
import { accessDenied, displayError, notFound } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { can } from '../servers/permissions'
import type { Server, User } from '../store'
import { validate, type CustomRule } from '../validation'
import {
  databasePassword,
  databaseUsername,
  decodeDatabaseId,
  encodeDatabaseId,
  prefixedDatabaseName,
  type ServerDatabase,
} from './database-store'

// Client\Servers\DatabaseController with DeployServerDatabaseService, DatabaseManagementService,
// DatabasePasswordService and DatabaseTransformer (v1.11.8). The MySQL side (CREATE DATABASE,
// CREATE USER … @remote, GRANT) is not simulated: only what the API shows of it.

const REMOTE_PATTERN = /^[\w\-/.%:]+$/

/** Laravel's alpha_dash (Unicode letters and marks, digits, `-` and `_`). */
const alphaDash: CustomRule = {
  name: 'alpha_dash',
  passes: (value) => typeof value === 'string' && /^[\p{L}\p{M}\p{N}_-]+$/u.test(value),
  message: (field) => `The ${field} may only contain letters, numbers, and dashes.`,
}

const regexRule = (pattern: RegExp): CustomRule => ({
  name: 'regex',
  passes: (value) => typeof value === 'string' && pattern.test(value),
  message: (field) => `The ${field} format is invalid.`,
})

/** fractal `include=password` (comma-separated, as Fractal parses it). */
const wantsPassword = (rc: RequestContext): boolean => {
  const include = input(rc, 'include')
  return typeof include === 'string' && include.split(',').some((i) => i.trim() === 'password')
}

export function registerDatabaseRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  const serverOf = (server: Server | null): Server => {
    if (!server) throw new Error('database route registered without {server}')
    return server
  }

  const item = (db: ServerDatabase, user: User, server: Server, withPassword: boolean) => {
    const host = store.databases.hosts.find((h) => h.id === db.hostId)
    const attributes: Record<string, unknown> = {
      id: encodeDatabaseId(db.id),
      host: { address: host?.host ?? '', port: host?.port ?? 3306 },
      name: db.database,
      username: db.username,
      connections_from: db.remote,
      max_connections: db.maxConnections,
    }
    if (withPassword) {
      attributes.relationships = {
        password: can(user, server, 'database.view_password')
          ? { object: 'database_password', attributes: { password: db.password } }
          : { object: 'null_resource', attributes: null },
      }
    }
    return { object: 'server_database', attributes }
  }

  /** The `{database}` binding: hashid → row, 404 when unknown; ResourceBelongsToServer. */
  const bound = (rc: RequestContext, server: Server, raw: string): ServerDatabase => {
    const id = decodeDatabaseId(raw)
    const db = id === null ? undefined : store.databases.items.find((d) => d.id === id)
    if (!db) throw notFound()
    if (db.serverId !== server.id)
      throw notFound('The requested resource was not found for this server.')
    void rc
    return db
  }

  route(
    'GET',
    '/api/client/servers/:server/databases',
    client(
      panel,
      (rc, ctx) => {
        const server = serverOf(ctx.server)
        if (!can(ctx.user, server, 'database.read')) throw accessDenied()
        const withPassword = wantsPassword(rc)
        return json({
          object: 'list',
          data: store.databases.items
            .filter((d) => d.serverId === server.id)
            .map((d) => item(d, ctx.user, server, withPassword)),
        })
      },
      { server: true },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/databases',
    client(
      panel,
      (rc, ctx) => {
        const server = serverOf(ctx.server)
        if (!can(ctx.user, server, 'database.create')) throw accessDenied()
        const body = allInput(rc)
        const taken: CustomRule = {
          name: 'unique',
          passes: (value) =>
            typeof value !== 'string' ||
            !store.databases.items.some(
              (d) =>
                d.serverId === server.id && d.database === prefixedDatabaseName(value, server.id),
            ),
          message: () => 'The database name you have selected is already in use by this server.',
        }
        validate(body, {
          database: ['required', alphaDash, 'min:3', 'max:48', taken],
          remote: ['required', 'string', regexRule(REMOTE_PATTERN)],
        }).throwIfFailed()
        const { hosts } = store.databases
        if (hosts.length === 0) {
          throw displayError(
            'No database host was found that meets the requirements for this server.',
            'NoSuitableDatabaseHostException',
          )
        }
        // A host on the server's node when there is one; otherwise any (allow_random defaults on).
        const onNode = hosts.filter((h) => h.nodeId === server.nodeId)
        const pool = onNode.length > 0 ? onNode : hosts
        const host = pool[Math.floor(panel.clock.now() / 1000) % pool.length] ?? hosts[0]
        const count = store.databases.items.filter((d) => d.serverId === server.id).length
        if (count >= server.featureLimits.databases) {
          throw displayError(
            'Operation aborted: creating a new database would put this server over the defined limit.',
            'TooManyDatabasesException',
          )
        }
        const db: ServerDatabase = {
          id: store.databases.nextId++,
          serverId: server.id,
          hostId: host?.id ?? 0,
          database: prefixedDatabaseName(String(body.database), server.id),
          username: databaseUsername(server.id),
          remote: String(body.remote),
          password: databasePassword(),
          maxConnections: 0,
          createdAt: panel.now(),
        }
        store.databases.items.push(db)
        logActivity(panel, rc, {
          event: 'server:database.create',
          subjects: [{ type: 'server', id: server.id }],
          properties: { name: db.database },
        })
        return json(item(db, ctx.user, server, true))
      },
      { server: true },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/databases/:database/rotate-password',
    client(
      panel,
      (rc, ctx, c) => {
        const server = serverOf(ctx.server)
        const db = bound(rc, server, c.req.param('database') ?? '')
        if (!can(ctx.user, server, 'database.update')) throw accessDenied()
        db.password = databasePassword()
        logActivity(panel, rc, {
          event: 'server:database.rotate-password',
          subjects: [{ type: 'server', id: server.id }],
          properties: { name: db.database },
        })
        return json(item(db, ctx.user, server, true))
      },
      { server: true },
    ),
  )

  route(
    'DELETE',
    '/api/client/servers/:server/databases/:database',
    client(
      panel,
      (rc, ctx, c) => {
        const server = serverOf(ctx.server)
        const db = bound(rc, server, c.req.param('database') ?? '')
        if (!can(ctx.user, server, 'database.delete')) throw accessDenied()
        store.databases.items = store.databases.items.filter((d) => d !== db)
        logActivity(panel, rc, {
          event: 'server:database.delete',
          subjects: [{ type: 'server', id: server.id }],
          properties: { name: db.database },
        })
        return noContent()
      },
      { server: true },
    ),
  )
}
