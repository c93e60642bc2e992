import type { Context } from 'hono'

import { allInput, input, type RequestContext } from '../context'
import { accessDenied, displayError, notFound, panelError, serverError } from '../panel-errors'
import {
  client,
  json,
  logActivity,
  noContent,
  type ClientHandlerContext,
  type Panel,
  type RouteFn,
} from '../panel'
import { can } from '../servers/permissions'
import type { Server } from '../store'
import { displayAttribute, isFilled, validate, type CustomRule } from '../validation'
import {
  atomIn,
  DEFAULT_PANEL_TIMEZONE,
  nextRunDate,
  PER_SCHEDULE_TASK_LIMIT,
  type Schedule,
  type ScheduleTask,
} from './model'
import { ScheduleRunner } from './runner'

// ScheduleController and ScheduleTaskController (app/Http/Controllers/Api/Client/Servers), their
// form requests and transformers, plus the runner that makes schedules happen on the demo clock.

export interface ScheduleRoutesOptions {
  /** The panel's APP_TIMEZONE (default UTC, like every other date the double emits). */
  timezone?: string
}

/** PHP's `(bool) $value`: "0", "", 0, null and [] are false; everything else, "false" too, is true. */
const phpBool = (value: unknown): boolean =>
  !(
    value === undefined ||
    value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    value === '0' ||
    (Array.isArray(value) && value.length === 0)
  )

const isTruthyInput = (value: unknown): boolean =>
  value === true ||
  value === 1 ||
  (typeof value === 'string' && ['1', 'true', 'on', 'yes'].includes(value.toLowerCase()))

/** Laravel's `boolean` rule. */
const booleanRule: CustomRule = {
  name: 'boolean',
  passes: (value) => [true, false, 0, 1, '0', '1'].includes(value as never),
  message: (field) => `The ${displayAttribute(field)} field must be true or false.`,
}

/** Laravel's `filled` rule: when present, not empty. */
const filledRule = (key: string): CustomRule => ({
  name: 'filled',
  implicit: true,
  passes: (value, data) => !(key in data) || isFilled(value),
  message: (field) => `The ${displayAttribute(field)} field must have a value.`,
})

/** `required_unless:action,backup`. */
const requiredUnlessBackup: CustomRule = {
  name: 'required_unless',
  implicit: true,
  passes: (value, data) => data.action === 'backup' || isFilled(value),
  message: (field) =>
    `The ${displayAttribute(field)} field is required unless action is in backup.`,
}

