import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'

import { serverQueries } from '@/api/servers'
import type { Server } from '@/api/servers'

import { canPollStats } from '../server-status'
import { useStatsScheduler } from '../stats-context'

/**
 * One row's live stats. The row never fetches by itself: while it is on screen (and its state
 * allows stats) it registers with the dashboard's scheduler, which decides when to fetch.
 */
export function useServerStats(server: Server, visible: boolean) {
  const scheduler = useStatsScheduler()
  const pollable = canPollStats(server)
  const query = useQuery({
    ...serverQueries.resources(server.identifier),
    enabled: false,
    placeholderData: keepPreviousData,
  })

  useEffect(() => {
    if (!scheduler || !visible || !pollable) return
    return scheduler.register(server.identifier)
  }, [scheduler, visible, pollable, server.identifier])

  return { query, pollable }
}
