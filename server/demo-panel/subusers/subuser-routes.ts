import { allInput, type RequestContext } from '../context'
import { hashSecret } from '../hashing'
import { accessDenied, displayError, notFound, panelError } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { randomString, randomUuid } from '../random'
import { can, permissionsFor, SUBUSER_PERMISSIONS } from '../servers/permissions'
import type { Server, User } from '../store'
import { atom } from '../time'
import { validate } from '../validation'
import { jtiFor } from '../wings/jwt'
import { accountCreatedMail, addedToServerMail, removedFromServerMail, sendMail } from './mailbox'
import { ALL_PERMISSION_KEYS, PERMISSION_CATALOGUE } from './permission-catalogue'
import { createHash } from 'node:crypto'

// ClientController@permissions, Client\Servers\SubuserController, SubuserRequest's authorize(),
// SubuserCreationService and UserCreationService (v1.11.8). A change of permissions and a
// removal revoke the subuser's websocket tokens at Wings (POST /ws/deny with md5(user id +
// server uuid)), which cuts their open console (wings/socket-session.ts).

/** The keys a subuser holds on a server (the seed's subusers default to SUBUSER_PERMISSIONS). */
export const subuserPermissionsOf = (server: Server, userId: number): string[] =>
  server.subuserPermissions?.[userId] ?? SUBUSER_PERMISSIONS

const CANNOT_ASSIGN =
  'Cannot assign permissions to a subuser that your account does not actively possess.'

/** SubuserController::getDefaultPermissions: known keys only, plus websocket.connect. */
function cleanPermissions(raw: unknown): string[] {
  const given = Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string') : []
  const cleaned = given.filter((p) => ALL_PERMISSION_KEYS.includes(p))
  return [...new Set([...cleaned, 'websocket.connect'])]
}

