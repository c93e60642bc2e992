import type { FormEvent, ReactNode } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { useI18n } from '@/i18n/language'

// The frame of the file dialogs that ask for something (all but delete): a form in a dialog, with
// Cancel and a submit button that is pending while the request runs, and the panel's answer under
// the form. It can't be dismissed while a request is on its way.

export function FormDialog({
  title,
  description,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
  tone = 'primary',
  children,
}: {
  title: ReactNode
  description?: ReactNode
  submitLabel: string
  pending: boolean
  error?: string
  onSubmit: () => void
  onClose: () => void
  tone?: 'primary' | 'danger'
  children: ReactNode
}) {
  const { t } = useI18n()
  const formId = `file-dialog-form`
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !pending && onClose()}
      title={title}
      description={description}
      dismissible={!pending}
      footer={
        <>
          <Button variant="secondary" disabled={pending} onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit" form={formId} variant={tone} pending={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="space-y-4"
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          if (!pending) onSubmit()
        }}
      >
        {children}
        <FormAlert message={error} />
      </form>
    </Dialog>
  )
}
