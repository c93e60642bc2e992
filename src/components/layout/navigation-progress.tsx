import { useNavigation } from 'react-router'

import { useI18n } from '@/i18n/language'

/** Thin indeterminate bar at the top while a route (or its lazy chunk) loads. */
export function NavigationProgress() {
  const { t } = useI18n()
  const busy = useNavigation().state !== 'idle'
  if (!busy) return null
  return (
    <div
      role="progressbar"
      aria-label={t.layout.loadingPage}
      className="fixed inset-x-0 top-0 z-[70] h-0.5 overflow-hidden bg-accent/20"
    >
      <div className="h-full w-2/5 animate-[talon-progress_1.1s_ease-in-out_infinite] bg-accent" />
    </div>
  )
}
