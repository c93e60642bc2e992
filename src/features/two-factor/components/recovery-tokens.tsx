import { useEffect, useId, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { FormAlert } from '@/components/ui/form-alert'
import { useI18n } from '@/i18n/language'
import { useOneTimeSecretGuard } from '@/lib/use-one-time-secret-guard'

import { downloadTextFile, recoveryTokensText } from '../format'
import { PrintRecoveryTokens } from './print-recovery-tokens'

interface RecoveryTokensProps {
  tokens: readonly string[]
  /** Shown on the printout and in the file name. */
  account: string
  onDone: () => void
}

/** The one time the tokens are shown: copy, download, print, and an explicit "saved" before Done. */
export function RecoveryTokens({ tokens, account, onDone }: RecoveryTokensProps) {
  const { t } = useI18n()
  const [saved, setSaved] = useState(false)
  const warningRef = useRef<HTMLDivElement>(null)
  const checkboxId = useId()
  const listLabelId = useId()
  // 2FA is already on: leaving before the tokens are saved would lose them for good.
  const refusedLeave = useOneTimeSecretGuard(!saved)

  // This view replaces the enrolment form inside the same dialog: the focused button is gone, so
  // focus (and the screen reader) goes to the warning.
  useEffect(() => {
    warningRef.current?.focus()
  }, [])

  const text = recoveryTokensText(tokens)
  const fileName = t.twoFactor.recoveryTokens.fileName(account.replace(/[^a-z0-9._-]+/gi, '-'))

  return (
    <div className="space-y-5">
      <div ref={warningRef} tabIndex={-1} className="focus:outline-none">
        <FormAlert
          tone="warning"
          title={t.twoFactor.recoveryTokens.warningTitle}
          message={t.twoFactor.recoveryTokens.warningMessage}
        />
      </div>
      <div>
        <p id={listLabelId} className="mb-2 text-sm font-medium text-fg">
          {t.twoFactor.recoveryTokens.listLabel}
        </p>
        <ol
          aria-labelledby={listLabelId}
          className="grid grid-cols-2 gap-x-4 gap-y-1.5 rounded-md border border-border bg-surface-muted px-4 py-3 font-mono text-sm text-fg"
          translate="no"
        >
          {tokens.map((token) => (
            <li key={token} className="tracking-wide select-all">
              {token}
            </li>
          ))}
        </ol>
      </div>
      <div className="flex flex-wrap gap-2">
        <CopyButton value={text} label={t.twoFactor.recoveryTokens.copyAll} />
        <Button variant="secondary" size="sm" onClick={() => downloadTextFile(fileName, text)}>
          {t.twoFactor.recoveryTokens.download}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => window.print()}>
          {t.twoFactor.recoveryTokens.print}
        </Button>
      </div>
      <FormAlert message={refusedLeave ? t.twoFactor.recoveryTokens.leaveRefused : undefined} />
      <label
        htmlFor={checkboxId}
        className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm text-fg sm:min-h-9"
      >
        <input
          id={checkboxId}
          type="checkbox"
          checked={saved}
          onChange={(e) => setSaved(e.target.checked)}
          className="size-5 shrink-0 accent-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        />
        {t.twoFactor.recoveryTokens.saved}
      </label>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button disabled={!saved} onClick={onDone}>
          {t.common.done}
        </Button>
      </div>
      <PrintRecoveryTokens tokens={tokens} account={account} />
    </div>
  )
}
