import { Link } from 'react-router'

import type { Pagination } from '@/api/fractal'
import { buttonClasses } from '@/components/ui/styles'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

interface PaginationNavProps {
  pagination: Pagination
  hrefFor: (page: number) => string
}

export function PaginationNav({ pagination, hrefFor }: PaginationNavProps) {
  const { t } = useI18n()
  const { currentPage, totalPages, total, perPage } = pagination
  // Past the end the page itself says so (with a link back); no "24,951–250 of 250" here.
  if (totalPages <= 1 || currentPage > totalPages) return null
  const first = (currentPage - 1) * perPage + 1
  const last = Math.min(total, currentPage * perPage)
  const linkClass = buttonClasses('secondary', 'sm')
  const disabledClass = cn(linkClass, 'pointer-events-none opacity-50')
  return (
    <nav
      aria-label={t.servers.pagination.label}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <p className="text-sm text-fg-muted">
        {t.servers.pagination.summary(first, last, total, currentPage, totalPages)}
      </p>
      <div className="flex gap-2">
        {currentPage > 1 ? (
          <Link
            to={hrefFor(currentPage - 1)}
            className={linkClass}
            rel="prev"
            aria-label={t.servers.pagination.previousPage}
          >
            {t.servers.pagination.previous}
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            {t.servers.pagination.previous}
          </span>
        )}
        {currentPage < totalPages ? (
          <Link
            to={hrefFor(currentPage + 1)}
            className={linkClass}
            rel="next"
            aria-label={t.servers.pagination.nextPage}
          >
            {t.servers.pagination.next}
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            {t.servers.pagination.next}
          </span>
        )}
      </div>
    </nav>
  )
}
