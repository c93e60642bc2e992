import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { disableTwoFactor, isWrongPasswordError } from '@/api/two-factor'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { PasswordInput } from '@/components/ui/password-input'
import { applyServerErrors } from '@/lib/form-errors'
import { useSessionGuard } from '@/lib/session-guard'

import { disableFormSchema } from '../schemas'
import type { DisableFormValues } from '../schemas'
import { WRONG_PASSWORD_MESSAGE } from './messages'

interface DisableDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onDisabled: () => void
}

export function DisableDialog({ open, onOpenChange, onDisabled }: DisableDialogProps) {
  const form = useForm<DisableFormValues>({
    resolver: zodResolver(disableFormSchema),
    defaultValues: { password: '' },
  })
  const { errors, isSubmitting } = form.formState
  const guard = useSessionGuard()

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
      guard(error) // 401: off to sign-in
      if (isWrongPasswordError(error)) {
        form.setError('password', { type: 'server', message: WRONG_PASSWORD_MESSAGE })
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
      title="Turn off two-factor authentication?"
      description="Signing in will only need your password. Your authenticator app and recovery tokens will stop working for this account."
    >
      <form
        noValidate
        onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
        className="space-y-4"
        aria-label="Turn off two-factor authentication"
      >
        <FormAlert message={errors.root?.server?.message} />
        <Field label="Password" error={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...form.register('password')} />
        </Field>
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" disabled={isSubmitting} onClick={() => close(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={isSubmitting}>
            Turn off
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
