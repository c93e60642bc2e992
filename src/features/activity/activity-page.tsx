import { useQuery } from '@tanstack/react-query'
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Link, useSearchParams } from 'react-router'

import { activityQueries } from '@/api/activity'
import type { ApiError } from '@/api/errors'
import { displayFingerprint, sshKeyQueries } from '@/api/ssh-keys'
import type {
  ActivityListParams,
  ActivityPage as ActivityPageData,
  ActivityPageSize,
} from '@/api/activity'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { Spinner } from '@/components/ui/spinner'
import { buttonClasses } from '@/components/ui/styles'
import type { Messages } from '@/i18n/catalogue'
import { interpolate } from '@/i18n/interpolate'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { paths } from '@/lib/paths'

import { ActivityEntryRow } from './components/activity-entry-row'
import { ActivityFilters } from './components/activity-filters'
import { ActivityListSkeleton } from './components/activity-list-skeleton'
import { ActivityPagination } from './components/activity-pagination'
import { activityEventLabel } from './event-templates'
import type { ActivityEventGroup } from './event-templates'
import { activitySearchParams, parseActivitySearch } from './search-params'
import type { ActivitySearch } from './search-params'

const OWN_PARAMS = ['page', 'per_page', 'event']

/** The account's own feed (`/account/activity`). */
export function ActivityPage() {
  const { t } = useI18n()
  return (
    <ActivityFeed
      title={t.activity.page.title}
      description={t.activity.page.description}
      query={activityQueries.list}
      href={paths.activity}
    />
  )
}

/** What differs between the account's feed and a server's (`features/server/activity`). */
export interface ActivityFeedProps<K extends QueryKey> {
  title: string
  description: string
  /** The list's query options (the account's or a server's factory). */
  query: (
    params: ActivityListParams,
  ) => UseQueryOptions<ActivityPageData, ApiError, ActivityPageData, K>
  /** The feed's own URL with these search params. */
  href: (query: Record<string, string | undefined>) => string
  eventGroups?: readonly ActivityEventGroup[]
  loadError?: string
  emptyDescription?: string
  noMatchDescription?: string
  /** Inside a page that already has its <h1> (the server shell): the title is an <h2>. */
  embedded?: boolean
}

export function ActivityFeed<K extends QueryKey>({
  title,
  description,
  query: queryFor,
  href,
  eventGroups,
  loadError,
  emptyDescription,
  noMatchDescription,
  embedded = false,
}: ActivityFeedProps<K>) {
  const hrefFor = (search: ActivitySearch): string =>
    href(Object.fromEntries(activitySearchParams(search)))
  const [searchParams, setSearchParams] = useSearchParams()
  const search = parseActivitySearch(searchParams)
  const { page, perPage, event } = search

  // The account's language is applied app-wide (src/i18n/language.ts): text and dates follow it.
  const { t, locale } = useI18n()

  const query = useQuery(queryFor({ page, perPage, event }))
  const { isPlaceholderData } = query
  // SSH key events carry only the fingerprint: the key list names the keys the account still has
  // (asked for only when such an entry is on screen; a server's feed never has one).
  const hasSshKeyEvents =
    query.data?.items.some((entry) => entry.event.startsWith('user:ssh-key.')) ?? false
  const sshKeys = useQuery({ ...sshKeyQueries.list(), enabled: hasSshKeyEvents })
  const sshKeyName = (fingerprint: string) =>
    sshKeys.data?.find(
      (key) => displayFingerprint(key.fingerprint) === displayFingerprint(fingerprint),
    )?.name

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

  const filterLabel = event ? (activityEventLabel(event, t.activity) ?? event) : undefined

  return (
    <div className="space-y-6">
      {embedded ? (
        <div>
          <h2 className="text-lg font-semibold text-fg">{title}</h2>
          <p className="mt-1 text-sm text-fg-muted">{description}</p>
        </div>
      ) : (
        <PageHeader title={title} description={description} />
      )}
      <ActivityFilters
        eventGroups={eventGroups}
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
                <span className="sr-only">{t.activity.page.filteredPrefix}</span>
                {filterLabel}
              </>
            ) : (
              t.activity.page.allActivity
            )}
          </h2>
          <ListStatus data={query.data} busy={isPlaceholderData} page={page} t={t.activity} />
        </div>

        {query.isPending ? (
          <ActivityListSkeleton />
        ) : query.isError ? (
          <div className="p-4 sm:p-6">
            <ErrorState
              title={loadError ?? t.activity.page.loadError}
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
              t={t.activity}
              emptyDescription={emptyDescription}
              noMatchDescription={noMatchDescription}
            />
          </div>
        ) : (
          <>
            <ol
              aria-label={t.activity.page.entriesLabel}
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
                  sshKeyName={sshKeyName}
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

type ActivityMessages = Messages['activity']

interface ListStatusProps {
  data: ActivityPageData | undefined
  busy: boolean
  page: number
  t: ActivityMessages
}

/** "Showing 26–50 of 119" — a polite live region, so paging and filtering are announced. */
function ListStatus({ data, busy, page, t }: ListStatusProps) {
  let text = ''
  if (busy) {
    text = t.status.loadingPage(page)
  } else if (data && data.items.length > 0) {
    const { total, perPage, currentPage } = data.pagination
    const from = (currentPage - 1) * perPage + 1
    const to = from + data.items.length - 1
    text = t.status.showing(from, to, total)
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
  t: ActivityMessages
  hrefForPage: (page: number) => string
  onClearFilter: () => void
  emptyDescription: string | undefined
  noMatchDescription: string | undefined
}

function EmptyFeed({
  data,
  page,
  event,
  t,
  hrefForPage,
  onClearFilter,
  emptyDescription,
  noMatchDescription,
}: EmptyFeedProps) {
  const { total, totalPages } = data.pagination
  if (total > 0 && page > 1) {
    return (
      <EmptyState
        title={t.empty.noSuchPage.title(page)}
        description={t.empty.noSuchPage.description(totalPages)}
        action={
          <Link to={hrefForPage(totalPages)} className={buttonClasses('secondary')}>
            {t.empty.noSuchPage.action}
          </Link>
        }
      />
    )
  }
  if (event) {
    return (
      <EmptyState
        title={t.empty.noMatch.title}
        description={interpolate(noMatchDescription ?? t.empty.noMatch.description, {
          event: <span className="font-mono wrap-break-word">{event}</span>,
        })}
        action={
          <Button variant="secondary" onClick={onClearFilter}>
            {t.empty.noMatch.action}
          </Button>
        }
      />
    )
  }
  return (
    <EmptyState
      title={t.empty.noActivity.title}
      description={emptyDescription ?? t.empty.noActivity.description}
    />
  )
}
