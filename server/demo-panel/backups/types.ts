// The panel's `backups` table and the fake Wings' bookkeeping for it, kept in the store as ONE
// field (`Store.backups`) so the panel's reset (a fresh seed) wipes all of it at once.

export interface Backup {
  id: number
  serverId: number
  uuid: string
  name: string
  ignoredFiles: string[]
  /** `wings` (the only adapter the double has). */
  disk: 'wings'
  isSuccessful: boolean
  isLocked: boolean
  /** `sha1:<hex>` once successful (BackupStatusController), else null. */
  checksum: string | null
  bytes: number
  createdAt: number
  completedAt: number | null
  /** Soft-deleted: still counted by the creation throttle (`withTrashed()`). */
  deletedAt: number | null
}

export interface BackupState {
  list: Backup[]
  nextId: number
  /** Server uuid → how many of its next backups to finish fail (`/__demo/wings/backup-failure`). */
  failuresArmed: Map<string, number>
  /** Wings' token store: `unique_id`s of download tokens already used (single use). */
  usedTokens: Set<string>
}
