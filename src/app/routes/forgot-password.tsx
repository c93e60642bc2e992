import { ForgotPasswordPage } from '@/features/auth/forgot-password-page'

import { useGuestRedirect } from './use-guest-redirect'

export default function ForgotPasswordRoute() {
  useGuestRedirect()
  return <ForgotPasswordPage />
}
