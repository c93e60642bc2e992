import type { DemoClock } from '../clock'

// The game's scripted console: its lines, Wings' notes around them, command answers and `flood`.

export const BOOT_LINES = [
  'Starting server version 1.20.4',
  'Loading properties',
  'Default game type: SURVIVAL',
  'Generating keypair',
  'Starting server on *:25565',
  'Preparing level "world"',
  'Preparing start region for dimension minecraft:overworld',
  'Preparing spawn area: 83%',
]

export const STOP_LINES = [
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

export const INSTALL_LINES = [
  '+ apt-get update',
  'Reading package lists...',
  '+ cd /mnt/server',
  'Downloading server files...',
  '  % Total    % Received  Average Speed   Time',
  '100 45.2M  100 45.2M    0     0  38.1M      0  0:00:01  0:00:01 --:--:-- 38.1M',
  'Writing server.properties',
  'Install finished',
]

/** Wings' `daemon message`s before the container starts (onBeforeStart). */
export const PRE_BOOT_MESSAGES = [
  'Updating process configuration files...',
  'Ensuring file permissions are set correctly, this could take a few seconds...',
]

/** What the game prints as it dies of a `crash`. */
export const CRASH_LINES = [
  'Encountered an unexpected exception',
  'java.lang.IllegalStateException: demo crash requested from the console',
  '\tat net.minecraft.server.MinecraftServer.tick(MinecraftServer.java:812)',
]

/** Wings' crash handler's `daemon message`s. */
export const CRASH_MESSAGES = [
  '---------- Detected server process in a crashed state! ----------',
  'Exit code: 1',
  'Out of memory: false',
]

export const CRASH_RESTART_ABORTED =
  'Aborting automatic restart, last crash occurred less than 60 seconds ago.'

/** A console line as the game writes it, timestamped at `at`. */
export function stamp(text: string, at: number): string {
  const time = new Date(at).toISOString().slice(11, 19)
  return `[${time} INFO]: ${text}`
}

/** The egg's done string, `ms` after the container attached. */
export function doneLine(ms: number): string {
  return `Done (${(ms / 1000).toFixed(2)}s)! For help, type "help"`
}

/** What a line on the game's stdin does: print lines, or act on the process. */
export type CommandAnswer =
  | { kind: 'print'; lines: string[] }
  | { kind: 'stop' }
  | { kind: 'crash' }
  | { kind: 'flood'; perSecond: number }

export function answerCommand(line: string): CommandAnswer {
  const [word = '', ...rest] = line.trim().split(/\s+/)
  switch (word.toLowerCase()) {
    case 'help':
      return { kind: 'print', lines: HELP_LINES }
    case 'list':
      return { kind: 'print', lines: ['There are 0 of a max of 20 players online:'] }
    case 'say':
      return { kind: 'print', lines: [`[Server] ${rest.join(' ')}`] }
    case 'stop':
      return { kind: 'stop' }
    case 'crash':
      return { kind: 'crash' }
    case 'flood':
      return { kind: 'flood', perSecond: Number(rest[0] ?? 0) }
    case '':
      return { kind: 'print', lines: [] }
    default:
      return { kind: 'print', lines: ['Unknown command. Type "help" for help.'] }
  }
}

/**
 * Prints `perSecond` lines every second, in bursts every 100 ms, until the returned stop runs
 * (null: nothing started, for a rate that is not positive). Each burst prints the lines due by the
 * clock, so a timer that fires late on a busy machine is caught up and the rate holds.
 */
export function startFlood(
  clock: DemoClock,
  perSecond: number,
  print: (text: string) => void,
): (() => void) | null {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return null
  const rate = Math.min(perSecond, 100_000)
  const startedAt = clock.now()
  let counter = 0
  return clock.every(100, () => {
    const due = Math.floor(((clock.now() - startedAt) * rate) / 1000)
    while (counter < due) print(`Flood line ${++counter}`)
  })
}
