import type { CreatedApiKey } from '@/api/api-keys'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Dialog } from '@/components/ui/dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { useI18n } from '@/i18n/language'
import { useOneTimeSecretGuard } from '@/lib/use-one-time-secret-guard'

interface NewKeyDialogProps {
  /** The just-created key; null closes the dialog (and drops the token). */
  created: CreatedApiKey | null
  onDone: () => void
}

/**
 * Shows the full Bearer token once. Esc and outside clicks do nothing; only "I've copied it"
 * closes it, after which the token is gone from memory. Until then, Back and in-app links are
 * refused and a reload asks first.
 */
export function NewKeyDialog({ created, onDone }: NewKeyDialogProps) {
  const { t } = useI18n()
  const text = t.apiKeys.newKey
  const refusedLeave = useOneTimeSecretGuard(created !== null)
  return (
    <Dialog
      open={created !== null}
      onOpenChange={() => undefined}
      dismissible={false}
      title={text.title}
      description={text.description}
      footer={
        <Button onClick={onDone} className="w-full sm:w-auto">
          {text.done}
        </Button>
      }
    >
      {created && (
        <div className="space-y-4">
          <div className="space-y-2">
            <p
              className="line-clamp-3 text-sm font-medium wrap-anywhere text-fg"
              title={created.key.description}
            >
              {text.keyFor(created.key.description)}
            </p>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <code className="block min-w-0 flex-1 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm break-all text-fg select-all">
                {created.token}
              </code>
              <CopyButton value={created.token} label={text.copy} className="sm:mt-0.5" />
            </div>
          </div>
          <FormAlert message={refusedLeave ? text.leaveRefused : undefined} />
          <div className="space-y-1.5 text-sm text-fg-muted">
            <p>{text.usage}</p>
            <code className="block font-mono text-xs break-all text-fg">
              Authorization: Bearer {created.key.identifier}…
            </code>
          </div>
        </div>
      )}
    </Dialog>
  )
}
