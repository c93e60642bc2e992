import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'

import { isApiError } from '@/api/errors'
import { scheduleQueries } from '@/api/schedules'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { FormAlert } from '@/components/ui/form-alert'
import { RelativeTime } from '@/components/ui/relative-time'
import { Skeleton } from '@/components/ui/skeleton'
import { StatusNotice } from '@/components/ui/status-notice'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'
import { toast } from '@/lib/toast-store'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { cronExpression, describeCron } from './cron'
import { LastRun, NextRun, ScheduleBadges } from './schedule-bits'
import { CronPreview, ScheduleFormDialog } from './schedule-form-dialog'
import { TaskList } from './task-list'
import { useDeleteSchedule, useRunSchedule } from './use-schedule-mutations'

/** `/server/:id/schedules/:sid`: one schedule, its next runs and its tasks. */
export default function ScheduleDetailPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const serverId = detail.server.identifier
  const scheduleId = Number(useParams().sid)
  const mayRead = can('schedule.read')
  const query = useQuery({
    ...scheduleQueries.detail(serverId, scheduleId),
    enabled: mayRead && Number.isInteger(scheduleId),
  })
  const listPath = `${paths.server(serverId)}/schedules`

  if (!mayRead) return <NoAccess />

  const back = (
    <Link
      to={listPath}
      className="inline-flex items-center gap-1 rounded-sm text-sm text-fg-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
    >
      <span aria-hidden="true">←</span> {t.schedules.detail.back}
    </Link>
  )

  if (
    !Number.isInteger(scheduleId) ||
    (query.isError && isApiError(query.error) && query.error.status === 404)
  ) {
    return (
      <div className="space-y-4">
        {back}
        <EmptyState title={t.schedules.detail.notFound} />
      </div>
    )
  }
  if (query.isPending) {
    return (
      <div role="status" aria-label={t.schedules.detail.loading} className="space-y-4">
        {back}
        <Skeleton className="h-40" />
        <Skeleton className="h-48" />
      </div>
    )
  }
  if (query.isError) {
    return (
      <div className="space-y-4">
        {back}
        <ErrorState
          title={t.schedules.detail.loadError}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </div>
    )
  }
  return <ScheduleDetail serverId={serverId} back={back} listPath={listPath} />
}

function ScheduleDetail({
  serverId,
  back,
  listPath,
}: {
  serverId: string
  back: React.ReactNode
  listPath: string
}) {
  const { t, language, locale } = useI18n()
  const { can } = useServerContext()
  const navigate = useNavigate()
  const scheduleId = Number(useParams().sid)
  const { data: schedule, dataUpdatedAt } = useQuery(scheduleQueries.detail(serverId, scheduleId))
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [started, setStarted] = useState<string>()
  const run = useRunSchedule(serverId, scheduleId)
  const remove = useDeleteSchedule(serverId, scheduleId)
  if (!schedule) return null

  const mayUpdate = can('schedule.update')
  const mayDelete = can('schedule.delete')
  const sentence = describeCron(schedule.cron, language)
  const noTasks = schedule.tasks.length === 0

  return (
    <div className="space-y-6">
      {back}
      <section aria-labelledby="schedule-title" className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h2 id="schedule-title" className="text-xl font-semibold wrap-break-word text-fg">
              {schedule.name}
            </h2>
            <ScheduleBadges schedule={schedule} />
          </div>
          <div className="flex w-full flex-wrap gap-2 sm:w-auto">
            {mayUpdate && (
              <Button
                variant="secondary"
                className="max-sm:flex-1"
                onClick={() => setEditing(true)}
              >
                {t.schedules.detail.edit}
              </Button>
            )}
            {mayUpdate && (
              <Button
                className="max-sm:flex-1"
                pending={run.isPending}
                disabled={noTasks}
                title={noTasks ? t.schedules.detail.runNeedsTasks : t.schedules.detail.runNowHint}
                onClick={() => {
                  setStarted(undefined)
                  run.mutate(undefined, {
                    onSuccess: () => setStarted(t.schedules.detail.started),
                  })
                }}
              >
                {t.schedules.detail.runNow}
              </Button>
            )}
            {mayDelete && (
              <Button
                variant="danger"
                className="max-sm:flex-1"
                onClick={() => {
                  remove.reset()
                  setConfirmDelete(true)
                }}
              >
                {t.schedules.detail.delete}
              </Button>
            )}
          </div>
        </div>

        <StatusNotice message={started} />
        <FormAlert message={run.error ? errorText(run.error) : undefined} />
        {schedule.isProcessing && (
          <FormAlert tone="warning" title={t.schedules.stuck.title}>
            <p>
              {t.schedules.row.processingSince} <RelativeTime date={schedule.updatedAt} />.{' '}
              {t.schedules.stuck.description}
            </p>
          </FormAlert>
        )}

        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-border bg-surface p-4 text-sm shadow-xs sm:grid-cols-[auto_minmax(0,1fr)]">
          <dt className="text-fg-muted">{t.schedules.detail.expression}</dt>
          <dd className="min-w-0">
            <span className="text-fg">{sentence ?? '—'}</span>{' '}
            <code className="font-mono text-xs text-fg-muted">{cronExpression(schedule.cron)}</code>
          </dd>
          <dt className="text-fg-muted">{t.schedules.row.nextRun}</dt>
          <dd className="min-w-0">
            <NextRun schedule={schedule} now={new Date(dataUpdatedAt)} />
          </dd>
          <dt className="text-fg-muted">{t.schedules.row.lastRun}</dt>
          <dd className="min-w-0">
            <LastRun schedule={schedule} />
          </dd>
          {schedule.onlyWhenOnline && (
            <>
              <dt className="sr-only">{t.schedules.form.onlyWhenOnline}</dt>
              <dd className="text-fg-muted sm:col-span-2">{t.schedules.detail.onlyWhenOnline}</dd>
            </>
          )}
        </dl>
        {schedule.isActive && (
          <CronPreview
            cron={schedule.cron}
            offset={schedule.panelOffsetMinutes}
            language={language}
            locale={locale}
            showSentence={false}
          />
        )}
      </section>

      <TaskList serverId={serverId} schedule={schedule} mayUpdate={mayUpdate} />

      <ScheduleFormDialog
        open={editing}
        onOpenChange={setEditing}
        serverId={serverId}
        schedule={schedule}
        panelOffsetMinutes={schedule.panelOffsetMinutes}
        onSaved={() => setEditing(false)}
      />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t.schedules.detail.deleteTitle(schedule.name)}
        description={t.schedules.detail.deleteDescription}
        confirmLabel={t.schedules.detail.deleteConfirm}
        pending={remove.isPending}
        error={remove.error ? errorText(remove.error) : undefined}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              toast(t.schedules.detail.deleted(schedule.name), 'success')
              void navigate(listPath)
            },
          })
        }
      />
    </div>
  )
}
