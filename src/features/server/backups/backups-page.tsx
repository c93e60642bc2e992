import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'

import { backupQueries, deleteBackup, getBackupDownloadUrl, toggleBackupLock } from '@/api/backups'
import type { Backup, BackupPage } from '@/api/backups'
import { serverDetailQueries } from '@/api/server'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { FormAlert } from '@/components/ui/form-alert'
import { Skeleton } from '@/components/ui/skeleton'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'
import { useCountdown } from '@/lib/use-countdown'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { useConnectionState } from '../socket/use-server-socket'
import { BackupRow } from './backup-row'
import type { BackupPermissions } from './backup-row'
import { CreateBackupDialog } from './create-backup-dialog'
import { RestoreBackupDialog } from './restore-backup-dialog'
import { startDownload } from './start-download'
import { useBackupEvents } from './use-backup-events'

/** Read when an action settles, so the text is in the language of that moment. */
const text = () => messages().backups

/** `/server/:id/backups` (contract §2.6). */
export default function BackupsPage() {
  const { can } = useServerContext()
  if (!can('backup.read')) return <NoAccess />
  return <Backups />
}

function Backups() {
  const { t } = useI18n()
  const { detail, socket, can } = useServerContext()
  const serverId = detail.server.identifier
  const limit = detail.server.featureLimits.backups
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const connection = useConnectionState(socket)
  const query = useQuery({
    ...backupQueries.list(serverId, page),
    meta: { silent: true },
    // Wings reports on the socket; polling is the fallback while a backup runs without one.
    refetchInterval: (q) =>
      q.state.data?.items.some((b) => b.state === 'running')
        ? connection.kind === 'connected'
          ? 60_000
          : 5_000
        : false,
  })
  const throttle = useCountdown()
  const [creating, setCreating] = useState(false)
  const [restoring, setRestoring] = useState<Backup | null>(null)
  const [deleting, setDeleting] = useState<Backup | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [deletePending, setDeletePending] = useState(false)
  const [deleteError, setDeleteError] = useState<string>()
  const [actionError, setActionError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const inFlight = useRef(false)
  const listRef = useRef<HTMLDivElement>(null)
  const limitId = useId()

  useBackupEvents(serverId, socket, (backup) => {
    setAnnouncement(
      backup.state === 'failed'
        ? text().live.failed(backup.name)
        : text().live.completed(backup.name),
    )
  })

  const perms: BackupPermissions = {
    download: can('backup.download'),
    restore: can('backup.restore'),
    delete: can('backup.delete'),
  }
  const mayCreate = can('backup.create')
  const data = query.data
  const used = data?.backupCount
  const atLimit = used !== undefined && (limit === 0 || used >= limit)
  const throttled = throttle.secondsLeft > 0

  const refresh = () => queryClient.invalidateQueries({ queryKey: backupQueries.all(serverId) })

  /** Runs one row action at a time; its failure shows above the list. */
  const act = async (backup: Backup, work: () => Promise<void>) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(backup.uuid)
    setActionError(undefined)
    try {
      await work()
    } finally {
      inFlight.current = false
      setBusy(null)
    }
  }

  const download = (backup: Backup) =>
    void act(backup, async () => {
      try {
        // Used at once, never kept: the URL carries a single-use Wings token.
        startDownload(await getBackupDownloadUrl(serverId, backup.uuid))
        setAnnouncement(text().download.started(backup.name))
      } catch (error) {
        setActionError(text().download.failed(backup.name, errorText(error)))
      }
    })

  const toggleLock = (backup: Backup) =>
    void act(backup, async () => {
      try {
        const updated = await toggleBackupLock(serverId, backup.uuid)
        queryClient.setQueriesData<BackupPage>(
          { queryKey: backupQueries.all(serverId) },
          (p) => p && { ...p, items: p.items.map((b) => (b.uuid === updated.uuid ? updated : b)) },
        )
        setAnnouncement(
          updated.isLocked ? text().lock.locked(updated.name) : text().lock.unlocked(updated.name),
        )
      } catch (error) {
        setActionError(text().lock.failed(backup.name, errorText(error)))
      }
      void refresh()
    })

  const confirmDelete = async () => {
    const backup = deleting
    if (!backup || inFlight.current) return
    inFlight.current = true
    setDeletePending(true)
    setDeleteError(undefined)
    try {
      await deleteBackup(serverId, backup.uuid)
      setDeleting(null)
      setAnnouncement(text().delete.deleted(backup.name))
      // The row (and the button that opened the dialog) is gone: keep focus in the list.
      listRef.current?.focus()
      await refresh()
    } catch (error) {
      setDeleteError(errorText(error))
    } finally {
      inFlight.current = false
      setDeletePending(false)
    }
  }

  const createButton = mayCreate && (
    <div className="w-full sm:w-auto">
      <Button
        onClick={() => setCreating(true)}
        disabled={atLimit || throttled || used === undefined}
        aria-describedby={atLimit || throttled ? limitId : undefined}
        className="w-full sm:w-auto"
      >
        {t.backups.create.open}
      </Button>
    </div>
  )

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 max-w-prose space-y-1">
          <h2 className="text-lg font-semibold text-fg">{t.backups.title}</h2>
          <p className="text-sm text-fg-muted">{t.backups.description}</p>
          {used !== undefined && limit > 0 && (
            <p className="text-sm text-fg">
              <span className="font-medium">{t.backups.usage(used, limit)}</span>{' '}
              <span className="text-fg-muted">{t.backups.usageHint}</span>
            </p>
          )}
        </div>
        {createButton}
      </div>

      {mayCreate && (atLimit || throttled) && (
        <p id={limitId} className="text-sm text-warning-text">
          {throttled
            ? t.backups.throttled(throttle.secondsLeft)
            : limit === 0
              ? t.backups.noBackupsAllowed
              : t.backups.atLimit(limit)}
        </p>
      )}
      {!mayCreate && limit === 0 && (
        <p className="text-sm text-fg-muted">{t.backups.noBackupsAllowed}</p>
      )}

      <div
        ref={listRef}
        tabIndex={-1}
        role="group"
        aria-label={t.backups.list.label}
        className="space-y-3 focus:outline-none"
      >
        <p role="status" className="sr-only">
          {announcement}
        </p>
        <FormAlert message={actionError} />
        {query.isPending ? (
          <ListSkeleton />
        ) : query.isError && !data ? (
          <ErrorState
            title={t.backups.list.loadError}
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : !data || data.items.length === 0 ? (
          <EmptyState
            title={t.backups.list.emptyTitle}
            description={t.backups.list.emptyDescription}
          />
        ) : (
          <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface shadow-xs">
            {data.items.map((backup) => (
              <BackupRow
                key={backup.uuid}
                backup={backup}
                can={perms}
                actions={{
                  busy,
                  onDownload: download,
                  onRestore: setRestoring,
                  onToggleLock: toggleLock,
                  onDelete: (b) => {
                    setDeleteError(undefined)
                    setDeleting(b)
                  },
                }}
              />
            ))}
          </ul>
        )}
        {data && data.pagination.totalPages > 1 && (
          <nav
            aria-label={t.backups.list.page(page, data.pagination.totalPages)}
            className="flex items-center justify-between gap-3"
          >
            <p className="text-sm text-fg-muted">
              {t.backups.list.page(page, data.pagination.totalPages)}
            </p>
            <div className="flex gap-2">
              <Button
                variant="secondary"
                size="sm"
                disabled={page <= 1}
                onClick={() => setParams({ page: String(page - 1) })}
              >
                {t.backups.list.previous}
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={page >= data.pagination.totalPages}
                onClick={() => setParams({ page: String(page + 1) })}
              >
                {t.backups.list.next}
              </Button>
            </div>
          </nav>
        )}
      </div>

      {mayCreate && (
        <CreateBackupDialog
          serverId={serverId}
          open={creating}
          onOpenChange={setCreating}
          mayLock={perms.delete}
          throttledFor={throttle.secondsLeft}
          onThrottled={(seconds) => throttle.start(seconds)}
          onCreated={(backup) => {
            setCreating(false)
            setAnnouncement(text().create.started(backup.name))
            void refresh()
          }}
        />
      )}

      <RestoreBackupDialog
        serverId={serverId}
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null)
          // The server is `restoring_backup` now: the shell shows that state until it ends.
          void queryClient.invalidateQueries({
            queryKey: serverDetailQueries.detail(serverId).queryKey,
          })
        }}
      />

      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null)
        }}
        title={deleting ? t.backups.delete.title(deleting.name) : t.backups.delete.confirm}
        description={t.backups.delete.description}
        confirmLabel={t.backups.delete.confirm}
        pending={deletePending}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
      />
    </div>
  )
}

function ListSkeleton() {
  const { t } = useI18n()
  return (
    <div className="space-y-2" aria-busy="true" aria-label={t.common.loading}>
      <Skeleton className="h-24" />
      <Skeleton className="h-24" />
      <Skeleton className="h-24" />
    </div>
  )
}
