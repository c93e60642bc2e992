import { Cron } from 'croner'
import cronstrue from 'cronstrue'
import 'cronstrue/locales/de'

import type { CronFields } from '@/api/schedules'

// Cron presentation for the schedule pages: presets ↔ the five fields, a sentence for the
// expression (cronstrue) and the next runs (croner) — both libraries load only with these pages.
// The panel reads the fields with dragonmantank/cron-expression in its own timezone (its
// APP_TIMEZONE): five fields, day of month OR day of week when both are restricted, `5/15` allowed.

export const CRON_FIELDS = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'] as const
export type CronField = (typeof CRON_FIELDS)[number]

export type Preset =
  | { kind: 'hourly'; minute: number }
  | { kind: 'daily'; hour: number; minute: number }
  | { kind: 'weekly'; day: number; hour: number; minute: number }
  | { kind: 'everyMinutes'; every: number }
  | { kind: 'custom' }

export type PresetKind = Preset['kind']

/** Step sizes that divide an hour evenly (`*\/7` would fire at :56 and again at :00). */
export const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30] as const

export function presetToCron(preset: Exclude<Preset, { kind: 'custom' }>): CronFields {
  const every = { dayOfMonth: '*', month: '*', dayOfWeek: '*' }
  switch (preset.kind) {
    case 'hourly':
      return { ...every, minute: String(preset.minute), hour: '*' }
    case 'daily':
      return { ...every, minute: String(preset.minute), hour: String(preset.hour) }
    case 'weekly':
      return {
        ...every,
        minute: String(preset.minute),
        hour: String(preset.hour),
        dayOfWeek: String(preset.day),
      }
    case 'everyMinutes':
      return { ...every, minute: preset.every === 1 ? '*' : `*/${preset.every}`, hour: '*' }
  }
}

const whole = (value: string, max: number): number | null =>
  /^\d{1,2}$/.test(value) && Number(value) <= max ? Number(value) : null

/** The preset an expression matches, so editing a schedule opens on the right one. */
export function detectPreset(cron: CronFields): Preset {
  const minute = whole(cron.minute, 59)
  const hour = whole(cron.hour, 23)
  const day = whole(cron.dayOfWeek, 7)
  const monthly = cron.dayOfMonth === '*' && cron.month === '*'
  if (!monthly) return { kind: 'custom' }
  if (cron.hour === '*' && cron.dayOfWeek === '*') {
    if (minute !== null) return { kind: 'hourly', minute }
    const step = cron.minute === '*' ? 1 : /^\*\/(\d+)$/.exec(cron.minute)?.[1]
    const every = Number(step)
    if ((MINUTE_STEPS as readonly number[]).includes(every)) return { kind: 'everyMinutes', every }
  }
  if (minute === null || hour === null) return { kind: 'custom' }
  if (cron.dayOfWeek === '*') return { kind: 'daily', hour, minute }
  if (day !== null) return { kind: 'weekly', day: day % 7, hour, minute }
  return { kind: 'custom' }
}

export const cronExpression = (cron: CronFields): string =>
  CRON_FIELDS.map((f) => cron[f].trim()).join(' ')

function cronJob(expression: string, offsetMinutes = 0): Cron {
  return new Cron(expression, {
    utcOffset: offsetMinutes,
    mode: '5-part',
    domAndDow: false,
    sloppyRanges: true,
    paused: true,
  })
}

const WILDCARDS: Record<CronField, string> = {
  minute: '*',
  hour: '*',
  dayOfMonth: '*',
  month: '*',
  dayOfWeek: '*',
}

/**
 * The fields the panel would refuse (its 400 names none): each is tried in an expression where
 * the others are `*`. An empty field is its own problem (the panel's 422 `required`).
 */
export function invalidCronFields(cron: CronFields): CronField[] {
  return CRON_FIELDS.filter((field) => {
    const value = cron[field].trim()
    if (value === '' || /\s/.test(value)) return true
    try {
      cronJob(cronExpression({ ...WILDCARDS, [field]: value }))
      return false
    } catch {
      return true
    }
  })
}

/**
 * The next `count` runs after `from`, read in the panel's offset. A fixed offset, because the
 * Client API tells only that: a panel in a zone with summer time shifts by an hour across the
 * change, and its own next_run_at (shown first) stays the truth. `null` for an invalid expression.
 */
export function nextRuns(
  cron: CronFields,
  offsetMinutes: number,
  from: Date,
  count = 5,
): Date[] | null {
  if (invalidCronFields(cron).length > 0) return null
  try {
    const minute = new Date(Math.floor(from.getTime() / 60_000) * 60_000)
    return cronJob(cronExpression(cron), offsetMinutes).nextRuns(count, minute)
  } catch {
    return null
  }
}

/** A sentence for the expression in the interface language; `null` when it cannot be read. */
export function describeCron(cron: CronFields, language: string): string | null {
  if (invalidCronFields(cron).length > 0) return null
  try {
    return cronstrue.toString(cronExpression(cron), {
      locale: language === 'de' ? 'de' : 'en',
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    })
  } catch {
    return null
  }
}

/** `UTC`, `UTC+01:00`, `UTC−05:30`. */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const sign = offsetMinutes > 0 ? '+' : '−'
  const abs = Math.abs(offsetMinutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** A date and time as the panel's clock shows it (a fixed offset, not the browser's zone). */
export function formatAtOffset(date: Date, offsetMinutes: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(date.getTime() + offsetMinutes * 60_000))
}

/** The same instant on the browser's clock, with its zone's short name. */
export function formatInBrowser(date: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(date)
}

/** Whether the browser's clock reads a different offset than the panel's at this instant. */
export function browserDiffers(date: Date, offsetMinutes: number): boolean {
  return -date.getTimezoneOffset() !== offsetMinutes
}

/** Whether one field would be accepted on its own (the form checks each before the panel does). */
export function cronFieldIsValid(field: CronField, value: string): boolean {
  return !invalidCronFields({ ...WILDCARDS, [field]: value }).includes(field)
}
