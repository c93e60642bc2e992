import type { DemoClock } from '../clock'
import type { PowerState, ResourceSnapshot, Server } from '../store'
import {
  answerCommand,
  BOOT_LINES,
  CRASH_LINES,
  CRASH_MESSAGES,
  CRASH_RESTART_ABORTED,
  doneLine,
  INSTALL_LINES,
  PRE_BOOT_MESSAGES,
  stamp,
  startFlood,
  STOP_LINES,
} from './console-script'
import { LogRing } from './log-ring'
import { resourceSnapshot, wingsStats, type WingsStats } from './resource-usage'

// One simulated game server as the fake Wings runs it: the power state machine (shared by the
// panel's HTTP power route and the socket's `set state`), the console with its 150-line ring,
// stats, commands, a crash path and the install script. Every step is a timer on the demo
// panel's one clock, scheduled at the action's own time, so a test moves through a boot with
// `clock.advance()` and HTTP and socket always see the same state. The scripted lines are in
// console-script.ts, the ring in log-ring.ts, the figures in resource-usage.ts.

/** Container created and attached: until then a kill is lost and commands are dropped. */
export const ATTACH_MS = 300
/** From `start` to the "Done" line (the egg's done string) that flips the state to running. */
export const BOOT_MS = 3000
/** From `stop` to the container having exited. */
export const STOP_MS = 3000
export const STATS_INTERVAL_MS = 1000
/** Wings' crash_detection timeout: a second crash within it is not restarted. */
const CRASH_RESTART_WINDOW_MS = 60_000
const INSTALL_LINE_MS = 250

export type PowerAction = 'start' | 'stop' | 'restart' | 'kill'
/** What Wings' HandlePowerAction returns: nothing, or an error the socket turns into an event. */
export type PowerOutcome = 'ok' | 'locked' | 'already-running' | 'lost'

export type ProcessListener = (event: string, args: string[]) => void

export interface SeededPower {
  state: PowerState
  at: number
}

export class GameProcess {
  state: PowerState = 'offline'
  installing = false
  /** When the current run started (uptime); null while offline. */
  private startedAt: number | null = null
  private attachedAt = 0
  private locked = false
  private ring = new LogRing()
  private steps: Array<() => void> = []
  private listeners = new Set<ProcessListener>()
  private stopStats: (() => void) | null = null
  private stopFlood: (() => void) | null = null
  private lastCrashAt: number | null = null

  readonly server: Server
  private readonly clock: DemoClock

  constructor(server: Server, clock: DemoClock, seeded: SeededPower[] = []) {
    this.server = server
    this.clock = clock
    // The seed describes the past (and, for a slow boot, a future step): replay it.
    const now = clock.now()
    let previous: PowerState = 'offline'
    for (const step of seeded) {
      if (step.at <= now) {
        if (step.state === 'offline') this.startedAt = null
        else if (previous === 'offline') this.startedAt = step.at
        this.state = step.state
        this.attachedAt = step.at
        previous = step.state
      } else {
        const at = step.at
        this.schedule(at - now, () => {
          if (step.state === 'running') this.print(doneLine(at - (this.startedAt ?? at)))
          this.setState(step.state)
        })
      }
    }
    if (this.state === 'running' || this.state === 'starting') {
      this.ring.push(...BOOT_LINES.map((l) => stamp(l, this.startedAt ?? now)))
      if (this.state === 'running')
        this.ring.push(stamp(doneLine(2431), (this.startedAt ?? now) + 2431))
    }
  }

  // ---- listeners -------------------------------------------------------------------------

  /** Subscribes to the process's events (status, console output, stats, install …). */
  subscribe(listener: ProcessListener): () => void {
    this.listeners.add(listener)
    this.syncStatsTicker()
    return () => {
      this.listeners.delete(listener)
      this.syncStatsTicker()
    }
  }

  private emit(event: string, args: string[] = []): void {
    for (const listener of [...this.listeners]) listener(event, args)
  }

