import { useQueryClient } from '@tanstack/react-query'

import { backupQueries } from '@/api/backups'
import type { Backup, BackupPage } from '@/api/backups'

import type { ServerSocket } from '../socket/server-socket'
import { useSocketFrames } from '../socket/use-server-socket'

// Wings' `backup completed` (args[0] = JSON {checksum, checksum_type, file_size, is_successful,
// uuid}; it reaches only tokens with `backup.read`). Wings tells the panel before it tells the
// socket, so the row is written into the cached lists AT ONCE — a failed backup shows as failed
// with no reload (upstream's row shows every completed backup as successful until one) — and the
// lists are then re-read to agree with the panel.

export interface BackupCompletion {
  uuid: string
  successful: boolean
  checksum: string
  checksumType: string
  bytes: number
}

export function parseBackupCompleted(raw: string | undefined): BackupCompletion | null {
  if (raw === undefined) return null
  try {
    const v = JSON.parse(raw) as Record<string, unknown>
    if (typeof v.uuid !== 'string' || typeof v.is_successful !== 'boolean') return null
    return {
      uuid: v.uuid,
      successful: v.is_successful,
      checksum: typeof v.checksum === 'string' ? v.checksum : '',
      checksumType: typeof v.checksum_type === 'string' ? v.checksum_type : 'sha1',
      bytes: typeof v.file_size === 'number' ? v.file_size : 0,
    }
  } catch {
    return null
  }
}

/** The row as BackupStatusController writes it. */
export function applyCompletion(backup: Backup, done: BackupCompletion, at: Date): Backup {
  if (backup.uuid !== done.uuid || backup.state !== 'running') return backup
  return {
    ...backup,
    state: done.successful ? 'successful' : 'failed',
    isSuccessful: done.successful,
    // The panel unlocks a failed backup so it can be deleted.
    isLocked: done.successful ? backup.isLocked : false,
    checksum: done.successful ? `${done.checksumType}:${done.checksum}` : null,
    bytes: done.successful ? done.bytes : 0,
    completedAt: at,
  }
}

/** Keeps this server's cached backup lists in step with Wings; `onCompleted` announces it. */
export function useBackupEvents(
  serverId: string,
  socket: ServerSocket | null,
  onCompleted: (backup: Backup) => void,
) {
  const queryClient = useQueryClient()
  useSocketFrames(socket, (frame) => {
    if (frame.event !== 'backup completed') return
    const done = parseBackupCompleted(frame.args[0])
    if (!done) return
    const key = backupQueries.all(serverId)
    // A list request already under way would answer with the row still running: drop it.
    void queryClient.cancelQueries({ queryKey: key })
    let finished: Backup | undefined
    queryClient.setQueriesData<BackupPage>({ queryKey: key }, (page) => {
      if (!page) return page
      const items = page.items.map((b) => {
        const next = applyCompletion(b, done, new Date())
        if (next !== b) finished = next
        return next
      })
      const failedNow = items.some(
        (b, i) => b.state === 'failed' && page.items[i]?.state === 'running',
      )
      return {
        ...page,
        items,
        backupCount: failedNow ? Math.max(0, page.backupCount - 1) : page.backupCount,
      }
    })
    if (finished) onCompleted(finished)
    void queryClient.invalidateQueries({ queryKey: key })
  })
}
