import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import type { Usage } from '../usage'

interface UsageMeterProps {
  /** "CPU", "Memory", "Disk" (from the catalogue). */
  label: string
  /** Live figures, or undefined before the first reading (then only the limit shows). */
  usage: Usage | undefined
  /** Shown before stats arrive: "4 GB", "Unlimited". */
  limitText: string
  /** The server name, for the meter's accessible name ("CPU of Survival SMP"). */
  serverName: string
}

/** A labelled bar against the server's limit: red at ≥ 90 %, text only when unlimited. */
export function UsageMeter({ label, usage, limitText, serverName }: UsageMeterProps) {
  const { t } = useI18n()
  const ratio = usage?.ratio ?? null
  const near = usage?.nearLimit ?? false
  const width = ratio === null ? 0 : Math.min(100, Math.max(0, ratio * 100))
  return (
    <div className="min-w-0">
      {/* A phone's full-width meter has label and value on one line; side by side (from 640 px)
          the value always sits under its label, so a long value never wraps in one meter only. */}
      <div className="flex items-baseline justify-between gap-x-2 text-xs sm:flex-col sm:items-start">
        <span className="min-w-0 truncate font-medium text-fg-muted">{label}</span>
        <span
          className={cn(
            'shrink-0 whitespace-nowrap tabular-nums',
            near ? 'font-semibold text-danger-text' : 'text-fg',
          )}
        >
          {usage ? (
            <>
              {usage.valueText}
              <span className="text-fg-muted"> / {usage.limitText}</span>
            </>
          ) : (
            <span title={t.servers.usage.noReading}>
              <span className="text-fg-muted">— / {limitText}</span>
              <span className="sr-only"> ({t.servers.usage.noReading})</span>
            </span>
          )}
        </span>
      </div>
      {usage && ratio !== null ? (
        <div
          role="meter"
          aria-label={t.servers.usage.meterName(label, serverName)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(ratio * 100)}
          aria-valuetext={t.servers.usage.meterValue(usage.text, near)}
          data-level={near ? 'high' : 'normal'}
          className="mt-1 h-1.5 overflow-hidden rounded-full bg-surface-muted"
        >
          <div
            className={cn('h-full rounded-full', near ? 'bg-danger' : 'bg-accent')}
            style={{ width: `${width}%` }}
          />
        </div>
      ) : (
        <div aria-hidden="true" className="mt-1 h-1.5 rounded-full bg-surface-muted" />
      )}
    </div>
  )
}
