import { useId } from 'react'
import type { ComponentPropsWithRef } from 'react'

import { MAX_ALLOWED_IPS } from '@/api/api-keys'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/textarea'
import { useI18n } from '@/i18n/language'

import { describeIpProblem } from '../allowed-ips'
import type { IpProblem } from '../allowed-ips'

interface AllowedIpsFieldProps {
  /** `form.register('allowedIps')`. */
  registration: ComponentPropsWithRef<'textarea'>
  /** Entries currently in the textarea. */
  entryCount: number
  /** Summary error (client or panel). */
  error?: string
  /** One line per bad entry, shown under the field and tied to it. */
  problems: IpProblem[]
  disabled?: boolean
}

/** "Allowed IPs" textarea with an entry counter and a list naming each bad entry. */
export function AllowedIpsField({
  registration,
  entryCount,
  error,
  problems,
  disabled,
}: AllowedIpsFieldProps) {
  const { t } = useI18n()
  const base = useId()
  const counterId = `${base}-count`
  const problemsId = `${base}-problems`
  const showProblems = Boolean(error) && problems.length > 0
  const over = entryCount > MAX_ALLOWED_IPS

  return (
    <div className="space-y-1.5">
      <Field
        label={t.apiKeys.allowedIps.label}
        error={error}
        description={t.apiKeys.allowedIps.hint}
      >
        <Textarea
          {...registration}
          rows={4}
          disabled={disabled}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          placeholder={'203.0.113.7\n2001:db8::/32'}
          className="font-mono"
          aria-describedby={[counterId, showProblems ? problemsId : undefined]
            .filter(Boolean)
            .join(' ')}
        />
      </Field>
      {showProblems && (
        <ul id={problemsId} className="space-y-1 pl-5 text-sm text-danger-text">
          {problems.map((problem) => (
            <li key={`${problem.line}-${problem.value}`} className="list-disc break-words">
              {describeIpProblem(problem)}
            </li>
          ))}
        </ul>
      )}
      <p id={counterId} className={over ? 'text-sm text-danger-text' : 'text-sm text-fg-muted'}>
        {t.apiKeys.allowedIps.counter(entryCount, MAX_ALLOWED_IPS)}
      </p>
    </div>
  )
}
