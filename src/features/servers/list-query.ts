import { serverQueries } from '@/api/servers'
import type { ServerListType } from '@/api/servers'

export const SERVERS_PER_PAGE = 25

/**
 * The list an admin looks at is part of the URL (`?view=all` / `?view=mine`), so Back and shared
 * links keep it; without the parameter the view they last chose applies. Non-admins always see
 * their own servers (the panel would answer them an empty page anyway).
 */
export function viewFromUrl(
  searchParams: URLSearchParams,
  isAdmin: boolean,
  remembered: ServerListType,
): ServerListType {
  if (!isAdmin) return 'mine'
  const value = searchParams.get('view')
  if (value === 'all') return 'admin-all'
  if (value === 'mine') return 'mine'
  return remembered
}

/** `?view=` for a list type. */
export const viewParam = (view: ServerListType) => (view === 'admin-all' ? 'all' : 'mine')

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
