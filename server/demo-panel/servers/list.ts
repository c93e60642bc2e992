import { input, type RequestContext } from '../context'
import { panelError } from '../panel-errors'
import { filters, filterTerms, invalidFilter, paginate } from '../pagination'
import { json, type Panel } from '../panel'
import type { Server, User } from '../store'
import { serverIncludes, serverItem } from './transformer'

// ClientController@index: the server list with its `type` and `filter[…]` queries.

const SERVER_FILTERS = ['uuid', 'name', 'description', 'external_id', '*']
const IPV4_FILTER =
  /^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)(:\d{1,5})?$/

/** MultiFieldServerFilter (`filter[*]`). */
function multiFieldMatch(server: Server, raw: string): boolean {
  const value = raw.trim()
  if (IPV4_FILTER.test(value) || /^:\d{1,5}$/.test(value)) {
    const [ip = '', port] = value.split(':')
    return server.allocations.some((a) =>
      value.startsWith(':')
        ? String(a.port).startsWith(value.slice(1))
        : a.ip === ip && (port === undefined || String(a.port).startsWith(port)),
    )
  }
  return (
    server.uuid === value ||
    server.uuid.startsWith(value) ||
    server.identifier === value ||
    server.externalId === value ||
    server.name.toLowerCase().includes(value.toLowerCase())
  )
}

export function listServers(panel: Panel, rc: RequestContext, user: User): Response {
  const bag = filters(rc)
  const unknown = Object.keys(bag).filter((k) => !SERVER_FILTERS.includes(k))
  if (unknown.length > 0)
    throw panelError(400, 'InvalidFilterQuery', invalidFilter(unknown, SERVER_FILTERS))
  const type = input(rc, 'type')
  const accessible = (s: Server): boolean => s.ownerId === user.id || s.subuserIds.includes(user.id)
  let servers = panel.store.servers.filter((s) => {
    if (type === 'admin' || type === 'admin-all')
      return user.rootAdmin && (type === 'admin-all' || !accessible(s))
    if (type === 'owner') return s.ownerId === user.id
    return accessible(s)
  })
  for (const [name, value] of Object.entries(bag)) {
    if (name === '*') {
      const text = typeof value === 'string' ? value : filterTerms(value).join(',')
      if (text.trim() !== '') servers = servers.filter((s) => multiFieldMatch(s, text))
      continue
    }
    const terms = filterTerms(value).map((t) => t.toLowerCase())
    if (terms.length === 0) continue
    const column = (s: Server): string =>
      (name === 'uuid'
        ? s.uuid
        : name === 'name'
          ? s.name
          : name === 'description'
            ? s.description
            : (s.externalId ?? '')
      ).toLowerCase()
    servers = servers.filter((s) => terms.some((t) => column(s).includes(t)))
  }
  const page = paginate(servers, rc, 50, 100)
  return json({
    object: 'list',
    data: page.items.map((s) => serverItem(panel.store, s, user, serverIncludes(rc))),
    meta: page.meta,
  })
}
