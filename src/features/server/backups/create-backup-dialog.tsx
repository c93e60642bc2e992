import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod/mini'

import { createBackup, MAX_BACKUP_NAME_LENGTH } from '@/api/backups'
import type { Backup } from '@/api/backups'
import { isApiError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { applyServerErrors } from '@/forms/form-errors'
import { messages, useI18n } from '@/i18n/language'

// StoreBackupRequest's rules in the browser (name ≤ 191); the rest (limit, throttle) only the
// panel knows for sure, and its answer lands where the person looks.

const schema = z.object({
  name: z.string().check(
    z.trim(),
    z.maxLength(MAX_BACKUP_NAME_LENGTH, {
      error: () => messages().backups.create.nameTooLong(MAX_BACKUP_NAME_LENGTH),
    }),
  ),
  ignored: z.string(),
  isLocked: z.boolean(),
})
type Input = z.input<typeof schema>
type Values = z.output<typeof schema>

interface CreateBackupDialogProps {
  serverId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The user may lock (the panel ignores `is_locked` without `backup.delete`). */
  mayLock: boolean
  onCreated: (backup: Backup) => void
  /** The panel's creation throttle answered: seconds until the next backup may start. */
  onThrottled: (seconds: number) => void
  /** Seconds left on a throttle already hit (the submit waits). */
  throttledFor: number
}

export function CreateBackupDialog({
  serverId,
  open,
  onOpenChange,
  mayLock,
  onCreated,
  onThrottled,
  throttledFor,
}: CreateBackupDialogProps) {
  const { t } = useI18n()
  const formId = useId()
  const lockId = useId()
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', ignored: '', isLocked: false },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = async (values: Values) => {
    try {
      const backup = await createBackup(serverId, {
        name: values.name,
        ignored: values.ignored,
        isLocked: mayLock && values.isLocked,
      })
      form.reset()
      onCreated(backup)
    } catch (error) {
      if (isApiError(error) && error.status === 429 && error.code !== 'ThrottleRequestsException') {
        // TooManyRequestsHttpException: the backup throttle, explained with its retry time.
        onThrottled(error.retryAfter ?? 0)
        return
      }
      applyServerErrors(form, error, { name: 'name', ignored: 'ignored', is_locked: 'isLocked' })
    }
  }

  const throttled = throttledFor > 0
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!isSubmitting) onOpenChange(next)
      }}
      dismissible={!isSubmitting}
      title={t.backups.create.title}
      description={t.backups.create.description}
      footer={
        <>
          <Button variant="secondary" disabled={isSubmitting} onClick={() => onOpenChange(false)}>
            {t.common.cancel}
          </Button>
          <Button type="submit" form={formId} pending={isSubmitting} disabled={throttled}>
            {t.backups.create.submit}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        aria-label={t.backups.create.title}
        className="space-y-4"
        onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      >
        <FormAlert
          tone="warning"
          message={throttled ? t.backups.throttled(throttledFor) : undefined}
        />
        <FormAlert message={errors.root?.server?.message} />
        <Field
          label={t.backups.create.name}
          description={t.backups.create.nameHint}
          error={errors.name?.message}
        >
          <Input autoComplete="off" {...form.register('name')} />
        </Field>
        <Field
          label={t.backups.create.ignored}
          description={t.backups.create.ignoredHint}
          error={errors.ignored?.message}
        >
          <Textarea
            rows={4}
            spellCheck={false}
            className="font-mono text-sm"
            {...form.register('ignored')}
          />
        </Field>
        {mayLock && (
          <div className="space-y-1">
            <label
              htmlFor={lockId}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm text-fg sm:min-h-9"
            >
              <input
                id={lockId}
                type="checkbox"
                aria-describedby={`${lockId}-hint`}
                className="size-5 shrink-0 accent-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                {...form.register('isLocked')}
              />
              {t.backups.create.lock}
            </label>
            <p id={`${lockId}-hint`} className="text-sm text-fg-muted">
              {t.backups.create.lockHint}
            </p>
          </div>
        )}
      </form>
    </Dialog>
  )
}
