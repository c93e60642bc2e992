import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'

import { onRateLimit } from '@/api/client'
import { serverQueries } from '@/api/servers'

import { joinDashboardTabs } from '../dashboard-tabs'
import { createStatsScheduler, DEFAULT_BUDGET_PER_MINUTE } from '../stats-scheduler'
import type { SchedulerSnapshot, StatsScheduler } from '../stats-scheduler'

/** Below this share of the user's panel budget left, live stats step aside for a while. */
const RESERVE_SHARE = 0.05
const LOW_BUDGET_PAUSE_MS = 20_000

/**
 * Creates the dashboard's stats scheduler and connects it to the world: React Query fetches,
 * tab visibility, the panel's rate-limit headers (shared by every tab and device of the user),
 * and the other dashboards open in this browser (they share the budget).
 */
export function useStatsSchedulerHost(): { scheduler: StatsScheduler; state: SchedulerSnapshot } {
  const queryClient = useQueryClient()
  const [scheduler] = useState(() =>
    createStatsScheduler({
      fetch: (id) => queryClient.fetchQuery({ ...serverQueries.resources(id), staleTime: 0 }),
    }),
  )

  // Visibility first: a dashboard opened in a background tab sends nothing at start.
  useEffect(() => {
    const update = () => scheduler.setHidden(document.visibilityState === 'hidden')
    update()
    document.addEventListener('visibilitychange', update)
    return () => document.removeEventListener('visibilitychange', update)
  }, [scheduler])

  useEffect(() => {
    scheduler.start()
    return () => scheduler.stop()
  }, [scheduler])

  // The live-stats share of the user's panel budget: a tenth of the panel's limit, at most the
  // default; split between the dashboards visible in this browser (the limit is per user).
  const [browserBudget, setBrowserBudget] = useState(DEFAULT_BUDGET_PER_MINUTE)
  const [visibleTabs, setVisibleTabs] = useState(1)

  useEffect(
    () =>
      onRateLimit((event) => {
        if (!event.path.startsWith('/api/client')) return
        if (event.status === 429) {
          scheduler.pauseFor((event.retryAfter ?? 30) * 1000, 'rate-limited')
          return
        }
        if (event.limit <= 0) return
        setBrowserBudget(Math.min(DEFAULT_BUDGET_PER_MINUTE, Math.floor(event.limit / 10)))
        if (event.remaining <= Math.max(5, Math.ceil(event.limit * RESERVE_SHARE))) {
          scheduler.pauseFor(LOW_BUDGET_PAUSE_MS, 'low-budget')
        }
      }),
    [scheduler],
  )

  useEffect(() => {
    const tabs = joinDashboardTabs()
    const unsubscribe = tabs.subscribe(() => setVisibleTabs(tabs.count()))
    const onVisibility = () => tabs.setVisible(document.visibilityState !== 'hidden')
    onVisibility()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      unsubscribe()
      tabs.close()
    }
  }, [])

  useEffect(() => {
    scheduler.setBudgetPerMinute(Math.max(2, Math.floor(browserBudget / visibleTabs)))
  }, [scheduler, browserBudget, visibleTabs])

  const state = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot)
  return { scheduler, state }
}
