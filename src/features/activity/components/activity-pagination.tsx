import { Link } from 'react-router'

import { buttonClasses } from '@/components/ui/styles'
import { interpolate } from '@/i18n/interpolate'
import { useI18n } from '@/i18n/language'
import { formatNumber } from '@/lib/format'

interface ActivityPaginationProps {
  page: number
  totalPages: number
  locale: string
  /** URL of another page of the feed. */
  pageHref: (page: number) => string
  /** Called when a page link is followed (the page moves focus to the list). */
  onNavigate: () => void
}

/** Previous / "Page X of Y" / Next, as links so a page can be opened, bookmarked or shared. */
export function ActivityPagination({
  page,
  totalPages,
  locale,
  pageHref,
  onNavigate,
}: ActivityPaginationProps) {
  const { t } = useI18n()
  const last = Math.max(totalPages, 1)
  const previous = page > 1 ? Math.min(page - 1, last) : undefined
  const next = page < last ? page + 1 : undefined
  return (
    <nav
      aria-label={t.activity.pagination.label}
      className="flex items-center justify-between gap-3"
    >
      <PageLink
        to={previous === undefined ? undefined : pageHref(previous)}
        onNavigate={onNavigate}
        label={t.activity.pagination.previous}
        direction="previous"
      />
      <p className="text-center text-sm whitespace-nowrap text-fg-muted">
        {interpolate(t.activity.pagination.position, {
          page: <span className="font-medium text-fg">{formatNumber(page, locale)}</span>,
          total: <span className="font-medium text-fg">{formatNumber(last, locale)}</span>,
        })}
      </p>
      <PageLink
        to={next === undefined ? undefined : pageHref(next)}
        onNavigate={onNavigate}
        label={t.activity.pagination.next}
        direction="next"
      />
    </nav>
  )
}

interface PageLinkProps {
  to: string | undefined
  label: string
  direction: 'previous' | 'next'
  onNavigate: () => void
}

function PageLink({ to, label, direction, onNavigate }: PageLinkProps) {
  const icon = (
    <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true">
      <path
        d={direction === 'previous' ? 'M10 3.5 5.5 8l4.5 4.5' : 'M6 3.5 10.5 8 6 12.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
  const content =
    direction === 'previous' ? (
      <>
        {icon}
        {label}
      </>
    ) : (
      <>
        {label}
        {icon}
      </>
    )
  if (!to) {
    // A disabled button when there is nowhere to go, so the layout stays put.
    return (
      <button type="button" disabled className={buttonClasses('secondary')}>
        {content}
      </button>
    )
  }
  return (
    <Link
      to={to}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={buttonClasses('secondary')}
      onClick={onNavigate}
    >
      {content}
    </Link>
  )
}
