import { serverQueries } from '@/api/servers'
import type { ServerListType } from '@/api/servers'

export const SERVERS_PER_PAGE = 25

export function parsePage(value: string | null): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : 1
}

/**
 * The server list a URL asks for (`?page=`, `?q=`) in the given view: one options object for the
 * page's useQuery and the route loader's prefetch, so both name the same cache entry.
 */
export function serverListQuery(searchParams: URLSearchParams, view: ServerListType) {
  return serverQueries.list({
    page: parsePage(searchParams.get('page')),
    perPage: SERVERS_PER_PAGE,
    type: view,
    query: searchParams.get('q') ?? '',
  })
}
