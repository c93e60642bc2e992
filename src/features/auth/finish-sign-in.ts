import type { QueryClient } from '@tanstack/react-query'

import type { LoginUser } from '@/api/auth'
import { seedTwoFactorStatus } from '@/api/two-factor'

/**
 * After /auth/login completes: drop everything cached (it may belong to another user); the
 * protected loader fetches the new account before the first signed-in page renders. The login
 * response is the one place the panel tells a third-party frontend whether 2FA is on
 * (`use_totp`, contract §3.1), so it is kept for the account page.
 */
export function finishSignIn(queryClient: QueryClient, user: LoginUser) {
  queryClient.clear()
  seedTwoFactorStatus(queryClient, { username: user.username, email: user.email }, user.useTotp)
}
