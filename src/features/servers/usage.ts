import { formatBytes } from '@/lib/format'

// Resource figures against the server's limits (MiB / percent; 0 = unlimited).

export const MIB = 1024 * 1024
/** The panel's dashboard alarms at 90 % of a limit; so do we. */
export const NEAR_LIMIT = 0.9

export interface Usage {
  /** Fraction of the limit (may exceed 1), or null when unlimited. */
  ratio: number | null
  nearLimit: boolean
  /** e.g. "1.0 GB of 4 GB", "37.5 % of 200 %", "37.5 %" (unlimited). */
  text: string
  valueText: string
  limitText: string
}

function percent(value: number): string {
  const digits = value < 10 ? 1 : 0
  return `${value.toFixed(digits)}%`
}

function usage(value: number, limit: number, format: (n: number) => string): Usage {
  const valueText = format(value)
  if (limit <= 0) {
    return { ratio: null, nearLimit: false, text: valueText, valueText, limitText: 'Unlimited' }
  }
  const ratio = value / limit
  const limitText = format(limit)
  return {
    ratio,
    nearLimit: ratio >= NEAR_LIMIT,
    text: `${valueText} of ${limitText}`,
    valueText,
    limitText,
  }
}

/** `cpu_absolute` is a percentage of one core (may exceed 100); the limit is percent too. */
export const cpuUsage = (cpuPercent: number, limitPercent: number) =>
  usage(cpuPercent, limitPercent, percent)

const bytes = (n: number) => (n === 0 ? '0 B' : formatBytes(n))

export const memoryUsage = (value: number, limitMiB: number) => usage(value, limitMiB * MIB, bytes)

export const diskUsage = (value: number, limitMiB: number) => usage(value, limitMiB * MIB, bytes)

/** Limits alone (before live stats): "4 GB", "200%", "Unlimited". */
export function limitText(kind: 'cpu' | 'memory' | 'disk', limit: number): string {
  if (limit <= 0) return 'Unlimited'
  return kind === 'cpu' ? percent(limit) : formatBytes(limit * MIB)
}

/** 3 723 000 ms → "1h 2m"; 2 days → "2d 0h"; under a minute → "45s". */
export function formatUptime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const days = Math.floor(total / 86_400)
  const hours = Math.floor((total % 86_400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  if (days > 0) return `${days}d ${hours}h`
  if (hours > 0) return `${hours}h ${minutes}m`
  if (minutes > 0) return `${minutes}m ${seconds}s`
  return `${seconds}s`
}

/** Same, spelled out for screen readers: "1 hour 2 minutes". */
export function formatUptimeLong(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const parts: [number, string][] = [
    [Math.floor(total / 86_400), 'day'],
    [Math.floor((total % 86_400) / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ]
  const first = parts.findIndex(([n]) => n > 0)
  if (first === -1) return '0 seconds'
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`)
    .join(' ')
}
