import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { dateTime, fractalItem, paginationSchema } from './fractal'
import { serverDetailQueries } from './server'

// A server's backups (contract §2.6): the paginated list with `meta.backup_count` (backups that
// did not fail), create, lock toggle, restore, delete, and the signed download URL — a secret
// (a single-use Wings token inside), returned to the caller and never cached.

/** Where a backup stands. The panel's row says it truthfully: no `completed_at` = still running. */
export type BackupState = 'running' | 'successful' | 'failed'

const stateOf = (completedAt: Date | null, successful: boolean): BackupState =>
  completedAt === null ? 'running' : successful ? 'successful' : 'failed'

const backupAttributes = z.pipe(
  z.object({
    uuid: z.string(),
    is_successful: z.boolean(),
    is_locked: z.boolean(),
    name: z.string(),
    ignored_files: z.array(z.string()),
    checksum: z.nullable(z.string()),
    bytes: z.number(),
    created_at: dateTime,
    completed_at: z.nullable(dateTime),
  }),
  z.transform((b) => ({
    uuid: b.uuid,
    name: b.name,
    isLocked: b.is_locked,
    isSuccessful: b.is_successful,
    state: stateOf(b.completed_at, b.is_successful),
    ignoredFiles: b.ignored_files,
    /** `sha1:<hex>` as the panel stores it; null until it finished successfully. */
    checksum: b.checksum,
    bytes: b.bytes,
    createdAt: b.created_at,
    completedAt: b.completed_at,
  })),
)

export const backupSchema = fractalItem('backup', backupAttributes)
export type Backup = z.output<typeof backupSchema>

const backupPageSchema = z.pipe(
  z.object({
    object: z.literal('list'),
    data: z.array(backupSchema),
    meta: z.object({ pagination: paginationSchema, backup_count: z.int() }),
  }),
  z.transform((list) => ({
    items: list.data,
    pagination: list.meta.pagination,
    /** Running or successful backups: what counts against the server's limit. */
    backupCount: list.meta.backup_count,
  })),
)
export type BackupPage = z.output<typeof backupPageSchema>

/** The panel's page size cap for this list (`min(per_page, 50)`). */
export const BACKUPS_PER_PAGE = 50
/** `name` is `nullable|string|max:191`. */
export const MAX_BACKUP_NAME_LENGTH = 191

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/backups`
const one = (id: string, uuid: string) => `${base(id)}/${encodeURIComponent(uuid)}`

export const backupQueries = {
  all: (id: string) => [...serverDetailQueries.all(id), 'backups'] as const,
  list: (id: string, page: number) =>
    queryOptions({
      queryKey: [...backupQueries.all(id), 'list', page] as const,
      queryFn: ({ signal }) =>
        api.get(base(id), backupPageSchema, {
          params: { page, per_page: BACKUPS_PER_PAGE },
          signal,
        }),
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
}

export interface CreateBackupInput {
  name: string
  /** One path or pattern per line (the panel splits on newlines). */
  ignored: string
  isLocked: boolean
}

/** POST /backups: the new backup, still running. */
export function createBackup(id: string, input: CreateBackupInput): Promise<Backup> {
  return api.post(
    base(id),
    { name: input.name, ignored: input.ignored, is_locked: input.isLocked },
    backupSchema,
  )
}

/** POST /backups/{uuid}/lock: toggles, answers the backup as it is now. */
export function toggleBackupLock(id: string, uuid: string): Promise<Backup> {
  return api.post(`${one(id, uuid)}/lock`, undefined, backupSchema)
}

/** 204; the server's status becomes `restoring_backup` until Wings is done. */
export function restoreBackup(id: string, uuid: string, truncate: boolean): Promise<void> {
  return api.post(`${one(id, uuid)}/restore`, { truncate })
}

export function deleteBackup(id: string, uuid: string): Promise<void> {
  return api.delete(one(id, uuid))
}

const signedUrlSchema = z.object({
  object: z.literal('signed_url'),
  attributes: z.object({ url: z.string() }),
})

/**
 * A single-use download URL (through Talon's relay, or S3's). Use it at once and forget it: it is
 * a secret, so it goes to no cache, store or log.
 */
export async function getBackupDownloadUrl(id: string, uuid: string): Promise<string> {
  const { attributes } = await api.get(`${one(id, uuid)}/download`, signedUrlSchema)
  return attributes.url
}
