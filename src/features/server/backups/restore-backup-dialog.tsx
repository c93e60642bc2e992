import { useId, useRef, useState } from 'react'

import { restoreBackup } from '@/api/backups'
import type { Backup } from '@/api/backups'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { formatDateTime } from '@/lib/format'

// Restore in two steps: first what happens and the "delete all files first" choice, then a
// confirmation that says exactly that again (ALL files, when chosen) before anything is sent.

interface RestoreBackupDialogProps {
  serverId: string
  /** The backup to restore; null closes the dialog. */
  backup: Backup | null
  onClose: () => void
  /** 204: the server is now `restoring_backup`. */
  onRestored: (backup: Backup) => void
}

export function RestoreBackupDialog({
  serverId,
  backup,
  onClose,
  onRestored,
}: RestoreBackupDialogProps) {
  const { t, locale } = useI18n()
  const [step, setStep] = useState<'choose' | 'confirm'>('choose')
  const [truncate, setTruncate] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string>()
  const inFlight = useRef(false)
  const truncateId = useId()
  // Keep the last backup while the dialog animates closed.
  const [shown, setShown] = useState(backup)
  if (backup && backup !== shown) setShown(backup)
  const current = backup ?? shown

  const reset = () => {
    setStep('choose')
    setTruncate(false)
    setError(undefined)
  }
  const close = () => {
    if (pending) return
    reset()
    onClose()
  }

  const confirm = async () => {
    if (!backup || inFlight.current) return
    inFlight.current = true
    setPending(true)
    setError(undefined)
    try {
      await restoreBackup(serverId, backup.uuid, truncate)
      reset()
      onRestored(backup)
    } catch (e) {
      setError(errorText(e))
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  const name = current?.name ?? ''
  const created = current ? formatDateTime(current.createdAt, locale) : ''
  return (
    <Dialog
      open={backup !== null}
      onOpenChange={(open) => {
        if (!open) close()
      }}
      dismissible={!pending}
      title={step === 'choose' ? t.backups.restore.title(name) : t.backups.restore.confirmTitle}
      description={
        step === 'choose'
          ? t.backups.restore.intro
          : truncate
            ? t.backups.restore.confirmTruncate(name, created)
            : t.backups.restore.confirmKeep(name, created)
      }
      footer={
        step === 'choose' ? (
          <>
            <Button variant="secondary" onClick={close}>
              {t.common.cancel}
            </Button>
            <Button onClick={() => setStep('confirm')}>{t.backups.restore.continue}</Button>
          </>
        ) : (
          <>
            <Button variant="secondary" disabled={pending} onClick={() => setStep('choose')}>
              {t.backups.restore.back}
            </Button>
            <Button variant="danger" pending={pending} onClick={() => void confirm()}>
              {truncate ? t.backups.restore.confirmTruncateAction : t.backups.restore.confirm}
            </Button>
          </>
        )
      }
    >
      {step === 'choose' ? (
        <div className="space-y-1">
          <label
            htmlFor={truncateId}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm text-fg sm:min-h-9"
          >
            <input
              id={truncateId}
              type="checkbox"
              checked={truncate}
              aria-describedby={`${truncateId}-hint`}
              onChange={(e) => setTruncate(e.target.checked)}
              className="size-5 shrink-0 accent-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            />
            {t.backups.restore.truncate}
          </label>
          <p id={`${truncateId}-hint`} className="text-sm text-fg-muted">
            {t.backups.restore.truncateHint}
          </p>
        </div>
      ) : error ? (
        <FormAlert message={error} />
      ) : null}
    </Dialog>
  )
}
