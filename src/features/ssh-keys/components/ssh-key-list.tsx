import { displayFingerprint } from '@/api/ssh-keys'
import type { SshKey } from '@/api/ssh-keys'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { RelativeTime } from '@/components/ui/relative-time'
import { Skeleton } from '@/components/ui/skeleton'
import { useI18n } from '@/i18n/language'

interface SshKeyListProps {
  keys: SshKey[]
  onRemove: (key: SshKey) => void
}

export function SshKeyList({ keys, onRemove }: SshKeyListProps) {
  const { t, locale } = useI18n()
  const text = t.sshKeys.list
  return (
    <ul className="divide-y divide-border">
      {keys.map((key) => {
        const fingerprint = displayFingerprint(key.fingerprint)
        return (
          <li
            key={key.fingerprint}
            className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:gap-4"
          >
            <div className="min-w-0 flex-1">
              {/* Two lines at most; the whole name on hover and for screen readers. */}
              <p className="line-clamp-2 font-medium wrap-anywhere text-fg" title={key.name}>
                {key.name}
              </p>
              <dl className="mt-1 space-y-1 text-sm">
                <div>
                  <dt className="sr-only">{text.fingerprint}</dt>
                  <dd>
                    <code className="font-mono text-xs break-all text-fg-muted select-all">
                      {fingerprint}
                    </code>
                  </dd>
                </div>
                <div className="flex gap-1.5 text-fg-muted">
                  <dt>{text.added}</dt>
                  <dd>
                    <RelativeTime date={key.createdAt} locale={locale} />
                  </dd>
                </div>
              </dl>
            </div>
            <div className="flex gap-2">
              <CopyButton
                value={fingerprint}
                label={text.copyFingerprint(key.name)}
                className="flex-1 sm:flex-none"
              />
              <Button
                variant="secondary"
                size="sm"
                className="flex-1 text-danger-text sm:flex-none"
                aria-label={text.removeLabel(key.name)}
                onClick={() => onRemove(key)}
              >
                {text.remove}
              </Button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

export function SshKeyListSkeleton() {
  const { t } = useI18n()
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        {t.sshKeys.list.loading}
      </p>
      <ul className="divide-y divide-border" aria-hidden="true">
        {[0, 1].map((i) => (
          <li key={i} className="flex flex-col gap-3 py-4 first:pt-0 sm:flex-row sm:items-center">
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-36" />
              <Skeleton className="h-3 w-full max-w-sm" />
              <Skeleton className="h-3 w-24" />
            </div>
            <Skeleton className="h-9 w-40" />
          </li>
        ))}
      </ul>
    </div>
  )
}
