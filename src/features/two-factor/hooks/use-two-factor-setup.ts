import { useCallback, useEffect, useRef, useState } from 'react'

import { getTwoFactorSetup, isAlreadyEnabledError } from '@/api/two-factor'
import type { TwoFactorSetup } from '@/api/two-factor'

export type SetupState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; setup: TwoFactorSetup }
  | { status: 'error'; error: unknown }

interface StartOptions {
  /** GET answered 400 "already enabled": the account has 2FA on already. */
  onAlreadyEnabled?: () => void
}

/**
 * The enrolment secret, fetched once per attempt. Every GET /two-factor mints a new secret on the
 * panel, so this is deliberately not a query (no refetch on focus, remount or retry) and the
 * request starts from the click that opens the dialog, not from an effect (StrictMode runs
 * effects twice). The secret lives in this state only; `clear()` drops it.
 */
export function useTwoFactorSetup() {
  const [state, setState] = useState<SetupState>({ status: 'idle' })
  const inFlight = useRef<AbortController | null>(null)

  const start = useCallback(({ onAlreadyEnabled }: StartOptions = {}) => {
    if (inFlight.current) return // a double click must not mint a second secret
    const controller = new AbortController()
    inFlight.current = controller
    setState({ status: 'loading' })
    getTwoFactorSetup(controller.signal).then(
      (setup) => {
        if (inFlight.current !== controller) return
        inFlight.current = null
        setState({ status: 'ready', setup })
      },
      (error: unknown) => {
        if (inFlight.current !== controller) return // closed meanwhile
        inFlight.current = null
        if (onAlreadyEnabled && isAlreadyEnabledError(error)) {
          setState({ status: 'idle' })
          onAlreadyEnabled()
          return
        }
        setState({ status: 'error', error })
      },
    )
  }, [])

  const clear = useCallback(() => {
    inFlight.current?.abort()
    inFlight.current = null
    setState({ status: 'idle' })
  }, [])

  useEffect(
    () => () => {
      inFlight.current?.abort()
      inFlight.current = null
    },
    [],
  )

  return { state, start, clear }
}
