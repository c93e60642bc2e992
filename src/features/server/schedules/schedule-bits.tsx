import type { Schedule } from '@/api/schedules'
import { RelativeTime } from '@/components/ui/relative-time'
import { StatusBadge } from '@/features/servers/components/status-badge'
import { useI18n } from '@/i18n/language'

import { browserDiffers, formatAtOffset, formatInBrowser, offsetLabel } from './cron'

/** Active / Inactive, and Processing while a run is under way. */
export function ScheduleBadges({ schedule }: { schedule: Schedule }) {
  const { t } = useI18n()
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <StatusBadge
        label={schedule.isActive ? t.schedules.status.active : t.schedules.status.inactive}
        tone={schedule.isActive ? 'success' : 'neutral'}
      />
      {schedule.isProcessing && (
        <StatusBadge label={t.schedules.status.processing} tone="warning" busy />
      )}
    </span>
  )
}

/**
 * One instant on the panel's clock (the zone the cron fields are read in) and, when it reads
 * differently, on the browser's.
 */
export function PanelTimeText({ date, offsetMinutes }: { date: Date; offsetMinutes: number }) {
  const { t, locale } = useI18n()
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <time dateTime={date.toISOString()} className="text-fg">
        {formatAtOffset(date, offsetMinutes, locale)}{' '}
        <span className="text-fg-muted">{offsetLabel(offsetMinutes)}</span>
      </time>
      {browserDiffers(date, offsetMinutes) && (
        <span className="text-fg-muted">
          ({t.schedules.row.yourTime(formatInBrowser(date, locale))})
        </span>
      )}
    </span>
  )
}

/** The next run as the panel planned it, or why there is none. */
export function NextRun({ schedule, now }: { schedule: Schedule; now: Date }) {
  const { t } = useI18n()
  if (!schedule.isActive)
    return <span className="text-fg-muted">{t.schedules.row.inactiveNext}</span>
  if (!schedule.nextRunAt)
    return <span className="text-fg-muted">{t.schedules.row.notScheduled}</span>
  // The panel leaves next_run_at in the past while a schedule has no tasks or is processing.
  if (schedule.nextRunAt.getTime() < now.getTime() - 60_000)
    return <span className="text-warning-text">{t.schedules.row.overdue}</span>
  return <PanelTimeText date={schedule.nextRunAt} offsetMinutes={schedule.panelOffsetMinutes} />
}

export function LastRun({ schedule }: { schedule: Schedule }) {
  const { t } = useI18n()
  return schedule.lastRunAt ? (
    <RelativeTime date={schedule.lastRunAt} />
  ) : (
    <span className="text-fg-muted">{t.schedules.row.never}</span>
  )
}
