import { z } from 'zod/mini'

// Fractal envelopes (contract §8). The helpers unwrap them: an item parses to its attributes'
// output, a list to an array, a paginated list to `{ items, pagination }`.

/** Panel timestamps (`2024-10-24T12:00:00+00:00`, or Laravel's `…000000Z`) → Date. */
export const dateTime = z.pipe(
  z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { error: 'Invalid timestamp' })),
  z.transform((s: string) => new Date(s)),
)

export function fractalItem<O extends string, A extends z.ZodMiniType>(object: O, attributes: A) {
  return z.pipe(
    z.object({ object: z.literal(object), attributes }),
    z.transform((item) => (item as { attributes: z.output<A> }).attributes),
  )
}

export function fractalList<I extends z.ZodMiniType>(item: I) {
  return z.pipe(
    z.object({ object: z.literal('list'), data: z.array(item) }),
    z.transform((list) => list.data as z.output<I>[]),
  )
}

export const paginationSchema = z.pipe(
  z.object({
    total: z.int(),
    count: z.int(),
    per_page: z.int(),
    current_page: z.int(),
    total_pages: z.int(),
    // `{}` when there are no neighbours; absolute URLs otherwise (we never follow them).
    links: z.optional(
      z.union([
        z.object({ previous: z.optional(z.string()), next: z.optional(z.string()) }),
        z.array(z.never()),
      ]),
    ),
  }),
  z.transform((p) => ({
    total: p.total,
    count: p.count,
    perPage: p.per_page,
    currentPage: p.current_page,
    totalPages: p.total_pages,
  })),
)

export type Pagination = z.output<typeof paginationSchema>

export function paginated<I extends z.ZodMiniType>(item: I) {
  return z.pipe(
    z.object({
      object: z.literal('list'),
      data: z.array(item),
      meta: z.object({ pagination: paginationSchema }),
    }),
    z.transform((list) => {
      // zod can't see through the generic here; the shapes are checked by the schema above.
      const data = list as unknown as { data: z.output<I>[]; meta: { pagination: Pagination } }
      const out: Paginated<z.output<I>> = { items: data.data, pagination: data.meta.pagination }
      return out
    }),
  )
}

export interface Paginated<T> {
  items: T[]
  pagination: Pagination
}
