import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'

import { isApiError } from '@/api/errors'
import { startupQueries, updateStartupVariable } from '@/api/startup'
import type { Startup } from '@/api/startup'
import { errorText } from '@/i18n/error-text'

export type SaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string }

/**
 * Saves one variable, single-flight: while a save is on its way only the latest wanted value
 * waits and goes next, so fast typing or a double-click never has two PUTs racing (the panel
 * would keep whichever landed last). Success writes the new value and command into the page's
 * query (so `savedValue` follows); a refusal keeps the panel's own message for the field, and the
 * refused value is not sent again until it changes.
 */
export function useVariableSave(serverId: string, key: string, savedValue: string) {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })
  const inFlight = useRef(false)
  const queued = useRef<string | undefined>(undefined)
  const refused = useRef<string | undefined>(undefined)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = async (value: string): Promise<void> => {
    inFlight.current = true
    if (mounted.current) setStatus({ state: 'saving' })
    try {
      const { variable, command } = await updateStartupVariable(serverId, key, value)
      refused.current = undefined
      queryClient.setQueryData(startupQueries.all(serverId), (data: Startup | undefined) =>
        data
          ? {
              ...data,
              command,
              variables: data.variables.map((v) => (v.envVariable === key ? variable : v)),
            }
          : data,
      )
      if (mounted.current) setStatus({ state: 'saved' })
    } catch (error) {
      refused.current = value
      const message = (isApiError(error) && error.fieldErrors.value?.[0]) || errorText(error)
      if (mounted.current) setStatus({ state: 'error', message })
    } finally {
      inFlight.current = false
      const next = queued.current
      queued.current = undefined
      if (next !== undefined && next !== value) void run(next)
    }
  }

  /** Saves `value` unless the panel already holds it or just refused it. */
  const save = (value: string) => {
    if (inFlight.current) {
      queued.current = value
      return
    }
    if (value === refused.current) return
    if (value === savedValue) {
      // Back to what the panel holds: nothing to send, and the old refusal no longer applies.
      if (status.state === 'error') setStatus({ state: 'idle' })
      return
    }
    void run(value)
  }

  /** Escape: the error goes, and the refused value may be tried again later. */
  const reset = () => {
    refused.current = undefined
    setStatus({ state: 'idle' })
  }

  return { status, save, reset }
}
