import { useEffect, useState } from 'react'

import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { useI18n } from '@/i18n/language'

import type { FileJob } from './use-file-jobs'

// Archive and unarchive can take minutes on a big world. Each runs as a "job" row that says what
// it does, how long it has been going and how long the panel waits — and ends, always: done
// (toast), failed (the reason), or cut off by the panel's limit (the node may still finish).

function Elapsed({ since }: { since: number }) {
  const { t } = useI18n()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <span className="tabular-nums">
      {t.files.jobs.elapsed(Math.max(0, Math.floor((now - since) / 1000)))}
    </span>
  )
}

export function FileJobs({
  jobs,
  onDismiss,
}: {
  jobs: readonly FileJob[]
  onDismiss: (id: number) => void
}) {
  const { t } = useI18n()
  if (jobs.length === 0) return null
  return (
    <section aria-label={t.files.jobs.label} className="space-y-2">
      {jobs.map((job) => (
        <div
          key={job.id}
          role={job.state === 'running' ? 'status' : 'alert'}
          className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded-md border border-border bg-surface-muted px-3 py-2.5 text-sm"
        >
          {job.state === 'running' && <Spinner className="mt-0.5" />}
          <div className="min-w-0 flex-1 space-y-0.5">
            <p className="font-medium text-fg">
              {job.label} {job.state === 'running' && <Elapsed since={job.startedAt} />}
            </p>
            <p className={job.state === 'failed' ? 'text-danger-text' : 'text-fg-muted'}>
              {job.state === 'running'
                ? (job.note ?? t.files.jobs.limit)
                : job.state === 'timedOut'
                  ? t.files.jobs.timedOut
                  : t.files.jobs.failed(job.message ?? '')}
            </p>
          </div>
          {job.state !== 'running' && (
            <Button variant="ghost" size="sm" onClick={() => onDismiss(job.id)}>
              {t.files.jobs.dismiss}
            </Button>
          )}
        </div>
      ))}
    </section>
  )
}
