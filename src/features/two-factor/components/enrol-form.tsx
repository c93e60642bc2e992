import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'

import { enableTwoFactor, isInvalidCodeError, isWrongPasswordError } from '@/api/two-factor'
import type { TwoFactorSetup } from '@/api/two-factor'
import { Button } from '@/components/ui/button'
import { CodeInput } from '@/components/ui/code-input'
import { CopyButton } from '@/components/ui/copy-button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { PasswordInput } from '@/components/ui/password-input'
import { interpolate } from '@/i18n/interpolate'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'

import { groupSecret } from '../format'
import { enableFormSchema } from '../schemas'
import type { EnableFormInput, EnableFormValues } from '../schemas'
import { invalidCodeMessage, wrongPasswordMessage } from './messages'
import { SetupQrCode } from './setup-qr-code'

interface EnrolFormProps {
  setup: TwoFactorSetup
  onEnabled: (tokens: string[]) => void
  onCancel: () => void
  /** The dialog blocks closing while the request runs. */
  onBusyChange: (busy: boolean) => void
}

/** Step 1: scan (or type the key); step 2: confirm with a code and the password. Lazy chunk. */
export function EnrolForm({ setup, onEnabled, onCancel, onBusyChange }: EnrolFormProps) {
  const { t } = useI18n()
  const form = useForm<EnableFormInput, unknown, EnableFormValues>({
    resolver: zodResolver(enableFormSchema),
    defaultValues: { code: '', password: '' },
  })
  const { errors, isSubmitting } = form.formState

  useEffect(() => {
    onBusyChange(isSubmitting)
  }, [isSubmitting, onBusyChange])

  // Secret-bearing request (password, code, recovery tokens in the answer): called directly so
  // nothing lands in the MutationCache.
  const onSubmit = async (values: EnableFormValues) => {
    try {
      const tokens = await enableTwoFactor(values)
      onEnabled(tokens)
    } catch (error) {
      if (isInvalidCodeError(error)) {
        // Cleared, so the next code from the app can be typed (or pasted) straight away.
        form.setValue('code', '')
        form.setError('code', { type: 'server', message: invalidCodeMessage() })
        form.setFocus('code')
      } else if (isWrongPasswordError(error)) {
        form.setError('password', { type: 'server', message: wrongPasswordMessage() })
        form.setFocus('password', { shouldSelect: true })
      } else {
        applyServerErrors(form, error, { code: 'code', password: 'password' })
      }
    }
  }

  return (
    <div className="space-y-6">
      <ol className="space-y-6">
        <li className="space-y-3">
          <p className="text-sm text-fg">
            {interpolate(t.twoFactor.enrol.scanStep, {
              step: <span className="font-semibold">{t.twoFactor.enrol.scanStepLabel}</span>,
            })}
          </p>
          <SetupQrCode value={setup.otpauthUrl} />
          <div className="space-y-1.5">
            <p className="text-sm text-fg-muted">{t.twoFactor.enrol.cantScan}</p>
            <div className="flex flex-wrap items-center gap-2">
              <code
                translate="no"
                className="min-w-0 flex-1 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm tracking-wide break-words text-fg"
              >
                {groupSecret(setup.secret)}
              </code>
              <CopyButton value={setup.secret} label={t.twoFactor.enrol.copySetupKey} />
            </div>
            <p className="text-sm">
              <a
                href={setup.otpauthUrl}
                className="text-accent-text underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                {t.twoFactor.enrol.openInApp}
              </a>
            </p>
          </div>
        </li>
        <li>
          <p className="mb-3 text-sm text-fg">
            {interpolate(t.twoFactor.enrol.confirmStep, {
              step: <span className="font-semibold">{t.twoFactor.enrol.confirmStepLabel}</span>,
            })}
          </p>
          <form
            noValidate
            onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
            className="space-y-4"
            aria-label={t.twoFactor.enrol.formLabel}
          >
            <FormAlert message={errors.root?.server?.message} />
            <Field label={t.twoFactor.enrol.code} error={errors.code?.message}>
              <CodeInput placeholder="123456" {...form.register('code')} />
            </Field>
            <Field label={t.twoFactor.enrol.password} error={errors.password?.message}>
              <PasswordInput autoComplete="current-password" {...form.register('password')} />
            </Field>
            <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" disabled={isSubmitting} onClick={onCancel}>
                {t.common.cancel}
              </Button>
              <Button type="submit" pending={isSubmitting}>
                {t.twoFactor.enrol.submit}
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  )
}
