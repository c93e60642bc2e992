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
import { applyServerErrors } from '@/lib/form-errors'
import { paths, safeRedirect } from '@/lib/paths'

import { AuthCard } from './components/auth-card'
import { finishSignIn } from './finish-sign-in'
import { setPendingLogin } from './pending-login'
import { loginFormSchema } from './schemas'
import type { LoginFormValues } from './schemas'

const reasons: Record<string, { tone: 'info' | 'success'; message: string }> = {
  expired: { tone: 'info', message: 'Your session has ended. Sign in again to continue.' },
  'signed-out': { tone: 'success', message: 'You have signed out.' },
  'checkpoint-expired': {
    tone: 'info',
    message: 'Your sign-in took too long to confirm. Enter your password again.',
  },
}

export function LoginPage() {
  const [params] = useSearchParams()
  const redirectParam = params.get('redirect')
  const redirectTo = safeRedirect(redirectParam)
  const reason = reasons[params.get('reason') ?? '']
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
    <AuthCard title="Sign in" description="Use your game panel account.">
      {reason && !errors.root?.server && (
        <FormAlert tone={reason.tone} message={reason.message} className="mb-5" />
      )}
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
        <FormAlert message={errors.root?.server?.message} />
        <Field label="Username or email" error={errors.user?.message}>
          <Input
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('user')}
          />
        </Field>
        <Field label="Password" error={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...form.register('password')} />
        </Field>
        <Button type="submit" className="w-full" pending={isSubmitting}>
          Sign in
        </Button>
      </form>
    </AuthCard>
  )
}
