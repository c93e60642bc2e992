import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod/mini'

import { renameServer, serverDetailQueries } from '@/api/server'
import { serverQueries } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { ContentSection } from '@/components/ui/content-section'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { StatusNotice } from '@/components/ui/status-notice'
import { messages, useI18n } from '@/i18n/language'
import { applyServerErrors } from '@/forms/form-errors'

/** The panel's `string|min:1|max:191` on `name` (RenameServerRequest). */
export const SERVER_NAME_MAX = 191

const renameSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1, { error: () => messages().server.settings.rename.nameRequired }),
    z.maxLength(SERVER_NAME_MAX, {
      error: () => messages().server.settings.rename.nameTooLong(SERVER_NAME_MAX),
    }),
  ),
  description: z.string(),
})
type RenameValues = z.output<typeof renameSchema>

/** Name and description → POST /settings/rename (`settings.rename`). */
export function RenameForm({
  serverId,
  name,
  description,
}: {
  serverId: string
  name: string
  description: string
}) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [saved, setSaved] = useState<string>()
  const inFlight = useRef(false)
  const form = useForm<z.input<typeof renameSchema>, unknown, RenameValues>({
    resolver: zodResolver(renameSchema),
    defaultValues: { name, description },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = async (values: RenameValues) => {
    if (inFlight.current) return
    inFlight.current = true
    setSaved(undefined)
    try {
      await renameServer(serverId, values)
      form.reset(values)
      setSaved(t.server.settings.rename.saved)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: serverDetailQueries.all(serverId) }),
        queryClient.invalidateQueries({ queryKey: serverQueries.all() }),
      ])
    } catch (error) {
      // 422 on `name`/`description` lands on the field; what was typed stays.
      applyServerErrors(form, error, { name: 'name', description: 'description' })
    } finally {
      inFlight.current = false
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      onChange={() => saved && setSaved(undefined)}
    >
      <ContentSection
        title={t.server.settings.rename.title}
        description={t.server.settings.rename.description}
        footer={
          <Button type="submit" pending={isSubmitting} className="max-sm:w-full">
            {t.server.settings.rename.submit}
          </Button>
        }
      >
        <div className="space-y-5">
          <FormAlert message={errors.root?.server?.message} />
          <StatusNotice message={saved} />
          <div className="grid max-w-xl gap-5">
            <Field label={t.server.settings.rename.name} error={errors.name?.message}>
              <Input autoComplete="off" {...form.register('name')} />
            </Field>
            <Field
              label={t.server.settings.rename.descriptionField}
              description={t.server.settings.rename.descriptionHint}
              error={errors.description?.message}
            >
              <Textarea rows={3} {...form.register('description')} />
            </Field>
          </div>
        </div>
      </ContentSection>
    </form>
  )
}
