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
  /** Re-render interval for the relative text; 0 disables. */
  refreshMs?: number
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
  refreshMs = 60_000,
}: RelativeTimeProps) {
  const i18n = useI18n()
  const locale = localeProp ?? i18n.locale
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    if (!refreshMs) return
    const id = setInterval(() => setNow(new Date()), refreshMs)
    return () => clearInterval(id)
  }, [refreshMs])

  const exact = formatDateTime(date, locale)
  return (
    <time
      dateTime={date.toISOString()}
      title={exact}
      tabIndex={0}
      className={cn(
        'group relative rounded-sm underline decoration-fg-muted/50 decoration-dotted underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
        className,
      )}
    >
      {formatRelative(date, now, locale)}
      <span className="sr-only"> ({exact})</span>
      <span
        aria-hidden="true"
        className={cn(
          'pointer-events-none absolute bottom-full z-10 mb-1 hidden rounded-md bg-fg px-2 py-1 text-xs whitespace-nowrap text-canvas shadow group-focus-visible:block',
          align === 'end' ? 'right-0' : 'left-0',
        )}
      >
        {exact}
      </span>
    </time>
  )
}
