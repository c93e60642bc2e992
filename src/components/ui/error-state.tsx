import type { ReactNode } from 'react'

import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { Button } from './button'

interface ErrorStateProps {
  /** An ApiError (its human message is shown) or any thrown value (a generic sentence). */
  error?: unknown
  title?: ReactNode
  onRetry?: () => void
  retrying?: boolean
  className?: string
}

/** Inline failure for a query's first load: plain explanation + Retry. */
export function ErrorState({ error, title, onRetry, retrying, className }: ErrorStateProps) {
  const { t } = useI18n()
  const message = errorText(error, t)
  return (
    <div
      role="alert"
      className={cn(
        'rounded-lg border border-danger-text/30 bg-danger-subtle px-4 py-4',
        className,
      )}
    >
      <p className="text-sm font-semibold text-danger-text">{title ?? t.common.loadFailed}</p>
      <p className="mt-1 text-sm text-fg">{message}</p>
      {onRetry && (
        <Button variant="secondary" size="sm" className="mt-3" pending={retrying} onClick={onRetry}>
          {t.common.retryAction}
        </Button>
      )}
    </div>
  )
}
