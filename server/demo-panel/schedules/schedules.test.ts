import { describe, expect, it } from 'vitest'

import { createClock } from '../clock'
import { createDemoPanel } from '../index'
import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { errorBody, loggedIn, validationError } from '../test-kit'
import { atomIn, nextRunDate } from './model'

// The schedule routes as ScheduleController / ScheduleTaskController answer them, and the runner
// on the demo clock (ProcessRunnableCommand → ProcessScheduleService → RunTaskJob).

// Monday 2026-12-07 03:58:30 UTC.
const START = Date.UTC(2026, 11, 7, 3, 58, 30)
const MINUTE = 60_000

type Attributes = Record<string, unknown>
interface ScheduleBody {
  attributes: Attributes & {
    id: number
    relationships: { tasks: { data: { attributes: Attributes }[] } }
  }
}

async function setup() {
  const clock = createClock({ manual: true, start: START })
  const panel = createDemoPanel({ adminServers: 40, clock })
  const demo = await loggedIn(panel)
  const base = `/api/client/servers/${IDS.running}/schedules`
  const server = panel.wings.findServerByIdentifier(IDS.running)
  if (!server) throw new Error('no Survival SMP')
  const consoleLines = (): string[] => panel.wings.process(server).logs()
  const create = async (body: Record<string, unknown> = {}) => {
    const result = await demo.post(base, {
      name: 'Nightly',
      is_active: true,
      only_when_online: false,
      minute: '0',
      hour: '4',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
      ...body,
    })
    expect(result.status).toBe(200)
    return (result.body as ScheduleBody).attributes
  }
  const addTask = async (id: number, body: Record<string, unknown>) =>
    demo.post(`${base}/${id}/tasks`, { time_offset: 0, ...body })
  const view = async (id: number) =>
    ((await demo.get(`${base}/${id}`)).body as ScheduleBody).attributes
  return { panel, clock, demo, base, server, consoleLines, create, addTask, view }
}

