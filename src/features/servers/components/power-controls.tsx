import { useEffect, useRef } from 'react'

import type { PowerSignal } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useI18n } from '@/i18n/language'
import type { Messages } from '@/i18n/catalogue'

interface PowerControlsProps {
  serverName: string
  actions: PowerSignal[]
  onSignal: (signal: PowerSignal) => Promise<unknown>
  pendingSignal: PowerSignal | undefined
  /** Shown in the confirm dialog after a failed stop/kill. */
  error: string | undefined
  /** The signal whose confirmation dialog is open (owned by the row, which hides its own alert meanwhile). */
  confirming: PowerSignal | null
  onConfirmingChange: (signal: PowerSignal | null) => void
}

/** Restart, stop and kill ask first (players are disconnected); these are their dialog texts. */
function confirmTexts(t: Messages, signal: PowerSignal) {
  if (signal === 'restart') return t.servers.power.confirmRestart
  if (signal === 'stop') return t.servers.power.confirmStop
  if (signal === 'kill') return t.servers.power.confirmKill
  return undefined
}

/** Power buttons named "Start Survival SMP" etc.; restart, stop and kill ask first. */
export function PowerControls({
  serverName,
  actions,
  onSignal,
  pendingSignal,
  error,
  confirming,
  onConfirmingChange: setConfirming,
}: PowerControlsProps) {
  const { t } = useI18n()
  const confirm = confirming ? confirmTexts(t, confirming) : undefined
  const groupRef = useRef<HTMLDivElement>(null)
  // Set while keyboard focus belongs to this row's controls (or their dialog). The button that
  // was used often disappears with the new state (Stop while stopping), and a removed element
  // drops focus to <body>: then it comes back to what is left of this row's controls.
  const ownsFocus = useRef(false)
  useEffect(() => {
    const group = groupRef.current
    if (!ownsFocus.current || confirming || !group) return
    if (document.activeElement !== null && document.activeElement !== document.body) return
    ;(group.querySelector<HTMLElement>('button:not(:disabled)') ?? group).focus()
  }, [actions, pendingSignal, confirming])

  const run = async (signal: PowerSignal) => {
    ownsFocus.current = true
    try {
      await onSignal(signal)
      setConfirming(null)
    } catch {
      // The row (or the open dialog) shows the error.
    }
  }

  if (actions.length === 0) return null
  return (
    <>
      <div
        ref={groupRef}
        role="group"
        aria-label={t.servers.power.group(serverName)}
        tabIndex={-1}
        className="flex flex-wrap gap-2 focus:outline-none sm:justify-end"
        onFocus={() => {
          ownsFocus.current = true
        }}
        onBlur={(event) => {
          // Focus moved on to something else that exists (not a removal, not our own dialog).
          if (event.relatedTarget !== null && !confirming) ownsFocus.current = false
        }}
      >
        {actions.map((signal) => (
          <Button
            key={signal}
            size="sm"
            variant={signal === 'kill' ? 'ghost' : signal === 'start' ? 'primary' : 'secondary'}
            className={signal === 'kill' ? 'text-danger-text' : undefined}
            // Flex items drop the space before an sr-only span, so name the button outright.
            aria-label={t.servers.power[signal].action(serverName)}
            pending={pendingSignal === signal}
            disabled={pendingSignal !== undefined && pendingSignal !== signal}
            onClick={() => {
              if (confirmTexts(t, signal)) setConfirming(signal)
              else void run(signal)
            }}
          >
            {t.servers.power[signal].label}
          </Button>
        ))}
      </div>
      {confirming && confirm && (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) setConfirming(null)
          }}
          title={confirm.title(serverName)}
          description={confirm.description}
          confirmLabel={confirm.confirm}
          tone={confirming === 'restart' ? 'primary' : 'danger'}
          pending={pendingSignal === confirming}
          error={error}
          onConfirm={() => void run(confirming)}
        />
      )}
    </>
  )
}
