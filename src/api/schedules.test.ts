import { describe, expect, it } from 'vitest'

import { parsePanelTime, scheduleSchema } from './schedules'

describe('panel times', () => {
  it('keep the offset the panel wrote them in', () => {
    expect(parsePanelTime('2026-12-08T04:00:00+01:00')).toEqual({
      date: new Date('2026-12-08T03:00:00Z'),
      offsetMinutes: 60,
    })
    expect(parsePanelTime('2026-12-08T04:00:00-05:30')?.offsetMinutes).toBe(-330)
    expect(parsePanelTime('2026-12-08T04:00:00.000000Z')?.offsetMinutes).toBe(0)
    expect(parsePanelTime('yesterday')).toBeNull()
  })
})

describe('schedule items', () => {
  const task = (id: number, sequence: number) => ({
    object: 'schedule_task',
    attributes: {
      id,
      sequence_id: sequence,
      action: 'command',
      payload: `say ${sequence}`,
      time_offset: 0,
      is_queued: false,
      continue_on_failure: false,
      created_at: '2026-12-01T10:00:00+01:00',
      updated_at: '2026-12-01T10:00:00+01:00',
    },
  })

  it('sort tasks by sequence and take the panel offset from next_run_at', () => {
    const schedule = scheduleSchema.parse({
      object: 'server_schedule',
      attributes: {
        id: 4,
        name: 'Nightly',
        cron: { day_of_week: '*', day_of_month: '*', month: '*', hour: '4', minute: '0' },
        is_active: true,
        is_processing: false,
        only_when_online: false,
        last_run_at: null,
        next_run_at: '2026-12-08T04:00:00+01:00',
        created_at: '2026-12-01T10:00:00+01:00',
        updated_at: '2026-12-01T10:00:00+01:00',
        relationships: { tasks: { object: 'list', data: [task(9, 2), task(3, 1)] } },
      },
    })
    expect(schedule.tasks.map((t) => t.id)).toEqual([3, 9])
    expect(schedule.panelOffsetMinutes).toBe(60)
    expect(schedule.nextRunAt?.toISOString()).toBe('2026-12-08T03:00:00.000Z')
    expect(schedule.cron).toEqual({
      minute: '0',
      hour: '4',
      dayOfMonth: '*',
      month: '*',
      dayOfWeek: '*',
    })
  })
})
