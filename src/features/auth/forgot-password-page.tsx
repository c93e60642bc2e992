import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'

import { requestPasswordReset } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { paths } from '@/lib/paths'
import { useCountdown } from '@/lib/use-countdown'

import { AuthCard } from './components/auth-card'
import { AuthFooterLink } from './components/auth-footer-link'
import { forgotFormSchema } from './schemas'
import type { ForgotFormValues } from './schemas'

/** The panel allows 2 requests a minute per IP; without a Retry-After, wait out the minute. */
const THROTTLE_FALLBACK_SECONDS = 60

/** /auth/password: "Forgot password?" — asks the panel to email a reset link. */
export function ForgotPasswordPage() {
  const { t } = useI18n()
  const [sentTo, setSentTo] = useState<string | null>(null)
  const throttle = useCountdown()
  const [throttledFor, setThrottledFor] = useState(0)
  const throttled = throttle.secondsLeft > 0

  const form = useForm<ForgotFormValues>({
    resolver: zodResolver(forgotFormSchema),
    defaultValues: { email: '' },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = async ({ email }: ForgotFormValues) => {
    try {
      await requestPasswordReset(email)
      setSentTo(email)
    } catch (error) {
      if (isApiError(error) && error.status === 429) {
        const wait = error.retryAfter ?? THROTTLE_FALLBACK_SECONDS
        setThrottledFor(wait)
        throttle.start(wait)
        return
      }
      applyServerErrors(form, error, { email: 'email' })
    }
  }

  const throttleAlert = throttled && (
    <FormAlert>
      {/* Announced once; the visible text ticks without re-announcing every second. */}
      <p aria-hidden="true">{t.auth.forgot.throttled(throttle.secondsLeft)}</p>
      <p className="sr-only">{t.auth.forgot.throttled(throttledFor)}</p>
    </FormAlert>
  )

  return (
    <AuthCard title={t.auth.forgot.title} description={t.auth.forgot.description}>
      {sentTo !== null ? (
        <div className="space-y-5">
          <FormAlert
            tone="success"
            title={t.auth.forgot.sentTitle}
            message={t.auth.forgot.sent(sentTo)}
          />
          {throttleAlert}
          <Button
            variant="secondary"
            className="w-full"
            disabled={throttled}
            onClick={() => {
              setSentTo(null)
              form.setFocus('email')
            }}
          >
            {t.auth.forgot.sendAnother}
          </Button>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
          className="space-y-5"
        >
          <FormAlert message={errors.root?.server?.message} />
          {throttleAlert}
          <Field label={t.auth.forgot.emailLabel} error={errors.email?.message}>
            <Input
              type="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              {...form.register('email')}
            />
          </Field>
          <Button type="submit" className="w-full" pending={isSubmitting} disabled={throttled}>
            {t.auth.forgot.submit}
          </Button>
        </form>
      )}
      <p className="mt-5 text-center text-sm">
        <AuthFooterLink to={paths.login()}>{t.auth.forgot.backToSignIn}</AuthFooterLink>
      </p>
    </AuthCard>
  )
}
