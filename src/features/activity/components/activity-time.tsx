import { useEffect, useState } from 'react'

import { cn } from '@/lib/cn'
import { formatDateTime, formatRelative } from '@/lib/format'

interface ActivityTimeProps {
  date: Date
  locale: string
  className?: string
}

// RelativeTime (components/ui) in the account's locale: it has no `locale` prop yet. Same
// behaviour: relative text, exact time in `title`, shown on keyboard focus, read by screen readers.
export function ActivityTime({ date, locale, className }: ActivityTimeProps) {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(id)
  }, [])

  const exact = formatDateTime(date, locale)
  return (
    <time
      dateTime={date.toISOString()}
      title={exact}
      tabIndex={0}
      className={cn(
        'group relative rounded-sm whitespace-nowrap underline decoration-fg-muted/50 decoration-dotted underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
        className,
      )}
    >
      {formatRelative(date, now, locale)}
      <span className="sr-only"> ({exact})</span>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute right-0 bottom-full z-10 mb-1 hidden rounded-md bg-fg px-2 py-1 text-xs whitespace-nowrap text-canvas shadow group-focus-visible:block"
      >
        {exact}
      </span>
    </time>
  )
}
