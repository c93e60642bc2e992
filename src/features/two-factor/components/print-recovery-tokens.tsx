import { createPortal } from 'react-dom'

import { useI18n } from '@/i18n/language'

// Printed alone: while this is mounted, everything else on the page is hidden from print. An
// inline <style> is allowed by the CSP (`style-src 'self' 'unsafe-inline'`); no script needed.
const PRINT_CSS =
  '@media print { body > :not([data-print-recovery-tokens]) { display: none !important; } }'

interface PrintRecoveryTokensProps {
  tokens: readonly string[]
  account: string
}

/** Print-only page with the tokens; invisible on screen and to assistive tech. */
export function PrintRecoveryTokens({ tokens, account }: PrintRecoveryTokensProps) {
  const { t } = useI18n()
  return createPortal(
    <div data-print-recovery-tokens="" className="hidden bg-white p-8 text-black print:block">
      <style>{PRINT_CSS}</style>
      <h1 className="text-xl font-semibold">{t.twoFactor.recoveryTokens.printTitle}</h1>
      <p className="mt-1 text-sm">{t.twoFactor.recoveryTokens.printAccount(account)}</p>
      <p className="mt-1 text-sm">{t.twoFactor.recoveryTokens.printHint}</p>
      <ol className="mt-6 grid grid-cols-2 gap-x-10 gap-y-2 font-mono text-lg">
        {tokens.map((token) => (
          <li key={token}>{token}</li>
        ))}
      </ol>
    </div>,
    document.body,
  )
}
