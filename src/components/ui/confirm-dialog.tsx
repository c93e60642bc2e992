import type { ReactNode } from 'react'

import { useI18n } from '@/i18n/language'

import { Button } from './button'
import { Dialog } from './dialog'
import { FormAlert } from './form-alert'

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  /** e.g. "Delete key". */
  confirmLabel: string
  /** Defaults to “Cancel” in the interface language. */
  cancelLabel?: string
  onConfirm: () => void
  /** Keeps the dialog open with a spinner on the confirm button; Esc/outside are blocked. */
  pending?: boolean
  /** Error from the last attempt (e.g. `errorText(mutation.error)`). */
  error?: string
  tone?: 'danger' | 'primary'
  /**
   * The full name of what the dialog acts on, when the title had to cut it short: shown whole
   * (wrapping, scrolling if it must) above the buttons.
   */
  fullName?: string
  children?: ReactNode
}

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending = false,
  error,
  tone = 'danger',
  fullName,
  children,
}: ConfirmDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!pending) onOpenChange(next)
      }}
      title={title}
      description={description}
      dismissible={!pending}
      footer={
        <>
          <Button variant="secondary" disabled={pending} onClick={() => onOpenChange(false)}>
            {cancelLabel ?? t.common.cancel}
          </Button>
          <Button variant={tone} pending={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {(children || error || fullName) && (
        <div className="space-y-3">
          {fullName && (
            <p className="max-h-28 overflow-y-auto rounded-md border border-border bg-surface-muted px-3 py-2 text-sm wrap-anywhere text-fg">
              {fullName}
            </p>
          )}
          {children}
          <FormAlert message={error} />
        </div>
      )}
    </Dialog>
  )
}
