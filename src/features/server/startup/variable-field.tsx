import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'

import type { StartupVariable } from '@/api/startup'
import { updateStartupVariable } from '@/api/startup'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { Spinner } from '@/components/ui/spinner'
import { useI18n } from '@/i18n/language'
import { cn } from '@/lib/cn'

import { Switch } from './switch'
import { useVariableSave } from './use-variable-save'
import type { SaveStatus } from './use-variable-save'
import { ruleHints } from './rule-hints'
import { isSwitchOn, readVariableRules } from './variable-rules'

interface VariableFieldProps {
  serverId: string
  variable: StartupVariable
  /** The caller holds `startup.update`. */
  mayEdit: boolean
}

/**
 * One egg variable as the control its rules call for. Switches and selects save on change; text
 * and numbers on Enter or leaving the field (Escape goes back to the saved value). A refusal shows
 * the panel's own message under the field and keeps what was typed.
 */
export function VariableField({ serverId, variable, mayEdit }: VariableFieldProps) {
  const { t } = useI18n()
  const id = useId()
  const rules = readVariableRules(variable.rules)
  const { status, save, reset } = useVariableSave(
    serverId,
    variable.envVariable,
    variable.serverValue,
  )
  const [draft, setDraft] = useState(variable.serverValue)
  const editable = mayEdit && variable.isEditable

  // A value changed elsewhere (refetch) replaces the draft unless the user is editing it.
  const lastSeen = useRef(variable.serverValue)
  useEffect(() => {
    if (variable.serverValue === lastSeen.current) return
    setDraft((current) => (current === lastSeen.current ? variable.serverValue : current))
    lastSeen.current = variable.serverValue
  }, [variable.serverValue])

  // Leaving the page with an unsaved edit still saves it (nothing typed is lost on navigation).
  const dirty = editable && draft !== variable.serverValue
  const pending = useRef({ draft, dirty: false })
  useEffect(() => {
    pending.current = { draft, dirty: dirty && status.state !== 'error' }
  })
  useEffect(
    () => () => {
      const { draft: last, dirty } = pending.current
      if (dirty) void updateStartupVariable(serverId, variable.envVariable, last).catch(() => {})
    },
    [serverId, variable.envVariable],
  )

  const error = status.state === 'error' ? status.message : undefined
  const controlId = `${id}-control`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ')
  const shared = {
    id: controlId,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  }

  const onTextKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      save(draft)
    } else if (event.key === 'Escape' && (dirty || error)) {
      event.preventDefault()
      reset()
      setDraft(variable.serverValue)
    }
  }

  let control: ReactNode
  const { control: kind } = rules
  if (kind.kind === 'switch') {
    const on = isSwitchOn(draft, kind.on)
    control = (
      <div className="flex items-center gap-3">
        <Switch
          {...shared}
          checked={on}
          disabled={!editable}
          onCheckedChange={(checked) => {
            const value = checked ? kind.on : kind.off
            setDraft(value)
            save(value)
          }}
        />
        <span className="text-sm text-fg" aria-hidden="true">
          {on ? t.startup.variables.on : t.startup.variables.off}
        </span>
      </div>
    )
  } else if (kind.kind === 'select') {
    const options =
      kind.options.includes(draft) || draft === '' ? kind.options : [draft, ...kind.options]
    control = (
      <Select
        {...shared}
        value={draft}
        disabled={!editable}
        onChange={(event) => {
          setDraft(event.target.value)
          save(event.target.value)
        }}
      >
        {(draft === '' || !rules.required) && <option value="">{t.startup.variables.none}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    )
  } else {
    const number = kind.kind === 'number'
    control = (
      <Input
        {...shared}
        className={cn('font-mono', !editable && 'bg-surface-muted text-fg-muted')}
        type={number ? 'number' : 'text'}
        inputMode={number ? (kind.integer ? 'numeric' : 'decimal') : undefined}
        {...(number && kind.min !== undefined && { min: kind.min })}
        {...(number && kind.max !== undefined && { max: kind.max })}
        {...(number && { step: kind.integer ? 1 : 'any' })}
        {...(!number && kind.maxLength !== undefined && { maxLength: kind.maxLength })}
        value={draft}
        readOnly={!editable}
        placeholder={variable.defaultValue}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => editable && save(draft)}
        onKeyDown={onTextKey}
      />
    )
  }

  const hints = ruleHints(rules, t.startup.variables)
  const showUnsaved = dirty && kind.kind !== 'switch' && kind.kind !== 'select' && !error
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className={cn(
        'flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-surface p-4 shadow-xs',
        !variable.isEditable && 'bg-surface-muted/50',
      )}
    >
      <div className="flex min-w-0 items-start justify-between gap-3">
        <div className="min-w-0">
          <label
            id={`${id}-label`}
            htmlFor={controlId}
            className="block text-sm font-medium break-words text-fg"
          >
            {variable.name}
          </label>
          <code className="mt-0.5 block font-mono text-xs break-all text-fg-muted">
            <span className="sr-only">{t.startup.variables.envVariable}: </span>
            {variable.envVariable}
          </code>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {!variable.isEditable && (
            <span className="rounded-full border border-border bg-surface-muted px-2 py-0.5 text-xs font-medium text-fg-muted">
              {t.startup.variables.readOnly}
            </span>
          )}
          <SaveIndicator status={status} />
        </div>
      </div>
      {control}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-text">
          <svg viewBox="0 0 16 16" className="mt-0.5 size-3.5 shrink-0" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path
              d="M8 4.5v4M8 11h.01"
              stroke="var(--color-surface)"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          <span>{error}</span>
        </p>
      )}
      <div id={hintId} className="space-y-1 text-sm text-fg-muted">
        {variable.description && <p>{variable.description}</p>}
        <p className="text-xs">
          {[
            ...hints,
            variable.defaultValue
              ? t.startup.variables.defaultValue(variable.defaultValue)
              : t.startup.variables.noDefault,
          ].join(' ')}
        </p>
        {!variable.isEditable && <p className="text-xs">{t.startup.variables.readOnlyHint}</p>}
        {showUnsaved && <p className="text-xs text-warning-text">{t.startup.variables.unsaved}</p>}
      </div>
    </div>
  )
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useI18n()
  return (
    <span role="status" className="flex items-center gap-1 text-xs text-fg-muted">
      {status.state === 'saving' && (
        <>
          <Spinner className="size-3.5" />
          {t.startup.variables.saving}
        </>
      )}
      {status.state === 'saved' && (
        <span className="flex items-center gap-1 text-success-text">
          <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden="true">
            <path
              d="M3.5 8.5l3 3 6-7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {t.startup.variables.saved}
        </span>
      )}
    </span>
  )
}
