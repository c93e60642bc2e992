import { ACTIVITY_PAGE_SIZES } from '@/api/activity'
import type { ActivityPageSize } from '@/api/activity'
import { Button } from '@/components/ui/button'
import { Select } from '@/components/ui/select'
import { useI18n } from '@/i18n/language'
import { formatNumber } from '@/lib/format'

import { activityEventLabel, filterableEventsByGroup, getActivityEvent } from '../event-templates'
import type { ActivityEventGroup } from '../event-templates'

interface ActivityFiltersProps {
  event: string | undefined
  perPage: ActivityPageSize
  locale: string
  onEventChange: (event: string | undefined) => void
  onPerPageChange: (perPage: ActivityPageSize) => void
  /** The picker's groups; the account feed's by default. */
  eventGroups?: readonly ActivityEventGroup[]
}

const accountGroups = filterableEventsByGroup()

export function ActivityFilters({
  event,
  perPage,
  locale,
  onEventChange,
  onPerPageChange,
  eventGroups,
}: ActivityFiltersProps) {
  const { t } = useI18n()
  const groups = eventGroups ? filterableEventsByGroup(eventGroups) : accountGroups
  const known =
    event !== undefined &&
    groups.some((g) => g.events.includes(event)) &&
    getActivityEvent(event)?.filterable === true
  return (
    <div
      role="search"
      aria-label={t.activity.filters.label}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="w-full min-w-0 space-y-1.5 sm:w-80">
        <label htmlFor="activity-event" className="block text-sm font-medium text-fg">
          {t.activity.filters.event}
        </label>
        <Select
          id="activity-event"
          value={event ?? ''}
          onChange={(e) => onEventChange(e.target.value || undefined)}
        >
          <option value="">{t.activity.filters.allEvents}</option>
          {groups.map(({ group, events }) => (
            <optgroup key={group} label={t.activity.groups[group]}>
              {events.map((name) => (
                <option key={name} value={name}>
                  {activityEventLabel(name, t.activity) ?? name}
                </option>
              ))}
            </optgroup>
          ))}
          {event !== undefined && !known && (
            <optgroup label={t.activity.filters.otherGroup}>
              <option value={event}>{event}</option>
            </optgroup>
          )}
        </Select>
      </div>
      {event !== undefined && (
        <Button variant="secondary" onClick={() => onEventChange(undefined)}>
          {t.activity.filters.clear}
        </Button>
      )}
      <div className="ml-auto w-28 space-y-1.5">
        <label htmlFor="activity-per-page" className="block text-sm font-medium text-fg">
          {t.activity.filters.perPage}
        </label>
        <Select
          id="activity-per-page"
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
        </Select>
      </div>
    </div>
  )
}
