import { useCallback, useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import type { Blocker, BlockerFunction } from 'react-router'

/**
 * Asks before unsaved edits are lost: an in-app navigation (a link, Back, another file's hash) is
 * held as a blocker the page turns into a question; reloading or closing the tab gets the
 * browser's own "Leave site?" prompt.
 *
 * `isDirty` is read at the moment a navigation happens (not from the last render), so a save that
 * has just finished, followed at once by a redirect, is never held up, and an edit made a moment
 * before a click is never missed. Needs a data router.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean): Blocker {
  const read = useRef(isDirty)
  useEffect(() => {
    read.current = isDirty
  }, [isDirty])

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      read.current() &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search ||
        currentLocation.hash !== nextLocation.hash),
    [],
  )
  const blocker = useBlocker(shouldBlock)

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!read.current()) return
      event.preventDefault()
      // Older browsers show the prompt only when returnValue is set (the text itself is ignored).
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  return blocker
}