  /**
   * Stats flow about once a second while the container runs. The ticker only runs while someone
   * listens: nobody could observe it otherwise, and idle demo panels stay idle.
   */
  private syncStatsTicker(): void {
    const wanted = this.state !== 'offline' && this.listeners.size > 0
    if (wanted && !this.stopStats) {
      this.stopStats = this.clock.every(STATS_INTERVAL_MS, () =>
        this.emit('stats', [JSON.stringify(this.stats())]),
      )
    } else if (!wanted && this.stopStats) {
      this.stopStats()
      this.stopStats = null
    }
  }

  // ---- console -------------------------------------------------------------------------

  /** A line of the game's own output: kept in the ring and sent as `console output`. */
  print(text: string): void {
    const line = stamp(text, this.clock.now())
    this.ring.push(line)
    this.emit('console output', [line])
  }

  /** Wings' own notes (`daemon message`); not part of the container's log. */
  daemonMessage(text: string): void {
    this.emit('daemon message', [text])
  }

  /** An event another part of Wings publishes on the server's bus (backups, restores). */
  publish(event: string, args: string[] = []): void {
    this.emit(event, args)
  }

  /** The last lines, as `send logs` replays them (only while the container runs). */
  logs(): string[] {
    return this.ring.snapshot()
  }

  /** Whether the game reads stdin: after the container attached, until it exited. */
  acceptsCommands(): boolean {
    this.clock.runDue()
    if (this.state === 'offline') return false
    return !(this.state === 'starting' && this.clock.now() < this.attachedAt)
  }

  /** A line written to the game's stdin. Returns false when nothing was listening. */
  command(line: string): boolean {
    if (!this.acceptsCommands()) return false
    const answer = answerCommand(line)
    switch (answer.kind) {
      case 'print':
        for (const l of answer.lines) this.print(l)
        break
      case 'stop':
        this.gracefulStop(false)
        break
      case 'crash':
        this.crash()
        break
      case 'flood':
        this.flood(answer.perSecond)
        break
    }
    return true
  }

  /** Prints `perSecond` lines every second until `flood 0` or the process ends. */
  flood(perSecond: number): void {
    this.stopFlood?.()
    this.stopFlood = startFlood(this.clock, perSecond, (text) => this.print(text))
  }

  // ---- power ---------------------------------------------------------------------------

  private schedule(ms: number, fn: () => void): void {
    this.steps.push(this.clock.setTimer(ms, fn))
  }

  private cancelSteps(): void {
    for (const cancel of this.steps) cancel()
    this.steps = []
  }

  private setState(state: PowerState): void {
    if (state === this.state) return
    this.state = state
    if (state === 'offline') {
      this.startedAt = null
      this.stopFlood?.()
      this.stopFlood = null
    } else if (this.startedAt === null) {
      this.startedAt = this.clock.now()
    }
    this.emit('status', [state])
    this.syncStatsTicker()
  }

  /** The current state, after any transition that fell due. */
  currentState(): PowerState {
    this.clock.runDue()
    return this.state
  }

  isLocked(): boolean {
    this.clock.runDue()
    return this.locked
  }

  /**
   * Wings' HandlePowerAction without waiting for the lock: a second start/stop/restart while one
   * holds it answers `locked`. Kill never takes the lock; sent before the container is attached
   * it is lost and the boot carries on (the correction in the server contract).
   */
  power(action: PowerAction): PowerOutcome {
    this.clock.runDue()
    if (action === 'kill') {
      if (this.state === 'starting' && this.clock.now() < this.attachedAt) return 'lost'
      this.cancelSteps()
      this.locked = false
      this.setState('offline')
      return 'ok'
    }
    if (this.locked) return 'locked'
    if (action === 'start') {
      if (this.state !== 'offline') return 'already-running'
      this.locked = true
      this.boot(0, true)
      return 'ok'
    }
    if (this.state === 'offline') {
      if (action === 'stop') return 'ok'
      this.locked = true
      this.boot(0, true)
      return 'ok'
    }
    this.gracefulStop(true)
    if (action === 'restart') this.boot(STOP_MS, true)
    return 'ok'
  }

