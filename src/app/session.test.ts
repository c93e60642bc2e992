import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, onTestFinished, vi } from 'vitest'

import { getAccount } from '@/api/account'
import { answerWithPanelError } from '@/test-kit/faults'
import { signIn } from '@/test-kit/render'

import { followSession } from './session'
import type { RouterLike } from './session'

/** A data router's state as the subscriber reads it, mid-navigation until `land()`. */
function navigatingRouter() {
  const listeners = new Set<(state: RouterLike['state']) => void>()
  const router = {
    state: {
      initialized: true,
      location: { pathname: '/account/activity', search: '' },
      navigation: { state: 'loading' as 'idle' | 'loading' | 'submitting' },
    },
    navigate: vi.fn(),
    subscribe(listener: (state: RouterLike['state']) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    land() {
      router.state = { ...router.state, navigation: { state: 'idle' } }
      for (const listener of [...listeners]) listener(router.state)
    },
  }
  return router
}

describe('followSession', () => {
  // Issue 19, item 6: the two-factor setup lives on the settings section's security page.
  it('sends a forced-2FA answer to Password & security, marked as required', async () => {
    const router = navigatingRouter()
    router.land()
    onTestFinished(followSession(new QueryClient(), router))
    await signIn('demo')
    answerWithPanelError('GET', '/api/client/account', {
      status: 400,
      code: 'TwoFactorAuthRequiredException',
      detail:
        'Two-factor authentication is required on this account in order to access this endpoint.',
    })
    await expect(getAccount()).rejects.toMatchObject({ status: 400 })
    expect(router.navigate).toHaveBeenCalledWith('/account/security', {
      replace: true,
      state: { twoFactorRequired: true },
    })
  })

  it('a 401 met while a page is still loading (its loader prefetch) signs in once it lands', async () => {
    const router = navigatingRouter()
    onTestFinished(followSession(new QueryClient(), router))
    // Signed out: the demo panel answers 401, and the client publishes it.
    await expect(getAccount()).rejects.toMatchObject({ status: 401 })
    expect(router.navigate).not.toHaveBeenCalled()
    router.land()
    await vi.waitFor(() => expect(router.navigate).toHaveBeenCalledTimes(1))
    expect(router.navigate).toHaveBeenCalledWith(
      '/login?redirect=%2Faccount%2Factivity&reason=expired',
      expect.objectContaining({ replace: true }),
    )
  })

  it('a late 401 of the old session does not undo a sign-in that happened meanwhile', async () => {
    const router = navigatingRouter()
    onTestFinished(followSession(new QueryClient(), router))
    await expect(getAccount()).rejects.toMatchObject({ status: 401 })
    await signIn('demo')
    router.land()
    // The probe finds a session: nobody is sent to sign in.
    await expect(getAccount()).resolves.toMatchObject({ username: 'demo' })
    await new Promise<void>((resolve) => queueMicrotask(resolve))
    expect(router.navigate).not.toHaveBeenCalled()
  })
})
