import { z } from 'zod'

// Fractal envelopes (contract §8). The helpers unwrap them: an item parses to its attributes'
// output, a list to an array, a paginated list to `{ items, pagination }`.

/** Panel timestamps (`2024-10-24T12:00:00+00:00`, or Laravel's `…000000Z`) → Date. */
export const dateTime = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'Invalid timestamp' })
  .transform((s) => new Date(s))

export function fractalItem<O extends string, A extends z.ZodType>(object: O, attributes: A) {
  return z
    .object({ object: z.literal(object), attributes })
    .transform((item) => (item as { attributes: z.output<A> }).attributes)
}

export function fractalList<I extends z.ZodType>(item: I) {
  return z
    .object({ object: z.literal('list'), data: z.array(item) })
    .transform((list) => list.data as z.output<I>[])
}

export const paginationSchema = z
  .object({
    total: z.number().int(),
    count: z.number().int(),
    per_page: z.number().int(),
    current_page: z.number().int(),
    total_pages: z.number().int(),
    // `{}` when there are no neighbours; absolute URLs otherwise (we never follow them).
    links: z
      .union([
        z.object({ previous: z.string().optional(), next: z.string().optional() }),
        z.array(z.never()),
      ])
      .optional(),
  })
  .transform((p) => ({
    total: p.total,
    count: p.count,
    perPage: p.per_page,
    currentPage: p.current_page,
    totalPages: p.total_pages,
  }))

export type Pagination = z.output<typeof paginationSchema>

export function paginated<I extends z.ZodType>(item: I) {
  return z
    .object({
      object: z.literal('list'),
      data: z.array(item),
      meta: z.object({ pagination: paginationSchema }),
    })
    .transform((list) => {
      // zod can't see through the generic here; the shapes are checked by the schema above.
      const data = list as unknown as { data: z.output<I>[]; meta: { pagination: Pagination } }
      const out: Paginated<z.output<I>> = { items: data.data, pagination: data.meta.pagination }
      return out
    })
}

export interface Paginated<T> {
  items: T[]
  pagination: Pagination
}
