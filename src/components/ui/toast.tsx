import { useSyncExternalStore } from 'react'

import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { dismissToast, getToasts, subscribeToasts } from '@/lib/toast-store'

/**
 * Renders toasts from `toast()` (src/lib/toast-store.ts) in a polite live region. Mount once
 * (providers.tsx does). Toasts are plain sentences: never secrets or copied values.
 */
export function Toaster() {
  const { t } = useI18n()
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getToasts)
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={t.common.notifications}
      className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 sm:items-end"
    >
      {toasts.map((item) => (
        <div
          key={item.id}
          className={cn(
            'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border bg-surface px-4 py-3 text-sm text-fg shadow-lg',
            item.tone === 'error' ? 'border-danger-text/40' : 'border-border',
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              'mt-1.5 size-2 shrink-0 rounded-full',
              item.tone === 'error'
                ? 'bg-danger'
                : item.tone === 'success'
                  ? 'bg-success-text'
                  : 'bg-accent',
            )}
          />
          <p className="min-w-0 flex-1">{item.message}</p>
          <button
            type="button"
            onClick={() => dismissToast(item.id)}
            className="-m-1 rounded p-1 text-fg-muted hover:text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            aria-label={t.common.dismissNotification}
          >
            <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true">
              <path
                d="M4 4l8 8M12 4l-8 8"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
              />
            </svg>
          </button>
        </div>
      ))}
    </div>
  )
}
