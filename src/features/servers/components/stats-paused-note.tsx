import { useEffect, useState } from 'react'

import { interpolate } from '@/i18n/interpolate'
import { useI18n } from '@/i18n/language'

import type { SchedulerSnapshot } from '../stats-scheduler'

/**
 * A quiet line (not an error wall) while the scheduler waits out a 429 or leaves room in the
 * user's shared panel budget. The visible countdown ticks; screen readers hear one sentence.
 */
export function StatsPausedNote({ state }: { state: SchedulerSnapshot }) {
  const { t } = useI18n()
  const { pausedUntil, pausedAt, pauseReason } = state
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (pausedUntil === null) return
    const tick = () => setNow(Date.now())
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [pausedUntil])

  // Before the first tick `now` may predate the pause.
  const from = Math.max(now, pausedAt ?? 0)
  const seconds = pausedUntil === null ? 0 : Math.max(0, Math.ceil((pausedUntil - from) / 1000))
  const why =
    pauseReason === 'low-budget' ? t.servers.paused.lowBudget : t.servers.paused.rateLimited
  return (
    <div role="status" aria-atomic="true">
      {pausedUntil !== null && seconds > 0 && (
        <p className="flex flex-wrap items-center gap-x-2 rounded-md border border-border bg-surface-muted px-3 py-2 text-sm text-fg-muted">
          <svg viewBox="0 0 16 16" className="size-4 shrink-0" aria-hidden="true">
            <rect x="4" y="3" width="2.5" height="10" rx="1" fill="currentColor" />
            <rect x="9.5" y="3" width="2.5" height="10" rx="1" fill="currentColor" />
          </svg>
          <span className="font-medium text-fg" aria-hidden="true">
            {interpolate(t.servers.paused.title, {
              seconds: <span className="tabular-nums">{t.servers.paused.seconds(seconds)}</span>,
            })}
          </span>
          <span className="sr-only">{t.servers.paused.announcement}</span>
          <span>{why}</span>
        </p>
      )}
    </div>
  )
}
