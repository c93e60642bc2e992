import { LoginPage } from '@/features/auth/login-page'

import { useGuestRedirect } from './use-guest-redirect'

export default function LoginRoute() {
  useGuestRedirect()
  return <LoginPage />
}
