import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalItem, fractalList } from './fractal'

// Schedules and their tasks (contract §2.4; ScheduleController, ScheduleTaskController). Dates
// are atom strings in the *panel's* timezone (APP_TIMEZONE): the offset they carry is the only
// way the Client API tells which timezone the cron fields are read in, so it is kept.

/** A panel timestamp with the UTC offset it was written in (`…T04:00:00+01:00` → 60). */
export interface PanelTime {
  date: Date
  /** Minutes east of UTC. */
  offsetMinutes: number
}

const ATOM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(Z|[+-]\d\d:?\d\d)$/

export function parsePanelTime(value: string): PanelTime | null {
  const match = ATOM.exec(value)
  const date = new Date(value)
  if (!match || Number.isNaN(date.getTime())) return null
  const zone = match[1] ?? 'Z'
  if (zone === 'Z') return { date, offsetMinutes: 0 }
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return {
    date,
    offsetMinutes: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))),
  }
}

const panelTime = z.pipe(
  z.string().check(z.refine((s) => parsePanelTime(s) !== null, { error: 'Invalid timestamp' })),
  z.transform((s: string) => parsePanelTime(s) as PanelTime),
)

export const TASK_ACTIONS = ['command', 'power', 'backup'] as const
export type TaskAction = (typeof TASK_ACTIONS)[number]
export const POWER_ACTIONS = ['start', 'restart', 'stop', 'kill'] as const

/** `time_offset` is `numeric|min:0|max:900` (seconds). */
export const MAX_TIME_OFFSET = 900
/** `per_schedule_task_limit`, 10 unless the admin changed PTERODACTYL_PER_SCHEDULE_TASK_LIMIT. */
export const DEFAULT_TASK_LIMIT = 10
/** `name` is `required|string|max:191`. */
export const MAX_SCHEDULE_NAME = 191

const taskAttributes = z.pipe(
  z.object({
    id: z.int(),
    sequence_id: z.int(),
    action: z.string(),
    payload: z.nullable(z.string()),
    time_offset: z.int(),
    is_queued: z.boolean(),
    continue_on_failure: z.boolean(),
    created_at: panelTime,
    updated_at: panelTime,
  }),
  z.transform((t) => ({
    id: t.id,
    sequenceId: t.sequence_id,
    action: t.action,
    payload: t.payload ?? '',
    timeOffset: t.time_offset,
    isQueued: t.is_queued,
    continueOnFailure: t.continue_on_failure,
  })),
)
export const taskSchema = fractalItem('schedule_task', taskAttributes)
export type ScheduleTask = z.output<typeof taskSchema>

const cronSchema = z.object({
  minute: z.string(),
  hour: z.string(),
  day_of_month: z.string(),
  month: z.string(),
  day_of_week: z.string(),
})

const scheduleAttributes = z.pipe(
  z.object({
    id: z.int(),
    name: z.string(),
    cron: cronSchema,
    is_active: z.boolean(),
    is_processing: z.boolean(),
    only_when_online: z.boolean(),
    last_run_at: z.nullable(panelTime),
    next_run_at: z.nullable(panelTime),
    created_at: panelTime,
    updated_at: panelTime,
    relationships: z.optional(z.object({ tasks: fractalList(taskSchema) })),
  }),
  z.transform((s) => ({
    id: s.id,
    name: s.name,
    cron: {
      minute: s.cron.minute,
      hour: s.cron.hour,
      dayOfMonth: s.cron.day_of_month,
      month: s.cron.month,
      dayOfWeek: s.cron.day_of_week,
    },
    isActive: s.is_active,
    isProcessing: s.is_processing,
    onlyWhenOnline: s.only_when_online,
    lastRunAt: s.last_run_at?.date ?? null,
    nextRunAt: s.next_run_at?.date ?? null,
    /**
     * While processing, the last write was ProcessScheduleService marking it so: the best
     * "processing since" the API offers.
     */
    updatedAt: s.updated_at.date,
    /** The panel's UTC offset, read from the timestamps it wrote. */
    panelOffsetMinutes: (s.next_run_at ?? s.updated_at).offsetMinutes,
    // The relation loads without ORDER BY: run order is by sequence id.
    tasks: [...(s.relationships?.tasks ?? [])].sort((a, b) => a.sequenceId - b.sequenceId),
  })),
)
export const scheduleSchema = fractalItem('server_schedule', scheduleAttributes)
export type Schedule = z.output<typeof scheduleSchema>
export type CronFields = Schedule['cron']

const base = (server: string) => `/api/client/servers/${encodeURIComponent(server)}/schedules`

export const scheduleQueries = {
  all: (server: string) => ['server', server, 'schedules'] as const,
  list: (server: string) =>
    queryOptions({
      queryKey: [...scheduleQueries.all(server), 'list'] as const,
      queryFn: ({ signal }) => api.get(base(server), fractalList(scheduleSchema), { signal }),
      // `is_processing` and the run times move on the panel's own clock.
      refetchInterval: 30_000,
    }),
  detail: (server: string, id: number) =>
    queryOptions({
      queryKey: [...scheduleQueries.all(server), 'detail', id] as const,
      queryFn: ({ signal }) => api.get(`${base(server)}/${id}`, scheduleSchema, { signal }),
      refetchInterval: (query) => (query.state.data?.isProcessing ? 5_000 : 30_000),
    }),
}

export interface ScheduleInput {
  name: string
  isActive: boolean
  onlyWhenOnline: boolean
  cron: CronFields
}

const scheduleBody = (input: ScheduleInput) => ({
  name: input.name,
  is_active: input.isActive,
  only_when_online: input.onlyWhenOnline,
  minute: input.cron.minute,
  hour: input.cron.hour,
  day_of_month: input.cron.dayOfMonth,
  // Always sent: without it the panel fails with a 500, not a validation error.
  month: input.cron.month,
  day_of_week: input.cron.dayOfWeek,
})

export function createSchedule(server: string, input: ScheduleInput): Promise<Schedule> {
  return api.post(base(server), scheduleBody(input), scheduleSchema)
}

export function updateSchedule(server: string, id: number, input: ScheduleInput) {
  return api.post(`${base(server)}/${id}`, scheduleBody(input), scheduleSchema)
}

/** 202: the first task runs at once (its offset is skipped), the rest follow their offsets. */
export function executeSchedule(server: string, id: number): Promise<void> {
  return api.post(`${base(server)}/${id}/execute`)
}

export function deleteSchedule(server: string, id: number): Promise<void> {
  return api.delete(`${base(server)}/${id}`)
}

export interface TaskInput {
  action: TaskAction
  payload: string
  timeOffset: number
  continueOnFailure: boolean
  /** Where the task goes; the panel shifts the others. */
  sequenceId?: number
}

const taskBody = (input: TaskInput) => ({
  action: input.action,
  payload: input.payload,
  time_offset: input.timeOffset,
  continue_on_failure: input.continueOnFailure,
  ...(input.sequenceId !== undefined && { sequence_id: input.sequenceId }),
})

export function createTask(server: string, scheduleId: number, input: TaskInput) {
  return api.post(`${base(server)}/${scheduleId}/tasks`, taskBody(input), taskSchema)
}

export function updateTask(server: string, scheduleId: number, taskId: number, input: TaskInput) {
  return api.post(`${base(server)}/${scheduleId}/tasks/${taskId}`, taskBody(input), taskSchema)
}

export function deleteTask(server: string, scheduleId: number, taskId: number): Promise<void> {
  return api.delete(`${base(server)}/${scheduleId}/tasks/${taskId}`)
}
