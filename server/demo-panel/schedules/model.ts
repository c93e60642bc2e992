import { Cron } from 'croner'

// The panel's `schedules` and `tasks` tables (app/Models/Schedule.php, Task.php), and the cron
// evaluation of dragonmantank/cron-expression as the panel uses it (Utilities::
// getScheduleNextRunDate, Schedule::getNextRunDate): five fields, day-of-month OR day-of-week
// when both are restricted, evaluated in the panel's APP_TIMEZONE.

export type TaskAction = 'command' | 'power' | 'backup'

export interface ScheduleTask {
  id: number
  sequenceId: number
  /** Stored as sent (`in:command,power,backup` is checked by the request). */
  action: string
  payload: string
  /** Seconds, 0–900, after the previous task (or after the run starts, for the first). */
  timeOffset: number
  isQueued: boolean
  continueOnFailure: boolean
  createdAt: number
  updatedAt: number
}

export interface Schedule {
  id: number
  serverId: number
  name: string
  cron: { minute: string; hour: string; dayOfMonth: string; month: string; dayOfWeek: string }
  isActive: boolean
  isProcessing: boolean
  onlyWhenOnline: boolean
  lastRunAt: number | null
  nextRunAt: number | null
  createdAt: number
  updatedAt: number
  /** In id order, as the `tasks` relation loads them (no ORDER BY): clients sort by sequence. */
  tasks: ScheduleTask[]
}

/** The schedules "table" with its own id counters (one line in store.ts). */
export interface ScheduleStore {
  items: Schedule[]
  nextScheduleId: number
  nextTaskId: number
}

/** `config('pterodactyl.client_features.schedules.per_schedule_task_limit')`, env default 10. */
export const PER_SCHEDULE_TASK_LIMIT = 10

/** The demo panel's APP_TIMEZONE; every timestamp it emits is in this zone (time.ts: UTC). */
export const DEFAULT_PANEL_TIMEZONE = 'UTC'

export function cronString(cron: Schedule['cron']): string {
  return `${cron.minute} ${cron.hour} ${cron.dayOfMonth} ${cron.month} ${cron.dayOfWeek}`
}

/**
 * CronExpression::getNextRunDate(): the first matching minute strictly after the current one,
 * in `timezone`. Throws on an expression the library rejects (the controller turns that into its
 * 400). A field holding whitespace would shift the others, which CronExpression refuses too.
 */
export function nextRunDate(cron: Schedule['cron'], after: number, timezone: string): number {
  const fields = [cron.minute, cron.hour, cron.dayOfMonth, cron.month, cron.dayOfWeek]
  if (fields.some((f) => f.trim() === '' || /\s/.test(f.trim()))) {
    throw new Error('Invalid CRON field value')
  }
  const job = new Cron(fields.map((f) => f.trim()).join(' '), {
    timezone,
    mode: '5-part',
    domAndDow: false,
    // CronExpression reads `5/15` as "from 5, every 15".
    sloppyRanges: true,
    paused: true,
  })
  const minute = Math.floor(after / 60_000) * 60_000
  const next = job.nextRun(new Date(minute))
  if (!next) throw new Error('Impossible CRON expression')
  return next.getTime()
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Carbon's toAtomString() in `timezone`: `2024-10-24T14:00:00+02:00`. */
export function atomIn(ms: number, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(ms))
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  // `GMT+02:00`, or plain `GMT` at offset zero.
  const zone = get('timeZoneName').replace('GMT', '')
  const offset = zone === '' ? '+00:00' : zone.replace('−', '-')
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${pad(Number(get('second')))}${offset}`
}
