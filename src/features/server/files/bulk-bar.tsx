import { Button } from '@/components/ui/button'
import { useI18n } from '@/i18n/language'

import type { BulkAction } from './file-permissions'

// The toolbar shown while entries are selected: what can be done to all of them at once, and a
// way to clear the selection.

export function BulkBar({
  count,
  actions,
  onAction,
  onClear,
}: {
  count: number
  actions: readonly BulkAction[]
  onAction: (action: BulkAction) => void
  onClear: () => void
}) {
  const { t } = useI18n()
  return (
    <div
      role="toolbar"
      aria-label={t.files.bulkLabel}
      className="flex flex-wrap items-center gap-2 rounded-md border border-accent-text/25 bg-accent-subtle px-3 py-2"
    >
      <span className="text-sm font-medium text-fg">{t.files.selected(count)}</span>
      {actions.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={action === 'delete' ? 'danger' : 'secondary'}
          onClick={() => onAction(action)}
        >
          {t.files.actions[action]}
        </Button>
      ))}
      <Button size="sm" variant="ghost" onClick={onClear}>
        {t.files.actions.clearSelection}
      </Button>
    </div>
  )
}
