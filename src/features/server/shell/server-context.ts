import { createContext, useContext } from 'react'

import type { ServerDetail } from '@/api/server'

import type { ServerSocket } from '../socket/server-socket'
import type { LiveServer } from './use-live-server'

/** What every page under `/server/:id` gets from the shell. */
export interface ServerContextValue {
  detail: ServerDetail
  /** null while the user may not connect (no `websocket.connect`, or a 409 state). */
  socket: ServerSocket | null
  live: LiveServer
  can: (key: string) => boolean
}

export const ServerContext = createContext<ServerContextValue | null>(null)

export function useServerContext(): ServerContextValue {
  const value = useContext(ServerContext)
  if (!value) throw new Error('useServerContext outside the server shell')
  return value
}
