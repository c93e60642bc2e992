import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'

import { accountQueries } from '@/api/account'
import { Button } from '@/components/ui/button'
import { ContentSection } from '@/components/ui/content-section'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { PasswordInput } from '@/components/ui/password-input'
import { useI18n } from '@/i18n/language'
import { useFormDraft } from '@/forms/form-drafts'

import { applyAccountErrors } from '../apply-account-errors'
import { useAccountFormSubmit } from '../hooks/use-account-form-submit'
import { useChangeEmail } from '../hooks/use-change-email'
import { emailFormSchema } from '../schemas'
import type { EmailFormInput, EmailFormValues } from '../schemas'
import { StatusNotice } from '@/components/ui/status-notice'

const EMPTY: EmailFormInput = { email: '', password: '' }

/** "Email address" section: new address + current password → PUT /account/email. */
export function EmailForm() {
  const { t } = useI18n()
  const changeEmail = useChangeEmail()
  const account = useQuery(accountQueries.detail())

  const form = useForm<EmailFormInput, unknown, EmailFormValues>({
    resolver: zodResolver(emailFormSchema),
    defaultValues: EMPTY,
  })
  // The new address survives a session expiry; the password never does.
  useFormDraft(form, 'account.email', ['email'])
  const { errors, isSubmitting } = form.formState

  // The request is made here (not via useMutation) so the password never enters the cache.
  const { success, onSubmit, clearSuccess } = useAccountFormSubmit({
    submit: async (values: EmailFormValues) => {
      // The panel answers 204 to the address it already has and changes nothing (no activity
      // either, contract §3.2): say so instead of claiming a change. (A different letter case is
      // a change: the panel stores the address as typed.)
      if (values.email === account.data?.email) {
        form.setError(
          'email',
          { type: 'unchanged', message: t.account.email.unchanged },
          {
            shouldFocus: true,
          },
        )
        return undefined
      }
      await changeEmail(values)
      form.reset(EMPTY)
      return t.account.email.changed(values.email)
    },
    // Taken/invalid email → `email`; wrong password (400, no field) → `password`; the rest
    // (panel down, throttled, CSRF) → the alert at the top. Typed input stays as it was.
    onError: (error) =>
      applyAccountErrors(form, error, {
        fieldMap: { email: 'email', password: 'password' },
        passwordField: 'password',
      }),
  })

  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} onChange={clearSuccess}>
      <ContentSection
        title={t.account.email.title}
        description={t.account.email.description}
        footer={
          <Button type="submit" pending={isSubmitting} className="max-sm:w-full">
            {t.account.email.submit}
          </Button>
        }
      >
        <div className="space-y-5">
          <FormAlert message={errors.root?.server?.message} />
          <StatusNotice message={success} />
          <div className="grid max-w-md gap-5">
            <Field label={t.account.email.newEmail} error={errors.email?.message}>
              {/*
                Text, not type="email": Chromium refuses internationalised local parts and turns
                IDN domains into punycode, while the panel accepts jürgen@exämple.org as typed.
              */}
              <Input
                type="text"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                {...form.register('email')}
              />
            </Field>
            <Field label={t.account.email.currentPassword} error={errors.password?.message}>
              <PasswordInput autoComplete="current-password" {...form.register('password')} />
            </Field>
          </div>
        </div>
      </ContentSection>
    </form>
  )
}
