import { initiateBackup } from '../backups/routes'
import { panelError, PanelError } from '../panel-errors'
import type { Panel } from '../panel'
import type { Server } from '../store'
import { nextRunDate, type Schedule, type ScheduleTask } from './model'

// The panel's schedule machinery on the demo clock:
// - ProcessRunnableCommand (`p:schedule:process`, every minute from Laravel's scheduler) picks
//   active, idle, due schedules with tasks on servers whose status is null;
// - ProcessScheduleService marks the schedule processing, moves next_run_at on, queues the first
//   task (or runs it at once for "run now"), and gives up early for `only_when_online` when the
//   server is offline or stopping;
// - RunTaskJob runs one task through Wings after its time offset, then queues the next one;
//   any failure ends the run, except a Wings failure on a task that may continue on failure.

/** A Wings call that failed (DaemonConnectionException), as the panel reports it. */
export function daemonError(status: number): PanelError {
  const detail =
    status === 504
      ? 'Could not establish a connection to the machine running this server. Please try again.'
      : `There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: ${status}) (request_id: <nil>)`
  return panelError(status, 'DaemonConnectionException', detail)
}

const isDaemonError = (error: unknown): boolean =>
  error instanceof PanelError && error.entries[0]?.code === 'DaemonConnectionException'

const POWER_ACTIONS = new Set(['start', 'stop', 'restart', 'kill'])

export class ScheduleRunner {
  private readonly panel: Panel
  private readonly timezone: string
  private cancelTick: (() => void) | null = null

  constructor(panel: Panel, timezone: string) {
    this.panel = panel
    this.timezone = timezone
  }

  /** Laravel's scheduler: `p:schedule:process` at the start of every minute. */
  start(): void {
    const arm = (): void => {
      const now = this.panel.clock.now()
      const wait = 60_000 - (now % 60_000)
      this.cancelTick = this.panel.clock.setTimer(wait, () => {
        arm()
        this.processRunnable()
      })
    }
    arm()
  }

  stop(): void {
    this.cancelTick?.()
    this.cancelTick = null
  }

  /** ProcessRunnableCommand::handle(). Errors are logged there, never thrown out. */
  processRunnable(): void {
    const now = this.panel.clock.now()
    const { store } = this.panel
    for (const schedule of [...store.schedules.items]) {
      const server = store.servers.find((s) => s.id === schedule.serverId)
      if (!server || server.status !== null) continue
      if (!schedule.isActive || schedule.isProcessing) continue
      if (schedule.nextRunAt === null || schedule.nextRunAt > now) continue
      if (schedule.tasks.length === 0) continue
      try {
        this.process(schedule, false)
      } catch {
        // "An error was encountered while processing Schedule #…": logged, the loop goes on.
      }
    }
  }

  /**
   * ProcessScheduleService::handle(). With `now` (the execute route) the first task runs at once,
   * ignoring its offset, and its failure is thrown to the caller.
   */
  process(schedule: Schedule, now: boolean): void {
    const first = this.ordered(schedule)[0]
    if (!first) {
      throw panelError(
        400,
        'DisplayException',
        'Cannot process schedule for task execution: no tasks are registered.',
      )
    }
    const at = this.panel.clock.now()
    schedule.isProcessing = true
    schedule.nextRunAt = nextRunDate(schedule.cron, at, this.timezone)
    schedule.updatedAt = at
    first.isQueued = true
    first.updatedAt = at

    if (schedule.onlyWhenOnline) {
      const server = this.serverOf(schedule)
      const state = server ? this.panel.wings.process(server).snapshot().state : 'offline'
      if (state === 'offline' || state === 'stopping') {
        this.failed(schedule, first)
        return
      }
    }

    if (!now) {
      this.queue(schedule, first, false)
      return
    }
    try {
      this.runTask(schedule, first, true)
    } catch (error) {
      this.failed(schedule, first)
      throw error
    }
  }

  private queue(schedule: Schedule, task: ScheduleTask, manual: boolean): void {
    this.panel.clock.setTimer(task.timeOffset * 1000, () => {
      // The queued job re-reads its models: a task or schedule deleted meanwhile makes the job
      // fail before it starts, and nothing resets the schedule (one road to a stuck "Processing").
      if (!this.exists(schedule, task)) return
      try {
        this.runTask(schedule, task, manual)
      } catch {
        this.failed(schedule, task)
      }
    })
  }

  /** RunTaskJob::handle(). Throws when the run must stop. */
  private runTask(schedule: Schedule, task: ScheduleTask, manual: boolean): void {
    if (!schedule.isActive && !manual) {
      this.failed(schedule, task)
      return
    }
    const server = this.serverOf(schedule)
    if (!server || server.status !== null) {
      this.failed(schedule, task)
      return
    }
    try {
      this.perform(server, task)
    } catch (error) {
      if (!(task.continueOnFailure && isDaemonError(error))) throw error
    }
    this.markNotQueued(task)
    const next = this.ordered(schedule).find((t) => t.sequenceId > task.sequenceId)
    if (!next) {
      this.complete(schedule)
      return
    }
    next.isQueued = true
    next.updatedAt = this.panel.clock.now()
    this.queue(schedule, next, manual)
  }

  private perform(server: Server, task: ScheduleTask): void {
    const { wings } = this.panel
    switch (task.action) {
      case 'power':
        // Wings validates the action (422) and answers 202 for the rest, dropped or not.
        if (!POWER_ACTIONS.has(task.payload)) throw daemonError(422)
        wings.power(server, task.payload as 'start' | 'stop' | 'restart' | 'kill')
        return
      case 'command':
        // Wings: 502 "Cannot send commands to a stopped server instance."
        if (!wings.command(server, task.payload)) throw daemonError(502)
        return
      case 'backup':
        // InitiateBackupService::handle($server, null, true): the task's payload is the ignored
        // files, one per line; at the limit the oldest unlocked backup makes room (override).
        // Its PanelErrors (throttle 429, TooManyBackupsException) end the run, as in the panel.
        initiateBackup(this.panel, server, { ignored: task.payload.split('\n'), override: true })
        return
      default:
        throw new Error(`Invalid task action provided: ${task.action}`)
    }
  }

  /** RunTaskJob::failed(): the task leaves the queue and the run ends. */
  private failed(schedule: Schedule, task: ScheduleTask): void {
    this.markNotQueued(task)
    this.complete(schedule)
  }

  private markNotQueued(task: ScheduleTask): void {
    task.isQueued = false
    task.updatedAt = this.panel.clock.now()
  }

  /** markScheduleComplete(): not processing, last run now (the builder update touches updated_at). */
  private complete(schedule: Schedule): void {
    const now = this.panel.clock.now()
    schedule.isProcessing = false
    // toDateTimeString(): seconds precision.
    schedule.lastRunAt = Math.floor(now / 1000) * 1000
    schedule.updatedAt = now
  }

  private ordered(schedule: Schedule): ScheduleTask[] {
    return [...schedule.tasks].sort((a, b) => a.sequenceId - b.sequenceId)
  }

  private serverOf(schedule: Schedule): Server | undefined {
    return this.panel.store.servers.find((s) => s.id === schedule.serverId)
  }

  private exists(schedule: Schedule, task: ScheduleTask): boolean {
    return this.panel.store.schedules.items.includes(schedule) && schedule.tasks.includes(task)
  }
}
