import { useEffect, useState } from 'react'

import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import type { Messages } from '@/i18n/catalogue'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { secondsUntil } from '../socket/server-socket'
import type { ConnectionState, ServerSocket } from '../socket/server-socket'
import { useConnectionState } from '../socket/use-server-socket'

/** Seconds left until `retryAt`, ticking once a second. */
function useCountdown(retryAt: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (retryAt === null) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [retryAt])
  return retryAt === null ? 0 : secondsUntil(retryAt, now)
}

/**
 * The console connection in words (connecting, connected, retrying in N s, or why it stopped)
 * with a Reconnect button whenever it is not connected. A polite live region.
 */
export function ConnectionStatus({ socket }: { socket: ServerSocket }) {
  const { t } = useI18n()
  const state = useConnectionState(socket)
  const seconds = useCountdown(state.kind === 'reconnecting' ? state.retryAt : null)
  const text = describe(state, seconds, t.server.connection)
  const problem = state.kind === 'reconnecting' || state.kind === 'error'

  return (
    <div
      className={cn(
        'flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md px-3 py-2 text-sm',
        problem ? 'bg-warning-subtle text-warning-text' : 'text-fg-muted',
        state.kind === 'error' && 'bg-danger-subtle text-danger-text',
      )}
    >
      <p role="status" className="flex min-w-0 flex-1 items-center gap-2">
        {state.kind === 'connecting' && <Spinner />}
        {state.kind === 'connected' && (
          <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-success-text" />
        )}
        <span className="min-w-0">
          <span className="sr-only">{t.server.connection.label}: </span>
          {text}
          {state.kind === 'error' && state.detail && (
            <span className="block font-mono text-xs wrap-break-word opacity-80">
              {t.server.connection.detail(state.detail)}
            </span>
          )}
        </span>
      </p>
      {(problem || state.kind === 'idle') && (
        <Button variant="secondary" size="sm" onClick={() => socket.reconnect()}>
          {t.server.connection.reconnect}
        </Button>
      )}
    </div>
  )
}

type ConnectionMessages = Messages['server']['connection']

function describe(state: ConnectionState, seconds: number, t: ConnectionMessages): string {
  switch (state.kind) {
    case 'idle':
      return t.idle
    case 'connecting':
      return t.connecting
    case 'connected':
      return t.connected
    case 'reconnecting':
      return state.rateLimited ? t.rateLimited(seconds) : t.reconnecting(seconds)
    case 'error':
      return t.errors[state.reason]
  }
}
