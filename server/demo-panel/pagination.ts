import type { QueryValue, RequestContext } from './context'
import { serverError } from './panel-errors'

// Laravel's LengthAwarePaginator (`paginate(min(per_page, max))->appends($request->query())`)
// rendered by Fractal 0.20's paginator serializer.

export interface Page<T> {
  items: T[]
  meta: { pagination: Record<string, unknown> }
}

/** PHP http_build_query(..., PHP_QUERY_RFC3986): nested keys as `a%5Bb%5D`, nulls dropped. */
function buildQuery(query: Record<string, QueryValue>): string {
  const pairs: string[] = []
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === null) return
    if (typeof value === 'string') {
      pairs.push(`${rawurlencode(prefix)}=${rawurlencode(value)}`)
      return
    }
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value)
    for (const [k, v] of entries) walk(`${prefix}[${k}]`, v)
  }
  for (const [key, value] of Object.entries(query)) walk(key, value)
  return pairs.join('&')
}

const rawurlencode = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )

export function paginate<T>(
  items: T[],
  rc: RequestContext,
  defaultPerPage: number,
  maxPerPage: number,
): Page<T> {
  const rawPerPage = rc.query.per_page
  let perPage = defaultPerPage
  if (typeof rawPerPage === 'string' && /^\s*-?\d+/.test(rawPerPage))
    perPage = Math.min(parseInt(rawPerPage, 10), maxPerPage)
  // paginate(0) falls back to the model's default of 15; a negative size breaks the SQL LIMIT.
  if (perPage === 0) perPage = 15
  if (perPage < 0) throw serverError('QueryException')
  const rawPage = rc.query.page
  const page =
    typeof rawPage === 'string' && /^[+-]?\d+$/.test(rawPage) && parseInt(rawPage, 10) >= 1
      ? parseInt(rawPage, 10)
      : 1
  const total = items.length
  const lastPage = Math.max(Math.ceil(total / perPage), 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const url = (target: number): string => {
    const query: Record<string, QueryValue> = { ...rc.query, page: String(target) }
    return `${rc.url.origin}${rc.url.pathname}?${buildQuery(query)}`
  }
  const links: Record<string, string> = {}
  if (page > 1) links.previous = url(page - 1)
  if (page < lastPage) links.next = url(page + 1)
  return {
    items: slice,
    meta: {
      pagination: {
        total,
        count: slice.length,
        per_page: perPage,
        current_page: page,
        total_pages: lastPage,
        links,
      },
    },
  }
}

/** spatie/laravel-query-builder's `filter[...]` bag; a non-array `filter` is ignored. */
export function filters(rc: RequestContext): Record<string, QueryValue> {
  const raw = rc.query.filter
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}
}

export function invalidFilter(unknown: string[], allowed: string[]): string {
  return `Requested filter(s) \`${unknown.join(', ')}\` are not allowed. Allowed filter(s) are \`${allowed.join(', ')}\`.`
}

/** Spatie splits filter values on commas; each part is a separate OR'ed term. */
export function filterTerms(value: QueryValue): string[] {
  if (value === null) return []
  if (typeof value === 'string') return value.split(',').filter((v) => v !== '')
  return (Array.isArray(value) ? value : Object.values(value)).flatMap(filterTerms)
}
