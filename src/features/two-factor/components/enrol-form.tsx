import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'

import { enableTwoFactor, isInvalidCodeError, isWrongPasswordError } from '@/api/two-factor'
import type { TwoFactorSetup } from '@/api/two-factor'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/ui/password-input'
import { applyServerErrors } from '@/lib/form-errors'
import { useSessionGuard } from '@/lib/session-guard'

import { groupSecret } from '../format'
import { enableFormSchema } from '../schemas'
import type { EnableFormInput, EnableFormValues } from '../schemas'
import { INVALID_CODE_MESSAGE, WRONG_PASSWORD_MESSAGE } from './messages'
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
  const form = useForm<EnableFormInput, unknown, EnableFormValues>({
    resolver: zodResolver(enableFormSchema),
    defaultValues: { code: '', password: '' },
  })
  const { errors, isSubmitting } = form.formState
  const guard = useSessionGuard()

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
      guard(error) // 401: off to sign-in
      if (isInvalidCodeError(error)) {
        form.setError('code', { type: 'server', message: INVALID_CODE_MESSAGE })
        form.setFocus('code', { shouldSelect: true })
      } else if (isWrongPasswordError(error)) {
        form.setError('password', { type: 'server', message: WRONG_PASSWORD_MESSAGE })
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
            <span className="font-semibold">1. Scan this QR code</span> with an authenticator app
            such as Aegis, 2FAS, Google Authenticator or 1Password.
          </p>
          <SetupQrCode value={setup.otpauthUrl} />
          <div className="space-y-1.5">
            <p className="text-sm text-fg-muted">
              Can&apos;t scan it? Enter this setup key instead:
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <code
                translate="no"
                className="min-w-0 flex-1 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm tracking-wide break-words text-fg"
              >
                {groupSecret(setup.secret)}
              </code>
              <CopyButton value={setup.secret} label="Copy setup key" />
            </div>
            <p className="text-sm">
              <a
                href={setup.otpauthUrl}
                className="text-accent-text underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                Open in an authenticator app on this device
              </a>
            </p>
          </div>
        </li>
        <li>
          <p className="mb-3 text-sm text-fg">
            <span className="font-semibold">2. Confirm</span> with the 6-digit code the app shows
            and your account password.
          </p>
          <form
            noValidate
            onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
            className="space-y-4"
            aria-label="Confirm two-factor setup"
          >
            <FormAlert message={errors.root?.server?.message} />
            <Field label="Authentication code" error={errors.code?.message}>
              <Input
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={7}
                spellCheck={false}
                placeholder="123456"
                className="font-mono tracking-widest"
                {...form.register('code')}
              />
            </Field>
            <Field label="Password" error={errors.password?.message}>
              <PasswordInput autoComplete="current-password" {...form.register('password')} />
            </Field>
            <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" disabled={isSubmitting} onClick={onCancel}>
                Cancel
              </Button>
              <Button type="submit" pending={isSubmitting}>
                Turn on
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  )
}