export function registerSubuserRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  const serverOf = (server: Server | null): Server => {
    if (!server) throw new Error('subuser route registered without {server}')
    return server
  }

  const item = (server: Server, user: User) => ({
    object: 'server_subuser',
    attributes: {
      uuid: user.uuid,
      username: user.username,
      email: user.email,
      image: `https://gravatar.com/avatar/${createHash('md5').update(user.email.toLowerCase()).digest('hex')}`,
      '2fa_enabled': user.useTotp,
      created_at: atom(user.createdAt),
      permissions: subuserPermissionsOf(server, user.id),
    },
  })

  /** The `{user}` binding: a subuser of this server by user uuid, else 404. */
  const boundSubuser = (server: Server, uuid: string): User => {
    const user = store.users.find((u) => u.uuid === uuid && server.subuserIds.includes(u.id))
    if (!user) throw notFound()
    return user
  }

  /** SubuserRequest::authorize(): permission, not yourself, and nothing you do not hold. */
  const authorize = (
    rc: RequestContext,
    actor: User,
    server: Server,
    permission: string,
    target: User | null,
  ): void => {
    if (!can(actor, server, permission)) throw accessDenied()
    if (target && target.uuid === actor.uuid) throw accessDenied()
    const body = allInput(rc)
    if (rc.method !== 'POST' || !('permissions' in body)) return
    if (actor.rootAdmin || actor.id === server.ownerId) return
    const held = permissionsFor(actor, server)
    const asked = Array.isArray(body.permissions) ? body.permissions : []
    if (asked.some((p) => !held.includes(String(p))))
      throw panelError(403, 'HttpForbiddenException', CANNOT_ASSIGN)
  }

  /** DaemonServerRepository::revokeUserJTI. */
  const revoke = (server: Server, user: User): void => {
    panel.wings.deny([jtiFor(user.id, server.uuid)])
  }

  route(
    'GET',
    '/api/client/permissions',
    client(panel, () =>
      json({ object: 'system_permissions', attributes: { permissions: PERMISSION_CATALOGUE } }),
    ),
  )

  route(
    'GET',
    '/api/client/servers/:server/users',
    client(
      panel,
      (rc, ctx) => {
        const server = serverOf(ctx.server)
        authorize(rc, ctx.user, server, 'user.read', null)
        const users = server.subuserIds
          .map((id) => store.users.find((u) => u.id === id))
          .filter((u): u is User => u !== undefined)
        return json({ object: 'list', data: users.map((u) => item(server, u)) })
      },
      { server: true },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/users',
    client(
      panel,
      (rc, ctx) => {
        const server = serverOf(ctx.server)
        authorize(rc, ctx.user, server, 'user.create', null)
        const body = allInput(rc)
        validate(body, {
          email: ['required', 'email', 'between:1,191'],
          permissions: ['required', 'array'],
          'permissions.*': ['string'],
        }).throwIfFailed()
        const email = String(body.email)
        const permissions = cleanPermissions(body.permissions)
        // MySQL's collation compares e-mails case-insensitively.
        let user = store.users.find((u) => u.email.toLowerCase() === email.toLowerCase())
        if (user) {
          if (user.id === server.ownerId) {
            throw displayError(
              'You cannot add the server owner as a subuser for this server.',
              'UserIsServerOwnerException',
            )
          }
          if (server.subuserIds.includes(user.id)) {
            throw displayError(
              'A user with that email address is already assigned as a subuser for this server.',
              'ServerSubuserExistsException',
            )
          }
        } else {
          user = createAccount(panel, rc, email)
        }
        server.subuserIds.push(user.id)
        server.subuserPermissions = { ...server.subuserPermissions, [user.id]: permissions }
        sendMail(panel, addedToServerMail(rc.url.origin, user, server))
        logActivity(panel, rc, {
          event: 'server:subuser.create',
          subjects: [
            { type: 'server', id: server.id },
            { type: 'user', id: user.id },
          ],
          properties: { email, permissions },
        })
        return json(item(server, user))
      },
      { server: true },
    ),
  )

  route(
    'GET',
    '/api/client/servers/:server/users/:user',
    client(
      panel,
      (rc, ctx, c) => {
        const server = serverOf(ctx.server)
        const target = boundSubuser(server, c.req.param('user') ?? '')
        authorize(rc, ctx.user, server, 'user.read', target)
        return json(item(server, target))
      },
      { server: true },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/users/:user',
    client(
      panel,
      (rc, ctx, c) => {
        const server = serverOf(ctx.server)
        const target = boundSubuser(server, c.req.param('user') ?? '')
        authorize(rc, ctx.user, server, 'user.update', target)
        const body = allInput(rc)
        validate(body, {
          permissions: ['required', 'array'],
          'permissions.*': ['string'],
        }).throwIfFailed()
        const next = cleanPermissions(body.permissions)
        const current = subuserPermissionsOf(server, target.id)
        const same = [...next].sort().join('\n') === [...current].sort().join('\n')
        // Only a real change touches the row and Wings (and is logged).
        if (!same) {
          server.subuserPermissions = { ...server.subuserPermissions, [target.id]: next }
          revoke(server, target)
          logActivity(panel, rc, {
            event: 'server:subuser.update',
            subjects: [
              { type: 'server', id: server.id },
              { type: 'user', id: target.id },
            ],
            properties: {
              email: target.email,
              old: [...current].sort(),
              new: [...next].sort(),
              revoked: true,
            },
          })
        }
        return json(item(server, target))
      },
      { server: true },
    ),
  )

  route(
    'DELETE',
    '/api/client/servers/:server/users/:user',
    client(
      panel,
      (rc, ctx, c) => {
        const server = serverOf(ctx.server)
        const target = boundSubuser(server, c.req.param('user') ?? '')
        authorize(rc, ctx.user, server, 'user.delete', target)
        server.subuserIds = server.subuserIds.filter((id) => id !== target.id)
        if (server.subuserPermissions) {
          const { [target.id]: _removed, ...rest } = server.subuserPermissions
          server.subuserPermissions = rest
        }
        revoke(server, target)
        sendMail(panel, removedFromServerMail(rc.url.origin, target, server))
        logActivity(panel, rc, {
          event: 'server:subuser.delete',
          subjects: [
            { type: 'server', id: server.id },
            { type: 'user', id: target.id },
          ],
          properties: { email: target.email, revoked: true },
        })
        return noContent()
      },
      { server: true },
    ),
  )
}

/**
 * SubuserCreationService for an unknown e-mail → UserCreationService without a password: a
 * random one, a password-reset token, and the AccountCreated mail carrying the link to set one.
 */
function createAccount(panel: Panel, rc: RequestContext, email: string): User {
  const { store } = panel
  const local = email.split('@')[0] ?? ''
  const username = (local.replace(/[^\w.-]+/g, '').slice(0, 64) + randomString(3)).toLowerCase()
  const now = panel.now()
  const user: User = {
    id: Math.max(0, ...store.users.map((u) => u.id)) + 1,
    uuid: randomUuid(),
    username,
    email,
    nameFirst: 'Server',
    nameLast: 'Subuser',
    language: 'en',
    rootAdmin: false,
    useTotp: false,
    totpSecret: null,
    passwordHash: hashSecret(randomString(30)),
    recoveryTokens: [],
    rememberToken: null,
    gravatar: true,
    createdAt: now,
    updatedAt: now,
  }
  store.users.push(user)
  const token = randomString(64)
  store.passwordResets.set(user.id, hashSecret(token))
  sendMail(panel, accountCreatedMail(panel, rc.url.origin, user, token))
  return user
}
