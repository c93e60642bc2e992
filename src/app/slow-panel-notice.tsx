import { useSyncExternalStore } from 'react'

import { slowRequestCount, subscribeSlowRequests } from '@/api/client'
import { Spinner } from '@/components/ui/spinner'
import { useI18n } from '@/i18n/language'

/**
 * "The panel is slow to answer" while any request has been pending for a few seconds
 * (SLOW_REQUEST_MS in the fetch client). Without it a hanging panel showed nothing at all until
 * the request timed out; the request itself is not cancelled and may still succeed.
 */
export function SlowPanelNotice() {
  const { t } = useI18n()
  const slow = useSyncExternalStore(subscribeSlowRequests, slowRequestCount, () => 0) > 0
  // The live region stays mounted so screen readers announce the text when it appears.
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 top-2 z-[65] flex justify-center px-4"
    >
      {slow && (
        <p className="flex items-center gap-2 rounded-full border border-border bg-surface px-3 py-1.5 text-sm text-fg shadow-md">
          <Spinner className="size-3.5 text-fg-muted" />
          {t.layout.panelSlow}
        </p>
      )}
    </div>
  )
}
