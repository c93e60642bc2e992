import { describe, expect, it } from 'vitest'

import {
  describeCron,
  detectPreset,
  formatAtOffset,
  invalidCronFields,
  nextRuns,
  offsetLabel,
  presetToCron,
} from './cron'

const daily4 = { minute: '0', hour: '4', dayOfMonth: '*', month: '*', dayOfWeek: '*' }
// Monday 2026-12-07 03:58:30 UTC.
const FROM = new Date(Date.UTC(2026, 11, 7, 3, 58, 30))

describe('presets', () => {
  it('turn into the five fields and are recognised again', () => {
    expect(presetToCron({ kind: 'daily', hour: 4, minute: 0 })).toEqual(daily4)
    expect(presetToCron({ kind: 'weekly', day: 0, hour: 5, minute: 30 })).toEqual({
      minute: '30',
      hour: '5',
      dayOfMonth: '*',
      month: '*',
      dayOfWeek: '0',
    })
    expect(presetToCron({ kind: 'everyMinutes', every: 15 }).minute).toBe('*/15')
    expect(detectPreset(daily4)).toEqual({ kind: 'daily', hour: 4, minute: 0 })
    expect(detectPreset({ ...daily4, hour: '*' })).toEqual({ kind: 'hourly', minute: 0 })
    expect(detectPreset({ ...daily4, minute: '*/15', hour: '*' })).toEqual({
      kind: 'everyMinutes',
      every: 15,
    })
    expect(detectPreset({ ...daily4, dayOfWeek: '7' })).toEqual({
      kind: 'weekly',
      day: 0,
      hour: 4,
      minute: 0,
    })
    expect(detectPreset({ ...daily4, dayOfWeek: '1-5' })).toEqual({ kind: 'custom' })
    expect(detectPreset({ ...daily4, minute: '*/7', hour: '*' })).toEqual({ kind: 'custom' })
  })
})

describe('validation', () => {
  it('names the fields the panel would refuse', () => {
    expect(invalidCronFields(daily4)).toEqual([])
    expect(invalidCronFields({ ...daily4, minute: '60', dayOfWeek: 'funday' })).toEqual([
      'minute',
      'dayOfWeek',
    ])
    expect(invalidCronFields({ ...daily4, hour: '4 5', month: '' })).toEqual(['hour', 'month'])
    expect(invalidCronFields({ ...daily4, minute: '5/15', dayOfWeek: 'MON-FRI' })).toEqual([])
  })
})

describe('next runs', () => {
  it('reads the fields in the panel offset', () => {
    const utc = nextRuns(daily4, 0, FROM, 3)
    expect(utc?.map((d) => d.toISOString())).toEqual([
      '2026-12-07T04:00:00.000Z',
      '2026-12-08T04:00:00.000Z',
      '2026-12-09T04:00:00.000Z',
    ])
    // A panel at UTC+01:00: 04:00 there is 03:00 UTC, already past today.
    const berlin = nextRuns(daily4, 60, FROM, 2)
    expect(berlin?.map((d) => d.toISOString())).toEqual([
      '2026-12-08T03:00:00.000Z',
      '2026-12-09T03:00:00.000Z',
    ])
    expect(formatAtOffset(berlin?.[0] ?? new Date(0), 60, 'en')).toBe('Tue, Dec 8, 2026, 04:00')
  })

  it('treats day of month and day of week as either-or, like the panel', () => {
    const runs = nextRuns({ ...daily4, dayOfMonth: '13', dayOfWeek: '3' }, 0, FROM, 3)
    expect(runs?.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-12-09',
      '2026-12-13',
      '2026-12-16',
    ])
  })

  it('gives nothing for an invalid expression', () => {
    expect(nextRuns({ ...daily4, hour: '24' }, 0, FROM)).toBeNull()
  })
})

describe('sentences', () => {
  it('reads the expression in English and German', () => {
    expect(describeCron(daily4, 'en')).toBe('At 04:00')
    expect(describeCron({ ...daily4, dayOfWeek: '0' }, 'de')).toBe('Um 04:00, nur jeden Sonntag')
    expect(describeCron({ ...daily4, minute: '61' }, 'en')).toBeNull()
  })

  it('labels offsets', () => {
    expect(offsetLabel(0)).toBe('UTC')
    expect(offsetLabel(60)).toBe('UTC+01:00')
    expect(offsetLabel(-330)).toBe('UTC−05:30')
  })
})
