import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'

import { databaseQueries, deleteDatabase } from '@/api/databases'
import type { Database } from '@/api/databases'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { QueryList } from '@/components/ui/query-list'
import { errorText } from '@/i18n/error-text'
import { messages, useI18n } from '@/i18n/language'

import { NoAccess } from '../shell/server-not-found'
import { useServerContext } from '../shell/server-context'
import { CreateDatabaseDialog } from './create-database-dialog'
import { DatabaseDetailsDialog } from './database-details-dialog'
import type { OpenDatabase } from './database-details-dialog'
import { DatabaseList, DatabaseListSkeleton } from './database-list'

/** `/server/:id/databases`: list, create within the limit, details, rotate, delete. */
export default function DatabasesPage() {
  const { t } = useI18n()
  const { detail, can } = useServerContext()
  const serverId = detail.server.identifier
  const limit = detail.featureLimits.databases
  const query = useQuery({ ...databaseQueries.list(serverId), enabled: can('database.read') })
  const queryClient = useQueryClient()
  const [creating, setCreating] = useState(false)
  const [opened, setOpened] = useState<OpenDatabase | null>(null)
  const [deleting, setDeleting] = useState<Database | null>(null)
  const [typed, setTyped] = useState('')
  const [touched, setTouched] = useState(false)
  const [deletePending, setDeletePending] = useState(false)
  const [deleteError, setDeleteError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const [focusRequest, setFocusRequest] = useState(0)
  const typedId = useId()

  if (!can('database.read')) return <NoAccess />

  const count = query.data?.length
  const atLimit = limit !== null && count !== undefined && count >= limit
  const mayCreate = can('database.create')
  const matches = deleting !== null && typed.trim() === deleting.name

  const closeDelete = () => {
    setDeleting(null)
    setTyped('')
    setTouched(false)
    setDeleteError(undefined)
  }

  const confirmDelete = async () => {
    setTouched(true)
    const target = deleting
    if (!target || !matches || deletePending) return
    setDeletePending(true)
    setDeleteError(undefined)
    try {
      await deleteDatabase(serverId, target.id)
      closeDelete()
      setAnnouncement(messages().databases.list.deleted(target.name))
      setFocusRequest((n) => n + 1)
      await queryClient.invalidateQueries({ queryKey: databaseQueries.all(serverId) })
    } catch (error) {
      setDeleteError(errorText(error))
    } finally {
      setDeletePending(false)
    }
  }

  return (
    <div className="space-y-8">
      <h2 className="sr-only">{t.databases.title}</h2>
      <ContentSection
        title={t.databases.list.title}
        description={t.databases.list.description}
        actions={
          <div className="flex flex-wrap items-center gap-3 max-sm:w-full">
            {limit !== null && count !== undefined && (
              <p className="rounded-full border border-border bg-surface px-2.5 py-0.5 text-sm text-fg-muted tabular-nums">
                <span aria-hidden="true">{t.databases.list.counter(count, limit)}</span>
                <span className="sr-only">{t.databases.list.counterLabel(count, limit)}</span>
              </p>
            )}
            {mayCreate && (
              <Button
                onClick={() => setCreating(true)}
                disabled={atLimit || count === undefined}
                aria-describedby={atLimit ? `${typedId}-limit` : undefined}
                className="max-sm:flex-1"
              >
                {t.databases.list.create}
              </Button>
            )}
          </div>
        }
      >
        {atLimit && mayCreate && (
          <p id={`${typedId}-limit`} className="mb-4 text-sm text-fg-muted">
            {t.databases.list.atLimit(limit)}
          </p>
        )}
        <QueryList
          label={t.databases.list.label}
          query={query}
          skeleton={<DatabaseListSkeleton />}
          errorTitle={t.databases.list.loadError}
          empty={
            <EmptyState
              title={t.databases.empty.title}
              description={limit === 0 ? t.databases.empty.noLimit : t.databases.empty.description}
            />
          }
          announcement={announcement}
          actionError={undefined}
          focusRequest={focusRequest}
        >
          {(items) => (
            <DatabaseList
              databases={items}
              mayDelete={can('database.delete')}
              onOpen={(database) => setOpened({ database })}
              onDelete={(database) => setDeleting(database)}
            />
          )}
        </QueryList>
      </ContentSection>

      <CreateDatabaseDialog
        open={creating}
        serverId={serverId}
        prefix={`s${detail.server.internalId}_`}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false)
          setAnnouncement(messages().databases.list.created(created.database.name))
          // Straight into the details, with the password the panel just handed back.
          setOpened({ database: created.database, password: created.password })
        }}
      />

      <DatabaseDetailsDialog
        serverId={serverId}
        open={opened}
        mayViewPassword={can('database.view_password')}
        mayRotate={can('database.update')}
        onClose={() => setOpened(null)}
      />

      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) closeDelete()
        }}
        title={deleting ? t.databases.remove.title(deleting.name) : t.databases.remove.confirm}
        description={t.databases.remove.description}
        confirmLabel={t.databases.remove.confirm}
        pending={deletePending}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
      >
        {deleting && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              void confirmDelete()
            }}
          >
            <Field
              id={typedId}
              label={t.databases.remove.typeName(deleting.name)}
              error={touched && !matches ? t.databases.remove.mismatch : undefined}
            >
              <Input
                value={typed}
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                onChange={(e) => setTyped(e.target.value)}
              />
            </Field>
          </form>
        )}
      </ConfirmDialog>
    </div>
  )
}
