import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Link, useSearchParams } from 'react-router'

import { accountQueries } from '@/api/account'
import { activityQueries } from '@/api/activity'
import type { ActivityPage as ActivityPageData, ActivityPageSize } from '@/api/activity'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { Spinner } from '@/components/ui/spinner'
import { buttonClasses } from '@/components/ui/styles'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

import { ActivityEntryRow } from './components/activity-entry-row'
import { ActivityFilters } from './components/activity-filters'
import { ActivityListSkeleton } from './components/activity-list-skeleton'
import { ActivityPagination } from './components/activity-pagination'
import { getActivityEvent } from './event-templates'
import { formatNumber, resolveLocale } from './locale'
import { activitySearchParams, parseActivitySearch } from './search-params'
import type { ActivitySearch } from './search-params'

const OWN_PARAMS = ['page', 'per_page', 'event']

function hrefFor(search: ActivitySearch): string {
  return paths.activity(Object.fromEntries(activitySearchParams(search)))
}

export function ActivityPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = parseActivitySearch(searchParams)
  const { page, perPage, event } = search

  const { data: account } = useQuery(accountQueries.detail())
  const locale = resolveLocale(account?.language)

  const query = useQuery(activityQueries.list({ page, perPage, event }))
  const { isPlaceholderData } = query

  // A link with odd values (`?page=abc&per_page=7`) is shown with the fallbacks and the URL is
  // corrected in place, so what the address bar says is what the page shows.
  const canonical = activitySearchParams(search).toString()
  const current = new URLSearchParams(
    [...searchParams].filter(([key]) => OWN_PARAMS.includes(key)),
  ).toString()
  useEffect(() => {
    if (canonical === current) return
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(canonical)
        for (const [key, value] of prev) if (!OWN_PARAMS.includes(key)) next.append(key, value)
        return next
      },
      { replace: true },
    )
  }, [canonical, current, setSearchParams])

  const headingRef = useRef<HTMLHeadingElement>(null)
  const focusList = () => {
    // After paging, start reading (and tabbing) from the top of the new page.
    requestAnimationFrame(() => {
      const heading = headingRef.current
      if (!heading) return
      heading.focus({ preventScroll: true })
      if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' })
    })
  }

  const go = (next: ActivitySearch) => setSearchParams(activitySearchParams(next))
  const setEvent = (nextEvent: string | undefined) => go({ page: 1, perPage, event: nextEvent })
  const setPerPage = (nextPerPage: ActivityPageSize) =>
    // Keep the first entry on screen in view at the new size.
    go({ page: Math.floor(((page - 1) * perPage) / nextPerPage) + 1, perPage: nextPerPage, event })

  const filterLabel = event ? (getActivityEvent(event)?.label ?? event) : undefined

  return (
    <div className="space-y-6">
      <PageHeader
        title="Activity"
        description="Sign-ins and changes to your account, newest first."
      />
      <ActivityFilters
        event={event}
        perPage={perPage}
        locale={locale}
        onEventChange={setEvent}
        onPerPageChange={setPerPage}
      />

      <section
        aria-labelledby="activity-list-title"
        className="scroll-mt-24 overflow-hidden rounded-lg border border-border bg-surface shadow-xs"
      >
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-border px-4 py-3 sm:px-6">
          <h2
            id="activity-list-title"
            ref={headingRef}
            tabIndex={-1}
            className="scroll-mt-24 rounded-sm text-base font-semibold text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            {filterLabel ? (
              <>
                <span className="sr-only">Activity: </span>
                {filterLabel}
              </>
            ) : (
              'All activity'
            )}
          </h2>
          <ListStatus data={query.data} busy={isPlaceholderData} page={page} locale={locale} />
        </div>

        {query.isPending ? (
          <ActivityListSkeleton />
        ) : query.isError ? (
          <div className="p-4 sm:p-6">
            <ErrorState
              title="Couldn't load your activity"
              error={query.error}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          </div>
        ) : query.data.items.length === 0 ? (
          <div className="p-4 sm:p-6">
            <EmptyFeed
              data={query.data}
              page={page}
              event={event}
              hrefForPage={(p) => hrefFor({ ...search, page: p })}
              onClearFilter={() => setEvent(undefined)}
              locale={locale}
            />
          </div>
        ) : (
          <>
            <ol
              aria-label="Activity entries"
              aria-busy={isPlaceholderData || undefined}
              className={cn(
                'divide-y divide-border transition-opacity',
                isPlaceholderData && 'opacity-60',
              )}
            >
              {query.data.items.map((entry) => (
                <ActivityEntryRow
                  key={entry.id}
                  entry={entry}
                  locale={locale}
                  filterHref={(name) => hrefFor({ page: 1, perPage, event: name })}
                />
              ))}
            </ol>
            {query.data.pagination.totalPages > 1 || page > 1 ? (
              <div className="border-t border-border bg-surface-muted/50 px-4 py-3 sm:px-6">
                <ActivityPagination
                  page={page}
                  totalPages={query.data.pagination.totalPages}
                  locale={locale}
                  pageHref={(p) => hrefFor({ ...search, page: p })}
                  onNavigate={focusList}
                />
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  )
}

interface ListStatusProps {
  data: ActivityPageData | undefined
  busy: boolean
  page: number
  locale: string
}

/** "Showing 26–50 of 119" — a polite live region, so paging and filtering are announced. */
function ListStatus({ data, busy, page, locale }: ListStatusProps) {
  let text = ''
  if (busy) {
    text = `Loading page ${formatNumber(page, locale)}…`
  } else if (data && data.items.length > 0) {
    const { total, perPage, currentPage } = data.pagination
    const from = (currentPage - 1) * perPage + 1
    const to = from + data.items.length - 1
    text = `Showing ${formatNumber(from, locale)}–${formatNumber(to, locale)} of ${formatNumber(total, locale)} ${total === 1 ? 'entry' : 'entries'}`
  }
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-fg-muted">
      {busy && <Spinner />}
      {text}
    </p>
  )
}

interface EmptyFeedProps {
  data: ActivityPageData
  page: number
  event: string | undefined
  locale: string
  hrefForPage: (page: number) => string
  onClearFilter: () => void
}

function EmptyFeed({ data, page, event, locale, hrefForPage, onClearFilter }: EmptyFeedProps) {
  const { total, totalPages } = data.pagination
  if (total > 0 && page > 1) {
    return (
      <EmptyState
        title={`There is no page ${formatNumber(page, locale)}`}
        description={`${totalPages === 1 ? 'There is only one page' : `There are ${formatNumber(totalPages, locale)} pages`} of entries.`}
        action={
          <Link to={hrefForPage(totalPages)} className={buttonClasses('secondary')}>
            Go to the last page
          </Link>
        }
      />
    )
  }
  if (event) {
    return (
      <EmptyState
        title="No entries match this filter"
        description={
          <>
            Nothing in your activity matches{' '}
            <span className="font-mono wrap-break-word">{event}</span>.
          </>
        }
        action={
          <Button variant="secondary" onClick={onClearFilter}>
            Show all events
          </Button>
        }
      />
    )
  }
  return (
    <EmptyState
      title="No activity yet"
      description="Sign-ins and changes to your account will show up here."
    />
  )
}
