import { createContext, useContext } from 'react'

import type { StatsScheduler } from './stats-scheduler'

/** The dashboard's one stats scheduler (see stats-scheduler.ts); null outside the dashboard. */
export const StatsSchedulerContext = createContext<StatsScheduler | null>(null)

export function useStatsScheduler(): StatsScheduler | null {
  return useContext(StatsSchedulerContext)
}
