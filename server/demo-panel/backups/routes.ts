import { randomUUID } from 'node:crypto'

import { allInput, input } from '../context'
import { paginate } from '../pagination'
import { accessDenied, badRequest, displayError, notFound, panelError } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { can } from '../servers/permissions'
import type { Server } from '../store'
import { atom } from '../time'
import { validate, type CustomRule } from '../validation'
import { backupArchive } from './archive'
import { signBackupToken } from './download-token'
import type { Backup } from './types'
import { WingsBackups } from './wings-backups'

// Api/Client/Servers/BackupController, Services/Backups/{Initiate,Delete,DownloadLink}Service,
// StoreBackupRequest / RestoreBackupRequest and BackupTransformer (panel v1.11.8). Wings' side
// is wings-backups.ts.

/** config/backups.php `throttles`: 2 backups (running or successful) per 600 s, per server. */
export const BACKUP_THROTTLE = { limit: 2, periodS: 600 }

/** Laravel's `boolean` rule: true, false, 0, 1, '0', '1'. */
const booleanRule: CustomRule = {
  name: 'boolean',
  passes: (value) => [true, false, 0, 1, '0', '1'].includes(value as never),
  message: (field) => `The ${field.replace(/_/g, ' ')} field must be true or false.`,
}

/** PHP's (bool) cast of a request value. */
const phpBool = (value: unknown): boolean =>
  !(
    value === null ||
    value === undefined ||
    value === false ||
    value === 0 ||
    value === '0' ||
    value === ''
  )

/** Seeded rows get their archive (checksum, size) when first read, so seeding stays quick. */
function materialize(panel: Panel, backup: Backup): Backup {
  if (backup.isSuccessful && backup.checksum === null) {
    const server = panel.store.servers.find((s) => s.id === backup.serverId)
    const archive = backupArchive(
      backup.uuid,
      server?.name ?? '',
      backup.createdAt,
      backup.ignoredFiles,
    )
    backup.checksum = `sha1:${archive.sha1}`
    backup.bytes = archive.data.length
  }
  return backup
}

export function backupItem(panel: Panel, raw: Backup): Record<string, unknown> {
  const backup = materialize(panel, raw)
  return {
    object: 'backup',
    attributes: {
      uuid: backup.uuid,
      is_successful: backup.isSuccessful,
      is_locked: backup.isLocked,
      name: backup.name,
      ignored_files: backup.ignoredFiles,
      checksum: backup.checksum,
      bytes: backup.bytes,
      created_at: atom(backup.createdAt),
      completed_at: backup.completedAt === null ? null : atom(backup.completedAt),
    },
  }
}

/** `$server->backups()`: soft-deleted rows excluded, in id order. */
const backupsOf = (panel: Panel, server: Server): Backup[] =>
  panel.store.backups.list.filter((b) => b.serverId === server.id && b.deletedAt === null)

/** BackupRepository::getNonFailedBackups: running or successful. */
const nonFailed = (panel: Panel, server: Server): Backup[] =>
  backupsOf(panel, server).filter((b) => b.completedAt === null || b.isSuccessful)

/** `Carbon::now()->toDateTimeString()` in the panel's timezone (UTC). */
const dateTimeString = (ms: number): string => atom(ms).slice(0, 19).replace('T', ' ')

export interface InitiateOptions {
  name?: string | null
  ignored?: string[]
  isLocked?: boolean
  /** Schedules may delete the oldest unlocked backup at the limit (InitiateBackupService). */
  override?: boolean
}

/**
 * InitiateBackupService::handle: the throttle (429), the server's limit (400), then the row and
 * Wings' 202. Also what a schedule's backup task calls (with `override`).
 */
