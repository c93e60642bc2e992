import { useId, useState } from 'react'
import { Link } from 'react-router'

import type { PowerSignal, Server } from '@/api/servers'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

import type { ServerGroup } from '../groups-store'
import { powerErrorMessage, usePowerAction } from '../hooks/use-power-action'
import { usePowerPermissions } from '../hooks/use-power-permissions'
import { useServerStats } from '../hooks/use-server-stats'
import { useVisible } from '../hooks/use-visible'
import { deriveStatus, powerActionsFor, statusOf } from '../server-status'
import type { StatusKind } from '../server-status'
import {
  cpuUsage,
  diskUsage,
  formatUptime,
  formatUptimeLong,
  limitText,
  memoryUsage,
} from '../usage'
import { PowerControls } from './power-controls'
import { StatusBadge } from './status-badge'
import { UsageMeter } from './usage-meter'

interface ServerRowProps {
  server: Server
  groups: ServerGroup[]
  groupId: string | null
  onAssignGroup: (serverId: string, groupId: string | null) => void
}

/** While a signal is on its way, offer what makes sense in the state it leads to. */
const DURING: Record<PowerSignal, StatusKind> = {
  start: 'starting',
  restart: 'starting',
  stop: 'stopping',
  kill: 'stopping',
}

/** One server: a card below 640 px, a table-like row above. */
export function ServerRow({ server, groups, groupId, onAssignGroup }: ServerRowProps) {
  // Also re-renders the row (status labels, figures) when the language changes.
  const { t, locale } = useI18n()
  const headingId = `${useId()}-name`
  const [ref, visible] = useVisible<HTMLElement>()
  const { query, pollable } = useServerStats(server, visible)
  const stats = query.data
  const { mutation, transition, send } = usePowerAction(server, {
    state: stats?.currentState,
    updatedAt: query.dataUpdatedAt,
  })
  const [confirming, setConfirming] = useState<PowerSignal | null>(null)
  const [dismissedError, setDismissedError] = useState<unknown>(null)

  // A 429 is the page's paused note, not this row's failure.
  const live = deriveStatus(server, stats, query.isError && query.error.status !== 429)
  const status = transition
    ? { ...statusOf(DURING[transition.signal]), label: t.servers.power[transition.signal].pending }
    : live
  // A subuser is only offered what the owner granted (fetched once for shared servers).
  const permissions = usePowerPermissions(server, visible && pollable)
  const actions = powerActionsFor(transition ? DURING[transition.signal] : live.kind).filter(
    (a) => !(transition?.signal === 'kill' && a === 'kill') && permissions.allows(a),
  )
  const isLive = pollable && stats !== undefined
  const statsError = query.error
  const running = isLive && live.kind !== 'offline'

  const powerError =
    mutation.error && mutation.error !== dismissedError && mutation.variables
      ? powerErrorMessage(mutation.error, mutation.variables, server.name)
      : undefined

  return (
    <li>
      <article
        ref={ref}
        aria-labelledby={headingId}
        aria-busy={query.fetchStatus === 'fetching' && !stats ? true : undefined}
        className="rounded-lg border border-border bg-surface p-4 shadow-xs sm:rounded-none sm:border-0 sm:shadow-none lg:py-3"
      >
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto] lg:grid-cols-[minmax(0,0.8fr)_minmax(0,1.6fr)_18rem] lg:items-center lg:gap-6">
          <div className="min-w-0">
            <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
              <h3 id={headingId} className="min-w-0 truncate text-sm font-semibold text-fg">
                <Link
                  to={paths.server(server.identifier)}
                  className="rounded-sm hover:text-accent-text hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                >
                  {server.name}
                </Link>
              </h3>
              <span className="sr-only">{t.servers.status.label}</span>
              <StatusBadge label={status.label} tone={status.tone} busy={transition !== null} />
            </div>
            {server.description && (
              <p
                className="mt-0.5 line-clamp-2 text-sm wrap-break-word text-fg-muted"
                title={server.description}
              >
                {server.description}
              </p>
            )}
            <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-fg-muted">
              <div className="flex min-w-0 gap-1">
                <dt className="sr-only">{t.servers.row.address}</dt>
                <dd className="truncate font-mono">
                  {server.address ?? t.servers.row.noAllocation}
                </dd>
              </div>
              <div className="flex gap-1">
                <dt>{t.servers.row.node}</dt>
                <dd className="text-fg">{server.node}</dd>
              </div>
              {running && stats && stats.uptimeMs > 0 && (
                <div className="flex gap-1">
                  <dt>{t.servers.row.uptime}</dt>
                  <dd className="text-fg">
                    <span aria-hidden="true">{formatUptime(stats.uptimeMs)}</span>
                    <span className="sr-only">{formatUptimeLong(stats.uptimeMs)}</span>
                  </dd>
                </div>
              )}
            </dl>
          </div>

          {pollable ? (
            <div className="grid grid-cols-1 gap-2.5 sm:order-last sm:col-span-2 sm:grid-cols-3 sm:gap-4 lg:order-none lg:gap-3 lg:col-span-1">
              <UsageMeter
                label={t.servers.usage.cpu}
                serverName={server.name}
                usage={isLive ? cpuUsage(stats.cpuPercent, server.limits.cpu, locale) : undefined}
                limitText={limitText('cpu', server.limits.cpu, locale)}
              />
              <UsageMeter
                label={t.servers.usage.memory}
                serverName={server.name}
                usage={
                  isLive ? memoryUsage(stats.memoryBytes, server.limits.memory, locale) : undefined
                }
                limitText={limitText('memory', server.limits.memory, locale)}
              />
              <UsageMeter
                label={t.servers.usage.disk}
                serverName={server.name}
                usage={isLive ? diskUsage(stats.diskBytes, server.limits.disk, locale) : undefined}
                limitText={limitText('disk', server.limits.disk, locale)}
              />
            </div>
          ) : (
            <p className="text-xs text-fg-muted sm:order-last sm:col-span-2 lg:order-none lg:col-span-1">
              {t.servers.usage.limits(
                limitText('cpu', server.limits.cpu, locale),
                limitText('memory', server.limits.memory, locale),
                limitText('disk', server.limits.disk, locale),
              )}
            </p>
          )}

          <div className="flex flex-wrap items-center gap-2 sm:justify-end">
            <PowerControls
              serverName={server.name}
              actions={pollable ? actions : []}
              pendingSignal={mutation.isPending ? mutation.variables : undefined}
              onSignal={(signal) => {
                setDismissedError(null)
                return send(signal)
              }}
              error={confirming ? powerError : undefined}
              confirming={confirming}
              onConfirmingChange={setConfirming}
            />
            {groups.length > 0 && (
              <GroupSelect
                serverName={server.name}
                groups={groups}
                value={groupId}
                onChange={(id) => onAssignGroup(server.identifier, id)}
              />
            )}
          </div>
        </div>

        {/* Only what the person did here is announced (not every row's first reading). */}
        <p role="status" className="sr-only">
          {transition
            ? t.servers.power.announcement(server.name, t.servers.power[transition.signal].pending)
            : mutation.isSuccess
              ? t.servers.power.announcement(server.name, live.label)
              : ''}
        </p>
        <StatsNote
          pollable={pollable}
          kind={live.kind}
          error={statsError}
          hasStats={stats !== undefined}
        />
        {powerError && !confirming && (
          <div
            role="alert"
            className="mt-3 flex items-start justify-between gap-3 rounded-md border border-danger-text/30 bg-danger-subtle px-3 py-2 text-sm text-danger-text"
          >
            <p>{powerError}</p>
            <button
              type="button"
              className="-my-1 shrink-0 rounded px-2 py-1 text-xs font-medium underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none max-sm:min-h-11"
              onClick={() => setDismissedError(mutation.error)}
            >
              {t.servers.power.dismissError}
            </button>
          </div>
        )}
      </article>
    </li>
  )
}

