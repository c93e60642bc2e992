import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { apiKeyQueries, CLIENT_KEY_PREFIX, MAX_API_KEYS } from '@/api/api-keys'
import type { ApiKey, CreatedApiKey } from '@/api/api-keys'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { QueryList } from '@/components/ui/query-list'
import { errorText } from '@/i18n/error-text'
import { interpolate } from '@/i18n/interpolate'
import { messages, useI18n } from '@/i18n/language'
import { useTransientMessage } from '@/lib/use-transient-message'
import { cutName, shortName } from '@/lib/format'

import { ApiKeyList, ApiKeyListSkeleton } from './components/api-key-list'
import { CreateApiKeyForm } from './components/create-api-key-form'
import { NewKeyDialog } from './components/new-key-dialog'
import { useDeleteApiKey } from './hooks/use-delete-api-key'
import { keyName } from './key-name'

const messagesNow = () => messages().apiKeys

const prefix = <code className="font-mono text-[0.92em]">{CLIENT_KEY_PREFIX}</code>
const applicationPrefix = <code>ptla_</code>

function KeyCounter({ count }: { count: number }) {
  const { t } = useI18n()
  return (
    <p className="rounded-full border border-border bg-surface px-2.5 py-0.5 text-sm text-fg-muted tabular-nums">
      <span aria-hidden="true">{t.apiKeys.list.counter(count, MAX_API_KEYS)}</span>
      <span className="sr-only">{t.apiKeys.list.counterLabel(count, MAX_API_KEYS)}</span>
    </p>
  )
}

export function ApiKeysPage() {
  const { t } = useI18n()
  const query = useQuery(apiKeyQueries.list())
  const deletion = useDeleteApiKey()
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const [confirming, setConfirming] = useState<ApiKey | null>(null)
  const [deleteError, setDeleteError] = useState<string>()
  // Leaves by itself, one at a time (issue 19, item 15).
  const [announcement, setAnnouncement] = useTransientMessage()
  // After a delete the row (and the button that opened the dialog) is gone: keep focus in the list.
  const [focusRequest, setFocusRequest] = useState(0)

  const confirmDelete = () => {
    const key = confirming
    if (!key) return
    const name = shortName(keyName(key))
    setConfirming(null)
    setDeleteError(undefined)
    setAnnouncement('')
    setFocusRequest((n) => n + 1)
    deletion.mutate(key, {
      // Read at settle time, so the text is in the language of that moment.
      onSuccess: () => setAnnouncement(messagesNow().deletedKey(name)),
      onError: (error) => setDeleteError(messagesNow().deleteFailed(name, errorText(error))),
    })
  }

  const keys = query.data
  return (
    <div className="space-y-10">
      <PageHeader
        title={t.apiKeys.page.title}
        description={interpolate(t.apiKeys.page.description, { prefix })}
      />

      <ContentSection title={t.apiKeys.create.title} description={t.apiKeys.create.description}>
        <CreateApiKeyForm keyCount={keys?.length} onCreated={setCreated} />
      </ContentSection>

      <ContentSection
        title={t.apiKeys.list.title}
        actions={keys ? <KeyCounter count={keys.length} /> : undefined}
      >
        <QueryList
          label={t.apiKeys.list.label}
          query={query}
          skeleton={<ApiKeyListSkeleton />}
          errorTitle={t.apiKeys.list.loadError}
          empty={
            <EmptyState
              title={t.apiKeys.empty.title}
              description={interpolate(t.apiKeys.empty.description, { prefix, applicationPrefix })}
            />
          }
          announcement={announcement}
          actionError={deleteError}
          focusRequest={focusRequest}
        >
          {(items) => <ApiKeyList keys={items} onDelete={setConfirming} />}
        </QueryList>
      </ContentSection>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null)
        }}
        title={
          confirming
            ? t.apiKeys.deleteDialog.title(shortName(keyName(confirming)))
            : t.apiKeys.deleteDialog.titleFallback
        }
        fullName={cutName(confirming && keyName(confirming))}
        description={
          confirming ? t.apiKeys.deleteDialog.description(confirming.identifier) : undefined
        }
        confirmLabel={t.apiKeys.deleteDialog.confirm}
        onConfirm={confirmDelete}
      />

      <NewKeyDialog created={created} onDone={() => setCreated(null)} />
    </div>
  )
}
