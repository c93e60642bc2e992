import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { apiKeyQueries, createApiKey, MAX_API_KEYS } from '@/api/api-keys'
import type { CreatedApiKey } from '@/api/api-keys'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { messages, useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'
import { useFormDraft } from '@/forms/form-drafts'

import { findIpProblems, splitAllowedIps } from '../allowed-ips'
import type { IpEntry, IpProblem } from '../allowed-ips'
import { createApiKeyFormSchema } from '../schemas'
import type { CreateApiKeyFormInput, CreateApiKeyFormValues } from '../schemas'
import { AllowedIpsField } from './allowed-ips-field'

/** Panel errors on `allowed_ips.N`, mapped back to the entry that was sent at index N. */
function panelIpProblems(error: unknown, sent: IpEntry[]): IpProblem[] {
  if (!isApiError(error)) return []
  const problems: IpProblem[] = []
  for (const e of error.errors) {
    const match = /^allowed_ips\.(\d+)$/.exec(e.meta?.sourceField ?? '')
    const entry = match ? sent[Number(match[1])] : undefined
    if (entry) problems.push({ ...entry, message: e.detail })
  }
  return problems
}

interface CreateApiKeyFormProps {
  /** Keys the account has now (undefined while the list loads). */
  keyCount: number | undefined
  /** Receives the one-time token; the caller shows it and then forgets it. */
  onCreated: (created: CreatedApiKey) => void
}

export function CreateApiKeyForm({ keyCount, onCreated }: CreateApiKeyFormProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const capId = useId()
  const [panelProblems, setPanelProblems] = useState<IpProblem[]>([])
  const form = useForm<CreateApiKeyFormInput, unknown, CreateApiKeyFormValues>({
    resolver: zodResolver(createApiKeyFormSchema),
    defaultValues: { description: '', allowedIps: '' },
  })
  useFormDraft(form, 'api-keys.create', ['description', 'allowedIps'])
  const { errors, isSubmitting } = form.formState
  const allowedIpsText = useWatch({ control: form.control, name: 'allowedIps' })
  const entries = splitAllowedIps(allowedIpsText)
  const atCap = keyCount !== undefined && keyCount >= MAX_API_KEYS

  const ipError = errors.allowedIps
  const ipProblems =
    ipError?.type === 'server' ? panelProblems : ipError ? findIpProblems(entries) : []

  // The secret-bearing request is made here, not through useMutation, so the token never sits
  // in the MutationCache; only the key's public attributes go into the query cache.
  const onSubmit = async (values: CreateApiKeyFormValues) => {
    const sent = splitAllowedIps(values.allowedIps)
    setPanelProblems([])
    try {
      const created = await createApiKey({
        description: values.description,
        allowedIps: sent.map((e) => e.value),
      })
      const list = apiKeyQueries.list()
      queryClient.setQueryData(list.queryKey, (keys) =>
        keys ? [...keys.filter((k) => k.identifier !== created.key.identifier), created.key] : keys,
      )
      void queryClient.invalidateQueries({ queryKey: apiKeyQueries.all() })
      form.reset()
      onCreated(created)
    } catch (error) {
      applyServerErrors(form, error, { description: 'description', allowed_ips: 'allowedIps' })
      const problems = panelIpProblems(error, sent)
      if (problems.length > 0) {
        setPanelProblems(problems)
        form.setError('allowedIps', {
          type: 'server',
          message: messages().apiKeys.form.panelRefused(problems.length),
        })
      }
    }
  }

  return (
    <form
      noValidate
      aria-label={t.apiKeys.form.label}
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      <Field
        label={t.apiKeys.form.descriptionLabel}
        error={errors.description?.message}
        description={t.apiKeys.form.descriptionHint}
      >
        <Input autoComplete="off" {...form.register('description')} />
      </Field>
      <AllowedIpsField
        registration={form.register('allowedIps')}
        entryCount={entries.length}
        error={ipError?.message}
        problems={ipProblems}
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button
          type="submit"
          pending={isSubmitting}
          disabled={atCap}
          aria-describedby={atCap ? capId : undefined}
          className="w-full sm:w-auto"
        >
          {t.apiKeys.form.submit}
        </Button>
        {atCap && (
          <p id={capId} className="text-sm text-warning-text">
            {t.apiKeys.form.atCap(MAX_API_KEYS)}
          </p>
        )}
      </div>
    </form>
  )
}