export function initiateBackup(
  panel: Panel,
  server: Server,
  options: InitiateOptions = {},
): Backup {
  const state = panel.store.backups
  const now = panel.now()
  const { limit, periodS } = BACKUP_THROTTLE
  // withTrashed(): deleted backups still count; failed ones do not. Second precision, as MySQL.
  const since = Math.floor((now - periodS * 1000) / 1000) * 1000
  const previous = state.list.filter(
    (b) =>
      b.serverId === server.id &&
      (b.completedAt === null || b.isSuccessful) &&
      Math.floor(b.createdAt / 1000) * 1000 >= since,
  )
  const last = previous.at(-1)
  if (last && previous.length >= limit) {
    const retryAfter = Math.max(0, Math.floor((last.createdAt + periodS * 1000 - now) / 1000))
    throw panelError(
      429,
      'TooManyRequestsHttpException',
      `Only ${limit} backups may be generated within a ${periodS} second span of time.`,
      { 'Retry-After': String(retryAfter) },
    )
  }
  const backupLimit = server.featureLimits.backups
  const successful = nonFailed(panel, server)
  if (!backupLimit || successful.length >= backupLimit) {
    const oldest =
      options.override && backupLimit > 0 ? successful.find((b) => !b.isLocked) : undefined
    if (!oldest) {
      throw displayError(
        `Cannot create a new backup, this server has reached its limit of ${backupLimit} backups.`,
        'TooManyBackupsException',
      )
    }
    deleteBackup(panel, oldest)
  }
  const trimmed = (options.name ?? '').trim()
  const backup: Backup = {
    id: state.nextId++,
    serverId: server.id,
    uuid: randomUUID(),
    name: trimmed || `Backup at ${dateTimeString(now)}`,
    ignoredFiles: (options.ignored ?? []).filter((line) => line.length > 0),
    disk: 'wings',
    isSuccessful: false,
    isLocked: options.isLocked ?? false,
    checksum: null,
    bytes: 0,
    createdAt: now,
    completedAt: null,
    deletedAt: null,
  }
  state.list.push(backup)
  wingsBackups(panel).start(server, backup)
  return backup
}

/** DeleteBackupService::handle (Wings' 404 for an archive it never wrote is ignored). */
function deleteBackup(panel: Panel, backup: Backup): void {
  if (backup.isLocked && backup.isSuccessful && backup.completedAt !== null) {
    throw displayError('Cannot delete a backup that is marked as locked.', 'BackupLockedException')
  }
  backup.deletedAt = panel.now()
}

const instances = new WeakMap<Panel, WingsBackups>()
function wingsBackups(panel: Panel): WingsBackups {
  let instance = instances.get(panel)
  if (!instance) {
    instance = new WingsBackups(panel)
    instances.set(panel, instance)
  }
  return instance
}

/** The backup side of this panel's fake Wings (tests arm failures through it). */
export const backupsDaemon = wingsBackups

