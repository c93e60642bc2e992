import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { displayFingerprint, sshKeyQueries } from '@/api/ssh-keys'
import type { SshKey } from '@/api/ssh-keys'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ContentSection } from '@/components/ui/content-section'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { QueryList } from '@/components/ui/query-list'

import { AddSshKeyForm } from './components/add-ssh-key-form'
import { SshKeyList, SshKeyListSkeleton } from './components/ssh-key-list'
import { useRemoveSshKey } from './hooks/use-remove-ssh-key'

export function SshKeysPage() {
  const query = useQuery(sshKeyQueries.list())
  const removal = useRemoveSshKey()
  const [confirming, setConfirming] = useState<SshKey | null>(null)
  const [removeError, setRemoveError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  // The removed row took the button that opened the dialog with it: keep focus in the list.
  const [focusRequest, setFocusRequest] = useState(0)

  const confirmRemove = () => {
    const key = confirming
    if (!key) return
    setConfirming(null)
    setRemoveError(undefined)
    setAnnouncement('')
    setFocusRequest((n) => n + 1)
    removal.mutate(key, {
      onSuccess: () => setAnnouncement(`Removed SSH key “${key.name}”.`),
      onError: (error) => setRemoveError(`Couldn’t remove “${key.name}”. ${error.message}`),
    })
  }

  return (
    <div className="space-y-10">
      <PageHeader
        title="SSH keys"
        description="Public keys that can sign in to your servers over SFTP instead of your password."
      />

      <ContentSection title="Add an SSH key">
        <AddSshKeyForm
          onAdded={(key) => {
            setRemoveError(undefined)
            setAnnouncement(`Added SSH key “${key.name}”.`)
          }}
        />
      </ContentSection>

      <ContentSection
        title="Your SSH keys"
        description={
          <>
            Fingerprints are shown as <code className="font-mono">ssh-keygen -lf</code> prints them.
          </>
        }
      >
        <QueryList
          label="SSH key list"
          query={query}
          skeleton={<SshKeyListSkeleton />}
          errorTitle="Couldn’t load your SSH keys"
          empty={
            <EmptyState
              title="No SSH keys yet"
              description="Add the public key of a computer you use, and it can connect to your servers over SFTP without a password."
            />
          }
          announcement={announcement}
          actionError={removeError}
          focusRequest={focusRequest}
        >
          {(items) => <SshKeyList keys={items} onRemove={setConfirming} />}
        </QueryList>
      </ContentSection>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null)
        }}
        title={confirming ? `Remove “${confirming.name}”?` : 'Remove SSH key?'}
        description={
          confirming
            ? `The key ${displayFingerprint(confirming.fingerprint)} will no longer sign in over SFTP.`
            : undefined
        }
        confirmLabel="Remove key"
        onConfirm={confirmRemove}
      />
    </div>
  )
}
