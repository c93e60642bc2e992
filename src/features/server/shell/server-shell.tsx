import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useMemo } from 'react'
import { Link, Outlet, useParams } from 'react-router'

import { isApiError } from '@/api/errors'
import { serverDetailQueries } from '@/api/server'
import type { ServerDetail } from '@/api/server'
import { CopyButton } from '@/components/ui/copy-button'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { StatusBadge } from '@/features/servers/components/status-badge'
import type { StatusTone } from '@/features/servers/server-status'
import { useI18n } from '@/i18n/language'
import { paths } from '@/lib/paths'
import { useTitleSubject } from '@/lib/title-subject'

import { adminConsoleAllowed, conflictOf, hasPermission, visibleTabs } from '../permissions'
import type { ConflictKind } from '../permissions'
import { useServerSocket } from '../socket/use-server-socket'
import { ConflictState } from './conflict-state'
import { ServerContext } from './server-context'
import type { ServerContextValue } from './server-context'
import { ServerNotFound } from './server-not-found'
import { ServerTabs } from './server-tabs'
import { useLiveServer } from './use-live-server'

// The console is the heavy page (xterm); in a conflict state admins get it from here.
const ConsolePage = lazy(() => import('../console/console-page'))

/** Transient 409 states end by themselves: re-read the server now and then. */
const TRANSIENT: readonly ConflictKind[] = ['installing', 'restoring', 'transferring']

/** `/server/:id`: header, tabs, and the shared socket for the pages below. */
export function ServerShell() {
  const { id = '' } = useParams()
  const { t } = useI18n()
  const query = useQuery({
    ...serverDetailQueries.detail(id),
    refetchInterval: (q) => {
      const data = q.state.data
      const conflict = data ? conflictOf(data.server) : null
      return conflict && TRANSIENT.includes(conflict) ? 10_000 : false
    },
  })

  if (query.isPending) return <ShellSkeleton />
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <ServerNotFound />
    return (
      <ErrorState
        title={t.server.shell.loadError}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  return (
    <LoadedShell
      id={id}
      detail={query.data}
      refresh={() => void query.refetch()}
      refreshing={query.isFetching}
    />
  )
}

function LoadedShell({
  id,
  detail,
  refresh,
  refreshing,
}: {
  id: string
  detail: ServerDetail
  refresh: () => void
  refreshing: boolean
}) {
  const { t } = useI18n()
  const { server, permissions } = detail
  useTitleSubject(server.name)
  const conflict = conflictOf(server)
  const adminConsole = conflict !== null && adminConsoleAllowed(conflict, permissions)
  const mayConnect =
    hasPermission(permissions, 'websocket.connect') && (conflict === null || adminConsole)
  const socket = useServerSocket(mayConnect ? id : null)
  const live = useLiveServer(id, socket)

  const value = useMemo<ServerContextValue>(
    () => ({ detail, socket, live, can: (key) => hasPermission(permissions, key) }),
    [detail, socket, live, permissions],
  )
  const tabs = conflict === null ? visibleTabs(permissions) : []
  const power = mayConnect ? (live.power ?? 'unknown') : null

  return (
    <ServerContext.Provider value={value}>
      <div className="space-y-5">
        <header className="space-y-2">
          <Link
            to={paths.home()}
            className="inline-flex items-center gap-1 rounded-sm text-sm text-fg-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            <span aria-hidden="true">←</span> {t.server.shell.backToServers}
          </Link>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 className="min-w-0 text-2xl font-semibold tracking-tight wrap-break-word text-fg">
              {server.name}
            </h1>
            {power && (
              <StatusBadge
                label={t.server.state[power]}
                tone={POWER_TONE[power]}
                busy={power === 'starting' || power === 'stopping'}
              />
            )}
          </div>
          {server.description && (
            <p className="text-sm wrap-break-word text-fg-muted">{server.description}</p>
          )}
          <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg-muted">
            <div className="flex min-w-0 items-center gap-2">
              <dt>{t.server.shell.address}</dt>
              <dd className="flex min-w-0 items-center gap-2">
                <span className="truncate font-mono text-fg">
                  {server.address ?? t.server.shell.noAddress}
                </span>
                {server.address && (
                  <CopyButton
                    value={server.address}
                    label={t.server.shell.copyAddress}
                    variant="ghost"
                    className="min-w-0"
                  />
                )}
              </dd>
            </div>
            <div className="flex gap-2">
              <dt>{t.server.shell.node}</dt>
              <dd className="text-fg">{server.node}</dd>
            </div>
          </dl>
        </header>

        {tabs.length > 1 && <ServerTabs id={id} tabs={tabs} />}

        {conflict === null ? (
          <Outlet />
        ) : (
          <div className="space-y-5">
            <ConflictState
              kind={conflict}
              onRefresh={refresh}
              refreshing={refreshing}
              adminConsole={adminConsole}
            />
            {adminConsole && (
              <Suspense fallback={<Skeleton className="h-96" />}>
                <ConsolePage />
              </Suspense>
            )}
          </div>
        )}
      </div>
    </ServerContext.Provider>
  )
}

const POWER_TONE: Record<'offline' | 'starting' | 'running' | 'stopping' | 'unknown', StatusTone> =
  {
    running: 'success',
    starting: 'warning',
    stopping: 'warning',
    offline: 'danger',
    unknown: 'neutral',
  }

function ShellSkeleton() {
  const { t } = useI18n()
  return (
    <div className="space-y-5" aria-busy="true" aria-label={t.common.loading}>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-96" />
    </div>
  )
}
