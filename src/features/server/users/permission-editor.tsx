import { useEffect, useId, useRef } from 'react'

import type { PermissionCatalogue, PermissionGroup } from '@/api/subusers'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import {
  editableGroups,
  groupState,
  groupToggleable,
  keyLock,
  toggleGroup,
  toggleKey,
} from './permission-matrix'

interface PermissionEditorProps {
  catalogue: PermissionCatalogue
  selected: ReadonlySet<string>
  onChange: (next: Set<string>) => void
  /** The editor's own permissions (`*` for owners and admins). */
  editor: readonly string[]
  disabled?: boolean
}

const checkboxClasses =
  'mt-0.5 size-5 shrink-0 accent-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50 sm:size-4'

/**
 * The permission matrix: one fieldset per area with a tri-state "all" checkbox, each key with the
 * panel's own description, and keys the editor does not hold disabled with the reason.
 */
export function PermissionEditor({
  catalogue,
  selected,
  onChange,
  editor,
  disabled = false,
}: PermissionEditorProps) {
  return (
    <div className="space-y-3">
      {editableGroups(catalogue).map((group) => (
        <GroupFieldset
          key={group.name}
          group={group}
          selected={selected}
          onChange={onChange}
          editor={editor}
          disabled={disabled}
        />
      ))}
    </div>
  )
}

function GroupFieldset({
  group,
  selected,
  onChange,
  editor,
  disabled,
}: {
  group: PermissionGroup
  selected: ReadonlySet<string>
  onChange: (next: Set<string>) => void
  editor: readonly string[]
  disabled: boolean
}) {
  const { t } = useI18n()
  const text = t.users.matrix
  const id = useId()
  const allRef = useRef<HTMLInputElement>(null)
  const state = groupState(group, selected)
  const title = text.groups[group.name] ?? group.name
  const on = group.keys.filter((k) => selected.has(k.key)).length

  useEffect(() => {
    // `indeterminate` exists only as a DOM property; browsers expose it as aria-checked="mixed".
    if (allRef.current) allRef.current.indeterminate = state === 'some'
  }, [state])

  return (
    <fieldset className="rounded-lg border border-border" aria-describedby={`${id}-description`}>
      <legend className="sr-only">{title}</legend>
      <div className="flex items-start gap-3 border-b border-border bg-surface-muted/50 px-3 py-2.5">
        <input
          ref={allRef}
          id={`${id}-all`}
          type="checkbox"
          className={checkboxClasses}
          checked={state === 'all'}
          disabled={disabled || !groupToggleable(group, selected, editor)}
          onChange={() => onChange(toggleGroup(group, selected, editor))}
        />
        <div className="min-w-0 flex-1">
          <label
            htmlFor={`${id}-all`}
            className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 text-sm font-semibold text-fg"
          >
            <span>
              <span className="sr-only">{text.groupToggle(title)}</span>
              <span aria-hidden="true">{title}</span>
            </span>
            <span className="text-xs font-normal text-fg-muted tabular-nums">
              {text.selectedCount(on, group.keys.length)}
            </span>
          </label>
          <p id={`${id}-description`} className="mt-0.5 text-xs text-fg-muted">
            {group.description}
          </p>
        </div>
      </div>
      <ul className="divide-y divide-border">
        {group.keys.map((key) => {
          const lock = keyLock(editor, key.key, selected)
          const keyId = `${id}-${key.name}`
          const checked = selected.has(key.key)
          return (
            <li key={key.key} className="flex items-start gap-3 px-3 py-2.5">
              <input
                id={keyId}
                type="checkbox"
                className={checkboxClasses}
                checked={checked}
                disabled={disabled || lock === 'cannotGrant'}
                aria-describedby={`${keyId}-description${lock ? ` ${keyId}-lock` : ''}`}
                onChange={() => onChange(toggleKey(key.key, selected, editor))}
              />
              <div className="min-w-0 flex-1">
                <label
                  htmlFor={keyId}
                  className={cn(
                    'block font-mono text-sm text-fg',
                    lock === 'cannotGrant' ? 'cursor-not-allowed' : 'cursor-pointer',
                  )}
                >
                  {key.key}
                </label>
                <p id={`${keyId}-description`} className="mt-0.5 text-xs text-fg-muted">
                  {key.description}
                </p>
                {lock && (
                  <p
                    id={`${keyId}-lock`}
                    className={cn(
                      'mt-1 text-xs',
                      lock === 'removeOnly' ? 'text-warning-text' : 'text-fg-muted italic',
                    )}
                  >
                    {lock === 'removeOnly' ? text.removeOnly : text.cannotGrant}
                  </p>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
