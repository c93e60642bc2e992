import { getI18n, messages } from '@/i18n/language'
import { formatBytes, formatNumber } from '@/lib/format'

// Resource figures against the server's limits (MiB / percent; 0 = unlimited). Figures are
// formatted for `locale` (default: the interface's), words come from the current catalogue.

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

/** 37.512 → "38%" (en) / "38 %" (de); one decimal below 10. */
function percent(value: number, locale: string): string {
  const digits = value < 10 ? 1 : 0
  return formatNumber(value, locale, {
    style: 'unit',
    unit: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  })
}

function usage(value: number, limit: number, format: (n: number) => string): Usage {
  const valueText = format(value)
  if (limit <= 0) {
    const unlimited = messages().servers.usage.unlimited
    return { ratio: null, nearLimit: false, text: valueText, valueText, limitText: unlimited }
  }
  const ratio = value / limit
  const limitText = format(limit)
  return {
    ratio,
    nearLimit: ratio >= NEAR_LIMIT,
    text: messages().servers.usage.ofLimit(valueText, limitText),
    valueText,
    limitText,
  }
}

/** `cpu_absolute` is a percentage of one core (may exceed 100); the limit is percent too. */
export const cpuUsage = (cpuPercent: number, limitPercent: number, locale = getI18n().locale) =>
  usage(cpuPercent, limitPercent, (n) => percent(n, locale))

const bytes = (n: number, locale: string) => (n === 0 ? '0 B' : formatBytes(n, locale))

export const memoryUsage = (value: number, limitMiB: number, locale = getI18n().locale) =>
  usage(value, limitMiB * MIB, (n) => bytes(n, locale))

export const diskUsage = (value: number, limitMiB: number, locale = getI18n().locale) =>
  usage(value, limitMiB * MIB, (n) => bytes(n, locale))

/** Limits alone (before live stats): "4 GB", "200%", "Unlimited". */
export function limitText(
  kind: 'cpu' | 'memory' | 'disk',
  limit: number,
  locale = getI18n().locale,
): string {
  if (limit <= 0) return messages().servers.usage.unlimited
  return kind === 'cpu' ? percent(limit, locale) : formatBytes(limit * MIB, locale)
}

type UptimeUnit = 'day' | 'hour' | 'minute' | 'second'

/** The two leading non-empty units of a duration, e.g. [[1, 'hour'], [2, 'minute']]. */
function uptimeParts(ms: number, keepZero: boolean): [number, UptimeUnit][] {
  const total = Math.max(0, Math.floor(ms / 1000))
  const parts: [number, UptimeUnit][] = [
    [Math.floor(total / 86_400), 'day'],
    [Math.floor((total % 86_400) / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ]
  const first = parts.findIndex(([n]) => n > 0)
  if (first === -1) return [[0, 'second']]
  const two = parts.slice(first, first + 2)
  return keepZero ? two : two.filter(([n]) => n > 0)
}

/** 3 723 000 ms → "1h 2m"; 2 days → "2d 0h"; under a minute → "45s" (current language). */
export function formatUptime(ms: number): string {
  const units = messages().servers.uptime.short
  return uptimeParts(ms, true)
    .map(([n, unit]) => units[unit](n))
    .join(' ')
}

/** Same, spelled out for screen readers: "1 hour 2 minutes". */
export function formatUptimeLong(ms: number): string {
  const units = messages().servers.uptime.long
  return uptimeParts(ms, false)
    .map(([n, unit]) => units[unit](n))
    .join(' ')
}