export function registerBackupRoutes(panel: Panel, route: RouteFn): void {
  wingsBackups(panel)
  const base = '/api/client/servers/:server/backups'
  const opts = (name: string) => ({ server: true, name: `api:client:server.backups.${name}` })
  const need = (server: Server | null): Server => {
    if (!server) throw new Error('route registered without {server} binding')
    return server
  }
  /** Implicit binding by uuid (soft-deleted rows excluded), then ResourceBelongsToServer. */
  const bound = (server: Server, uuid: string): Backup => {
    const backup = panel.store.backups.list.find((b) => b.uuid === uuid && b.deletedAt === null)
    if (!backup) throw notFound()
    if (backup.serverId !== server.id)
      throw notFound('The requested resource was not found for this server.')
    return backup
  }
  const subjects = (server: Server) => [{ type: 'server' as const, id: server.id }]

  route(
    'GET',
    base,
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'backup.read')) throw accessDenied()
        const page = paginate(backupsOf(panel, server), rc, 20, 50)
        return json({
          object: 'list',
          data: page.items.map((b) => backupItem(panel, b)),
          meta: { ...page.meta, backup_count: nonFailed(panel, server).length },
        })
      },
      opts('index'),
    ),
  )

  route(
    'POST',
    base,
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx.server)
        if (!can(ctx.user, server, 'backup.create')) throw accessDenied()
        const body = allInput(rc)
        validate(body, {
          name: ['nullable', 'string', 'max:191'],
          is_locked: ['nullable', booleanRule],
          ignored: ['nullable', 'string'],
        }).throwIfFailed()
        const ignored = typeof body.ignored === 'string' ? body.ignored.split('\n') : []
        // Only a user who may delete backups may lock one (BackupController@store).
        const isLocked = can(ctx.user, server, 'backup.delete') ? phpBool(body.is_locked) : false
        const backup = initiateBackup(panel, server, {
          name: typeof body.name === 'string' ? body.name : null,
          ignored,
          isLocked,
        })
        logActivity(panel, rc, {
          event: 'server:backup.start',
          subjects: subjects(server),
          properties: { name: backup.name, locked: phpBool(body.is_locked) },
        })
        return json(backupItem(panel, backup))
      },
      opts('store'),
    ),
  )

  route(
    'GET',
    `${base}/:backup`,
    client(
      panel,
      (_rc, ctx, c) => {
        const server = need(ctx.server)
        const backup = bound(server, c.req.param('backup') ?? '')
        if (!can(ctx.user, server, 'backup.read')) throw accessDenied()
        return json(backupItem(panel, backup))
      },
      opts('view'),
    ),
  )

  route(
    'GET',
    `${base}/:backup/download`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx.server)
        const backup = bound(server, c.req.param('backup') ?? '')
        if (!can(ctx.user, server, 'backup.download')) throw accessDenied()
        const node = panel.store.nodes.find((n) => n.id === server.nodeId)
        if (!node) throw new Error(`server ${server.uuid} has no node`)
        const nodeUrl = panel.wings.nodeUrl(node)
        const token = signBackupToken(panel.wings.keyFor(node.id), {
          panelUrl: rc.url.origin,
          nodeUrl,
          serverUuid: server.uuid,
          backupUuid: backup.uuid,
          userId: ctx.user.id,
          userUuid: ctx.user.uuid,
          nowMs: panel.now(),
        })
        logActivity(panel, rc, {
          event: 'server:backup.download',
          subjects: subjects(server),
          properties: { name: backup.name },
        })
        return json({
          object: 'signed_url',
          attributes: { url: `${nodeUrl}/download/backup?token=${token}` },
        })
      },
      opts('download'),
    ),
  )

  route(
    'POST',
    `${base}/:backup/lock`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx.server)
        const backup = bound(server, c.req.param('backup') ?? '')
        if (!can(ctx.user, server, 'backup.delete')) throw accessDenied()
        const event = backup.isLocked ? 'server:backup.unlock' : 'server:backup.lock'
        backup.isLocked = !backup.isLocked
        logActivity(panel, rc, {
          event,
          subjects: subjects(server),
          properties: { name: backup.name },
        })
        return json(backupItem(panel, backup))
      },
      opts('lock'),
    ),
  )

  route(
    'POST',
    `${base}/:backup/restore`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx.server)
        const backup = bound(server, c.req.param('backup') ?? '')
        // RestoreBackupRequest: authorize() before rules().
        if (!can(ctx.user, server, 'backup.restore')) throw accessDenied()
        validate(allInput(rc), { truncate: ['required', booleanRule] }).throwIfFailed()
        if (server.status !== null) {
          throw badRequest(
            'This server is not currently in a state that allows for a backup to be restored.',
          )
        }
        if (!backup.isSuccessful && backup.completedAt === null) {
          throw badRequest('This backup cannot be restored at this time: not completed or failed.')
        }
        // In one transaction: the status, then Wings. Wings failing rolls the status back.
        server.status = 'restoring_backup'
        if (!wingsBackups(panel).restore(server, backup)) {
          server.status = null
          throw panelError(
            500,
            'DaemonConnectionException',
            `There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: 500) (request_id: ${randomUUID()})`,
          )
        }
        logActivity(panel, rc, {
          event: 'server:backup.restore',
          subjects: subjects(server),
          properties: { name: backup.name, truncate: input(rc, 'truncate') },
        })
        return noContent()
      },
      opts('restore'),
    ),
  )

  route(
    'DELETE',
    `${base}/:backup`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx.server)
        const backup = bound(server, c.req.param('backup') ?? '')
        if (!can(ctx.user, server, 'backup.delete')) throw accessDenied()
        deleteBackup(panel, backup)
        logActivity(panel, rc, {
          event: 'server:backup.delete',
          subjects: subjects(server),
          properties: { name: backup.name, failed: !backup.isSuccessful },
        })
        return noContent()
      },
      opts('delete'),
    ),
  )
}
