import type { PowerSignal, Server, ServerStats } from '@/api/servers'
import { messages } from '@/i18n/language'

// What a row says about a server, from the list item (`status`, `is_suspended`,
// `is_transferring`, node maintenance) plus the live `current_state` from /resources.

export type StatusKind =
  | 'running'
  | 'starting'
  | 'stopping'
  | 'offline'
  | 'installing'
  | 'install_failed'
  | 'reinstall_failed'
  | 'suspended'
  | 'transferring'
  | 'restoring_backup'
  | 'maintenance'
  | 'checking'
  | 'unknown'

export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral'

export interface ServerStatus {
  kind: StatusKind
  label: string
  tone: StatusTone
}

const TONE: Record<StatusKind, StatusTone> = {
  running: 'success',
  starting: 'warning',
  stopping: 'warning',
  offline: 'danger',
  installing: 'warning',
  install_failed: 'danger',
  reinstall_failed: 'danger',
  suspended: 'danger',
  transferring: 'warning',
  restoring_backup: 'warning',
  maintenance: 'warning',
  checking: 'neutral',
  unknown: 'neutral',
}

/** The label is read from the current catalogue at call time. */
export function statusOf(kind: StatusKind): ServerStatus {
  return { kind, label: messages().servers.status[kind], tone: TONE[kind] }
}

type ServerFlags = Pick<
  Server,
  'status' | 'isSuspended' | 'isInstalling' | 'isTransferring' | 'isNodeUnderMaintenance'
>

/**
 * The state the list item alone decides (the panel answers /resources with 409 for these), or
 * null when the live state decides. `reinstall_failed` still counts as installed in the panel.
 */
export function blockingStatus(server: ServerFlags): StatusKind | null {
  if (server.status === 'suspended' || server.isSuspended) return 'suspended'
  if (server.isTransferring) return 'transferring'
  if (server.status === 'installing') return 'installing'
  if (server.status === 'install_failed') return 'install_failed'
  if (server.status === 'restoring_backup') return 'restoring_backup'
  if (server.isInstalling) return 'installing'
  if (server.isNodeUnderMaintenance) return 'maintenance'
  return null
}

/** May this row's live stats be polled? (Otherwise the panel answers 409.) */
export function canPollStats(server: ServerFlags): boolean {
  return blockingStatus(server) === null
}

/** `stats` undefined = no reading yet ("Checking…"), unless `failed` (then "Unknown"). */
export function deriveStatus(
  server: ServerFlags,
  stats: Pick<ServerStats, 'currentState' | 'isSuspended'> | undefined,
  failed = false,
): ServerStatus {
  const blocking = blockingStatus(server)
  if (blocking) return statusOf(blocking)
  if (stats?.isSuspended) return statusOf('suspended')
  if (server.status === 'reinstall_failed' && !stats) return statusOf('reinstall_failed')
  if (!stats) return statusOf(failed ? 'unknown' : 'checking')
  switch (stats.currentState) {
    case 'running':
      return statusOf('running')
    case 'starting':
      return statusOf('starting')
    case 'stopping':
      return statusOf('stopping')
    case 'offline':
    case 'stopped': // the panel's default when Wings omits the state
      return statusOf('offline')
    default:
      return statusOf('unknown')
  }
}

/** The power buttons that make sense in a state, in display order. */
export function powerActionsFor(kind: StatusKind): PowerSignal[] {
  switch (kind) {
    case 'offline':
      return ['start']
    case 'running':
      return ['restart', 'stop', 'kill']
    case 'starting':
      return ['stop', 'kill']
    case 'stopping':
      return ['kill']
    default:
      return []
  }
}

/** A power signal's texts (button, accessible name, pending state…) in the current language. */
export function powerLabels(signal: PowerSignal) {
  return messages().servers.power[signal]
}

// ---------------------------------------------------------------------------------------------
// Power transitions: after a signal the panel's 20 s resources cache may still report the old
// state, so the row keeps saying "Starting…" until the live state shows the action finished.

export interface PowerTransition {
  signal: PowerSignal
  /** Epoch ms when the panel accepted the signal. */
  at: number
  /** The live state before the action. */
  from: string | undefined
  /** A state other than `from` and the target was seen (e.g. restart: stopping → offline). */
  sawChange: boolean
}

const TARGET: Record<PowerSignal, string> = {
  start: 'running',
  restart: 'running',
  stop: 'offline',
  kill: 'offline',
}
/** Older than the panel's cache: a snapshot fetched this long after the action is fresh. */
const FRESH_AFTER_MS = 20_000
/** Give up waiting (the row then shows whatever the panel says). */
export const TRANSITION_TIMEOUT_MS = 90_000

/**
 * Folds one stats reading (fetched at `fetchedAt`) into a transition. Returns null when the
 * transition is over (target reached, or timed out), else the (possibly updated) transition.
 */
export function advanceTransition(
  transition: PowerTransition,
  state: string | undefined,
  fetchedAt: number,
): PowerTransition | null {
  if (fetchedAt - transition.at >= TRANSITION_TIMEOUT_MS) return null
  if (state === undefined || fetchedAt <= transition.at) return transition
  const normal = state === 'stopped' ? 'offline' : state
  const target = TARGET[transition.signal]
  if (normal === target) {
    const certain =
      normal !== transition.from ||
      transition.sawChange ||
      fetchedAt - transition.at >= FRESH_AFTER_MS
    return certain ? null : transition
  }
  if (normal !== transition.from && !transition.sawChange) return { ...transition, sawChange: true }
  return transition
}
