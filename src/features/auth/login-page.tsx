import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useSearchParams } from 'react-router'

import { login } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/ui/password-input'
import type { Messages } from '@/i18n/catalogue'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { paths, safeRedirect } from '@/lib/paths'
import { useCountdown } from '@/lib/use-countdown'

import { AuthCard } from './components/auth-card'
import { finishSignIn } from './finish-sign-in'
import { setPendingLogin } from './pending-login'
import { loginFormSchema } from './schemas'
import type { LoginFormValues } from './schemas'

type ReasonKey = keyof Messages['auth']['login']['reasons']

/** `?reason=` → the notice shown above the form (its text from the catalogue). */
const reasons: Record<string, { tone: 'info' | 'success'; notice: ReasonKey }> = {
  expired: { tone: 'info', notice: 'expired' },
  'signed-out': { tone: 'success', notice: 'signedOut' },
  'checkpoint-expired': { tone: 'info', notice: 'checkpointExpired' },
  'password-reset': { tone: 'success', notice: 'passwordReset' },
}

function reasonFor(param: string | null) {
  return param !== null && Object.hasOwn(reasons, param) ? reasons[param] : undefined
}

export function LoginPage() {
  const [params] = useSearchParams()
  const redirectParam = params.get('redirect')
  const redirectTo = safeRedirect(redirectParam)
  const reason = reasonFor(params.get('reason'))
  const { t } = useI18n()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  const form = useForm<LoginFormValues>({
    resolver: zodResolver(loginFormSchema),
    defaultValues: { user: '', password: '' },
  })
  const { errors, isSubmitting } = form.formState
  // The panel's lockout (HTTP 429, "…try again in N seconds") or its throttle (Retry-After):
  // the wait counts down live and the button stays disabled until it is over.
  const lockout = useCountdown()
  const [lockedFor, setLockedFor] = useState(0)
  const locked = lockout.secondsLeft > 0

  // The request is made here, not through useMutation: its variables (the password) and result
  // (the confirmation token) must not sit in the MutationCache.
  const onSubmit = async (values: LoginFormValues) => {
    try {
      const result = await login(values)
      if (result.complete) {
        finishSignIn(queryClient, result.user)
        await navigate(redirectTo, { replace: true })
      } else {
        setPendingLogin(result.confirmationToken)
        await navigate(
          paths.loginCheckpoint({ redirect: redirectTo === '/' ? undefined : redirectTo }),
        )
      }
    } catch (error) {
      if (isApiError(error) && error.status === 429 && error.retryAfter) {
        form.clearErrors('root')
        setLockedFor(error.retryAfter)
        lockout.start(error.retryAfter)
        return
      }
      // Wrong credentials, throttling without a wait time, panel down → root alert.
      applyServerErrors(form, error, { user: 'user', password: 'password' })
    }
  }

  return (
    <AuthCard title={t.auth.login.title} description={t.auth.login.description}>
      {reason && !errors.root?.server && !locked && (
        <FormAlert
          tone={reason.tone}
          message={t.auth.login.reasons[reason.notice]}
          className="mb-5"
        />
      )}
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
        <FormAlert message={errors.root?.server?.message} />
        {locked && (
          <FormAlert>
            {/* Announced once; the visible text ticks without re-announcing every second. */}
            <p aria-hidden="true">{t.auth.login.lockedOut(lockout.secondsLeft)}</p>
            <p className="sr-only">{t.auth.login.lockedOut(lockedFor)}</p>
          </FormAlert>
        )}
        <Field label={t.auth.login.userLabel} error={errors.user?.message}>
          <Input
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('user')}
          />
        </Field>
        <Field label={t.auth.login.passwordLabel} error={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...form.register('password')} />
        </Field>
        <Button type="submit" className="w-full" pending={isSubmitting} disabled={locked}>
          {t.auth.login.submit}
        </Button>
      </form>
      <p className="mt-5 text-center text-sm">
        <Link
          to={paths.forgotPassword()}
          className="inline-flex min-h-11 items-center rounded px-2 font-medium text-accent-text hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-8"
        >
          {t.auth.login.forgotPassword}
        </Link>
      </p>
    </AuthCard>
  )
}
