import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { displayFingerprint, sshKeyQueries } from '@/api/ssh-keys'
import type { SshKey } from '@/api/ssh-keys'
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

import { AddSshKeyForm } from './components/add-ssh-key-form'
import { SshKeyList, SshKeyListSkeleton } from './components/ssh-key-list'
import { useRemoveSshKey } from './hooks/use-remove-ssh-key'

/** Read when an action settles, so the text is in the language of that moment. */
const messagesNow = () => messages().sshKeys

const keygenCommand = <code className="font-mono">ssh-keygen -lf</code>

export function SshKeysPage() {
  const { t } = useI18n()
  const query = useQuery(sshKeyQueries.list())
  const removal = useRemoveSshKey()
  const [confirming, setConfirming] = useState<SshKey | null>(null)
  const [removeError, setRemoveError] = useState<string>()
  // Leaves by itself, one at a time (issue 19, item 15).
  const [announcement, setAnnouncement] = useTransientMessage()
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
      onSuccess: () => setAnnouncement(messagesNow().removedKey(shortName(key.name))),
      onError: (error) =>
        setRemoveError(messagesNow().removeFailed(shortName(key.name), errorText(error))),
    })
  }

  return (
    <div className="space-y-10">
      <PageHeader title={t.sshKeys.page.title} description={t.sshKeys.page.description} />

      <ContentSection title={t.sshKeys.add.title}>
        <AddSshKeyForm
          onAdded={(key) => {
            setRemoveError(undefined)
            setAnnouncement(messagesNow().addedKey(shortName(key.name)))
          }}
        />
      </ContentSection>

      <ContentSection
        title={t.sshKeys.list.title}
        description={interpolate(t.sshKeys.list.description, { command: keygenCommand })}
      >
        <QueryList
          label={t.sshKeys.list.label}
          query={query}
          skeleton={<SshKeyListSkeleton />}
          errorTitle={t.sshKeys.list.loadError}
          empty={
            <EmptyState title={t.sshKeys.empty.title} description={t.sshKeys.empty.description} />
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
        title={
          confirming
            ? t.sshKeys.removeDialog.title(shortName(confirming.name))
            : t.sshKeys.removeDialog.titleFallback
        }
        fullName={cutName(confirming?.name)}
        description={
          confirming
            ? t.sshKeys.removeDialog.description(displayFingerprint(confirming.fingerprint))
            : undefined
        }
        confirmLabel={t.sshKeys.removeDialog.confirm}
        onConfirm={confirmRemove}
      />
    </div>
  )
}
