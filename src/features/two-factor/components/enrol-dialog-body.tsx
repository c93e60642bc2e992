import { lazy, Suspense } from 'react'

import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

import type { SetupState } from '../hooks/use-two-factor-setup'

// qrcode.react lives in this chunk only, so /account's first load stays light.
const EnrolForm = lazy(() => import('./enrol-form').then((m) => ({ default: m.EnrolForm })))

interface EnrolDialogBodyProps {
  state: SetupState
  onRetry: () => void
  onEnabled: (tokens: string[]) => void
  onCancel: () => void
  onBusyChange: (busy: boolean) => void
}

function EnrolSkeleton() {
  const { t } = useI18n()
  return (
    <div aria-busy="true" className="space-y-4">
      <span className="sr-only" role="status">
        {t.twoFactor.enrol.preparing}
      </span>
      <Skeleton className="h-5 w-3/4" />
      <Skeleton className="mx-auto size-52" />
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-9 w-full" />
    </div>
  )
}

export function EnrolDialogBody({ state, onRetry, ...formProps }: EnrolDialogBodyProps) {
  const { t } = useI18n()
  if (state.status === 'error') {
    return (
      <ErrorState
        title={t.twoFactor.enrol.startFailed}
        error={state.error}
        onRetry={onRetry}
        className="mb-1"
      />
    )
  }
  if (state.status !== 'ready') return <EnrolSkeleton />
  return (
    <Suspense fallback={<EnrolSkeleton />}>
      <EnrolForm setup={state.setup} {...formProps} />
    </Suspense>
  )
}
