import { useLocation } from 'react-router'

import { FormAlert } from '@/components/ui/form-alert'
import { AccountPage } from '@/features/account/account-page'
import { TwoFactorSection } from '@/features/two-factor/two-factor-section'

import type { TwoFactorRequiredState } from '../query-client'

function isTwoFactorRequired(state: unknown): state is TwoFactorRequiredState {
  return typeof state === 'object' && state !== null && 'twoFactorRequired' in state
}

export default function AccountRoute() {
  const location = useLocation()
  // Forced 2FA (contract §2.5): the rest of Talon is blocked until it is set up, so it goes first.
  const required = isTwoFactorRequired(location.state)
  return (
    <AccountPage
      notice={
        required && (
          <FormAlert
            tone="warning"
            title="Two-factor authentication required"
            message="Your panel requires two-factor authentication on this account. Set it up below to use the rest of Talon."
          />
        )
      }
      leading={required && <TwoFactorSection />}
      trailing={!required && <TwoFactorSection />}
    />
  )
}
