import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useReducer } from 'react'

import { serverDetailQueries } from '@/api/server'
import { powerStates } from '@/api/servers'
import type { PowerState } from '@/api/servers'

import type { ServerSocket } from '../socket/server-socket'
import type { WingsFrame } from '../socket/wings-frames'
import { useSocketFrames } from '../socket/use-server-socket'

// What Wings says about the server right now, kept by the shell so it survives switching tabs:
// the power state it reports (never the one a button asked for), the latest stats and a short
// history for the console's charts.

export interface LiveStats {
  memoryBytes: number
  memoryLimitBytes: number
  cpuPercent: number
  diskBytes: number
  rxBytes: number
  txBytes: number
  uptimeMs: number
  /** When these arrived (ms, Date.now()), for the ticking uptime. */
  at: number
}

export interface StatsSample {
  cpu: number
  memory: number
  /** Bytes per second since the previous sample (Wings' totals are cumulative). */
  rx: number
  tx: number
}

export interface LiveServer {
  power: PowerState | null
  stats: LiveStats | null
  samples: StatsSample[]
  /** `install started` seen and `install completed` not yet. */
  installing: boolean
  /** Wings' last `daemon error` line (power lock, etc.). */
  daemonError: string | null
}

export const SAMPLE_WINDOW = 60

const initial: LiveServer = {
  power: null,
  stats: null,
  samples: [],
  installing: false,
  daemonError: null,
}

const isPowerState = (value: unknown): value is PowerState =>
  typeof value === 'string' && (powerStates as readonly string[]).includes(value)

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** Wings' `stats` payload (a JSON string in args[0]); undefined when unreadable. */
export function parseStats(
  raw: string | undefined,
  at: number,
): (LiveStats & { state?: PowerState }) | undefined {
  if (raw === undefined) return undefined
  try {
    const v = JSON.parse(raw) as Record<string, unknown>
    const network = (v.network ?? {}) as Record<string, unknown>
    return {
      memoryBytes: num(v.memory_bytes),
      memoryLimitBytes: num(v.memory_limit_bytes),
      cpuPercent: num(v.cpu_absolute),
      diskBytes: num(v.disk_bytes),
      rxBytes: num(network.rx_bytes),
      txBytes: num(network.tx_bytes),
      uptimeMs: num(v.uptime),
      at,
      ...(isPowerState(v.state) && { state: v.state }),
    }
  } catch {
    return undefined
  }
}

type Action = { frame: WingsFrame; now: number }

type FrameHandler = (state: LiveServer, frame: WingsFrame, now: number) => LiveServer

/** What each frame the live state reads does to it; every other frame leaves it as it is. */
const HANDLERS: Record<string, FrameHandler> = {
  status: (state, frame) => {
    const power = frame.args[0]
    if (!isPowerState(power)) return state
    // The charts restart when the server goes down, as upstream's do.
    return power === 'offline'
      ? { ...state, power, samples: [], daemonError: null }
      : { ...state, power, daemonError: null }
  },
  stats: (state, frame, now) => {
    const stats = parseStats(frame.args[0], now)
    if (!stats) return state
    const { state: reported, ...rest } = stats
    const prev = state.stats
    const seconds = prev ? Math.max(1, (rest.at - prev.at) / 1000) : 1
    const running = (reported ?? state.power) !== 'offline'
    const sample: StatsSample = {
      cpu: rest.cpuPercent,
      memory: rest.memoryBytes,
      rx: prev ? Math.max(0, rest.rxBytes - prev.rxBytes) / seconds : 0,
      tx: prev ? Math.max(0, rest.txBytes - prev.txBytes) / seconds : 0,
    }
    return {
      ...state,
      power: reported ?? state.power,
      stats: rest,
      samples: running ? [...state.samples, sample].slice(-SAMPLE_WINDOW) : [],
    }
  },
  'install started': (state) => ({ ...state, installing: true }),
  'install completed': (state) => ({ ...state, installing: false }),
  'daemon error': (state, frame) => ({ ...state, daemonError: frame.args[0] ?? '' }),
}

/** Whether the live state reads this kind of frame. */
export const readsFrame = (event: string): boolean => Object.hasOwn(HANDLERS, event)

export function liveReducer(state: LiveServer, { frame, now }: Action): LiveServer {
  return readsFrame(frame.event) ? HANDLERS[frame.event]!(state, frame, now) : state
}

export function useLiveServer(serverId: string, socket: ServerSocket | null): LiveServer {
  const queryClient = useQueryClient()
  const [live, dispatch] = useReducer(liveReducer, initial)
  useSocketFrames(socket, (frame) => {
    // Console lines are most of the traffic (20,000 a second in a flood) and change nothing
    // here: only the frames the reducer reads are dispatched, so React is not asked to render.
    if (readsFrame(frame.event)) dispatch({ frame, now: Date.now() })
    // The server's status changed on the panel side: the shell re-reads it (and its 409 state).
    // A revoked token (`jwt error` … denylist) means the user's permissions changed: re-read them,
    // so the console drops what was taken away (its command line, power buttons, tabs).
    if (
      frame.event === 'jwt error' ||
      frame.event === 'install completed' ||
      frame.event === 'install started' ||
      frame.event === 'backup restore completed' ||
      frame.event === 'transfer status' ||
      frame.event === 'deleted'
    ) {
      void queryClient.invalidateQueries({ queryKey: serverDetailQueries.all(serverId) })
    }
  })
  // The socket gave up because the server changed (409, 404, deleted): show what it is now.
  useEffect(() => {
    if (!socket) return
    return socket.onStateChange((state) => {
      if (state.kind === 'error' && ['conflict', 'notFound', 'deleted'].includes(state.reason)) {
        void queryClient.invalidateQueries({ queryKey: serverDetailQueries.all(serverId) })
      }
    })
  }, [socket, queryClient, serverId])
  return live
}
