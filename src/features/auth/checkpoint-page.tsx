import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { Navigate, useNavigate, useSearchParams } from 'react-router'

import { loginCheckpoint } from '@/api/auth'
import type { CheckpointInput } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { CodeInput } from '@/components/ui/code-input'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { errorText } from '@/i18n/error-text'
import { useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { paths, safeRedirect } from '@/lib/paths'

import { AuthCard } from './components/auth-card'
import { AuthFooterLink } from './components/auth-footer-link'
import { finishSignIn } from './finish-sign-in'
import { clearPendingLogin, getPendingLogin } from './pending-login'
import { codeFormSchema, recoveryFormSchema } from './schemas'
import type { CodeFormValues, RecoveryFormValues } from './schemas'

type Mode = 'code' | 'recovery'

function isExpired(error: unknown) {
  // The panel: 400 "The authentication token provided has expired…"; a session with no pending
  // login at all fails with a 500 whose code is `TypeError` (contract §6). Any other 500 is the
  // panel failing: the person stays here with their code and can try again.
  return (
    isApiError(error) &&
    ((error.status === 400 && /expired/i.test(error.message)) ||
      (error.status === 500 && error.code === 'TypeError'))
  )
}

export function CheckpointPage() {
  const [params] = useSearchParams()
  const redirectTo = safeRedirect(params.get('redirect'))
  const [pending] = useState(() => getPendingLogin())
  const [mode, setMode] = useState<Mode>('code')
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { t } = useI18n()

  if (!pending) {
    return (
      <Navigate
        to={paths.login({ redirect: redirectTo === '/' ? undefined : redirectTo })}
        replace
      />
    )
  }

  const submit = async <T extends FieldValues>(
    form: UseFormReturn<T>,
    input: CheckpointInput,
    field: 'code' | 'recoveryToken',
  ) => {
    try {
      const { user } = await loginCheckpoint(input)
      clearPendingLogin()
      finishSignIn(queryClient, user)
      await navigate(redirectTo, { replace: true })
    } catch (error) {
      if (isExpired(error)) {
        clearPendingLogin()
        await navigate(
          paths.login({
            reason: 'checkpoint-expired',
            redirect: redirectTo === '/' ? undefined : redirectTo,
          }),
          { replace: true },
        )
        return
      }
      if (isApiError(error) && error.status === 400) {
        // Wrong code / recovery token: the panel names no field, but we know which one it was.
        // A wrong code is cleared so the next one can be typed straight away; a recovery token is
        // selected instead (it is long, and one wrong character is the usual mistake).
        const f = form as unknown as UseFormReturn<{ code: string; recoveryToken: string }>
        if (field === 'code') f.setValue('code', '')
        f.setError(field, { type: 'server', message: errorText(error) })
        f.setFocus(field, { shouldSelect: field === 'recoveryToken' })
        return
      }
      applyServerErrors(
        form as unknown as UseFormReturn<{ code: string; recoveryToken: string }>,
        error,
        {
          authentication_code: 'code',
          recovery_token: 'recoveryToken',
        },
      )
    }
  }

  return (
    <AuthCard
      title={t.auth.checkpoint.title}
      description={
        mode === 'code' ? t.auth.checkpoint.codeDescription : t.auth.checkpoint.recoveryDescription
      }
    >
      {mode === 'code' ? (
        <CodeForm
          onSubmit={(form, values) =>
            submit(
              form,
              { confirmationToken: pending.confirmationToken, code: values.code },
              'code',
            )
          }
        />
      ) : (
        <RecoveryForm
          onSubmit={(form, values) =>
            submit(
              form,
              { confirmationToken: pending.confirmationToken, recoveryToken: values.recoveryToken },
              'recoveryToken',
            )
          }
        />
      )}
      <div className="mt-5 flex flex-col items-center gap-1 text-sm sm:gap-2">
        <button
          type="button"
          className="inline-flex min-h-11 items-center rounded px-2 font-medium text-accent-text hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none sm:min-h-8"
          onClick={() => setMode(mode === 'code' ? 'recovery' : 'code')}
        >
          {mode === 'code' ? t.auth.checkpoint.useRecoveryToken : t.auth.checkpoint.useCode}
        </button>
        <AuthFooterLink
          to={paths.login({ redirect: redirectTo === '/' ? undefined : redirectTo })}
          onClick={clearPendingLogin}
        >
          {t.auth.checkpoint.backToSignIn}
        </AuthFooterLink>
      </div>
    </AuthCard>
  )
}

interface SubFormProps<T extends FieldValues, V> {
  onSubmit: (form: UseFormReturn<T>, values: V) => Promise<void>
}

function CodeForm({ onSubmit }: SubFormProps<CodeFormValues, { code: string }>) {
  const form = useForm<CodeFormValues, unknown, { code: string }>({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  })
  const { errors, isSubmitting } = form.formState
  const { t } = useI18n()
  return (
    <form
      noValidate
      onSubmit={(e) => void form.handleSubmit((v) => onSubmit(form, v))(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field label={t.auth.checkpoint.codeLabel} error={errors.code?.message}>
        <CodeInput autoFocus {...form.register('code')} />
      </Field>
      <Button type="submit" className="w-full" pending={isSubmitting}>
        {t.auth.checkpoint.verify}
      </Button>
    </form>
  )
}

function RecoveryForm({ onSubmit }: SubFormProps<RecoveryFormValues, RecoveryFormValues>) {
  const form = useForm<RecoveryFormValues>({
    resolver: zodResolver(recoveryFormSchema),
    defaultValues: { recoveryToken: '' },
  })
  const { errors, isSubmitting } = form.formState
  const { t } = useI18n()
  return (
    <form
      noValidate
      onSubmit={(e) => void form.handleSubmit((v) => onSubmit(form, v))(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field label={t.auth.checkpoint.recoveryTokenLabel} error={errors.recoveryToken?.message}>
        <Input
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          className="font-mono"
          {...form.register('recoveryToken')}
        />
      </Field>
      <Button type="submit" className="w-full" pending={isSubmitting}>
        {t.auth.checkpoint.verify}
      </Button>
    </form>
  )
}
