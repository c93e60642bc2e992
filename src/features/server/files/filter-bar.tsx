import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'

import type { SortKey, SortOrder } from './sort-entries'

// The row above the list: the name filter, the sort picker for small screens (wider ones sort by
// the column headers), and how many entries are shown and selected (a live status).

export function FilterBar({
  filter,
  onFilter,
  sort,
  onSort,
  loaded,
  shownCount,
  total,
  selectedCount,
}: {
  filter: string
  onFilter: (filter: string) => void
  sort: SortOrder
  onSort: (sort: SortOrder) => void
  /** The folder's entries are in: the count can be said. */
  loaded: boolean
  shownCount: number
  total: number
  selectedCount: number
}) {
  const { t } = useI18n()
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input
        type="search"
        value={filter}
        onChange={(e) => onFilter(e.target.value)}
        aria-label={t.files.filter}
        placeholder={t.files.filterPlaceholder}
        className="max-w-xs flex-1 basis-48"
        spellCheck={false}
      />
      <label className="flex items-center gap-2 text-sm text-fg-muted sm:hidden">
        {t.files.sort.label}
        <select
          value={`${sort.key}:${sort.direction}`}
          onChange={(e) => {
            const [key, direction] = e.target.value.split(':') as [SortKey, SortOrder['direction']]
            onSort({ key, direction })
          }}
          className="min-h-11 rounded-md border border-input bg-surface px-2 text-fg"
        >
          {(['name', 'size', 'modified'] as const).flatMap((key) =>
            (['asc', 'desc'] as const).map((direction) => (
              <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                {t.files.sort[key]} (
                {direction === 'asc' ? t.files.sort.ascending : t.files.sort.descending})
              </option>
            )),
          )}
        </select>
      </label>
      <p className="ml-auto text-sm text-fg-muted tabular-nums" role="status">
        {loaded && t.files.count(shownCount, total)}
        {selectedCount > 0 && ` · ${t.files.selected(selectedCount)}`}
      </p>
    </div>
  )
}
