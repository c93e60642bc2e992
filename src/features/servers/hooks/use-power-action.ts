import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'

import { isApiError } from '@/api/errors'
import { sendPowerSignal } from '@/api/servers'
import type { PowerSignal, Server } from '@/api/servers'
import { errorText } from '@/i18n/error-text'
import { messages } from '@/i18n/language'

import { advanceTransition, TRANSITION_TIMEOUT_MS } from '../server-status'
import type { PowerTransition } from '../server-status'
import { useStatsScheduler } from '../stats-context'

/** Wings acts on the signal a moment after the panel's 204; look then. */
const FOLLOW_UP_DELAY_MS = 1500

export interface StatsReading {
  state: string | undefined
  /** React Query's dataUpdatedAt (0 before the first reading). */
  updatedAt: number
}

/**
 * Sends power signals for one row and follows the transition: one extra stats request shortly
 * after the signal (the scheduler lets an explicit action borrow one), then the row is first in
 * line for its next permitted refresh, until the live state shows the action finished.
 */
export function usePowerAction(server: Server, reading: StatsReading) {
  const scheduler = useStatsScheduler()
  const [transition, setTransition] = useState<PowerTransition | null>(null)
  const [seenAt, setSeenAt] = useState(reading.updatedAt)
  if (reading.updatedAt !== seenAt) {
    setSeenAt(reading.updatedAt)
    if (transition) setTransition(advanceTransition(transition, reading.state, reading.updatedAt))
  }

  // Still waiting after a reading: be first in line for the row's next permitted refresh.
  const waiting = transition !== null
  useEffect(() => {
    if (waiting && seenAt > 0) scheduler?.prioritize(server.identifier)
  }, [waiting, seenAt, scheduler, server.identifier])

  useEffect(() => {
    if (!transition) return
    const timer = setTimeout(
      () => setTransition(null),
      Math.max(0, transition.at + TRANSITION_TIMEOUT_MS - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [transition])

  const followUp = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(followUp.current), [])

  const mutation = useMutation({
    mutationFn: (signal: PowerSignal) => sendPowerSignal(server.identifier, signal),
    // The row explains failures itself (no toast).
    meta: { form: true },
    onSuccess: (_data, signal) => {
      setTransition({ signal, at: Date.now(), from: reading.state, sawChange: false })
      clearTimeout(followUp.current)
      followUp.current = setTimeout(
        () => scheduler?.requestNow(server.identifier),
        FOLLOW_UP_DELAY_MS,
      )
    },
  })

  // One click, one signal: a double-click lands both clicks before React re-renders with
  // `isPending` (TanStack batches its notifications), so the in-flight request is tracked here,
  // synchronously, and a second send while it runs joins it instead of sending again.
  const inFlight = useRef<Promise<void> | null>(null)
  const send = (signal: PowerSignal): Promise<void> => {
    if (inFlight.current) return inFlight.current
    const request = mutation.mutateAsync(signal).finally(() => {
      inFlight.current = null
    })
    inFlight.current = request
    return request
  }

  return { mutation, transition, send }
}

/** A sentence for a failed power signal, naming the server (in the current language). */
export function powerErrorMessage(error: unknown, signal: PowerSignal, serverName: string): string {
  const t = messages()
  const texts = t.servers.power
  const lead = texts[signal].failed(serverName)
  if (!isApiError(error)) return `${lead} ${t.common.somethingWentWrong}`
  if (error.status === 403) return `${lead} ${texts[signal].forbidden}`
  if (error.status === 409) return `${lead} ${texts.conflict} ${errorText(error)}`
  if (error.status === 429) return `${lead} ${texts.rateLimited(error.retryAfter)}`
  return `${lead} ${errorText(error)}`
}
