import { useEffect, useRef, useState } from 'react'

import { DEFAULT_TASK_LIMIT, type Schedule, type ScheduleTask } from '@/api/schedules'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { FormAlert } from '@/components/ui/form-alert'
import { StatusNotice } from '@/components/ui/status-notice'
import { StatusBadge } from '@/features/servers/components/status-badge'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'

import { TaskFormDialog } from './task-form-dialog'
import { useDeleteTask, useMoveTask } from './use-schedule-mutations'

type Editing = { task?: ScheduleTask; step?: number } | null

/** The tasks in run order, with keyboard re-ordering (move up / down buttons), edit and delete. */
export function TaskList({
  serverId,
  schedule,
  mayUpdate,
}: {
  serverId: string
  schedule: Schedule
  mayUpdate: boolean
}) {
  const { t } = useI18n()
  const tasks = schedule.tasks
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<{ task: ScheduleTask; step: number } | null>(null)
  const [notice, setNotice] = useState<string>()
  const move = useMoveTask(serverId, schedule.id)
  const remove = useDeleteTask(serverId, schedule.id)
  const full = tasks.length >= DEFAULT_TASK_LIMIT
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  // Keep the keyboard where it was: on the moved task's button, or its other one at an end.
  // Read once the move has settled (the list has been re-read from the panel by then).
  const focusAfterMove = useRef<{ id: number; dir: 'up' | 'down' } | null>(null)
  useEffect(() => {
    const wanted = focusAfterMove.current
    if (!wanted || move.isPending) return
    focusAfterMove.current = null
    const preferred = buttons.current.get(`${wanted.id}:${wanted.dir}`)
    const other = buttons.current.get(`${wanted.id}:${wanted.dir === 'up' ? 'down' : 'up'}`)
    const target = preferred && !preferred.disabled ? preferred : other
    target?.focus()
  }, [move.isPending, tasks])

  const moveTo = (task: ScheduleTask, index: number, dir: 'up' | 'down') => {
    const neighbour = tasks[dir === 'up' ? index - 1 : index + 1]
    if (!neighbour || move.isPending) return
    setNotice(undefined)
    move.mutate(
      { task, to: neighbour.sequenceId },
      {
        onSuccess: () => {
          setNotice(t.schedules.tasks.moved(dir === 'up' ? index : index + 2))
          focusAfterMove.current = { id: task.id, dir }
        },
      },
    )
  }

  const setButton = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element)
    else buttons.current.delete(key)
  }

  return (
    <ContentSection
      title={t.schedules.tasks.title}
      description={t.schedules.tasks.description}
      actions={
        <div className="flex flex-wrap items-center gap-3">
          <span
            className="text-sm text-fg-muted tabular-nums"
            aria-label={t.schedules.tasks.counterLabel(tasks.length, DEFAULT_TASK_LIMIT)}
          >
            {t.schedules.tasks.counter(tasks.length, DEFAULT_TASK_LIMIT)}
          </span>
          {mayUpdate && (
            <Button
              size="sm"
              disabled={full}
              aria-describedby={full ? 'task-limit-note' : undefined}
              onClick={() => setEditing({})}
            >
              {t.schedules.tasks.add}
            </Button>
          )}
        </div>
      }
    >
      <div className="space-y-3">
        {full && mayUpdate && (
          <p id="task-limit-note" className="text-sm text-fg-muted">
            {t.schedules.tasks.limitReached(DEFAULT_TASK_LIMIT)}
          </p>
        )}
        <FormAlert message={move.error ? errorText(move.error) : undefined} />
        <FormAlert message={remove.error ? errorText(remove.error) : undefined} />
        <StatusNotice message={notice} />
        {tasks.length === 0 ? (
          <p className="text-sm text-fg-muted">{t.schedules.tasks.empty}</p>
        ) : (
          <ol aria-label={t.schedules.tasks.listLabel} className="divide-y divide-border">
            {tasks.map((task, index) => {
              const step = index + 1
              return (
                <li key={task.id} className="flex flex-wrap items-start gap-3 py-3 first:pt-0">
                  <div className="min-w-0 flex-1 basis-56">
                    <p className="text-xs font-medium text-fg-muted">
                      {t.schedules.tasks.step(step)}
                    </p>
                    <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
                      {t.schedules.tasks.actions[
                        task.action as keyof typeof t.schedules.tasks.actions
                      ] ?? task.action}
                      {task.isQueued && (
                        <StatusBadge label={t.schedules.tasks.queued} tone="warning" busy />
                      )}
                    </p>
                    <TaskPayload task={task} />
                    <p className="mt-1 text-xs text-fg-muted">
                      {index === 0
                        ? t.schedules.tasks.offsetFirst(task.timeOffset)
                        : t.schedules.tasks.offsetNext(task.timeOffset)}
                      {task.continueOnFailure && <> · {t.schedules.tasks.continues}</>}
                    </p>
                  </div>
                  {mayUpdate && (
                    <div className="flex flex-wrap gap-1">
                      <Button
                        ref={setButton(`${task.id}:up`)}
                        variant="ghost"
                        size="icon"
                        aria-label={t.schedules.tasks.moveUp(step)}
                        disabled={index === 0 || move.isPending}
                        onClick={() => moveTo(task, index, 'up')}
                      >
                        <Arrow up />
                      </Button>
                      <Button
                        ref={setButton(`${task.id}:down`)}
                        variant="ghost"
                        size="icon"
                        aria-label={t.schedules.tasks.moveDown(step)}
                        disabled={index === tasks.length - 1 || move.isPending}
                        onClick={() => moveTo(task, index, 'down')}
                      >
                        <Arrow />
                      </Button>
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={t.schedules.tasks.edit(step)}
                        onClick={() => setEditing({ task, step })}
                      >
                        {t.schedules.detail.edit}
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        className="text-danger-text"
                        aria-label={t.schedules.tasks.delete(step)}
                        onClick={() => {
                          remove.reset()
                          setDeleting({ task, step })
                        }}
                      >
                        {t.schedules.detail.delete}
                      </Button>
                    </div>
                  )}
                </li>
              )
            })}
          </ol>
        )}
      </div>
      <TaskFormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        serverId={serverId}
        scheduleId={schedule.id}
        {...(editing?.task && { task: editing.task, step: editing.step })}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t.schedules.tasks.deleteTitle(deleting?.step ?? 0)}
        description={t.schedules.tasks.deleteDescription}
        confirmLabel={t.schedules.tasks.deleteConfirm}
        pending={remove.isPending}
        error={remove.error ? errorText(remove.error) : undefined}
        onConfirm={() => {
          if (!deleting) return
          remove.mutate(deleting.task, { onSuccess: () => setDeleting(null) })
        }}
      />
    </ContentSection>
  )
}

function TaskPayload({ task }: { task: ScheduleTask }) {
  const { t } = useI18n()
  if (task.action === 'power') {
    const label = t.schedules.tasks.power[task.payload as keyof typeof t.schedules.tasks.power]
    return <p className="mt-0.5 text-sm text-fg">{label ?? task.payload}</p>
  }
  if (task.action === 'backup') {
    const files = task.payload.split('\n').filter((l) => l.trim() !== '')
    return (
      <p className="mt-0.5 text-sm text-fg-muted">
        {files.length === 0 ? (
          t.schedules.tasks.noIgnoredFiles
        ) : (
          <>
            {t.schedules.tasks.ignoredFiles}:{' '}
            <code className="font-mono text-xs break-all text-fg">{files.join(', ')}</code>
          </>
        )}
      </p>
    )
  }
  return (
    <code className="mt-0.5 block font-mono text-sm break-all whitespace-pre-wrap text-fg">
      {task.payload}
    </code>
  )
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true">
      <path
        d={up ? 'M8 13V3M4 7l4-4 4 4' : 'M8 3v10M4 9l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
