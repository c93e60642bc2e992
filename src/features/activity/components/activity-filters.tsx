import type { ReactNode } from 'react'

import { ACTIVITY_PAGE_SIZES } from '@/api/activity'
import type { ActivityPageSize } from '@/api/activity'
import { Button } from '@/components/ui/button'
import { inputClasses } from '@/components/ui/styles'
import { cn } from '@/lib/cn'

import { filterableEventsByGroup, getActivityEvent } from '../event-templates'
import { formatNumber } from '../locale'

interface ActivityFiltersProps {
  event: string | undefined
  perPage: ActivityPageSize
  locale: string
  onEventChange: (event: string | undefined) => void
  onPerPageChange: (perPage: ActivityPageSize) => void
}

const selectClasses = cn(inputClasses, 'min-h-11 appearance-none pr-9 sm:min-h-9')

const groups = filterableEventsByGroup()

export function ActivityFilters({
  event,
  perPage,
  locale,
  onEventChange,
  onPerPageChange,
}: ActivityFiltersProps) {
  const known = event !== undefined && getActivityEvent(event)?.filterable === true
  return (
    <div role="search" aria-label="Filter activity" className="flex flex-wrap items-end gap-3">
      <div className="w-full min-w-0 space-y-1.5 sm:w-80">
        <label htmlFor="activity-event" className="block text-sm font-medium text-fg">
          Event
        </label>
        <SelectShell>
          <select
            id="activity-event"
            className={selectClasses}
            value={event ?? ''}
            onChange={(e) => onEventChange(e.target.value || undefined)}
          >
            <option value="">All events</option>
            {groups.map(({ group, events }) => (
              <optgroup key={group} label={group}>
                {events.map((name) => (
                  <option key={name} value={name}>
                    {getActivityEvent(name)?.label ?? name}
                  </option>
                ))}
              </optgroup>
            ))}
            {event !== undefined && !known && (
              <optgroup label="Other">
                <option value={event}>{event}</option>
              </optgroup>
            )}
          </select>
        </SelectShell>
      </div>
      {event !== undefined && (
        <Button variant="secondary" onClick={() => onEventChange(undefined)}>
          Clear filter
        </Button>
      )}
      <div className="ml-auto w-28 space-y-1.5">
        <label htmlFor="activity-per-page" className="block text-sm font-medium text-fg">
          Per page
        </label>
        <SelectShell>
          <select
            id="activity-per-page"
            className={selectClasses}
            value={perPage}
            onChange={(e) => {
              const next = ACTIVITY_PAGE_SIZES.find((size) => String(size) === e.target.value)
              if (next) onPerPageChange(next)
            }}
          >
            {ACTIVITY_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {formatNumber(size, locale)}
              </option>
            ))}
          </select>
        </SelectShell>
      </div>
    </div>
  )
}

function SelectShell({ children }: { children: ReactNode }) {
  return (
    <div className="relative">
      {children}
      <svg
        viewBox="0 0 16 16"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted"
        aria-hidden="true"
      >
        <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </div>
  )
}
