import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { Button } from '@/components/ui/button'
import { ContentSection } from '@/components/ui/content-section'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { PasswordInput } from '@/components/ui/password-input'
import { useI18n } from '@/i18n/language'

import { applyAccountErrors } from '../apply-account-errors'
import { useAccountFormSubmit } from '../hooks/use-account-form-submit'
import { useChangePassword } from '../hooks/use-change-password'
import { passwordFormSchema } from '../schemas'
import type { PasswordFormValues } from '../schemas'
import { PasswordStrengthHint } from './password-strength-hint'
import { StatusNotice } from '@/components/ui/status-notice'

const EMPTY: PasswordFormValues = { currentPassword: '', password: '', passwordConfirmation: '' }

interface PasswordFormProps {
  /** For password managers: the account the new password belongs to. */
  username?: string | undefined
}

/** "Password" section: current, new, confirmation → PUT /account/password. */
export function PasswordForm({ username }: PasswordFormProps) {
  const { t } = useI18n()
  const changePassword = useChangePassword()
  const hintId = `${useId()}-strength`

  const form = useForm<PasswordFormValues>({
    resolver: zodResolver(passwordFormSchema),
    defaultValues: EMPTY,
  })
  const { errors, isSubmitting } = form.formState
  const newPassword = useWatch({ control: form.control, name: 'password' })

  // Direct request (not useMutation): the passwords never enter the MutationCache.
  const { success, onSubmit, clearSuccess } = useAccountFormSubmit({
    submit: async (values: PasswordFormValues) => {
      await changePassword(values)
      form.reset(EMPTY)
      return t.account.password.changed
    },
    onError: (error) =>
      applyAccountErrors(form, error, {
        fieldMap: {
          current_password: 'currentPassword',
          password: 'password',
          password_confirmation: 'passwordConfirmation',
        },
        passwordField: 'currentPassword',
        confirmationField: 'passwordConfirmation',
      }),
  })

  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} onChange={clearSuccess}>
      <ContentSection
        title={t.account.password.title}
        description={t.account.password.description}
        footer={
          <Button type="submit" pending={isSubmitting} className="max-sm:w-full">
            {t.account.password.submit}
          </Button>
        }
      >
        <div className="space-y-5">
          <FormAlert message={errors.root?.server?.message} />
          <StatusNotice message={success} />
          {username !== undefined && (
            // Lets password managers file the new password under the right account.
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={username}
              readOnly
              hidden
            />
          )}
          <div className="grid max-w-md gap-5">
            <Field
              label={t.account.password.currentPassword}
              error={errors.currentPassword?.message}
            >
              <PasswordInput
                autoComplete="current-password"
                {...form.register('currentPassword')}
              />
            </Field>
            <div className="space-y-2">
              <Field label={t.account.password.newPassword} error={errors.password?.message}>
                <PasswordInput
                  autoComplete="new-password"
                  aria-describedby={hintId}
                  {...form.register('password')}
                />
              </Field>
              <PasswordStrengthHint
                id={hintId}
                password={newPassword}
                hideTip={Boolean(errors.password)}
              />
            </div>
            <Field
              label={t.account.password.confirmPassword}
              error={errors.passwordConfirmation?.message}
            >
              <PasswordInput
                autoComplete="new-password"
                {...form.register('passwordConfirmation')}
              />
            </Field>
          </div>
        </div>
      </ContentSection>
    </form>
  )
}
