import { useEffect, useState } from 'react'
import { useBlocker } from 'react-router'

/**
 * Keeps the person on a screen that shows a secret for the only time (2FA recovery tokens, a new
 * API key) until they confirm they saved it: in-app navigation (browser Back, a link, a redirect)
 * is refused, and reloading or closing the tab asks the browser's own "Leave site?" question.
 *
 * Returns true once a navigation was refused, so the screen can say why nothing happened.
 * Needs a data router (createBrowserRouter / createMemoryRouter).
 */
export function useOneTimeSecretGuard(active: boolean): boolean {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  )
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
