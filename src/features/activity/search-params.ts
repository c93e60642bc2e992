import { z } from 'zod/mini'

import {
  ACTIVITY_PAGE_SIZES,
  DEFAULT_ACTIVITY_PAGE_SIZE,
  MAX_ACTIVITY_PAGE_SIZE,
} from '@/api/activity'
import type { ActivityPageSize } from '@/api/activity'

// The feed's place lives in the URL (`?page=2&per_page=50&event=user:api-key.create`) so a link,
// a reload or the back button keeps it. Anything odd falls back instead of failing the page.

const intFrom = (raw: string | null) =>
  raw !== null && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN

const pageSchema = z.catch(z.int().check(z.gte(1), z.lte(1_000_000)), 1)

const perPageSchema = z.catch(
  z.pipe(
    z.pipe(
      z.int().check(z.gte(1)),
      // Like the panel: larger sizes are capped at 100.
      z.transform((n: number) => Math.min(n, MAX_ACTIVITY_PAGE_SIZE)),
    ),
    z.literal(ACTIVITY_PAGE_SIZES),
  ),
  DEFAULT_ACTIVITY_PAGE_SIZE,
)

const eventSchema = z.catch(
  z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(191))),
  undefined,
)

export interface ActivitySearch {
  page: number
  perPage: ActivityPageSize
  event: string | undefined
}

export function parseActivitySearch(params: URLSearchParams): ActivitySearch {
  return {
    page: pageSchema.parse(intFrom(params.get('page'))),
    perPage: perPageSchema.parse(intFrom(params.get('per_page'))),
    event: eventSchema.parse(params.get('event') ?? undefined),
  }
}

/** Search params for a place in the feed; defaults are left out to keep URLs short. */
export function activitySearchParams(search: ActivitySearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.event) params.set('event', search.event)
  if (search.page > 1) params.set('page', String(search.page))
  if (search.perPage !== DEFAULT_ACTIVITY_PAGE_SIZE) params.set('per_page', String(search.perPage))
  return params
}
