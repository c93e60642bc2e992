import { useEffect, useRef, useState } from 'react'

import type { PowerSignal, PowerState } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useI18n } from '@/i18n/language'

interface PowerButtonsProps {
  power: PowerState | null
  connected: boolean
  can: (key: string) => boolean
  /** `set state` over the socket; false when not sent. */
  send: (signal: PowerSignal) => boolean
  /** Wings' last `daemon error` (e.g. another power action holds the lock). */
  daemonError: string | null
}

interface Sent {
  signal: PowerSignal
  power: PowerState | null
  daemonError: string | null
}

/** How long a sent signal blocks the buttons when Wings reports no new state. */
const PENDING_MS = 10_000

/**
 * Start / Stop (Kill while stopping) / Restart over the socket, each gated by its own key. They
 * follow the state Wings reports; a sent signal blocks them until that state changes, so a
 * double-click never sends twice.
 */
export function PowerButtons({ power, connected, can, send, daemonError }: PowerButtonsProps) {
  const { t } = useI18n()
  // The signal sent and the state it was sent in: it counts as pending until Wings reports
  // another state (or refuses), or PENDING_MS pass.
  const [sent, setSent] = useState<Sent | null>(null)
  const sentRef = useRef<Sent | null>(null)
  const [confirm, setConfirm] = useState<'restart' | 'kill' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const isActive = (s: Sent | null): s is Sent =>
    s !== null && s.power === power && s.daemonError === daemonError
  const pending = isActive(sent) ? sent.signal : null

  useEffect(() => {
    if (!sent) return
    const timer = setTimeout(() => {
      sentRef.current = null
      setSent(null)
    }, PENDING_MS)
    return () => clearTimeout(timer)
  }, [sent])

  const fire = (signal: PowerSignal) => {
    if (isActive(sentRef.current)) return
    if (!send(signal)) {
      setProblem(t.server.power.notSent)
      return
    }
    const next = { signal, power, daemonError }
    sentRef.current = next
    setSent(next)
    setProblem(null)
  }

  const busy = pending !== null || !connected
  const stopping = power === 'stopping'
  const showStart = can('control.start')
  const showStop = can('control.stop')
  const showRestart = can('control.restart')
  if (!showStart && !showStop && !showRestart) return null

  const lockMessage = daemonError?.includes('another power action') ? t.server.power.busy : null

  return (
    <div className="space-y-2">
      <div role="group" aria-label={t.server.power.label} className="flex flex-wrap gap-2">
        {showStart && (
          <Button
            size="sm"
            disabled={busy || power !== 'offline'}
            pending={pending === 'start'}
            onClick={() => fire('start')}
          >
            {t.server.power.start}
          </Button>
        )}
        {showRestart && (
          <Button
            size="sm"
            variant="secondary"
            disabled={busy || power === null}
            pending={pending === 'restart'}
            onClick={() => setConfirm('restart')}
          >
            {t.server.power.restart}
          </Button>
        )}
        {showStop &&
          (stopping ? (
            <Button
              size="sm"
              variant="danger"
              disabled={busy}
              pending={pending === 'kill'}
              onClick={() => setConfirm('kill')}
            >
              {t.server.power.kill}
            </Button>
          ) : (
            <Button
              size="sm"
              variant="danger"
              disabled={busy || power === 'offline' || power === null}
              pending={pending === 'stop'}
              onClick={() => fire('stop')}
            >
              {t.server.power.stop}
            </Button>
          ))}
      </div>
      {(problem ?? lockMessage) && (
        <p role="status" className="text-sm text-warning-text">
          {problem ?? lockMessage}
        </p>
      )}
      <ConfirmDialog
        open={confirm === 'restart'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={t.server.power.confirmRestart.title}
        description={t.server.power.confirmRestart.description}
        confirmLabel={t.server.power.confirmRestart.confirm}
        tone="primary"
        onConfirm={() => {
          setConfirm(null)
          fire('restart')
        }}
      />
      <ConfirmDialog
        open={confirm === 'kill'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={t.server.power.confirmKill.title}
        description={t.server.power.confirmKill.description}
        confirmLabel={t.server.power.confirmKill.confirm}
        onConfirm={() => {
          setConfirm(null)
          fire('kill')
        }}
      />
    </div>
  )
}
