import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'

import { accountQueries } from '@/api/account'
import { setTwoFactorStatus, twoFactorQueries } from '@/api/two-factor'
import type { AccountIdentity, TwoFactorState } from '@/api/two-factor'
import { Button } from '@/components/ui/button'
import { ContentSection } from '@/components/ui/content-section'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { FormAlert } from '@/components/ui/form-alert'
import { Skeleton } from '@/components/ui/skeleton'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'
import { toast } from '@/lib/toast-store'

import { DisableDialog } from './components/disable-dialog'
import { EnrolDialogBody } from './components/enrol-dialog-body'
import { RecoveryTokens } from './components/recovery-tokens'
import { useTwoFactorSetup } from './hooks/use-two-factor-setup'

/** The /account section: shows whether 2FA is on, enrols (QR + recovery tokens) and disables. */
export function TwoFactorSection() {
  const { t } = useI18n()
  const account = useQuery(accountQueries.detail())
  return (
    <ContentSection
      id="two-factor"
      title={t.twoFactor.section.title}
      description={t.twoFactor.section.description}
    >
      {account.isPending ? (
        <StatusSkeleton />
      ) : account.isError ? (
        <ErrorState
          error={account.error}
          onRetry={() => void account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <TwoFactorPanel me={{ username: account.data.username, email: account.data.email }} />
      )}
    </ContentSection>
  )
}

function StatusSkeleton() {
  const { t } = useI18n()
  return (
    <div className="space-y-3" aria-busy="true">
      <span className="sr-only" role="status">
        {t.twoFactor.section.checking}
      </span>
      <Skeleton className="h-5 w-56 max-w-full" />
      <Skeleton className="h-4 w-80 max-w-full" />
    </div>
  )
}

type Mode = 'closed' | 'enrol' | 'tokens' | 'disable'

const badgeTone: Record<TwoFactorState, string> = {
  on: 'bg-success-subtle text-success-text border-success-text/30',
  off: 'bg-surface-muted text-fg-muted border-border',
  unknown: 'bg-warning-subtle text-warning-text border-warning-text/30',
}

function TwoFactorPanel({ me }: { me: AccountIdentity }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const status = useQuery(twoFactorQueries.status(me))
  const setup = useTwoFactorSetup()
  const [mode, setMode] = useState<Mode>('closed')
  const [tokens, setTokens] = useState<string[] | null>(null)
  const [enrolBusy, setEnrolBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const focusStatus = useRef(false)

  // When a dialog closes because its trigger disappeared (Set up → Turn off), focus the new
  // status instead of leaving it on <body>. Runs after Radix's own return-focus attempt.
  useEffect(() => {
    if (mode !== 'closed' || !focusStatus.current) return
    focusStatus.current = false
    const id = setTimeout(() => statusRef.current?.focus(), 0)
    return () => clearTimeout(id)
  }, [mode])

  const state: TwoFactorState = status.data?.state ?? 'unknown'

  const startSetup = () =>
    setup.start({
      onAlreadyEnabled: () => {
        setTwoFactorStatus(queryClient, me, 'on', { invalidateActivity: false })
        setNotice(messages().twoFactor.section.alreadyOn)
        focusStatus.current = true
        setMode('closed')
      },
    })

  const openEnrol = () => {
    setNotice(null)
    setMode('enrol')
    startSetup()
  }

  const closeEnrol = () => {
    setup.clear() // the secret is dropped with the dialog
    setEnrolBusy(false)
    setMode('closed')
  }

  const onEnabled = (issued: string[]) => {
    setTokens(issued)
    setup.clear()
    setEnrolBusy(false)
    setMode('tokens')
    setTwoFactorStatus(queryClient, me, 'on')
  }

  const onTokensDone = () => {
    setTokens(null)
    focusStatus.current = true
    setMode('closed')
    toast(messages().twoFactor.section.turnedOn, 'success')
  }

  const onDisabled = () => {
    setTwoFactorStatus(queryClient, me, 'off')
    setNotice(null)
    focusStatus.current = true
    setMode('closed')
    toast(messages().twoFactor.section.turnedOff, 'success')
  }

  const onBusyChange = useCallback((busy: boolean) => setEnrolBusy(busy), [])

  if (status.isPending) return <StatusSkeleton />

  // What the section says for each status (t.twoFactor.status.on / off / unknown).
  const { badge, heading, body } = t.twoFactor.status[state]
  const canEnable = state !== 'on'
  const canDisable = state !== 'off'

  return (
    <div className="space-y-4">
      {status.data?.required && (
        <FormAlert
          tone="warning"
          title={t.twoFactor.section.requiredTitle}
          message={t.twoFactor.section.requiredMessage}
        />
      )}
      <FormAlert tone="info" message={notice ?? undefined} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <p
            ref={statusRef}
            tabIndex={-1}
            className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg focus:outline-none"
          >
            <span
              className={cn(
                'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold',
                badgeTone[state],
              )}
              aria-hidden="true"
            >
              {badge}
            </span>
            <span>{heading}</span>
          </p>
          <p className="text-sm text-fg-muted">{body}</p>
          {status.isError && (
            <p className="text-sm text-fg-muted">
              {t.twoFactor.section.checkFailed(errorText(status.error))}{' '}
              <button
                type="button"
                onClick={() => void status.refetch()}
                className="inline-flex min-h-11 items-center font-medium text-accent-text underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-0"
              >
                {t.twoFactor.section.checkAgain}
              </button>
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {canEnable && <Button onClick={openEnrol}>{t.twoFactor.section.setUp}</Button>}
          {canDisable && (
            <Button
              variant={state === 'on' ? 'secondary' : 'ghost'}
              onClick={() => setMode('disable')}
            >
              {t.twoFactor.section.turnOff}
            </Button>
          )}
        </div>
      </div>

      <Dialog
        open={mode === 'enrol' || mode === 'tokens'}
        onOpenChange={(open) => {
          if (!open && mode === 'enrol' && !enrolBusy) closeEnrol()
        }}
        dismissible={mode === 'enrol' && !enrolBusy}
        title={mode === 'tokens' ? t.twoFactor.recoveryTokens.title : t.twoFactor.enrol.title}
        description={
          mode === 'tokens' ? t.twoFactor.recoveryTokens.description : t.twoFactor.enrol.description
        }
      >
        {mode === 'tokens' && tokens ? (
          <RecoveryTokens tokens={tokens} account={me.username} onDone={onTokensDone} />
        ) : mode === 'enrol' ? (
          <EnrolDialogBody
            state={setup.state}
            onRetry={startSetup}
            onEnabled={onEnabled}
            onCancel={closeEnrol}
            onBusyChange={onBusyChange}
          />
        ) : null}
      </Dialog>

      <DisableDialog
        open={mode === 'disable'}
        onOpenChange={(open) => setMode(open ? 'disable' : 'closed')}
        onDisabled={onDisabled}
      />
    </div>
  )
}
