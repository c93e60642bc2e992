import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { accountQueries } from './account'
import { api } from './client'
import { dateTime, paginated } from './fractal'

// GET /api/client/account/activity (contract §4): a paginated Fractal list of `activity_log`
// items. Only `filter[event]` (a partial LIKE match) and `sort=(-)timestamp` are allowed; the
// panel's own UI always sends `sort=-timestamp` (without it the order is unspecified).

/** `per_page` choices offered by the UI; the panel caps it at 100 (`min(per_page, 100)`). */
export const ACTIVITY_PAGE_SIZES = [10, 25, 50, 100] as const
export type ActivityPageSize = (typeof ACTIVITY_PAGE_SIZES)[number]
export const DEFAULT_ACTIVITY_PAGE_SIZE: ActivityPageSize = 25
export const MAX_ACTIVITY_PAGE_SIZE = 100

const userActorSchema = z.pipe(
  z.object({
    object: z.literal('user'),
    attributes: z.object({
      uuid: z.string(),
      username: z.string(),
      email: z.string(),
    }),
  }),
  z.transform(({ attributes: a }) => ({ uuid: a.uuid, username: a.username, email: a.email })),
)

// No user actor (guest events such as auth:fail, or the system): Fractal's null resource.
const nullActorSchema = z.pipe(
  z.object({ object: z.literal('null_resource'), attributes: z.optional(z.null()) }),
  z.transform(() => null),
)

export type ActivityActor = z.output<typeof userActorSchema>

// PHP encodes an empty properties array as `[]`; the transformer turns it into `{}`, but an odd
// panel build or plugin must not break the page, so both parse to an object.
const propertiesSchema = z.catch(
  z.union([
    z.record(z.string(), z.unknown()),
    z.pipe(
      z.array(z.unknown()),
      z.transform((): Record<string, unknown> => ({})),
    ),
  ]),
  (): Record<string, unknown> => ({}),
)

export const activityLogSchema = z.pipe(
  z.object({
    object: z.literal('activity_log'),
    attributes: z.object({
      id: z.string(),
      batch: z.optional(z.nullable(z.string())),
      event: z.string(),
      is_api: z.boolean(),
      ip: z.nullable(z.string()),
      description: z.optional(z.nullable(z.string())),
      properties: propertiesSchema,
      has_additional_metadata: z.optional(z.boolean()),
      timestamp: dateTime,
      relationships: z.optional(
        z.object({ actor: z.optional(z.union([userActorSchema, nullActorSchema])) }),
      ),
    }),
  }),
  z.transform(({ attributes: a }) => ({
    id: a.id,
    batch: a.batch ?? null,
    event: a.event,
    isApi: a.is_api,
    ip: a.ip,
    description: a.description ?? null,
    properties: a.properties,
    hasAdditionalMetadata: a.has_additional_metadata ?? false,
    timestamp: a.timestamp,
    /** `null` = no user actor ("System"); `undefined` = `include=actor` was not sent. */
    actor: a.relationships?.actor,
  })),
)

export type ActivityEntry = z.output<typeof activityLogSchema>

export const activityPageSchema = paginated(activityLogSchema)
export type ActivityPage = z.output<typeof activityPageSchema>

export interface ActivityListParams {
  page: number
  perPage: number
  /** Sent as `filter[event]` (the panel matches it as a substring). */
  event?: string | undefined
}

export function getActivity(params: ActivityListParams, signal?: AbortSignal) {
  return api.get('/api/client/account/activity', activityPageSchema, {
    params: {
      sort: '-timestamp',
      include: 'actor',
      page: params.page,
      per_page: Math.min(params.perPage, MAX_ACTIVITY_PAGE_SIZE),
      filter: { event: params.event },
    },
    signal,
  })
}

export const activityQueries = {
  all: () => [...accountQueries.all(), 'activity'] as const,
  list: ({ page, perPage, event }: ActivityListParams) =>
    queryOptions({
      queryKey: [
        ...activityQueries.all(),
        'list',
        { page, perPage, event: event ?? null },
      ] as const,
      queryFn: ({ signal }) => getActivity({ page, perPage, event }, signal),
      // Keep the rows on screen while the next page (or filter) loads.
      placeholderData: keepPreviousData,
      // Every change made on another page logs an entry here, and those mutations don't know
      // this list: refetch whenever the feed is shown (cached rows still paint at once).
      staleTime: 0,
    }),
}
