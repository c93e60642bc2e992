import { lazy, Suspense, useCallback, useEffect, useRef } from 'react'

import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

import { useServerContext } from '../shell/server-context'
import { ConnectionStatus } from '../shell/connection-status'
import { useConnectionState, useSocketFrames } from '../socket/use-server-socket'
import { CommandLine } from './command-line'
import { appendBounded, frameToLines, lastLines, stripAnsi } from './console-lines'
import { LogAnnouncer } from './log-announcer'
import type { AnnouncerHandle } from './log-announcer'
import { PowerButtons } from './power-buttons'
import { StatsPanel } from './stats-panel'
import type { TerminalHandle } from './terminal-handle'

const TerminalView = lazy(() => import('./terminal-view'))

/** `/server/:id` (index): live console, command line, power and resources. */
export default function ConsolePage() {
  const { t } = useI18n()
  const { detail, socket, live, can } = useServerContext()
  const { server, permissions } = detail
  const state = useConnectionState(socket)
  const connected = state.kind === 'connected'

  const terminal = useRef<TerminalHandle | null>(null)
  const announcer = useRef<AnnouncerHandle | null>(null)
  // The page's own copy of the log: replayed into the terminal once it has loaded, and copied.
  const log = useRef<string[]>([])

  useSocketFrames(socket, (frame) => {
    const action = frameToLines(frame, t.server)
    if (action.kind === 'clear') {
      log.current = []
      terminal.current?.clear()
      announcer.current?.reset()
    } else if (action.kind === 'lines') {
      appendBounded(log.current, action.lines)
      terminal.current?.write(action.lines)
      announcer.current?.push(action.lines.map(stripAnsi))
    }
  })

  // Opening the console on a socket another tab of this page already connected: ask for the log.
  useEffect(() => {
    if (socket?.getState().kind === 'connected') socket.requestLogs()
  }, [socket])

  // Stable, so React attaches it once; a handle it has already seen is not fed the log again.
  const fedHandle = useRef<TerminalHandle | null>(null)
  const setTerminal = useCallback((handle: TerminalHandle | null) => {
    terminal.current = handle
    if (!handle || handle === fedHandle.current) return
    fedHandle.current = handle
    // The terminal loads after the first frames may have arrived: show what we have.
    if (log.current.length > 0) handle.write(lastLines(log.current))
  }, [])

  const installAdminOnly = live.installing && !permissions.includes('admin.websocket.install')

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <PowerButtons
            power={live.power}
            connected={connected}
            can={can}
            daemonError={live.daemonError}
            send={(signal) => socket?.send('set state', [signal]) ?? false}
          />
          <div className="ml-auto flex gap-2">
            <Button variant="secondary" size="sm" onClick={() => terminal.current?.openSearch()}>
              {t.server.console.searchOpen}
            </Button>
            <CopyButton
              value={() => lastLines(log.current).map(stripAnsi).join('\n')}
              text={t.server.console.copyAll}
              label={t.server.console.copyAllLabel}
            />
          </div>
        </div>

        {socket && <ConnectionStatus socket={socket} />}

        {live.installing && (
          <p
            role="status"
            className="rounded-md bg-warning-subtle px-3 py-2 text-sm text-warning-text"
          >
            {t.server.console.install.running}{' '}
            {installAdminOnly && t.server.console.install.adminOnly}
          </p>
        )}

        <Suspense fallback={<Skeleton className="h-[22rem] sm:h-[28rem]" />}>
          <TerminalView ref={setTerminal} label={t.server.console.terminalLabel} />
        </Suspense>
        <LogAnnouncer ref={announcer} label={t.server.console.liveRegionLabel} />

        {can('control.console') ? (
          <CommandLine
            serverId={server.identifier}
            connected={connected}
            power={live.power}
            send={(command) => socket?.send('send command', [command]) ?? false}
          />
        ) : (
          <p className="text-sm text-fg-muted">{t.server.console.noCommandPermission}</p>
        )}
      </div>
      <StatsPanel server={server} live={live} />
    </div>
  )
}
