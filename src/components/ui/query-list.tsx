import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

import { ErrorState } from './error-state'
import { FormAlert } from './form-alert'
import { StatusNotice } from './status-notice'

interface QueryListProps<T> {
  /** Accessible name of the focusable group, e.g. "API key list". */
  label: string
  query: UseQueryResult<T[]>
  skeleton: ReactNode
  errorTitle: string
  /** Shown when the list loads empty (an EmptyState). */
  empty: ReactNode
  children: (items: T[]) => ReactNode
  /** The last action's notice, e.g. "Deleted API key “ci”." (shown and announced politely). */
  announcement: string
  /** The last action's failure, shown above the list. */
  actionError?: string
  /** Bump to move focus to the list (after a row, and the button that acted on it, is gone). */
  focusRequest: number
}

/** A query-backed list: loading skeleton, inline error with Retry, empty state, or the items. */
export function QueryList<T>({
  label,
  query,
  skeleton,
  errorTitle,
  empty,
  children,
  announcement,
  actionError,
  focusRequest,
}: QueryListProps<T>) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus()
  }, [focusRequest])

  return (
    <div ref={ref} tabIndex={-1} role="group" aria-label={label} className="focus:outline-none">
      {/* Visible too: a sighted user sees what the last action did, until it leaves. */}
      <StatusNotice message={announcement || undefined} className="mb-4" />
      <FormAlert message={actionError} className="mb-4" />
      {query.isPending ? (
        skeleton
      ) : query.isError ? (
        <ErrorState
          title={errorTitle}
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        empty
      ) : (
        children(query.data)
      )}
    </div>
  )
}
