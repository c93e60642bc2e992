import { useEffect, useState } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { formatDateTime, formatRelative } from '@/lib/format'

interface RelativeTimeProps {
  date: Date
  /** BCP 47 locale; the interface's (`useI18n().locale`) when absent. */
  locale?: string
  /** Which edge the focus tooltip hugs; `end` for times at the right of a row. */
  align?: 'start' | 'end'
  className?: string
  /** Keep the relative text current (default); false freezes it at the first render. */
  live?: boolean
  /**
   * A Tab stop that shows the exact time on focus (default). Lists that offer the exact time
   * elsewhere (an activity entry's details) turn it off, so a row costs one Tab stop.
   */
  focusable?: boolean
}

/**
 * How long "3 minutes ago" stays right: seconds tick every second, minutes every 15 s (the text
 * rounds to the nearest unit), hours every minute, anything older every hour.
 */
function refreshDelay(ageMs: number): number {
  const age = Math.abs(ageMs)
  if (age < 60_000) return 1_000
  if (age < 3_600_000) return 15_000
  if (age < 86_400_000) return 60_000
  return 3_600_000
}

/** The current time, re-read as often as a relative time of `date` can change. */
function useNow(date: Date, live: boolean): Date {
  const [now, setNow] = useState(() => new Date())
  const delay = refreshDelay(now.getTime() - date.getTime())
  useEffect(() => {
    if (!live) return
    const id = setTimeout(() => setNow(new Date()), delay)
    return () => clearTimeout(id)
  }, [live, delay, now])
  return now
}

/**
 * "3 minutes ago" in a <time dateTime>, with the exact time in `title` and, for keyboard users,
 * shown on focus (it is focusable) and available to screen readers.
 */
export function RelativeTime({
  date,
  locale: localeProp,
  align = 'start',
  className,
  live = true,
  focusable = true,
}: RelativeTimeProps) {
  const i18n = useI18n()
  const locale = localeProp ?? i18n.locale
  const now = useNow(date, live)

  const exact = formatDateTime(date, locale)
  return (
    <time
      dateTime={date.toISOString()}
      title={exact}
      tabIndex={focusable ? 0 : undefined}
      className={cn(
        'group relative rounded-sm',
        focusable &&
          'underline decoration-fg-muted/50 decoration-dotted underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
        className,
      )}
    >
      {formatRelative(date, now, locale)}
      <span className="sr-only"> ({exact})</span>
      {focusable && (
        <span
          aria-hidden="true"
          className={cn(
            'pointer-events-none absolute bottom-full z-10 mb-1 hidden rounded-md bg-fg px-2 py-1 text-xs whitespace-nowrap text-canvas shadow group-focus-visible:block',
            align === 'end' ? 'right-0' : 'left-0',
          )}
        >
          {exact}
        </span>
      )}
    </time>
  )
}
