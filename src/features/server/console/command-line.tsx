import { useId, useState } from 'react'

import type { PowerState } from '@/api/servers'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { useI18n } from '@/i18n/language'

import { loadHistory, pushHistory } from './command-history'

interface CommandLineProps {
  serverId: string
  connected: boolean
  power: PowerState | null
  /** Sends the command over the socket; false when it could not be sent. */
  send: (command: string) => boolean
}

/**
 * The command line (shown only with `control.console`). Wings silently drops a command while
 * the server is offline or starting, so those cases are said out loud and the text is kept.
 */
export function CommandLine({ serverId, connected, power, send }: CommandLineProps) {
  const { t } = useI18n()
  const hintId = useId()
  const [value, setValue] = useState('')
  const [history, setHistory] = useState(() => loadHistory(serverId))
  // -1 = the line being typed; 0… = history entries, newest first.
  const [position, setPosition] = useState(-1)
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = () => {
    const command = value.trim()
    if (command === '') return
    if (!connected) return setProblem(t.server.console.command.notConnected)
    if (power === 'offline') return setProblem(t.server.console.command.offline)
    if (power === 'starting' || power === 'stopping') {
      return setProblem(t.server.console.command.starting)
    }
    if (!send(command)) return setProblem(t.server.console.command.notConnected)
    setHistory(pushHistory(serverId, command))
    setValue('')
    setDraft('')
    setPosition(-1)
    setProblem(null)
  }

  const recall = (next: number) => {
    if (next < -1 || next >= history.length) return
    if (position === -1) setDraft(value)
    setPosition(next)
    setValue(next === -1 ? draft : (history[next] ?? ''))
  }

  return (
    <form
      noValidate
      className="space-y-1.5"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <label htmlFor={`${hintId}-input`} className="sr-only">
        {t.server.console.command.label}
      </label>
      <div className="flex gap-2">
        <Input
          id={`${hintId}-input`}
          value={value}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={t.server.console.command.placeholder}
          aria-describedby={`${hintId}-hint ${hintId}-problem`}
          aria-invalid={problem ? true : undefined}
          className="font-mono"
          onChange={(e) => {
            setValue(e.target.value)
            setPosition(-1)
            setProblem(null)
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp') {
              e.preventDefault()
              recall(position + 1)
            } else if (e.key === 'ArrowDown') {
              e.preventDefault()
              recall(position - 1)
            }
          }}
        />
        <Button type="submit" variant="secondary">
          {t.server.console.command.send}
        </Button>
      </div>
      <p id={`${hintId}-hint`} className="text-xs text-fg-muted max-sm:sr-only">
        {t.server.console.command.hint}
      </p>
      <p id={`${hintId}-problem`} role="status" className="text-sm text-warning-text">
        {problem}
      </p>
    </form>
  )
}
