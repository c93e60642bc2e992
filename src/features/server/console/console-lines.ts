import type { Messages } from '@/i18n/catalogue'

import { SESSION_EVENT } from '../socket/wings-frames'
import type { WingsFrame } from '../socket/wings-frames'

// Which Wings frames become terminal lines, and how they look (upstream's console: daemon lines
// with a yellow prelude, errors in red, state changes announced). Pure, so it is tested directly.

export type LineAction = { kind: 'clear' } | { kind: 'lines'; lines: string[] } | { kind: 'none' }

const YELLOW = '\x1b[1m\x1b[33m'
const RED = '\x1b[1m\x1b[31m'
const RESET = '\x1b[0m'

export function frameToLines(frame: WingsFrame, t: Messages['server']): LineAction {
  const text = frame.args[0] ?? ''
  switch (frame.event) {
    case SESSION_EVENT:
      return { kind: 'clear' }
    case 'console output':
    case 'install output':
    case 'transfer logs':
      return { kind: 'lines', lines: [text] }
    case 'daemon message':
      return { kind: 'lines', lines: [`${YELLOW}${t.console.lines.daemonPrefix} ${RESET}${text}`] }
    case 'daemon error':
      return { kind: 'lines', lines: [`${RED}${text}${RESET}`] }
    case 'status': {
      const state = t.state[text as keyof Messages['server']['state']] ?? text
      return {
        kind: 'lines',
        lines: [
          `${YELLOW}${t.console.lines.daemonPrefix} ${RESET}${t.console.lines.marked(state)}`,
        ],
      }
    }
    case 'install started':
      return { kind: 'lines', lines: [`${YELLOW}${t.console.lines.installStarted}${RESET}`] }
    case 'install completed':
      return { kind: 'lines', lines: [`${YELLOW}${t.console.lines.installCompleted}${RESET}`] }
    case 'backup restore completed':
      return { kind: 'lines', lines: [`${YELLOW}${t.console.lines.backupRestored}${RESET}`] }
    default:
      return { kind: 'none' }
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*(?:\x07|\x1b\\)/g

/** A terminal line as plain text (copy, screen-reader announcements). */
export function stripAnsi(line: string): string {
  return line.replace(ANSI, '').replace(/\r/g, '')
}

/** The page's own copy of the log, bounded like the terminal's scrollback. */
export const LOG_LIMIT = 5_000

/**
 * Trimmed in batches: dropping the oldest line of a full 5,000-line array for every new line was
 * a quarter of the console's busy time in a 10,000-lines/s flood (`npm run bench`). So the array
 * may run up to `slack` lines over; readers take `lastLines()`.
 */
export function appendBounded(
  log: string[],
  lines: string[],
  limit = LOG_LIMIT,
  slack = Math.ceil(limit / 5),
): void {
  for (const line of lines) log.push(line)
  if (log.length > limit + slack) log.splice(0, log.length - limit)
}

/** The newest `limit` lines of a log kept by appendBounded. */
export function lastLines(log: string[], limit = LOG_LIMIT): string[] {
  return log.length > limit ? log.slice(-limit) : log
}