  /** onBeforeStart + Environment.Start, `delay` ms from now. */
  private boot(delay: number, releaseLock: boolean): void {
    const begin = this.clock.now() + delay
    const enter = (): void => {
      this.locked = true
      this.attachedAt = begin + ATTACH_MS
      this.setState('starting')
      for (const message of PRE_BOOT_MESSAGES) this.daemonMessage(message)
    }
    if (delay === 0) enter()
    else this.schedule(delay, enter)
    this.schedule(delay + ATTACH_MS, () => {
      if (releaseLock) this.locked = false
    })
    const gap = (BOOT_MS - ATTACH_MS) / (BOOT_LINES.length + 1)
    BOOT_LINES.forEach((line, i) => {
      this.schedule(delay + ATTACH_MS + Math.round(gap * i), () => this.print(line))
    })
    this.schedule(delay + BOOT_MS, () => {
      this.print(doneLine(BOOT_MS - ATTACH_MS + 12))
      this.setState('running')
    })
  }

  /** The egg's stop command, then the container exits. `lock`: a power action holds the lock. */
  private gracefulStop(lock: boolean): void {
    if (lock) this.locked = true
    this.cancelSteps()
    this.setState('stopping')
    STOP_LINES.forEach((line, i) => {
      this.schedule(Math.round((STOP_MS / (STOP_LINES.length + 1)) * i), () => this.print(line))
    })
    this.schedule(STOP_MS, () => {
      this.setState('offline')
      if (lock) this.locked = false
    })
  }

  /** The game dies; Wings' crash handler restarts it unless it crashed within the last minute. */
  crash(): void {
    this.cancelSteps()
    for (const line of CRASH_LINES) this.print(line)
    this.locked = false
    this.setState('offline')
    const now = this.clock.now()
    for (const message of CRASH_MESSAGES) this.daemonMessage(message)
    if (this.lastCrashAt !== null && now - this.lastCrashAt < CRASH_RESTART_WINDOW_MS) {
      this.lastCrashAt = now
      this.daemonMessage(CRASH_RESTART_ABORTED)
      return
    }
    this.lastCrashAt = now
    this.power('start')
  }

  // ---- install -------------------------------------------------------------------------

  /**
   * Wings' reinstall: stop the server if it runs, then the install container's script.
   * `done` runs when it finished (the panel clears the server's status then).
   */
  reinstall(done: (successful: boolean) => void): void {
    this.clock.runDue()
    this.cancelSteps()
    this.locked = false
    this.setState('offline')
    this.installing = true
    this.emit('install started', [''])
    INSTALL_LINES.forEach((line, i) => {
      this.schedule(INSTALL_LINE_MS * (i + 1), () => this.emit('install output', [line]))
    })
    this.schedule(INSTALL_LINE_MS * (INSTALL_LINES.length + 1), () => {
      this.installing = false
      this.emit('install completed', [''])
      done(true)
    })
  }

  /** The server was deleted on the panel: listeners hear `deleted` and go. */
  delete(): void {
    this.cancelSteps()
    this.setState('offline')
    this.emit('deleted')
    this.listeners.clear()
    this.syncStatsTicker()
  }

  /** Stops every timer (the demo panel is reset or closed). */
  dispose(): void {
    this.cancelSteps()
    this.stopFlood?.()
    this.stopFlood = null
    this.listeners.clear()
    this.syncStatsTicker()
  }

  // ---- stats ---------------------------------------------------------------------------

  /** Resource figures: a smooth function of time while running, zero while offline. */
  snapshot(): ResourceSnapshot {
    this.clock.runDue()
    return resourceSnapshot(this.server, this.state, this.clock.now(), this.startedAt)
  }

  /** The `stats` event's payload (Wings' ResourceUsage). */
  stats(): WingsStats {
    return wingsStats(this.server, this.snapshot())
  }
}