export function registerScheduleRoutes(
  panel: Panel,
  route: RouteFn,
  options: ScheduleRoutesOptions = {},
): ScheduleRunner {
  const timezone = options.timezone ?? DEFAULT_PANEL_TIMEZONE
  const runner = new ScheduleRunner(panel, timezone)
  runner.start()
  const atom = (ms: number): string => atomIn(ms, timezone)
  const store = () => panel.store.schedules

  const taskItem = (task: ScheduleTask) => ({
    object: 'schedule_task',
    attributes: {
      id: task.id,
      sequence_id: task.sequenceId,
      action: task.action,
      payload: task.payload,
      time_offset: task.timeOffset,
      is_queued: task.isQueued,
      continue_on_failure: task.continueOnFailure,
      created_at: atom(task.createdAt),
      updated_at: atom(task.updatedAt),
    },
  })

  const scheduleItem = (schedule: Schedule) => ({
    object: 'server_schedule',
    attributes: {
      id: schedule.id,
      name: schedule.name,
      cron: {
        day_of_week: schedule.cron.dayOfWeek,
        day_of_month: schedule.cron.dayOfMonth,
        month: schedule.cron.month,
        hour: schedule.cron.hour,
        minute: schedule.cron.minute,
      },
      is_active: schedule.isActive,
      is_processing: schedule.isProcessing,
      only_when_online: schedule.onlyWhenOnline,
      last_run_at: schedule.lastRunAt === null ? null : atom(schedule.lastRunAt),
      next_run_at: schedule.nextRunAt === null ? null : atom(schedule.nextRunAt),
      created_at: atom(schedule.createdAt),
      updated_at: atom(schedule.updatedAt),
      relationships: { tasks: { object: 'list', data: schedule.tasks.map(taskItem) } },
    },
  })

  const need = (ctx: ClientHandlerContext): Server => {
    if (!ctx.server) throw new Error('route registered without {server} binding')
    return ctx.server
  }

  /** Route model binding + ResourceBelongsToServer. */
  const bindSchedule = (c: Context, server: Server): Schedule => {
    const id = c.req.param('schedule') ?? ''
    const schedule = /^\d+$/.test(id) ? store().items.find((s) => s.id === Number(id)) : undefined
    if (!schedule) throw notFound()
    if (schedule.serverId !== server.id)
      throw notFound('The requested resource was not found for this server.')
    return schedule
  }

  const bindTask = (c: Context, schedule: Schedule): ScheduleTask => {
    const id = c.req.param('task') ?? ''
    const task = /^\d+$/.test(id) ? findTask(Number(id)) : undefined
    if (!task) throw notFound()
    if (!schedule.tasks.includes(task))
      throw notFound('The requested resource was not found for this server.')
    return task
  }

  const findTask = (id: number): ScheduleTask | undefined => {
    for (const schedule of store().items) {
      const task = schedule.tasks.find((t) => t.id === id)
      if (task) return task
    }
    return undefined
  }

  const authorize = (ctx: ClientHandlerContext, server: Server, key: string): void => {
    if (!can(ctx.user, server, key)) throw accessDenied()
  }

  const subjects = (server: Server) => [{ type: 'server' as const, id: server.id }]

  /** StoreScheduleRequest::rules() (UpdateScheduleRequest shares them). */
  const validateSchedule = (rc: RequestContext): Schedule['cron'] & { name: string } => {
    const body = allInput(rc)
    validate(body, {
      name: ['required', 'string', 'max:191'],
      is_active: [filledRule('is_active'), booleanRule],
      minute: ['required', 'string'],
      hour: ['required', 'string'],
      day_of_month: ['required', 'string'],
      day_of_week: ['required', 'string'],
    }).throwIfFailed()
    // `month` has no rule: Utilities::getScheduleNextRunDate(string …) then gets a null (or an
    // array) and PHP throws a TypeError, which the controller's catch (\Exception) misses.
    const month = input(rc, 'month')
    if (typeof month !== 'string' && !(typeof month === 'number' || typeof month === 'boolean'))
      throw serverError('TypeError')
    const cron = {
      name: body.name as string,
      minute: body.minute as string,
      hour: body.hour as string,
      dayOfMonth: body.day_of_month as string,
      month:
        typeof month === 'string'
          ? month
          : month === true
            ? '1'
            : String(month === false ? '' : month),
      dayOfWeek: body.day_of_week as string,
    }
    return cron
  }

  const nextRunOrFail = (cron: Schedule['cron']): number => {
    try {
      return nextRunDate(cron, panel.clock.now(), timezone)
    } catch {
      throw displayError('The cron data provided does not evaluate to a valid expression.')
    }
  }

  const base = '/api/client/servers/:server/schedules'

  route(
    'GET',
    base,
    client(
      panel,
      (_rc, ctx) => {
        const server = need(ctx)
        authorize(ctx, server, 'schedule.read')
        const schedules = store().items.filter((s) => s.serverId === server.id)
        return json({ object: 'list', data: schedules.map(scheduleItem) })
      },
      { server: true, name: 'api:client:server.schedules' },
    ),
  )

  route(
    'POST',
    base,
    client(
      panel,
      (rc, ctx) => {
        const server = need(ctx)
        authorize(ctx, server, 'schedule.create')
        const { name, ...cron } = validateSchedule(rc)
        const nextRunAt = nextRunOrFail(cron)
        const now = panel.clock.now()
        const schedule: Schedule = {
          id: store().nextScheduleId++,
          serverId: server.id,
          name,
          cron,
          isActive: phpBool(input(rc, 'is_active')),
          isProcessing: false,
          onlyWhenOnline: phpBool(input(rc, 'only_when_online')),
          lastRunAt: null,
          nextRunAt,
          createdAt: now,
          updatedAt: now,
          tasks: [],
        }
        store().items.push(schedule)
        logActivity(panel, rc, {
          event: 'server:schedule.create',
          subjects: subjects(server),
          properties: { name },
        })
        return json(scheduleItem(schedule))
      },
      { server: true, name: 'api:client:server.schedules.store' },
    ),
  )

  route(
    'GET',
    `${base}/:schedule`,
    client(
      panel,
      (_rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        authorize(ctx, server, 'schedule.read')
        return json(scheduleItem(schedule))
      },
      { server: true, name: 'api:client:server.schedules.view' },
    ),
  )

  route(
    'POST',
    `${base}/:schedule`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        authorize(ctx, server, 'schedule.update')
        const { name, ...cron } = validateSchedule(rc)
        const nextRunAt = nextRunOrFail(cron)
        const active = phpBool(input(rc, 'is_active'))
        // The activity entry carries the name from before the update.
        const oldName = schedule.name
        // Toggling Active also clears a stuck "processing" (ptero#2425).
        if (schedule.isActive !== active) schedule.isProcessing = false
        schedule.name = name
        schedule.cron = cron
        schedule.isActive = active
        schedule.onlyWhenOnline = phpBool(input(rc, 'only_when_online'))
        schedule.nextRunAt = nextRunAt
        schedule.updatedAt = panel.clock.now()
        logActivity(panel, rc, {
          event: 'server:schedule.update',
          subjects: subjects(server),
          properties: { name: oldName, active },
        })
        return json(scheduleItem(schedule))
      },
      { server: true, name: 'api:client:server.schedules.update' },
    ),
  )

  route(
    'POST',
    `${base}/:schedule/execute`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        authorize(ctx, server, 'schedule.update')
        // "Does not care about the schedule state": inactive or already processing runs too.
        runner.process(schedule, true)
        logActivity(panel, rc, {
          event: 'server:schedule.execute',
          subjects: subjects(server),
          properties: { name: schedule.name },
        })
        return json([], 202)
      },
      { server: true, name: 'api:client:server.schedules.execute' },
    ),
  )

  route(
    'DELETE',
    `${base}/:schedule`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        authorize(ctx, server, 'schedule.delete')
        store().items = store().items.filter((s) => s !== schedule)
        logActivity(panel, rc, {
          event: 'server:schedule.delete',
          subjects: subjects(server),
          properties: { name: schedule.name },
        })
        return noContent()
      },
      { server: true, name: 'api:client:server.schedules.delete' },
    ),
  )

  /** StoreTaskRequest::rules(). */
  const validateTask = (rc: RequestContext): Record<string, unknown> => {
    const body = allInput(rc)
    validate(body, {
      action: ['required', 'in:command,power,backup'],
      payload: [requiredUnlessBackup, 'string', 'nullable'],
      time_offset: ['required', 'numeric', 'min:0', 'max:900'],
      // `sometimes`: only when the key is sent.
      ...('sequence_id' in body && { sequence_id: ['required', 'numeric', 'min:1'] }),
      ...('continue_on_failure' in body && { continue_on_failure: ['required', booleanRule] }),
    }).throwIfFailed()
    return body
  }

  /** `$request->integer(key, default)`: intval of the input, or the default when absent. */
  const integer = (body: Record<string, unknown>, key: string, fallback: number): number => {
    if (!(key in body)) return fallback
    const value = Number.parseFloat(String(body[key]))
    return Number.isFinite(value) ? Math.trunc(value) : 0
  }

  const backupTaskForbidden = (server: Server, body: Record<string, unknown>): void => {
    if (server.featureLimits.backups === 0 && body.action === 'backup') {
      throw panelError(
        403,
        'HttpForbiddenException',
        "A backup task cannot be created when the server's backup limit is set to 0.",
      )
    }
  }

  const taskFields = (rc: RequestContext, body: Record<string, unknown>) => ({
    action: body.action as string,
    payload: typeof body.payload === 'string' ? body.payload : '',
    timeOffset: Math.trunc(Number(body.time_offset)),
    // `$request->boolean()`: true, 1, "1", "true", "on" and "yes".
    continueOnFailure: isTruthyInput(input(rc, 'continue_on_failure')),
  })

  route(
    'POST',
    `${base}/:schedule/tasks`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        authorize(ctx, server, 'schedule.update')
        const body = validateTask(rc)
        if (schedule.tasks.length >= PER_SCHEDULE_TASK_LIMIT) {
          throw displayError(
            `Schedules may not have more than ${PER_SCHEDULE_TASK_LIMIT} tasks associated with them. Creating this task would put this schedule over the limit.`,
            'ServiceLimitExceededException',
          )
        }
        backupTaskForbidden(server, body)
        const last = Math.max(0, ...schedule.tasks.map((t) => t.sequenceId))
        let sequenceId = last + 1
        const requested = Math.max(1, integer(body, 'sequence_id', sequenceId))
        if (requested < sequenceId) {
          for (const t of schedule.tasks) if (t.sequenceId >= requested) t.sequenceId++
          sequenceId = requested
        }
        const now = panel.clock.now()
        const task: ScheduleTask = {
          id: store().nextTaskId++,
          sequenceId,
          ...taskFields(rc, body),
          isQueued: false,
          createdAt: now,
          updatedAt: now,
        }
        schedule.tasks.push(task)
        logActivity(panel, rc, {
          event: 'server:task.create',
          subjects: subjects(server),
          properties: { name: schedule.name, action: task.action, payload: task.payload },
        })
        return json(taskItem(task))
      },
      { server: true, name: 'api:client:server.schedules.tasks.store' },
    ),
  )

  route(
    'POST',
    `${base}/:schedule/tasks/:task`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        const task = bindTask(c, schedule)
        authorize(ctx, server, 'schedule.update')
        const body = validateTask(rc)
        backupTaskForbidden(server, body)
        const sequenceId = Math.max(1, integer(body, 'sequence_id', task.sequenceId))
        // Shift the tasks in between to make room (the others keep their gaps, if any).
        for (const t of schedule.tasks) {
          if (t === task) continue
          if (
            sequenceId < task.sequenceId &&
            t.sequenceId >= sequenceId &&
            t.sequenceId < task.sequenceId
          )
            t.sequenceId++
          else if (
            sequenceId > task.sequenceId &&
            t.sequenceId > task.sequenceId &&
            t.sequenceId <= sequenceId
          )
            t.sequenceId--
        }
        Object.assign(task, taskFields(rc, body), { sequenceId, updatedAt: panel.clock.now() })
        logActivity(panel, rc, {
          event: 'server:task.update',
          subjects: subjects(server),
          properties: { name: schedule.name, action: task.action, payload: task.payload },
        })
        return json(taskItem(task))
      },
      { server: true, name: 'api:client:server.schedules.tasks.update' },
    ),
  )

  route(
    'DELETE',
    `${base}/:schedule/tasks/:task`,
    client(
      panel,
      (rc, ctx, c) => {
        const server = need(ctx)
        const schedule = bindSchedule(c, server)
        const task = bindTask(c, schedule)
        // ClientApiRequest without a permission(): the controller checks it itself.
        if (!can(ctx.user, server, 'schedule.update')) {
          throw panelError(
            403,
            'HttpForbiddenException',
            'You do not have permission to perform this action.',
          )
        }
        for (const t of schedule.tasks) if (t.sequenceId > task.sequenceId) t.sequenceId--
        schedule.tasks = schedule.tasks.filter((t) => t !== task)
        logActivity(panel, rc, {
          event: 'server:task.delete',
          subjects: subjects(server),
          properties: { name: schedule.name },
        })
        return noContent()
      },
      { server: true, name: 'api:client:server.schedules.tasks.delete' },
    ),
  )

  return runner
}
