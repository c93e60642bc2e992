import type { Allocation } from '@/api/network'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { useI18n } from '@/i18n/language'

import { allocationAddress } from './address'
import { NotesEditor } from './notes-editor'

interface AllocationRowProps {
  serverId: string
  allocation: Allocation
  mayUpdate: boolean
  mayDelete: boolean
  primaryPending: boolean
  onMakePrimary: (allocation: Allocation) => void
  onRemove: (allocation: Allocation) => void
}

export function AllocationRow({
  serverId,
  allocation,
  mayUpdate,
  mayDelete,
  primaryPending,
  onMakePrimary,
  onRemove,
}: AllocationRowProps) {
  const { t } = useI18n()
  const address = allocationAddress(allocation)
  return (
    <li className="grid gap-3 py-4 first:pt-0 last:pb-0 md:grid-cols-[minmax(0,17rem)_minmax(0,1fr)_14rem] md:items-center md:gap-4">
      <div className="min-w-0">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-mono text-sm font-medium break-all text-fg">{address}</span>
          <CopyButton
            value={address}
            label={t.network.copyAddress(address)}
            variant="ghost"
            className="-mx-1"
          />
          {allocation.isPrimary && (
            <span
              className="rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium text-accent-text"
              title={t.network.primaryHint}
            >
              {t.network.primary}
            </span>
          )}
        </div>
        {allocation.alias && (
          <p className="mt-0.5 font-mono text-xs text-fg-muted">{t.network.alias(allocation.ip)}</p>
        )}
      </div>
      <NotesEditor
        serverId={serverId}
        allocation={allocation}
        address={address}
        mayEdit={mayUpdate}
      />
      {(mayUpdate || mayDelete) && !allocation.isPrimary && (
        <div className="flex flex-wrap gap-2 md:justify-end">
          {mayUpdate && !allocation.isPrimary && (
            <Button
              variant="secondary"
              size="sm"
              className="max-sm:flex-1"
              aria-label={t.network.makePrimaryFor(address)}
              pending={primaryPending}
              onClick={() => onMakePrimary(allocation)}
            >
              {t.network.makePrimary}
            </Button>
          )}
          {mayDelete && !allocation.isPrimary && (
            <Button
              variant="secondary"
              size="sm"
              className="text-danger-text max-sm:flex-1"
              aria-label={t.network.removeFor(address)}
              onClick={() => onRemove(allocation)}
            >
              {t.network.remove}
            </Button>
          )}
        </div>
      )}
    </li>
  )
}
