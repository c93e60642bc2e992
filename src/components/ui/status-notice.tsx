import { cn } from '@/lib/cn'

interface StatusNoticeProps {
  message?: string | undefined
  className?: string
}

/**
 * A success message in a live region that is always in the DOM, so screen readers announce it
 * politely when the text appears (a region inserted together with its text is often missed).
 */
export function StatusNotice({ message, className }: StatusNoticeProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={cn(!message && 'sr-only')}>
      {message && (
        <div
          className={cn(
            'flex items-start gap-2 rounded-md border border-success-text/30 bg-success-subtle px-3.5 py-3 text-sm text-success-text',
            className,
          )}
        >
          <svg viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path
              d="M5 8.2l2 2 4-4.4"
              fill="none"
              stroke="var(--color-surface)"
              strokeWidth="1.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <p>{message}</p>
        </div>
      )}
    </div>
  )
}