describe('schedule routes', () => {
  it('lists the seeded schedules of Survival SMP with their tasks', async () => {
    const { demo, base } = await setup()
    const list = (await demo.get(base)).body as { object: string; data: ScheduleBody[] }
    expect(list.object).toBe('list')
    expect(list.data.map((s) => s.attributes.name)).toEqual([
      'Weekly restart',
      'Hourly announcement',
      'Nightly backup',
    ])
    const weekly = list.data[0]?.attributes
    expect(weekly?.cron).toEqual({
      day_of_week: '0',
      day_of_month: '*',
      month: '*',
      hour: '5',
      minute: '0',
    })
    // The next Sunday 05:00 after Monday 2026-12-07.
    expect(weekly?.next_run_at).toBe('2026-12-13T05:00:00+00:00')
    expect(weekly?.relationships.tasks.data.map((t) => t.attributes.sequence_id)).toEqual([1, 2, 3])
    expect(list.data[1]?.attributes.is_processing).toBe(true)
  })

  it('creates a schedule with next_run_at in the panel timezone and logs it', async () => {
    const { create, demo } = await setup()
    const schedule = await create()
    expect(schedule).toMatchObject({
      name: 'Nightly',
      is_active: true,
      is_processing: false,
      last_run_at: null,
      next_run_at: '2026-12-07T04:00:00+00:00',
      relationships: { tasks: { object: 'list', data: [] } },
    })
    const activity = (await demo.get(`/api/client/servers/${IDS.running}/activity`)).body as {
      data: { attributes: { event: string; properties: Attributes } }[]
    }
    expect(activity.data[0]?.attributes).toMatchObject({
      event: 'server:schedule.create',
      properties: { name: 'Nightly' },
    })
  })

  it("answers the panel's validation, cron and missing-month errors", async () => {
    const { demo, base } = await setup()
    const bad = await demo.post(base, { name: '', minute: 5, hour: '4', day_of_month: '*' })
    expect(bad.status).toBe(422)
    expect(bad.body).toEqual({
      errors: [
        validationError('name', 'The name field is required.', 'required'),
        validationError('minute', 'The minute must be a string.', 'string'),
        validationError('day_of_week', 'The day of week field is required.', 'required'),
      ],
    })
    const cron = {
      name: 'x',
      minute: '61',
      hour: '*',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    }
    const invalid = await demo.post(base, cron)
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual(
      errorBody(
        'DisplayException',
        400,
        'The cron data provided does not evaluate to a valid expression.',
      ),
    )
    const { month: _month, ...noMonth } = { ...cron, minute: '0' }
    expect((await demo.post(base, noMonth)).status).toBe(500)
  })

  it('keeps the 10-task limit with the panel error, orders and re-orders tasks', async () => {
    const { create, addTask, view, demo, base } = await setup()
    const { id } = await create()
    for (let i = 1; i <= 10; i++) {
      expect((await addTask(id, { action: 'command', payload: `say ${i}` })).status).toBe(200)
    }
    const eleventh = await addTask(id, { action: 'command', payload: 'say 11' })
    expect(eleventh.status).toBe(400)
    expect(eleventh.body).toEqual(
      errorBody(
        'ServiceLimitExceededException',
        400,
        'Schedules may not have more than 10 tasks associated with them. Creating this task would put this schedule over the limit.',
      ),
    )
    const tasks = (await view(id)).relationships.tasks.data.map((t) => t.attributes)
    // Move the last task to the front: the others shift down by one.
    const last = tasks[9]
    const moved = await demo.post(`${base}/${id}/tasks/${String(last?.id)}`, {
      action: 'command',
      payload: 'say 10',
      time_offset: 5,
      sequence_id: 1,
    })
    expect(moved.status).toBe(200)
    const order = (await view(id)).relationships.tasks.data
      .map((t) => t.attributes)
      .sort((a, b) => Number(a.sequence_id) - Number(b.sequence_id))
      .map((t) => t.payload)
    expect(order).toEqual(['say 10', ...Array.from({ length: 9 }, (_, i) => `say ${i + 1}`)])
    // Deleting the first task shifts the rest up.
    await demo.request('DELETE', `${base}/${id}/tasks/${String(last?.id)}`)
    const after = (await view(id)).relationships.tasks.data.map((t) => t.attributes.sequence_id)
    expect([...after].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('validates tasks like StoreTaskRequest', async () => {
    const { create, addTask } = await setup()
    const { id } = await create()
    const result = await addTask(id, { action: 'command', payload: '', time_offset: 901 })
    expect(result.status).toBe(422)
    expect(result.body).toEqual({
      errors: [
        validationError(
          'payload',
          'The payload field is required unless action is in backup.',
          'required_unless',
        ),
        validationError('time_offset', 'The time offset may not be greater than 900.', 'max'),
      ],
    })
  })

  it('refuses strangers and answers 404 for another server’s schedule', async () => {
    const { panel, create, base } = await setup()
    const { id } = await create()
    const mira = await loggedIn(panel, 'mira', 'mira-password')
    expect((await mira.get(base)).status).toBe(404)
    const demo = await loggedIn(panel)
    // The shared Factorio server: demo is a subuser without schedule keys.
    const shared = await demo.get(`/api/client/servers/${IDS.subuser}/schedules`)
    expect(shared.status).toBe(403)
    const foreign = await demo.get(`/api/client/servers/${IDS.offline}/schedules/${id}`)
    expect(foreign.status).toBe(404)
    expect(foreign.body).toEqual(
      errorBody(
        'NotFoundHttpException',
        404,
        'The requested resource was not found for this server.',
      ),
    )
  })
})

describe('the runner on the demo clock', () => {
  it('runs a due schedule at the minute, with each task after its offset', async () => {
    const { clock, create, addTask, view, consoleLines } = await setup()
    const { id } = await create()
    await addTask(id, { action: 'command', payload: 'say first', time_offset: 0 })
    await addTask(id, { action: 'command', payload: 'say second', time_offset: 30 })

    clock.advance(90 * 1000) // 04:00:00 has passed: the minute tick picked it up
    expect(consoleLines().some((l) => l.includes('[Server] first'))).toBe(true)
    expect(consoleLines().some((l) => l.includes('[Server] second'))).toBe(false)
    const running = await view(id)
    expect(running.is_processing).toBe(true)
    expect(running.next_run_at).toBe('2026-12-08T04:00:00+00:00')

    clock.advance(30 * 1000)
    expect(consoleLines().some((l) => l.includes('[Server] second'))).toBe(true)
    const done = await view(id)
    expect(done.is_processing).toBe(false)
    expect(done.last_run_at).toBe('2026-12-07T04:00:30+00:00')
  })

  it('stops at a failed task unless it may continue on failure', async () => {
    const { clock, panel, server, create, addTask, view, consoleLines } = await setup()
    panel.wings.power(server, 'kill')
    clock.advance(1000)
    const stopping = await create({ name: 'stops' })
    await addTask(stopping.id, { action: 'command', payload: 'say never' })
    await addTask(stopping.id, { action: 'power', payload: 'start', time_offset: 1 })
    const going = await create({ name: 'goes on', minute: '1' })
    await addTask(going.id, {
      action: 'command',
      payload: 'say offline',
      continue_on_failure: true,
    })
    await addTask(going.id, { action: 'power', payload: 'start', time_offset: 1 })

    clock.advance(90 * 1000) // 04:00 tick: the command fails and the run ends
    expect((await view(stopping.id)).is_processing).toBe(false)
    expect(panel.wings.process(server).snapshot().state).toBe('offline')

    clock.advance(62 * 1000) // 04:01 tick: the failure is passed over, the start follows
    expect(panel.wings.process(server).snapshot().state).toBe('starting')
    expect((await view(going.id)).is_processing).toBe(false)
    expect(consoleLines().some((l) => l.includes('never'))).toBe(false)
  })

  it('runs now: the first task at once, answered 202; a Wings failure is the answer', async () => {
    const { clock, panel, server, demo, base, create, addTask, consoleLines } = await setup()
    const { id } = await create({ is_active: false })
    const empty = await demo.post(`${base}/${id}/execute`)
    expect(empty.status).toBe(400)
    await addTask(id, { action: 'command', payload: 'say now', time_offset: 60 })
    const ran = await demo.post(`${base}/${id}/execute`)
    expect(ran.status).toBe(202)
    expect(consoleLines().some((l) => l.includes('[Server] now'))).toBe(true)

    panel.wings.power(server, 'kill')
    clock.advance(1000)
    const failed = await demo.post(`${base}/${id}/execute`)
    expect(failed.status).toBe(502)
    expect((failed.body as { errors: { code: string }[] }).errors[0]?.code).toBe(
      'DaemonConnectionException',
    )
  })

  it('skips a run of an only-when-online schedule while the server is offline', async () => {
    const { clock, panel, server, create, addTask, view } = await setup()
    panel.wings.power(server, 'kill')
    const { id } = await create({ only_when_online: true })
    await addTask(id, { action: 'power', payload: 'start' })
    clock.advance(2 * MINUTE)
    expect(panel.wings.process(server).snapshot().state).toBe('offline')
    const after = await view(id)
    expect(after.last_run_at).toBe('2026-12-07T04:00:00+00:00')
    expect(after.next_run_at).toBe('2026-12-08T04:00:00+00:00')
  })

  it('a backup task starts a backup named like the panel names it, then the run goes on', async () => {
    const { clock, demo, base, create, addTask, view, consoleLines } = await setup()
    const backupsUrl = base.replace(/\/schedules$/, '/backups')
    const before = (await demo.get(backupsUrl)).body as { data: unknown[] }
    const { id } = await create()
    await addTask(id, { action: 'backup', payload: 'logs/\n*.tmp' })
    await addTask(id, { action: 'command', payload: 'say after backup' })
    clock.advance(2 * MINUTE)
    expect(consoleLines().some((l) => l.includes('[Server] after backup'))).toBe(true)
    expect((await view(id)).is_processing).toBe(false)
    const after = (await demo.get(backupsUrl)).body as {
      data: { attributes: { name: string; ignored_files: string[] } }[]
    }
    expect(after.data).toHaveLength(before.data.length + 1)
    const made = after.data.at(-1)?.attributes
    expect(made?.name).toMatch(/^Backup at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(made?.ignored_files).toEqual(['logs/', '*.tmp'])
  })

  it('toggling Active clears a stuck processing flag', async () => {
    const { demo, base, view } = await setup()
    const stuck = await view(2)
    expect(stuck.is_processing).toBe(true)
    const result = await demo.post(`${base}/2`, {
      name: stuck.name,
      is_active: false,
      minute: '0',
      hour: '*',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    })
    expect((result.body as ScheduleBody).attributes.is_processing).toBe(false)
  })
})

describe('cron in the panel timezone', () => {
  it('evaluates the expression in APP_TIMEZONE and writes the offset', () => {
    const cron = { minute: '0', hour: '4', dayOfMonth: '*', month: '*', dayOfWeek: '*' }
    const next = nextRunDate(cron, START, 'Europe/Berlin')
    // 04:00 in Berlin (UTC+1 in December) is 03:00 UTC: the next one is tomorrow's.
    expect(atomIn(next, 'Europe/Berlin')).toBe('2026-12-08T04:00:00+01:00')
    expect(new Date(next).toISOString()).toBe('2026-12-08T03:00:00.000Z')
    expect(() => nextRunDate({ ...cron, hour: '4 5' }, START, 'UTC')).toThrow()
  })
})
