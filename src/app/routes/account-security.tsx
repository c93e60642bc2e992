import { useLocation } from 'react-router'

import { FormAlert } from '@/components/ui/form-alert'
import { useI18n } from '@/i18n/language'
import { SecurityPage } from '@/features/account/security-page'
import { TwoFactorSection } from '@/features/two-factor/two-factor-section'

import type { TwoFactorRequiredState } from '../session'

function isTwoFactorRequired(state: unknown): state is TwoFactorRequiredState {
  return typeof state === 'object' && state !== null && 'twoFactorRequired' in state
}

export default function AccountSecurityRoute() {
  const { t } = useI18n()
  const location = useLocation()
  // Forced 2FA (contract §2.5): the rest of Talon is blocked until it is set up, so it goes first.
  const required = isTwoFactorRequired(location.state)
  return (
    <SecurityPage
      notice={
        required && (
          <FormAlert
            tone="warning"
            title={t.layout.twoFactorRequired.title}
            message={t.layout.twoFactorRequired.message}
          />
        )
      }
      leading={required && <TwoFactorSection />}
      trailing={!required && <TwoFactorSection />}
    />
  )
}
