import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod/mini'

import { createDatabase, databaseQueries } from '@/api/databases'
import type { DatabaseWithPassword } from '@/api/databases'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { applyServerErrors } from '@/forms/form-errors'
import { useI18n } from '@/i18n/language'

import { createDatabaseSchema } from './database-forms'
import type { CreateDatabaseValues } from './database-forms'

interface CreateDatabaseDialogProps {
  open: boolean
  serverId: string
  /** `s{internal id}_`, which the panel puts in front of the name. */
  prefix: string
  onClose: () => void
  /** The new database and its password (null without view_password); never cached. */
  onCreated: (created: DatabaseWithPassword) => void
}

export function CreateDatabaseDialog({
  open,
  serverId,
  prefix,
  onClose,
  onCreated,
}: CreateDatabaseDialogProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const inFlight = useRef(false)
  const form = useForm<z.input<typeof createDatabaseSchema>, unknown, CreateDatabaseValues>({
    resolver: zodResolver(createDatabaseSchema),
    defaultValues: { database: '', remote: '%' },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = async (values: CreateDatabaseValues) => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const created = await createDatabase(serverId, values)
      form.reset()
      onCreated(created)
      await queryClient.invalidateQueries({ queryKey: databaseQueries.all(serverId) })
    } catch (error) {
      applyServerErrors(form, error, { database: 'database', remote: 'remote' })
    } finally {
      inFlight.current = false
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && !isSubmitting) onClose()
      }}
      dismissible={!isSubmitting}
      title={t.databases.create.title}
      description={t.databases.create.description}
    >
      <form noValidate onSubmit={(e) => void form.handleSubmit(onSubmit)(e)} className="space-y-5">
        <FormAlert message={errors.root?.server?.message} />
        <Field
          label={t.databases.create.name}
          description={t.databases.create.nameHint(prefix)}
          error={errors.database?.message}
        >
          <Input autoComplete="off" spellCheck={false} {...form.register('database')} />
        </Field>
        <Field
          label={t.databases.create.remote}
          description={t.databases.create.remoteHint}
          error={errors.remote?.message}
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            {...form.register('remote')}
          />
        </Field>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" disabled={isSubmitting} onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit" pending={isSubmitting}>
            {t.databases.create.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
