import type { Server } from '../store'
import { nextRunDate, type Schedule, type ScheduleStore, type ScheduleTask } from './model'

// Three schedules on Survival SMP: a weekly restart (active, Sundays 05:00, so it rarely fires
// into someone's test run), an hourly announcement left stuck in "processing" by a dead queue
// worker two days ago (ptero#5639: the UI explains that toggling Active resets it), and a paused
// nightly backup.

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export function seedSchedules(servers: Server[], now: number, timezone = 'UTC'): ScheduleStore {
  const survival = servers.find((s) => s.name === 'Survival SMP')
  const state: ScheduleStore = { items: [], nextScheduleId: 1, nextTaskId: 1 }
  if (!survival) return state

  const task = (
    sequenceId: number,
    action: ScheduleTask['action'],
    payload: string,
    timeOffset: number,
    createdAt: number,
    continueOnFailure = false,
  ): ScheduleTask => ({
    id: state.nextTaskId++,
    sequenceId,
    action,
    payload,
    timeOffset,
    isQueued: false,
    continueOnFailure,
    createdAt,
    updatedAt: createdAt,
  })

  const add = (
    spec: Omit<Schedule, 'id' | 'serverId' | 'nextRunAt' | 'updatedAt' | 'tasks'> & {
      tasks: (createdAt: number) => ScheduleTask[]
      updatedAt?: number
      nextRunAt?: number
    },
  ): void => {
    state.items.push({
      ...spec,
      id: state.nextScheduleId++,
      serverId: survival.id,
      nextRunAt: spec.nextRunAt ?? nextRunDate(spec.cron, now, timezone),
      updatedAt: spec.updatedAt ?? spec.createdAt,
      tasks: spec.tasks(spec.createdAt),
    })
  }

  add({
    name: 'Weekly restart',
    cron: { minute: '0', hour: '5', dayOfMonth: '*', month: '*', dayOfWeek: '0' },
    isActive: true,
    isProcessing: false,
    onlyWhenOnline: true,
    lastRunAt: null,
    createdAt: now - 20 * DAY,
    tasks: (at) => [
      task(1, 'command', 'say Restarting in 60 seconds', 0, at),
      task(2, 'command', 'save-all', 50, at, true),
      task(3, 'power', 'restart', 10, at),
    ],
  })
  const stuckSince = Math.floor((now - 2 * DAY) / HOUR) * HOUR
  add({
    name: 'Hourly announcement',
    cron: { minute: '0', hour: '*', dayOfMonth: '*', month: '*', dayOfWeek: '*' },
    isActive: true,
    isProcessing: true,
    onlyWhenOnline: false,
    lastRunAt: stuckSince - HOUR,
    createdAt: now - 30 * DAY,
    updatedAt: stuckSince,
    // ProcessScheduleService moved it on before the worker died; it never moved again.
    nextRunAt: stuckSince + HOUR,
    tasks: (at) => [task(1, 'command', 'say Vote for the server at example.org/vote', 0, at)],
  })
  add({
    name: 'Nightly backup',
    cron: { minute: '30', hour: '3', dayOfMonth: '*', month: '*', dayOfWeek: '*' },
    isActive: false,
    isProcessing: false,
    onlyWhenOnline: false,
    lastRunAt: null,
    createdAt: now - 6 * DAY,
    tasks: (at) => [task(1, 'backup', 'logs/\n*.log', 0, at)],
  })
  return state
}
