import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { accountQueries } from '@/api/account'
import { deleteSubuser, subuserQueries } from '@/api/subusers'
import type { Subuser } from '@/api/subusers'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { FormAlert } from '@/components/ui/form-alert'
import { QueryList } from '@/components/ui/query-list'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'
import { useQueryClient } from '@tanstack/react-query'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { SubuserDialog } from './subuser-dialog'
import type { SubuserDialogMode } from './subuser-dialog'
import { SubuserList, SubuserListSkeleton } from './subuser-list'

/** `/server/:id/users`: who has access, invite, edit permissions, remove. */
export default function UsersPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const serverId = detail.server.identifier
  const mayRead = can('user.read')
  const mayCreate = can('user.create')
  const query = useQuery({ ...subuserQueries.list(serverId), enabled: mayRead })
  const account = useQuery(accountQueries.detail())
  const queryClient = useQueryClient()
  const [dialog, setDialog] = useState<SubuserDialogMode | null>(null)
  const [removing, setRemoving] = useState<Subuser | null>(null)
  const [removePending, setRemovePending] = useState(false)
  const [removeError, setRemoveError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const [focusRequest, setFocusRequest] = useState(0)

  if (!mayRead && !mayCreate) return <NoAccess />

  const selfEmail = account.data?.email.toLowerCase()

  const confirmRemove = async () => {
    const target = removing
    if (!target || removePending) return
    setRemovePending(true)
    setRemoveError(undefined)
    try {
      await deleteSubuser(serverId, target.uuid)
      setRemoving(null)
      setAnnouncement(messages().users.list.removed(target.email))
      setFocusRequest((n) => n + 1)
      await queryClient.invalidateQueries({ queryKey: subuserQueries.all(serverId) })
    } catch (error) {
      setRemoveError(errorText(error))
    } finally {
      setRemovePending(false)
    }
  }

  return (
    <div className="space-y-8">
      <h2 className="sr-only">{t.users.title}</h2>
      <ContentSection
        title={t.users.list.title}
        description={t.users.list.description}
        actions={
          mayCreate ? (
            <Button onClick={() => setDialog({ kind: 'invite' })} className="max-sm:w-full">
              {t.users.list.invite}
            </Button>
          ) : undefined
        }
      >
        {mayRead ? (
          <QueryList
            label={t.users.list.label}
            query={query}
            skeleton={<SubuserListSkeleton />}
            errorTitle={t.users.list.loadError}
            empty={
              <EmptyState title={t.users.empty.title} description={t.users.empty.description} />
            }
            announcement={announcement}
            focusRequest={focusRequest}
          >
            {(items) => (
              <SubuserList
                subusers={items}
                selfEmail={selfEmail}
                mayUpdate={can('user.update')}
                mayDelete={can('user.delete')}
                onEdit={(subuser) => setDialog({ kind: 'edit', subuser })}
                onRemove={(subuser) => {
                  setRemoveError(undefined)
                  setRemoving(subuser)
                }}
              />
            )}
          </QueryList>
        ) : (
          <>
            <p role="status" className="sr-only">
              {announcement}
            </p>
            <FormAlert tone="info" message={t.users.noRead} />
          </>
        )}
      </ContentSection>

      <SubuserDialog
        serverId={serverId}
        mode={dialog}
        editor={detail.permissions}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null)
          setAnnouncement(message)
        }}
      />

      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null)
        }}
        title={removing ? t.users.remove.title(removing.email) : t.users.remove.confirm}
        description={t.users.remove.description}
        confirmLabel={t.users.remove.confirm}
        pending={removePending}
        error={removeError}
        onConfirm={() => void confirmRemove()}
      />
    </div>
  )
}
