import type { Server, User } from '../store'

// Who may do what on a server: the permission list the panel hands out, and the check routes use.

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

export function permissionsFor(user: User, server: Server): string[] {
  if (user.rootAdmin || user.id === server.ownerId)
    return user.rootAdmin ? ['*', ...ADMIN_EXTRA] : ['*']
  if (!server.subuserIds.includes(user.id)) return []
  return server.subuserPermissions?.[user.id] ?? SUBUSER_PERMISSIONS
}

export const can = (user: User, server: Server, permission: string): boolean => {
  const perms = permissionsFor(user, server)
  return perms.includes('*') || perms.includes(permission)
}
