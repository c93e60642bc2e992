import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod/mini'

import { createSubuser, subuserQueries, updateSubuser } from '@/api/subusers'
import type { Subuser } from '@/api/subusers'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Input } from '@/components/ui/input'
import { Skeleton } from '@/components/ui/skeleton'
import { applyServerErrors } from '@/forms/form-errors'
import { messages, useI18n } from '@/i18n/language'

import { PermissionEditor } from './permission-editor'
import { ALWAYS_GRANTED, refusedKeys, sameSelection, selectionToList } from './permission-matrix'

/** StoreSubuserRequest: `required|email|between:1,191`. */
export const EMAIL_MAX = 191

const inviteSchema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => messages().users.invite.emailRequired }),
      z.maxLength(EMAIL_MAX, { error: () => messages().users.invite.emailTooLong }),
      z.regex(/^[^\s@]+@[^\s@]+$/, { error: () => messages().users.invite.emailInvalid }),
    ),
})
type InviteValues = z.output<typeof inviteSchema>

export type SubuserDialogMode = { kind: 'invite' } | { kind: 'edit'; subuser: Subuser }

interface SubuserDialogProps {
  serverId: string
  mode: SubuserDialogMode | null
  /** The editor's own permissions on this server. */
  editor: readonly string[]
  onClose: () => void
  onDone: (message: string) => void
}

/** Invite (e-mail + permissions) or edit (permissions) a subuser. */
export function SubuserDialog({ serverId, mode, editor, onClose, onDone }: SubuserDialogProps) {
  const { t } = useI18n()
  const title =
    mode?.kind === 'edit' ? t.users.edit.title(mode.subuser.email) : t.users.invite.title
  const description = mode?.kind === 'edit' ? t.users.edit.description : t.users.invite.description
  return (
    <Dialog
      open={mode !== null}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      title={title}
      description={description}
      className="sm:max-w-2xl"
    >
      {mode && (
        // Keyed so a new opening starts from the subuser's current permissions.
        <SubuserForm
          key={mode.kind === 'edit' ? mode.subuser.uuid : 'invite'}
          serverId={serverId}
          mode={mode}
          editor={editor}
          onClose={onClose}
          onDone={onDone}
        />
      )}
    </Dialog>
  )
}

function SubuserForm({
  serverId,
  mode,
  editor,
  onClose,
  onDone,
}: SubuserDialogProps & { mode: SubuserDialogMode }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const catalogue = useQuery(subuserQueries.catalogue())
  const initial = new Set(
    mode.kind === 'edit' ? mode.subuser.permissions.filter((p) => p !== ALWAYS_GRANTED) : [],
  )
  const [selected, setSelected] = useState<Set<string>>(initial)
  const [initialSelection] = useState(initial)
  const inFlight = useRef(false)
  const form = useForm<z.input<typeof inviteSchema>, unknown, InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '' },
  })
  const { errors } = form.formState
  const [pending, setPending] = useState(false)
  const refused = refusedKeys(editor, selected)
  const unchanged = mode.kind === 'edit' && sameSelection(selected, initialSelection)

  const save = async (email: string | null) => {
    if (inFlight.current || !catalogue.data) return
    const permissions = selectionToList(catalogue.data, selected)
    if (refused.length > 0) return
    inFlight.current = true
    setPending(true)
    try {
      if (mode.kind === 'edit') {
        await updateSubuser(serverId, mode.subuser.uuid, permissions)
        onDone(messages().users.list.saved(mode.subuser.email))
      } else {
        await createSubuser(serverId, { email: email ?? '', permissions })
        onDone(messages().users.list.added(email ?? ''))
      }
      await queryClient.invalidateQueries({ queryKey: subuserQueries.all(serverId) })
    } catch (error) {
      // A 422 on `email` lands on the field; everything else (owner, duplicate, a key the
      // editor lacks) above the form. What was typed and ticked stays.
      applyServerErrors(form, error, { email: 'email' })
    } finally {
      inFlight.current = false
      setPending(false)
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        if (mode.kind === 'invite') {
          void form.handleSubmit((v) => save(v.email))(e)
          return
        }
        e.preventDefault()
        void save(null)
      }}
      className="space-y-5"
    >
      <FormAlert message={errors.root?.server?.message} />
      {mode.kind === 'invite' && (
        <Field
          label={t.users.invite.email}
          description={t.users.invite.emailHint}
          error={errors.email?.message}
        >
          <Input type="email" autoComplete="off" spellCheck={false} {...form.register('email')} />
        </Field>
      )}
      <div className="space-y-2">
        <h3 className="text-sm font-medium text-fg">{t.users.matrix.legend}</h3>
        {selected.size === 0 && <p className="text-sm text-fg-muted">{t.users.invite.watchOnly}</p>}
        {refused.length > 0 && (
          <FormAlert tone="warning" message={t.users.matrix.refused(refused.length)} />
        )}
        {catalogue.isPending ? (
          <div className="space-y-3" aria-busy="true" aria-label={t.common.loading}>
            <Skeleton className="h-28" />
            <Skeleton className="h-28" />
          </div>
        ) : catalogue.isError ? (
          <ErrorState
            title={t.users.matrix.loadError}
            error={catalogue.error}
            retrying={catalogue.isFetching}
            onRetry={() => void catalogue.refetch()}
          />
        ) : (
          <PermissionEditor
            catalogue={catalogue.data}
            selected={selected}
            editor={editor}
            disabled={pending}
            onChange={(next) => {
              setSelected(next)
            }}
          />
        )}
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-end">
        {unchanged && <p className="text-sm text-fg-muted sm:mr-auto">{t.users.edit.unchanged}</p>}
        <Button variant="secondary" disabled={pending} onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button
          type="submit"
          pending={pending}
          disabled={!catalogue.data || unchanged || refused.length > 0}
        >
          {mode.kind === 'edit' ? t.users.edit.submit : t.users.invite.submit}
        </Button>
      </div>
    </form>
  )
}
