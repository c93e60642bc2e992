import type { DemoClock } from '../clock'
import type { PowerState, ResourceSnapshot, Server } from '../store'

// One simulated game server as the fake Wings runs it: the power state machine (shared by the
// panel's HTTP power route and the socket's `set state`), the console with its 150-line ring,
// stats, commands, a crash path and the install script. Every step is a timer on the demo
// panel's one clock, scheduled at the action's own time, so a test moves through a boot with
// `clock.advance()` and HTTP and socket always see the same state.

const MIB = 1024 * 1024
/** Wings' websocket_log_count: what `send logs` replays. */
export const LOG_RING_SIZE = 150
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

export interface WingsStats {
  memory_bytes: number
  memory_limit_bytes: number
  cpu_absolute: number
  network: { rx_bytes: number; tx_bytes: number }
  uptime: number
  state: PowerState
  disk_bytes: number
}

const BOOT_LINES = [
  'Starting server version 1.20.4',
  'Loading properties',
  'Default game type: SURVIVAL',
  'Generating keypair',
  'Starting server on *:25565',
  'Preparing level "world"',
  'Preparing start region for dimension minecraft:overworld',
  'Preparing spawn area: 83%',
]

const STOP_LINES = [
  'Stopping the server',
  'Saving players',
  'Saving worlds',
  'All chunks are saved',
]

const HELP_LINES = [
  '--- Showing help ---',
  'help: shows this list',
  'list: lists the players online',
  'say <message>: broadcasts a message',
  'stop: stops the server',
  'crash: makes the server crash (demo)',
  'flood <lines per second>: prints that many lines every second; flood 0 stops (demo)',
]

const INSTALL_LINES = [
  '+ apt-get update',
  'Reading package lists...',
  '+ cd /mnt/server',
  'Downloading server files...',
  '  % Total    % Received  Average Speed   Time',
  '100 45.2M  100 45.2M    0     0  38.1M      0  0:00:01  0:00:01 --:--:-- 38.1M',
  'Writing server.properties',
  'Install finished',
]

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
  private ring: string[] = []
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
          if (step.state === 'running') this.print(this.doneLine(at - (this.startedAt ?? at)))
          this.setState(step.state)
        })
      }
    }
    if (this.state === 'running' || this.state === 'starting') {
      this.ring.push(...BOOT_LINES.map((l) => this.stamp(l, this.startedAt ?? now)))
      if (this.state === 'running')
        this.ring.push(this.stamp(this.doneLine(2431), (this.startedAt ?? now) + 2431))
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

  private stamp(text: string, at = this.clock.now()): string {
    const time = new Date(at).toISOString().slice(11, 19)
    return `[${time} INFO]: ${text}`
  }

  private doneLine(ms: number): string {
    return `Done (${(ms / 1000).toFixed(2)}s)! For help, type "help"`
  }

  /** A line of the game's own output: kept in the ring and sent as `console output`. */
  print(text: string): void {
    const line = this.stamp(text)
    this.ring.push(line)
    if (this.ring.length > LOG_RING_SIZE) this.ring.splice(0, this.ring.length - LOG_RING_SIZE)
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
    return [...this.ring]
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
    const [word = '', ...rest] = line.trim().split(/\s+/)
    switch (word.toLowerCase()) {
      case 'help':
        for (const l of HELP_LINES) this.print(l)
        break
      case 'list':
        this.print('There are 0 of a max of 20 players online:')
        break
      case 'say':
        this.print(`[Server] ${rest.join(' ')}`)
        break
      case 'stop':
        this.gracefulStop(false)
        break
      case 'crash':
        this.crash()
        break
      case 'flood':
        this.flood(Number(rest[0] ?? 0))
        break
      case '':
        break
      default:
        this.print('Unknown command. Type "help" for help.')
    }
    return true
  }

  /**
   * Prints `perSecond` lines every second, in bursts every 100 ms, until `flood 0` or the process
   * ends. Each burst prints the lines due by the clock, so a timer that fires late on a busy
   * machine is caught up and the rate holds.
   */
  flood(perSecond: number): void {
    this.stopFlood?.()
    this.stopFlood = null
    if (!Number.isFinite(perSecond) || perSecond <= 0) return
    const rate = Math.min(perSecond, 100_000)
    const startedAt = this.clock.now()
    let counter = 0
    this.stopFlood = this.clock.every(100, () => {
      const due = Math.floor(((this.clock.now() - startedAt) * rate) / 1000)
      while (counter < due) this.print(`Flood line ${++counter}`)
    })
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
      this.daemonMessage('Updating process configuration files...')
      this.daemonMessage(
        'Ensuring file permissions are set correctly, this could take a few seconds...',
      )
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
      this.print(this.doneLine(BOOT_MS - ATTACH_MS + 12))
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
    this.print('Encountered an unexpected exception')
    this.print('java.lang.IllegalStateException: demo crash requested from the console')
    this.print('\tat net.minecraft.server.MinecraftServer.tick(MinecraftServer.java:812)')
    this.locked = false
    this.setState('offline')
    const now = this.clock.now()
    this.daemonMessage('---------- Detected server process in a crashed state! ----------')
    this.daemonMessage('Exit code: 1')
    this.daemonMessage('Out of memory: false')
    if (this.lastCrashAt !== null && now - this.lastCrashAt < CRASH_RESTART_WINDOW_MS) {
      this.lastCrashAt = now
      this.daemonMessage(
        'Aborting automatic restart, last crash occurred less than 60 seconds ago.',
      )
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
    const now = this.clock.now()
    const server = this.server
    const wave = (period: number, phase: number): number =>
      Math.sin(now / period + server.id * 1.7 + phase)
    const disk = server.diskBase + Math.round((1 + wave(600_000, 2)) * 4 * MIB)
    const state = this.state
    if (state === 'offline') {
      return {
        state,
        memoryBytes: 0,
        cpuAbsolute: 0,
        diskBytes: disk,
        rxBytes: 0,
        txBytes: 0,
        uptime: 0,
      }
    }
    const uptime = Math.max(0, now - (this.startedAt ?? now))
    const limitBytes = (server.limits.memory || 6144) * MIB
    const warm = state === 'starting' ? Math.min(1, uptime / 20_000) * 0.3 : 1
    const memoryBytes = Math.round(limitBytes * (0.35 + 0.15 * wave(45_000, 0)) * warm)
    const cpuCeiling = server.limits.cpu || 400
    const base = state === 'starting' ? 0.6 : 0.18
    const cpu = Math.max(0, cpuCeiling * (base + 0.12 * wave(9_000, 1) + 0.05 * wave(2_300, 3)))
    const seconds = uptime / 1000
    return {
      state,
      memoryBytes,
      cpuAbsolute: Math.round(cpu * 1000) / 1000,
      diskBytes: disk,
      rxBytes: Math.round(seconds * (2200 + server.id * 13)),
      txBytes: Math.round(seconds * (5100 + server.id * 29)),
      uptime,
    }
  }

  /** The `stats` event's payload (Wings' ResourceUsage). */
  stats(): WingsStats {
    const s = this.snapshot()
    return {
      memory_bytes: s.memoryBytes,
      memory_limit_bytes: this.server.limits.memory * MIB,
      cpu_absolute: s.cpuAbsolute,
      network: { rx_bytes: s.rxBytes, tx_bytes: s.txBytes },
      uptime: s.uptime,
      state: s.state,
      disk_bytes: s.diskBytes,
    }
  }
}
