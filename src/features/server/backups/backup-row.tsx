import { useEffect, useId, useState } from 'react'
import type { ReactNode } from 'react'

import type { Backup } from '@/api/backups'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { RelativeTime } from '@/components/ui/relative-time'
import { StatusBadge } from '@/features/servers/components/status-badge'
import { useI18n } from '@/i18n/language'
import { formatBytes } from '@/lib/format'

export interface BackupPermissions {
  download: boolean
  restore: boolean
  /** `backup.delete` also covers lock/unlock. */
  delete: boolean
}

export interface BackupRowActions {
  onDownload: (backup: Backup) => void
  onRestore: (backup: Backup) => void
  onToggleLock: (backup: Backup) => void
  onDelete: (backup: Backup) => void
  /** uuid of the backup an action is running for (its buttons wait). */
  busy: string | null
}

/** A locked, completed, successful backup: the panel refuses to delete it (BackupLockedException). */
const deleteRefused = (b: Backup) => b.isLocked && b.state === 'successful'

/** Seconds since `since`, ticking every second while mounted. */
function useElapsed(since: Date): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  return Math.max(0, (now - since.getTime()) / 1000)
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline gap-2">
      <dt className="text-fg-muted">{term}</dt>
      <dd className="text-fg">{children}</dd>
    </div>
  )
}

function Elapsed({ since }: { since: Date }) {
  const { t } = useI18n()
  const seconds = useElapsed(since)
  return <span className="font-mono tabular-nums">{t.backups.row.runningFor(seconds)}</span>
}

export function BackupRow({
  backup,
  can,
  actions,
}: {
  backup: Backup
  can: BackupPermissions
  actions: BackupRowActions
}) {
  const { t, locale } = useI18n()
  const titleId = useId()
  const noteId = useId()
  const busy = actions.busy === backup.uuid
  const { state } = backup
  const sha1 = backup.checksum?.replace(/^sha1:/, '') ?? null
  const refused = deleteRefused(backup)

  return (
    <li>
      <article
        aria-labelledby={titleId}
        className="flex flex-col gap-3 px-4 py-4 sm:px-5 lg:flex-row lg:items-start lg:justify-between"
      >
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={titleId} className="min-w-0 font-medium wrap-break-word text-fg">
              {backup.name}
            </h3>
            <StatusBadge
              label={t.backups.state[state]}
              tone={state === 'failed' ? 'danger' : state === 'running' ? 'warning' : 'success'}
              busy={state === 'running'}
            />
            {backup.isLocked && (
              <span className="inline-flex items-center gap-1 rounded-full bg-surface-muted px-2 py-0.5 text-xs font-medium text-fg">
                <svg viewBox="0 0 16 16" className="size-3" aria-hidden="true">
                  <path
                    d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v6.5h-9z"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.5"
                    strokeLinejoin="round"
                  />
                </svg>
                {t.backups.state.locked}
              </span>
            )}
          </div>
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <Detail term={t.backups.row.created}>
              <RelativeTime date={backup.createdAt} locale={locale} />
            </Detail>
            {state === 'running' ? (
              <Detail term={t.backups.row.running}>
                <Elapsed since={backup.createdAt} />
              </Detail>
            ) : (
              backup.completedAt && (
                <Detail term={t.backups.row.completed}>
                  <RelativeTime date={backup.completedAt} locale={locale} />
                </Detail>
              )
            )}
            {state === 'successful' && (
              <Detail term={t.backups.row.size}>
                <span className="tabular-nums">{formatBytes(backup.bytes, locale)}</span>
              </Detail>
            )}
            {state === 'successful' && sha1 && (
              <div className="flex min-w-0 basis-full items-center gap-2">
                <dt className="shrink-0 text-fg-muted">{t.backups.row.checksum}</dt>
                <dd className="flex min-w-0 items-center gap-1">
                  <code className="truncate font-mono text-xs text-fg" title={sha1}>
                    {sha1}
                  </code>
                  <CopyButton
                    value={sha1}
                    label={t.backups.row.copyChecksum(backup.name)}
                    variant="ghost"
                    className="min-w-0 shrink-0"
                  />
                </dd>
              </div>
            )}
          </dl>
          {backup.ignoredFiles.length > 0 && (
            <p className="text-xs text-fg-muted" title={backup.ignoredFiles.join('\n')}>
              {t.backups.row.ignored(backup.ignoredFiles.length)}
            </p>
          )}
          {state === 'running' && (
            <p className="text-sm text-fg-muted">{t.backups.row.runningNote}</p>
          )}
          {state === 'failed' && (
            <p className="text-sm text-danger-text">{t.backups.row.failedNote}</p>
          )}
          {refused && can.delete && (
            <p id={noteId} className="text-xs text-fg-muted">
              {t.backups.row.lockedNote}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2 lg:max-w-sm lg:justify-end">
          {can.download && state === 'successful' && (
            <Button
              variant="secondary"
              size="sm"
              pending={busy}
              aria-label={t.backups.actions.downloadLabel(backup.name)}
              onClick={() => actions.onDownload(backup)}
            >
              {t.backups.actions.download}
            </Button>
          )}
          {can.restore && state === 'successful' && (
            <Button
              variant="secondary"
              size="sm"
              aria-label={t.backups.actions.restoreLabel(backup.name)}
              onClick={() => actions.onRestore(backup)}
            >
              {t.backups.actions.restore}
            </Button>
          )}
          {can.delete && state !== 'failed' && (
            <Button
              variant="secondary"
              size="sm"
              disabled={busy}
              aria-label={
                backup.isLocked
                  ? t.backups.actions.unlockLabel(backup.name)
                  : t.backups.actions.lockLabel(backup.name)
              }
              onClick={() => actions.onToggleLock(backup)}
            >
              {backup.isLocked ? t.backups.actions.unlock : t.backups.actions.lock}
            </Button>
          )}
          {can.delete && (
            <Button
              variant="danger"
              size="sm"
              disabled={refused || busy}
              aria-label={t.backups.actions.deleteLabel(backup.name)}
              aria-describedby={refused ? noteId : undefined}
              onClick={() => actions.onDelete(backup)}
            >
              {t.backups.actions.delete}
            </Button>
          )}
        </div>
      </article>
    </li>
  )
}
