import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useBlocker } from 'react-router'
import type { BlockerFunction } from 'react-router'

/**
 * Keeps the person on a screen that shows a secret for the only time (2FA recovery tokens, a new
 * API key) until they confirm they saved it: in-app navigation (browser Back, a link, a redirect)
 * is refused, and reloading or closing the tab asks the browser's own "Leave site?" question.
 *
 * Returns true once a navigation was refused, so the screen can say why nothing happened.
 * Needs a data router (createBrowserRouter / createMemoryRouter).
 */
export function useOneTimeSecretGuard(active: boolean): boolean {
  // The router registers a blocker function in a passive effect; one that reads `active` from a
  // ref (updated as the screen commits) can never be a render behind when a navigation comes in
  // straight after the secret appears.
  const activeRef = useRef(active)
  useLayoutEffect(() => {
    activeRef.current = active
  }, [active])
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      activeRef.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
    [],
  )
  const blocker = useBlocker(shouldBlock)
  const [refused, setRefused] = useState(false)
  if (blocker.state === 'blocked' && !refused) setRefused(true)

  useEffect(() => {
    // Stay: the secret cannot be shown again. The screen explains (via `refused`).
    if (blocker.state === 'blocked') blocker.reset()
  }, [blocker])

  useEffect(() => {
    if (!active) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the prompt only when returnValue is set (the text itself is ignored).
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [active])

  return active && refused
}
