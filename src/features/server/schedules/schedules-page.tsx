import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'

import { scheduleQueries, type Schedule } from '@/api/schedules'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { RelativeTime } from '@/components/ui/relative-time'
import { Skeleton } from '@/components/ui/skeleton'
import { interpolate } from '@/i18n/interpolate'
import { useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { describeCron, cronExpression, offsetLabel } from './cron'
import { LastRun, NextRun, ScheduleBadges } from './schedule-bits'
import { ScheduleFormDialog } from './schedule-form-dialog'
import { panelOffsetOf, schedulePath } from './schedule-paths'

/** A run rarely lasts longer: 10 tasks × 15 min offsets at most, in practice minutes. */
const STUCK_AFTER_MS = 30 * 60_000

/** `/server/:id/schedules`: every schedule with its state and next run. */
export default function SchedulesPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const serverId = detail.server.identifier
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const mayRead = can('schedule.read')
  const list = useQuery({ ...scheduleQueries.list(serverId), enabled: mayRead })
  if (!mayRead) return <NoAccess />

  const offset = panelOffsetOf(list.data)
  const createButton = can('schedule.create') && (
    <Button onClick={() => setCreating(true)} className="max-sm:w-full">
      {t.schedules.page.create}
    </Button>
  )

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold text-fg">{t.schedules.page.title}</h2>
          <p className="mt-1 max-w-2xl text-sm text-fg-muted">
            {interpolate(t.schedules.page.description, {
              zone: offset === null ? 'UTC' : offsetLabel(offset),
            })}
          </p>
        </div>
        {list.data && list.data.length > 0 && createButton}
      </div>

      {list.isPending ? (
        <div role="status" aria-label={t.schedules.page.loading} className="space-y-3">
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
        </div>
      ) : list.isError ? (
        <ErrorState
          title={t.schedules.page.loadError}
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : list.data.length === 0 ? (
        <EmptyState
          title={t.schedules.empty.title}
          description={t.schedules.empty.description}
          action={createButton}
        />
      ) : (
        <ul aria-label={t.schedules.page.listLabel} className="space-y-3">
          {list.data.map((schedule) => (
            <ScheduleRow
              key={schedule.id}
              serverId={serverId}
              schedule={schedule}
              now={new Date(list.dataUpdatedAt)}
            />
          ))}
        </ul>
      )}

      <ScheduleFormDialog
        open={creating}
        onOpenChange={setCreating}
        serverId={serverId}
        panelOffsetMinutes={offset}
        onSaved={(schedule) => {
          setCreating(false)
          void navigate(schedulePath(serverId, schedule.id))
        }}
      />
    </div>
  )
}

function ScheduleRow({
  serverId,
  schedule,
  now,
}: {
  serverId: string
  schedule: Schedule
  /** When the list was read: the panel's state is as of then. */
  now: Date
}) {
  const { t, language } = useI18n()
  const sentence = describeCron(schedule.cron, language)
  return (
    <li className="rounded-lg border border-border bg-surface p-4 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold wrap-break-word text-fg">
            <Link
              to={schedulePath(serverId, schedule.id)}
              className="rounded-sm hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              {schedule.name}
            </Link>
          </h3>
          <p className="mt-0.5 text-sm text-fg-muted">
            {sentence ?? cronExpression(schedule.cron)}
            <span aria-hidden="true"> · </span>
            <code className="font-mono text-xs">{cronExpression(schedule.cron)}</code>
          </p>
        </div>
        <ScheduleBadges schedule={schedule} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        {schedule.isProcessing && (
          <>
            <dt className="text-fg-muted">{t.schedules.row.processingSince}</dt>
            <dd className="min-w-0">
              <RelativeTime date={schedule.updatedAt} />
              {now.getTime() - schedule.updatedAt.getTime() > STUCK_AFTER_MS && (
                <span className="block text-xs text-fg-muted">{t.schedules.row.stuckHint}</span>
              )}
            </dd>
          </>
        )}
        <dt className="text-fg-muted">{t.schedules.row.nextRun}</dt>
        <dd className="min-w-0">
          <NextRun schedule={schedule} now={now} />
        </dd>
        <dt className="text-fg-muted">{t.schedules.row.lastRun}</dt>
        <dd className="min-w-0">
          <LastRun schedule={schedule} />
        </dd>
      </dl>
      <p className="mt-2 text-xs text-fg-muted">
        {schedule.tasks.length === 0
          ? t.schedules.row.noTasksHint
          : t.schedules.row.tasks(schedule.tasks.length)}
      </p>
    </li>
  )
}
