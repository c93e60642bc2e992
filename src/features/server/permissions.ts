import type { Server } from '@/api/servers'

// Permission checks as the panel's own client makes them (contract §3): `*` grants everything,
// `x.*` any key of group `x`, anything else is an exact key. The panel enforces all of it again;
// gating here only avoids dead buttons — which matters because Wings silently drops forbidden
// socket actions.

export function hasPermission(permissions: readonly string[], key: string): boolean {
  // A bare `*` does not grant the `admin.*` keys (Wings' tokens/websocket.go).
  if (permissions.includes('*') && !key.startsWith('admin.')) return true
  if (key.endsWith('.*')) {
    const prefix = key.slice(0, -1)
    return permissions.some((p) => p.startsWith(prefix))
  }
  return permissions.includes(key)
}

export function hasAny(permissions: readonly string[], keys: readonly string[]): boolean {
  return keys.some((key) => hasPermission(permissions, key))
}

/** Tabs built so far and the key(s) their page's GET really needs (contract §1.1, §3). */
export const SERVER_TABS = [
  { id: 'console', path: '', needs: [] },
  // `file.read`, not `file.*`: a subuser with only `file.sftp` would get a 403 list (contract §3).
  { id: 'files', path: 'files', needs: ['file.read'] },
  { id: 'databases', path: 'databases', needs: ['database.read'] },
  { id: 'schedules', path: 'schedules', needs: ['schedule.read'] },
  { id: 'users', path: 'users', needs: ['user.read', 'user.create'] },
  { id: 'backups', path: 'backups', needs: ['backup.read'] },
  { id: 'network', path: 'network', needs: ['allocation.read'] },
  // Not `startup.*`: with only `startup.docker-image` the page's GET is a 403 (contract §3).
  { id: 'startup', path: 'startup', needs: ['startup.read'] },
  { id: 'settings', path: 'settings', needs: ['settings.*', 'file.sftp'] },
  { id: 'activity', path: 'activity', needs: ['activity.read'] },
] as const satisfies readonly { id: string; path: string; needs: readonly string[] }[]

export type ServerTabId = (typeof SERVER_TABS)[number]['id']

export function visibleTabs(permissions: readonly string[]) {
  return SERVER_TABS.filter((tab) => tab.needs.length === 0 || hasAny(permissions, tab.needs))
}

/** Why the panel answers 409 on this server's routes (AuthenticateServerAccess), if it does. */
export type ConflictKind =
  | 'installing'
  | 'installFailed'
  | 'reinstallFailed'
  | 'suspended'
  | 'restoring'
  | 'transferring'
  | 'maintenance'

export function conflictOf(server: Server): ConflictKind | null {
  if (server.isNodeUnderMaintenance) return 'maintenance'
  if (server.status === 'suspended' || server.isSuspended) return 'suspended'
  if (server.isTransferring) return 'transferring'
  switch (server.status) {
    case 'installing':
      return 'installing'
    case 'install_failed':
      return 'installFailed'
    case 'reinstall_failed':
      return 'reinstallFailed'
    case 'restoring_backup':
      return 'restoring'
    default:
      return null
  }
}

/**
 * Root admins may still open the socket in a conflict state, except when the server is suspended
 * or its node is in maintenance (the `api:client:server.ws` exception of AuthenticateServerAccess).
 */
export function adminConsoleAllowed(conflict: ConflictKind, permissions: readonly string[]) {
  return (
    conflict !== 'suspended' &&
    conflict !== 'maintenance' &&
    permissions.includes('admin.websocket.install')
  )
}
