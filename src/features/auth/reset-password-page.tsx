import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { errorText } from '@/i18n/error-text'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'

import { resetPassword } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/ui/password-input'
import { messages, useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { paths } from '@/lib/paths'
import { toast } from '@/lib/toast-store'

import { AuthCard } from './components/auth-card'
import { AuthFooterLink } from './components/auth-footer-link'
import { resetFormSchema } from './schemas'
import type { ResetFormValues } from './schemas'

const linkClass =
  'font-medium text-accent-text underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none'

/**
 * /auth/password/reset/:token?email=… — the panel's own path, so the link in its reset email
 * opens this page wherever Talon serves the panel's host.
 */
export function ResetPasswordPage() {
  const { t } = useI18n()
  const { token = '' } = useParams()
  const [params] = useSearchParams()
  const emailFromLink = params.get('email')?.trim() ?? ''
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  // The panel refused the link itself (400): its words, and the way to a new one.
  const [invalid, setInvalid] = useState<string | null>(null)

  const form = useForm<ResetFormValues>({
    resolver: zodResolver(resetFormSchema),
    defaultValues: { email: emailFromLink, password: '', passwordConfirmation: '' },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = async (values: ResetFormValues) => {
    setInvalid(null)
    try {
      const { sendToLogin } = await resetPassword({ token, ...values })
      if (sendToLogin) {
        // 2FA accounts are not signed in by the reset: sign in with the new password + code.
        await navigate(paths.login({ reason: 'password-reset' }), { replace: true })
        return
      }
      // The panel signed this session in: nothing cached belongs to it yet.
      queryClient.clear()
      toast(messages().auth.reset.done, 'success')
      await navigate(paths.home(), { replace: true })
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        setInvalid(errorText(error))
        return
      }
      applyServerErrors(form, error, {
        email: 'email',
        password: 'password',
        password_confirmation: 'passwordConfirmation',
      })
    }
  }

  return (
    <AuthCard
      title={t.auth.reset.title}
      description={
        emailFromLink ? t.auth.reset.description(emailFromLink) : t.auth.reset.descriptionNoEmail
      }
    >
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
        {invalid !== null && (
          <FormAlert title={t.auth.reset.invalidTitle}>
            <p className="mt-0.5">
              {invalid} {t.auth.reset.invalid}
            </p>
            <p className="mt-2">
              <Link to={paths.forgotPassword()} className={linkClass}>
                {t.auth.reset.requestNew}
              </Link>
            </p>
          </FormAlert>
        )}
        <FormAlert message={errors.root?.server?.message} />
        {emailFromLink ? (
          // Kept for password managers, which file the new password under this username.
          <input type="hidden" autoComplete="username" {...form.register('email')} />
        ) : (
          <Field label={t.auth.reset.emailLabel} error={errors.email?.message}>
            <Input
              type="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              {...form.register('email')}
            />
          </Field>
        )}
        {emailFromLink && errors.email?.message && <FormAlert message={errors.email.message} />}
        <Field label={t.auth.reset.passwordLabel} error={errors.password?.message}>
          <PasswordInput autoComplete="new-password" autoFocus {...form.register('password')} />
        </Field>
        <Field label={t.auth.reset.confirmLabel} error={errors.passwordConfirmation?.message}>
          <PasswordInput autoComplete="new-password" {...form.register('passwordConfirmation')} />
        </Field>
        <Button type="submit" className="w-full" pending={isSubmitting}>
          {t.auth.reset.submit}
        </Button>
      </form>
      <p className="mt-5 text-center text-sm">
        <AuthFooterLink to={paths.login()}>{t.auth.reset.backToSignIn}</AuthFooterLink>
      </p>
    </AuthCard>
  )
}
