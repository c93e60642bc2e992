import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'

import type { Server } from '@/api/servers'
import { UsageMeter } from '@/features/servers/components/usage-meter'
import {
  cpuUsage,
  diskUsage,
  formatUptime,
  formatUptimeLong,
  limitText,
  memoryUsage,
  MIB,
} from '@/features/servers/usage'
import { useI18n } from '@/i18n/language'
import { formatBytes } from '@/lib/format'

import type { LiveServer } from '../shell/use-live-server'
import { Sparkline } from './sparkline'

/** Uptime that ticks between Wings' stats (which arrive about once a second, or not at all). */
function useTickingUptime(uptimeMs: number | undefined, at: number | undefined, running: boolean) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])
  if (uptimeMs === undefined || at === undefined || !running) return undefined
  return uptimeMs + Math.max(0, now - at)
}

/** CPU, memory, disk and network against the server's limits, with small live charts. */
export function StatsPanel({ server, live }: { server: Server; live: LiveServer }) {
  const { t, locale } = useI18n()
  const { stats, samples, power } = live
  const running = power !== null && power !== 'offline'
  const uptime = useTickingUptime(stats?.uptimeMs, stats?.at, running && (stats?.uptimeMs ?? 0) > 0)
  const { limits } = server
  const memoryLimit = limits.memory

  const cpu = stats ? cpuUsage(stats.cpuPercent, limits.cpu, locale) : undefined
  const memory = stats ? memoryUsage(stats.memoryBytes, memoryLimit, locale) : undefined
  const disk = stats ? diskUsage(stats.diskBytes, limits.disk, locale) : undefined
  const rate = (bytes: number) => `${formatBytes(bytes, locale)}/s`

  return (
    <section aria-labelledby="server-stats-title" className="space-y-3">
      <h2 id="server-stats-title" className="sr-only">
        {t.server.stats.label}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <Card>
          <UsageMeter
            label={t.server.stats.cpu}
            usage={running ? cpu : undefined}
            limitText={limitText('cpu', limits.cpu, locale)}
            serverName={server.name}
          />
          <Sparkline
            values={samples.map((s) => s.cpu)}
            max={limits.cpu > 0 ? limits.cpu : undefined}
            className="mt-2 h-7 w-full"
          />
        </Card>
        <Card>
          <UsageMeter
            label={t.server.stats.memory}
            usage={running ? memory : undefined}
            limitText={limitText('memory', memoryLimit, locale)}
            serverName={server.name}
          />
          <Sparkline
            values={samples.map((s) => s.memory)}
            max={memoryLimit > 0 ? memoryLimit * MIB : undefined}
            className="mt-2 h-7 w-full"
          />
        </Card>
        <Card>
          <UsageMeter
            label={t.server.stats.disk}
            usage={disk}
            limitText={limitText('disk', limits.disk, locale)}
            serverName={server.name}
          />
        </Card>
        <Card>
          <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs">
            <span className="font-medium text-fg-muted">{t.server.stats.network}</span>
            <span className="text-fg tabular-nums">
              {t.server.stats.inbound} {rate(running ? (samples.at(-1)?.rx ?? 0) : 0)} ·{' '}
              {t.server.stats.outbound} {rate(running ? (samples.at(-1)?.tx ?? 0) : 0)}
            </span>
          </div>
          <Sparkline values={samples.map((s) => s.rx + s.tx)} className="mt-2 h-7 w-full" />
        </Card>
        <Card>
          <div className="flex items-baseline justify-between gap-2 text-xs">
            <span className="font-medium text-fg-muted">{t.server.stats.uptime}</span>
            <span className="text-fg tabular-nums">
              {uptime === undefined ? (
                running ? (
                  '—'
                ) : (
                  t.server.stats.offline
                )
              ) : (
                <>
                  <span aria-hidden="true">{formatUptime(uptime)}</span>
                  <span className="sr-only">{formatUptimeLong(uptime)}</span>
                </>
              )}
            </span>
          </div>
        </Card>
      </div>
    </section>
  )
}

function Card({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-border bg-surface p-3 shadow-xs">{children}</div>
}
