import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod/mini'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { messages, useI18n } from '@/i18n/language'

import { MAX_GROUP_NAME } from '../groups-store'

interface NewGroupDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  existingNames: string[]
  onCreate: (name: string) => void
}

export function NewGroupDialog({
  open,
  onOpenChange,
  existingNames,
  onCreate,
}: NewGroupDialogProps) {
  const { t } = useI18n()
  const taken = new Set(existingNames.map((n) => n.trim().toLowerCase()))
  const schema = z.object({
    name: z.string().check(
      z.trim(),
      z.minLength(1, { error: () => messages().servers.newGroupDialog.nameRequired }),
      z.maxLength(MAX_GROUP_NAME, {
        error: () => messages().servers.newGroupDialog.nameTooLong(MAX_GROUP_NAME),
      }),
      z.refine((n) => !taken.has(n.toLowerCase()), {
        error: () => messages().servers.newGroupDialog.nameTaken,
      }),
    ),
  })
  const form = useForm<{ name: string }>({
    resolver: zodResolver(schema),
    defaultValues: { name: '' },
  })
  const close = (next: boolean) => {
    if (!next) form.reset()
    onOpenChange(next)
  }
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t.servers.newGroupDialog.title}
      description={t.servers.newGroupDialog.description}
    >
      <form
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit(({ name }) => {
            onCreate(name.trim())
            close(false)
          })(e)
        }
        className="space-y-5"
      >
        <Field label={t.servers.newGroupDialog.name} error={form.formState.errors.name?.message}>
          <Input autoComplete="off" maxLength={MAX_GROUP_NAME + 10} {...form.register('name')} />
        </Field>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => close(false)}>
            {t.common.cancel}
          </Button>
          <Button type="submit">{t.servers.newGroupDialog.create}</Button>
        </div>
      </form>
    </Dialog>
  )
}
