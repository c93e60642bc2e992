import type { Panel } from '../panel'
import type { Server } from '../store'
import type { FakeWings } from '../wings/daemon'
import { backupArchive } from './archive'
import type { Backup } from './types'

// The fake Wings' side of backups (wings router/router_server_backup.go, server/backup.go) and
// the panel's remote API it reports to (Api/Remote/Backups/BackupStatusController). Everything
// runs on the panel's one clock: a test moves through a backup with `clock.advance()`.
//
// - A backup answers 202 at once and finishes BACKUP_MS later: Wings tells the panel first
//   (the row gets `is_successful`, `checksum` = `sha1:<hex>`, `bytes`, `completed_at`; a failed
//   one is also unlocked), THEN publishes `backup completed` on the server's socket with the
//   payload Wings sends (keys in Go's sorted map order). A backup deleted meanwhile is gone for
//   the panel (404), so Wings drops the archive and publishes nothing.
// - A failure is forced per server (`armFailure`, `POST /__demo/wings/backup-failure`): the next
//   backup(s) of that server to finish fail, as when the node's disk fills up while the archive is
//   written. Nothing in the panel's API changes.
// - A restore stops the game (Wings' WaitForStop), prints `(restoring): <file>` lines, tells the
//   panel (status back to null, activity), then publishes the daemon message and
//   `backup restore completed`. It never touches files: the file tree belongs to the files area.

/** How long the fake Wings takes to write an archive. */
export const BACKUP_MS = 10_000
/** From the restore's start (after the game stopped) to `backup restore completed`. */
export const RESTORE_MS = 4_000
const RESTORE_FILES = ['eula.txt', 'server.properties', 'world/level.dat', 'logs/latest.log']

const registry = new WeakMap<FakeWings, WingsBackups>()

/** The backup side of a panel's fake Wings (made by registerBackupRoutes). */
export function wingsBackupsOf(wings: FakeWings): WingsBackups | undefined {
  return registry.get(wings)
}

export class WingsBackups {
  readonly panel: Panel

  constructor(panel: Panel) {
    this.panel = panel
    registry.set(panel.wings, this)
  }

  private get state() {
    return this.panel.store.backups
  }

  /** The row still belongs to the panel's current data (not reset away, not deleted). */
  private live(backup: Backup): boolean {
    return this.state.list.includes(backup) && backup.deletedAt === null
  }

  /** The next `times` backups of this server to finish will fail. */
  armFailure(server: Server, times = 1): void {
    this.state.failuresArmed.set(
      server.uuid,
      (this.state.failuresArmed.get(server.uuid) ?? 0) + times,
    )
  }

  /** POST /api/servers/{uuid}/backup → 202; the archive is written in the background. */
  start(server: Server, backup: Backup): void {
    this.panel.clock.setTimer(BACKUP_MS, () => this.finish(server, backup))
  }

  private takeFailure(server: Server): boolean {
    const armed = this.state.failuresArmed.get(server.uuid) ?? 0
    if (armed <= 0) return false
    if (armed === 1) this.state.failuresArmed.delete(server.uuid)
    else this.state.failuresArmed.set(server.uuid, armed - 1)
    return true
  }

  private finish(server: Server, backup: Backup): void {
    if (!this.live(backup) || backup.completedAt !== null) return
    const successful = !this.takeFailure(server)
    const archive = successful
      ? backupArchive(backup.uuid, server.name, backup.createdAt, backup.ignoredFiles)
      : null
    // BackupStatusController@index: the panel's row first.
    backup.isSuccessful = successful
    backup.isLocked = successful ? backup.isLocked : false
    backup.checksum = archive ? `sha1:${archive.sha1}` : null
    backup.bytes = archive ? archive.data.length : 0
    backup.completedAt = this.panel.now()
    this.logActivity(server, successful ? 'server:backup.complete' : 'server:backup.fail', {
      name: backup.name,
    })
    // Then the socket (Go marshals the map with sorted keys).
    this.panel.wings.process(server).publish('backup completed', [
      JSON.stringify({
        checksum: archive?.sha1 ?? '',
        checksum_type: 'sha1',
        file_size: archive?.data.length ?? 0,
        is_successful: successful,
        uuid: backup.uuid,
      }),
    ])
  }

  /**
   * POST /api/servers/{uuid}/backup/{backup}/restore. A backup Wings has no archive for (failed)
   * is a plain "not found", which Wings answers 500 (the contract's corrections): returns false.
   */
  restore(server: Server, backup: Backup): boolean {
    if (!backup.isSuccessful) return false
    const process = this.panel.wings.process(server)
    const clock = this.panel.clock
    let delay = 0
    if (process.currentState() !== 'offline') {
      // WaitForStop: the stop command, then the restore once the container exited.
      process.power('stop')
      delay = 3_000
    }
    RESTORE_FILES.forEach((file, i) => {
      clock.setTimer(delay + ((i + 1) * RESTORE_MS) / (RESTORE_FILES.length + 1), () => {
        if (this.state.list.includes(backup)) process.daemonMessage(`(restoring): ${file}`)
      })
    })
    clock.setTimer(delay + RESTORE_MS, () => {
      if (!this.panel.store.servers.includes(server)) return
      // BackupStatusController@restore: status back to null, even after a failed restore.
      server.status = null
      this.logActivity(server, 'server:backup.restore-complete', { name: backup.name })
      process.daemonMessage('Completed server restoration from local backup.')
      process.publish('backup restore completed', [''])
    })
    return true
  }

  /** Wings' token store: a download token's `unique_id` works once. */
  useToken(uniqueId: string): boolean {
    if (this.state.usedTokens.has(uniqueId)) return false
    this.state.usedTokens.add(uniqueId)
    return true
  }

  findBackup(uuid: string): Backup | undefined {
    return this.state.list.find((b) => b.uuid === uuid && b.deletedAt === null)
  }

  /** Activity Wings' reports cause on the panel (no actor: the node made the request). */
  private logActivity(server: Server, event: string, properties: Record<string, unknown>): void {
    const store = this.panel.store
    store.activity.push({
      id: store.nextId.activity++,
      batch: null,
      event,
      ip: '127.0.0.1',
      description: null,
      actorId: null,
      isApi: false,
      properties,
      timestamp: this.panel.now(),
      subjects: [{ type: 'server', id: server.id }],
    })
  }
}
