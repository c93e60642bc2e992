import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'

import { serverQueries } from '@/api/servers'
import type { Server } from '@/api/servers'

import { canPollStats } from '../server-status'
import { useStatsScheduler } from '../stats-context'

/**
 * One row's live stats. The row never fetches by itself: it asks the dashboard's scheduler for a
 * first reading, and while it is on screen (and its state allows stats) registers for refreshes;
 * the scheduler decides when to fetch.
 */
export function useServerStats(server: Server, visible: boolean) {
  const scheduler = useStatsScheduler()
  const pollable = canPollStats(server)
  const query = useQuery({
    ...serverQueries.resources(server.identifier),
    enabled: false,
    placeholderData: keepPreviousData,
  })

  // One first reading for every row of the page, on screen or not (sorting needs figures).
  useEffect(() => {
    if (!scheduler || !pollable) return
    return scheduler.wantFirstReading(server.identifier)
  }, [scheduler, pollable, server.identifier])

  useEffect(() => {
    if (!scheduler || !visible || !pollable) return
    return scheduler.register(server.identifier)
  }, [scheduler, visible, pollable, server.identifier])

  return { query, pollable }
}
