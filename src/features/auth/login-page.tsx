import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { useNavigate, useSearchParams } from 'react-router'

import { login } from '@/api/auth'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/ui/password-input'
import type { Messages } from '@/i18n/catalogue'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { paths, safeRedirect } from '@/lib/paths'

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
      // Wrong credentials, lockout (429 + field `email`), throttling, panel down → root alert.
      applyServerErrors(form, error, { user: 'user', password: 'password' })
    }
  }

  return (
    <AuthCard title={t.auth.login.title} description={t.auth.login.description}>
      {reason && !errors.root?.server && (
        <FormAlert
          tone={reason.tone}
          message={t.auth.login.reasons[reason.notice]}
          className="mb-5"
        />
      )}
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
        <FormAlert message={errors.root?.server?.message} />
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
        <Button type="submit" className="w-full" pending={isSubmitting}>
          {t.auth.login.submit}
        </Button>
      </form>
    </AuthCard>
  )
}
