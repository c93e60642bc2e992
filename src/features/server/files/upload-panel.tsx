import { Button } from '@/components/ui/button'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import type { UploadItem, UploadQueue } from './upload-queue'
import { useUploadItems } from './use-uploads'

/** The upload queue: one row per file with its progress, cancel and retry. */
export function UploadPanel({ queue }: { queue: UploadQueue }) {
  const { t } = useI18n()
  const items = useUploadItems(queue)
  if (items.length === 0) return null
  const done = items.filter((i) => i.status === 'done').length
  const finished = items.some((i) => i.status !== 'queued' && i.status !== 'uploading')
  return (
    <section
      aria-labelledby="upload-panel-title"
      className="rounded-lg border border-border bg-surface"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
        <h2 id="upload-panel-title" className="text-sm font-semibold text-fg">
          {t.files.upload.title}{' '}
          <span className="font-normal text-fg-muted" role="status">
            {t.files.upload.summary(done, items.length)}
          </span>
        </h2>
        {finished && (
          <Button variant="ghost" size="sm" onClick={() => queue.clearFinished()}>
            {t.files.upload.clear}
          </Button>
        )}
      </header>
      <ul className="max-h-64 divide-y divide-border overflow-auto">
        {items.map((item) => (
          <UploadRow key={item.id} item={item} queue={queue} />
        ))}
      </ul>
    </section>
  )
}

function UploadRow({ item, queue }: { item: UploadItem; queue: UploadQueue }) {
  const { t } = useI18n()
  const percent =
    item.size > 0 ? Math.round((item.loaded / item.size) * 100) : item.status === 'done' ? 100 : 0
  const error =
    item.error?.kind === 'tooLarge'
      ? t.files.upload.tooLarge(item.error.limitBytes)
      : item.error?.kind === 'folder'
        ? t.files.upload.folderFailed(errorText(item.error.cause))
        : item.error
          ? errorText(item.error.cause)
          : undefined
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
      <div className="min-w-0 flex-1 basis-48">
        <p className="truncate font-mono text-xs text-fg" title={item.relativePath}>
          {item.relativePath}
        </p>
        <div className="mt-1 flex items-center gap-2">
          <progress
            className={cn(
              'h-1.5 w-full max-w-64 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-surface-muted [&::-webkit-progress-value]:bg-accent',
              item.status === 'failed' && '[&::-webkit-progress-value]:bg-danger',
            )}
            max={100}
            value={percent}
            aria-label={item.relativePath}
          />
          <span className="shrink-0 text-xs text-fg-muted tabular-nums">
            {item.status === 'uploading'
              ? t.files.upload.progress(item.loaded, item.size)
              : t.files.upload.status[item.status]}
          </span>
        </div>
        {error && <p className="mt-1 text-xs text-danger-text">{error}</p>}
      </div>
      {(item.status === 'queued' || item.status === 'uploading') && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => queue.cancel(item.id)}
          aria-label={t.files.upload.cancel(item.relativePath)}
        >
          {t.common.cancel}
        </Button>
      )}
      {(item.status === 'failed' || item.status === 'cancelled') &&
        item.error?.kind !== 'tooLarge' && (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => queue.retry(item.id)}
            aria-label={t.files.upload.retry(item.relativePath)}
          >
            {t.common.retryAction}
          </Button>
        )}
    </li>
  )
}