function StatsNote({
  pollable,
  kind,
  error,
  hasStats,
}: {
  pollable: boolean
  kind: StatusKind
  error: { status: number; message: string } | null
  hasStats: boolean
}) {
  const { t } = useI18n()
  let text: string | undefined
  if (!pollable) {
    text =
      kind === 'suspended'
        ? t.servers.row.suspendedNote
        : kind === 'maintenance'
          ? t.servers.row.maintenanceNote
          : kind === 'install_failed' || kind === 'reinstall_failed'
            ? t.servers.row.failedInstallNote
            : t.servers.row.busyNote
  } else if (error && error.status !== 429) {
    // 429 is explained once for the whole page.
    text = hasStats
      ? t.servers.row.staleStats(errorText(error))
      : t.servers.row.statsUnavailable(errorText(error))
  }
  if (!text) return null
  return <p className={cn('mt-2 text-xs text-fg-muted')}>{text}</p>
}

function GroupSelect({
  serverName,
  groups,
  value,
  onChange,
}: {
  serverName: string
  groups: ServerGroup[]
  value: string | null
  onChange: (groupId: string | null) => void
}) {
  const { t } = useI18n()
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t.servers.row.groupFor(serverName)}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        className="min-h-11 max-w-44 rounded-md border border-input bg-surface px-2 text-sm text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-8"
      >
        <option value="">{t.servers.row.noGroup}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </>
  )
}
