/** 1234.5 → "1,234.5" (en) / "1.234,5" (de). Catalogue functions format their numbers with it. */
export function formatNumber(
  value: number,
  locale?: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(locale, options).format(value)
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const

/** 1536 → "1.5 kB" (binary steps, as the panel's limits are MiB-based). */
export function formatBytes(bytes: number, locale?: string): string {
  if (!Number.isFinite(bytes)) return '—'
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const formatted = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : value < 10 ? 1 : 0,
  }).format(value)
  return bytes < 0 ? `-${formatted}` : formatted
}

/** "Oct 24, 2024, 12:00:00 PM" */
export function formatDateTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date)
}

export function formatDate(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date)
}

const DIVISIONS: [number, Intl.RelativeTimeFormatUnit][] = [
  [60, 'second'],
  [60, 'minute'],
  [24, 'hour'],
  [7, 'day'],
  [4.34524, 'week'],
  [12, 'month'],
  [Number.POSITIVE_INFINITY, 'year'],
]

/** "3 minutes ago", "in 2 days", "now". */
export function formatRelative(date: Date, now: Date = new Date(), locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  let duration = (date.getTime() - now.getTime()) / 1000
  for (const [amount, unit] of DIVISIONS) {
    if (Math.abs(duration) < amount) return rtf.format(Math.round(duration), unit)
    duration /= amount
  }
  return rtf.format(Math.round(duration), 'year')
}

/**
 * A name cut to `max` characters (whole code points) with an ellipsis, for places with room for
 * a line or two: dialog titles, notices. Show the whole name nearby (or in `title`) too.
 */
export function shortName(name: string, max = 48): string {
  const chars = Array.from(name)
  return chars.length <= max
    ? name
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
}

/** The whole name when `shortName` would cut it (for a dialog to show it in full), else nothing. */
export function cutName(name: string | null | undefined, max = 48): string | undefined {
  return name && shortName(name, max) !== name ? name : undefined
}
