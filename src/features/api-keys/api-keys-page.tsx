import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { apiKeyQueries, CLIENT_KEY_PREFIX, MAX_API_KEYS } from '@/api/api-keys'
import type { ApiKey, CreatedApiKey } from '@/api/api-keys'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { QueryList } from '@/components/ui/query-list'

import { ApiKeyList, ApiKeyListSkeleton } from './components/api-key-list'
import { CreateApiKeyForm } from './components/create-api-key-form'
import { NewKeyDialog } from './components/new-key-dialog'
import { useDeleteApiKey } from './hooks/use-delete-api-key'
import { keyName } from './key-name'

const prefix = <code className="font-mono text-[0.92em]">{CLIENT_KEY_PREFIX}</code>

function KeyCounter({ count }: { count: number }) {
  return (
    <p className="rounded-full border border-border bg-surface px-2.5 py-0.5 text-sm text-fg-muted tabular-nums">
      <span aria-hidden="true">
        {count} / {MAX_API_KEYS}
      </span>
      <span className="sr-only">
        {count} of {MAX_API_KEYS} keys used
      </span>
    </p>
  )
}

export function ApiKeysPage() {
  const query = useQuery(apiKeyQueries.list())
  const deletion = useDeleteApiKey()
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const [confirming, setConfirming] = useState<ApiKey | null>(null)
  const [deleteError, setDeleteError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  // After a delete the row (and the button that opened the dialog) is gone: keep focus in the list.
  const [focusRequest, setFocusRequest] = useState(0)

  const confirmDelete = () => {
    const key = confirming
    if (!key) return
    const name = keyName(key)
    setConfirming(null)
    setDeleteError(undefined)
    setAnnouncement('')
    setFocusRequest((n) => n + 1)
    deletion.mutate(key, {
      onSuccess: () => setAnnouncement(`Deleted API key “${name}”.`),
      onError: (error) => setDeleteError(`Couldn’t delete “${name}”. ${error.message}`),
    })
  }

  const keys = query.data
  return (
    <div className="space-y-10">
      <PageHeader
        title="API keys"
        description={
          <>Client API keys ({prefix}…) let scripts and tools use the panel’s Client API as you.</>
        }
      />

      <ContentSection
        title="Create a client API key"
        description="A client key can do everything you can: there are no per-key permissions. Limit it to the addresses that need it."
      >
        <CreateApiKeyForm keyCount={keys?.length} onCreated={setCreated} />
      </ContentSection>

      <ContentSection
        title="Your API keys"
        actions={keys ? <KeyCounter count={keys.length} /> : undefined}
      >
        <QueryList
          label="API key list"
          query={query}
          skeleton={<ApiKeyListSkeleton />}
          errorTitle="Couldn’t load your API keys"
          empty={
            <EmptyState
              title="No API keys yet"
              description={
                <>
                  A client API key lets a script or tool act on your account through the panel’s
                  Client API. It can do everything you can, so keep it secret. Client keys start
                  with {prefix}; they are not application keys (<code>ptla_</code>), which only
                  panel administrators create.
                </>
              }
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
        title={confirming ? `Delete “${keyName(confirming)}”?` : 'Delete API key?'}
        description={
          confirming
            ? `Anything using the key ${confirming.identifier} will stop working at once. This can’t be undone.`
            : undefined
        }
        confirmLabel="Delete key"
        onConfirm={confirmDelete}
      />

      <NewKeyDialog created={created} onDone={() => setCreated(null)} />
    </div>
  )
}
