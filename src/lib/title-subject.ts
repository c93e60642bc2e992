import { createContext, useContext, useEffect } from 'react'

/** Set by the root layout; a no-op outside it (e.g. a component test without the router). */
export const TitleSubjectContext = createContext<(subject: string | null) => void>(() => {})

/**
 * Names what the current page is about (a server's name) in the document title and the
 * route-change announcement: "Survival SMP · Console · Talon", so tabs and history can tell
 * two servers apart. Cleared when the page unmounts.
 */
export function useTitleSubject(subject: string | null) {
  const setSubject = useContext(TitleSubjectContext)
  useEffect(() => {
    setSubject(subject)
    return () => setSubject(null)
  }, [setSubject, subject])
}
