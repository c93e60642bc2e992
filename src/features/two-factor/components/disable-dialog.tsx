import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { disableTwoFactor, isWrongPasswordError } from '@/api/two-factor'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { PasswordInput } from '@/components/ui/password-input'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'

import { disableFormSchema } from '../schemas'
import type { DisableFormValues } from '../schemas'
import { wrongPasswordMessage } from './messages'

interface DisableDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onDisabled: () => void
}

export function DisableDialog({ open, onOpenChange, onDisabled }: DisableDialogProps) {
  const { t } = useI18n()
  const form = useForm<DisableFormValues>({
    resolver: zodResolver(disableFormSchema),
    defaultValues: { password: '' },
  })
  const { errors, isSubmitting } = form.formState

  const close = (next: boolean) => {
    if (isSubmitting) return
    if (!next) form.reset() // the password does not outlive the dialog
    onOpenChange(next)
  }

  // Called directly (the password must not sit in the MutationCache).
  const onSubmit = async ({ password }: DisableFormValues) => {
    try {
      await disableTwoFactor(password)
      form.reset()
      onDisabled()
    } catch (error) {
      if (isWrongPasswordError(error)) {
        form.setError('password', { type: 'server', message: wrongPasswordMessage() })
        form.setFocus('password', { shouldSelect: true })
      } else {
        applyServerErrors(form, error, { password: 'password' })
      }
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      dismissible={!isSubmitting}
      title={t.twoFactor.disable.title}
      description={t.twoFactor.disable.description}
    >
      <form
        noValidate
        onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
        className="space-y-4"
        aria-label={t.twoFactor.disable.formLabel}
      >
        <FormAlert message={errors.root?.server?.message} />
        <Field label={t.twoFactor.disable.password} error={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...form.register('password')} />
        </Field>
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" disabled={isSubmitting} onClick={() => close(false)}>
            {t.common.cancel}
          </Button>
          <Button type="submit" variant="danger" pending={isSubmitting}>
            {t.twoFactor.disable.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
