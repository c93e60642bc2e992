import { useEffect, useState } from 'react'

import { cn } from '@/lib/cn'
import { formatDateTime, formatRelative } from '@/lib/format'

interface RelativeTimeProps {
  date: Date
  className?: string
  /** Re-render interval for the relative text; 0 disables. */
  refreshMs?: number
}

/**
 * "3 minutes ago" in a <time dateTime>, with the exact time in `title` and, for keyboard users,
 * shown on focus (it is focusable) and available to screen readers.
 */
export function RelativeTime({ date, className, refreshMs = 60_000 }: RelativeTimeProps) {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    if (!refreshMs) return
    const id = setInterval(() => setNow(new Date()), refreshMs)
    return () => clearInterval(id)
  }, [refreshMs])

  const exact = formatDateTime(date)
  return (
    <time
      dateTime={date.toISOString()}
      title={exact}
      tabIndex={0}
      className={cn(
        'group relative rounded-sm underline decoration-dotted decoration-fg-muted/50 underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
        className,
      )}
    >
      {formatRelative(date, now)}
      <span className="sr-only"> ({exact})</span>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute bottom-full left-0 z-10 mb-1 hidden rounded-md bg-fg px-2 py-1 text-xs whitespace-nowrap text-canvas shadow group-focus-visible:block"
      >
        {exact}
      </span>
    </time>
  )
}
