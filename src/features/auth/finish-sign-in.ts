import type { QueryClient } from '@tanstack/react-query'

/**
 * After /auth/login completes: drop everything cached (it may belong to another user); the
 * protected loader fetches the new account before the first signed-in page renders.
 */
export function finishSignIn(queryClient: QueryClient) {
  queryClient.clear()
}
