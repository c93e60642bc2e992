import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'

import { getWebsocketCredentials } from '@/api/server'

import { ServerSocket } from './server-socket'
import type { ConnectionState, ServerSocketOptions } from './server-socket'
import type { WingsFrame } from './wings-frames'

// One ServerSocket per server for the whole app, shared by every component that shows it, and
// released a moment after the last one leaves — so StrictMode's mount → unmount → mount (and a
// quick hop between the console and settings) neither fetches a second token nor reconnects.

export type ServerSocketFactory = (serverId: string) => ServerSocket

let factoryOverride: ServerSocketFactory | null = null

/** Component tests build sockets with a fake WebSocket (null restores the real one). */
export function setServerSocketFactory(factory: ServerSocketFactory | null) {
  factoryOverride = factory
}

const defaultFactory: ServerSocketFactory = (serverId) =>
  factoryOverride
    ? factoryOverride(serverId)
    : new ServerSocket({ fetchCredentials: (signal) => getWebsocketCredentials(serverId, signal) })

/** Tests hand pages a factory that builds sockets with a fake WebSocket. */
export const ServerSocketFactoryContext = createContext<ServerSocketFactory>(defaultFactory)

interface Entry {
  socket: ServerSocket
  refs: number
  release: ReturnType<typeof setTimeout> | undefined
}
const registry = new Map<string, Entry>()
const RELEASE_DELAY_MS = 1_000

/** The shared entry (an idle socket costs nothing until `start()`). */
function entryFor(serverId: string, factory: ServerSocketFactory): Entry {
  let entry = registry.get(serverId)
  if (!entry) {
    entry = { socket: factory(serverId), refs: 0, release: undefined }
    registry.set(serverId, entry)
  }
  return entry
}

function acquire(serverId: string, factory: ServerSocketFactory): Entry {
  const entry = entryFor(serverId, factory)
  clearTimeout(entry.release)
  entry.release = undefined
  entry.refs++
  return entry
}

function release(serverId: string, entry: Entry) {
  entry.refs--
  if (entry.refs > 0) return
  entry.release = setTimeout(() => {
    if (entry.refs > 0 || registry.get(serverId) !== entry) return
    registry.delete(serverId)
    entry.socket.stop()
  }, RELEASE_DELAY_MS)
}

/** Closes every shared socket at once (sign-out, tests). */
export function closeAllServerSockets() {
  for (const [id, entry] of registry) {
    clearTimeout(entry.release)
    entry.socket.stop()
    registry.delete(id)
  }
}

/**
 * The live socket of a server while `enabled` (e.g. the user may connect). Pass `null` to keep
 * the socket closed. Visibility and network changes wake it up.
 */
export function useServerSocket(serverId: string | null): ServerSocket | null {
  const factory = useContext(ServerSocketFactoryContext)
  const socket = useMemo(
    () => (serverId === null ? null : entryFor(serverId, factory).socket),
    [serverId, factory],
  )

  useEffect(() => {
    if (serverId === null) return
    const entry = acquire(serverId, factory)
    entry.socket.start()
    const wake = () => {
      if (document.visibilityState === 'visible') entry.socket.resume()
    }
    document.addEventListener('visibilitychange', wake)
    window.addEventListener('online', wake)
    return () => {
      document.removeEventListener('visibilitychange', wake)
      window.removeEventListener('online', wake)
      release(serverId, entry)
    }
  }, [serverId, factory])

  return socket
}

const IDLE: ConnectionState = { kind: 'idle' }
const noop = () => () => undefined

/** The socket's connection state, re-rendering on change. */
export function useConnectionState(socket: ServerSocket | null): ConnectionState {
  return useSyncExternalStore(
    socket ? socket.onStateChange : noop,
    socket ? socket.getState : () => IDLE,
  )
}

/** Calls `onFrame` for every Wings frame while mounted (the latest `onFrame` is used). */
export function useSocketFrames(socket: ServerSocket | null, onFrame: (frame: WingsFrame) => void) {
  const handlerRef = useRef(onFrame)
  useEffect(() => {
    handlerRef.current = onFrame
  })
  useEffect(() => {
    if (!socket) return
    return socket.subscribe((frame) => handlerRef.current(frame))
  }, [socket])
}

export type { ServerSocketOptions }
