import { useEffect, useId, useState } from 'react'

import type { ServerListType } from '@/api/servers'
import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { sortKeys } from '../sort'
import type { SortKey } from '../sort'

const DEBOUNCE_MS = 300

interface ServersToolbarProps {
  query: string
  onQueryChange: (query: string) => void
  sort: SortKey
  onSortChange: (sort: SortKey) => void
  /** Admins only. */
  view?: { value: ServerListType; onChange: (view: ServerListType) => void }
}

export function ServersToolbar({
  query,
  onQueryChange,
  sort,
  onSortChange,
  view,
}: ServersToolbarProps) {
  const { t } = useI18n()
  const searchId = useId()
  const sortId = useId()
  const [text, setText] = useState(query)
  const [synced, setSynced] = useState(query)
  if (query !== synced) {
    // The URL changed from elsewhere (back button, "Clear search").
    setSynced(query)
    setText(query)
  }

  useEffect(() => {
    if (text.trim() === query.trim()) return
    const timer = setTimeout(() => onQueryChange(text.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, query, onQueryChange])

  return (
    // On a phone, search and sort share one bar (labels for screen readers only) so the first
    // server is on screen without scrolling; from 640 px each control has its visible label.
    <div className="flex flex-wrap items-end gap-2 sm:gap-4">
      <form
        role="search"
        className="min-w-0 flex-1 basis-36 sm:min-w-64"
        onSubmit={(e) => {
          e.preventDefault()
          onQueryChange(text.trim())
        }}
      >
        <label
          htmlFor={searchId}
          className="sr-only text-sm font-medium text-fg sm:not-sr-only sm:block"
        >
          {t.servers.toolbar.search}
        </label>
        <Input
          id={searchId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t.servers.toolbar.searchPlaceholder}
          aria-describedby={`${searchId}-hint`}
          autoComplete="off"
          spellCheck={false}
          className="sm:mt-1.5"
        />
        <p id={`${searchId}-hint`} className="sr-only">
          {t.servers.toolbar.searchHint}
        </p>
      </form>

      {view && (
        <div className="order-last min-w-0 basis-full sm:order-none sm:basis-auto">
          <span id={`${searchId}-view`} className="block text-sm font-medium text-fg">
            {t.servers.toolbar.view}
          </span>
          <div
            role="group"
            aria-labelledby={`${searchId}-view`}
            className="mt-1.5 inline-flex rounded-md border border-border bg-surface-muted p-0.5"
          >
            {(
              [
                ['mine', t.servers.toolbar.viewMine],
                ['admin-all', t.servers.toolbar.viewAll],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                aria-pressed={view.value === value}
                onClick={() => view.onChange(value)}
                className={cn(
                  'min-h-10 rounded px-3 text-sm font-medium whitespace-nowrap transition-colors sm:min-h-8',
                  'focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                  view.value === value
                    ? 'bg-surface text-fg shadow-sm'
                    : 'text-fg-muted hover:text-fg',
                )}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
      )}

      <div className="max-w-36 min-w-0 shrink-0 sm:max-w-none">
        <label
          htmlFor={sortId}
          className="sr-only text-sm font-medium text-fg sm:not-sr-only sm:block"
        >
          {t.servers.toolbar.sort}
        </label>
        <select
          id={sortId}
          value={sort}
          onChange={(e) => onSortChange(e.target.value as SortKey)}
          className="min-h-11 w-full rounded-md sm:mt-1.5 border border-input bg-surface px-3 text-base text-fg shadow-sm focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-ring/40 focus-visible:outline-none sm:min-h-9 sm:w-auto sm:text-sm"
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t.servers.sort.options[key]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
