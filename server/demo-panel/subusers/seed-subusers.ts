import { seedDatabases } from '../databases/database-store'
import type { Server, Store } from '../store'

/**
 * The users page's and databases page's seed, added to the store by one call from seed.ts:
 * two subusers on Survival SMP (oscar: console and files; tomas: backups and activity), the
 * database hosts and databases, an empty mailbox.
 */
export function seedUsersAndDatabases(
  now: number,
  servers: Server[],
): Pick<Store, 'databases' | 'mail' | 'passwordResets'> {
  const survival = servers.find((s) => s.id === 1)
  if (survival) {
    survival.subuserIds.push(5, 7)
    survival.subuserPermissions = {
      5: [
        'websocket.connect',
        'control.console',
        'control.start',
        'control.stop',
        'control.restart',
        'file.read',
        'file.read-content',
        'file.update',
      ],
      7: ['websocket.connect', 'backup.read', 'backup.create', 'activity.read'],
    }
  }
  return { databases: seedDatabases(now, servers), mail: [], passwordResets: new Map() }
}
