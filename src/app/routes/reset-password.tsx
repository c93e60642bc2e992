import { ResetPasswordPage } from '@/features/auth/reset-password-page'

import { useGuestRedirect } from './use-guest-redirect'

export default function ResetPasswordRoute() {
  useGuestRedirect()
  return <ResetPasswordPage />
}
