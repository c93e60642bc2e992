import type { Context } from 'hono'

import { allInput } from '../context'
import { accessDenied, displayError, notFound, panelError } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { can } from '../servers/permissions'
import type { Allocation, Server } from '../store'
import { validate } from '../validation'

// NetworkAllocationController and FindAssignableAllocationService (contract §2.7).

/** AllocationTransformer (`hideNotes`: the server item's primary one, for users without allocation.read). */
export const allocationItem = (server: Server, a: Allocation, hideNotes = false) => ({
  object: 'allocation',
  attributes: {
    id: a.id,
    ip: a.ip,
    ip_alias: a.ipAlias,
    port: a.port,
    notes: hideNotes ? null : a.notes,
    is_default: a.id === server.primaryAllocationId,
  },
})

/** Allocation::toString(). */
const label = (a: Allocation): string => `${a.ip}:${a.port}`

export function registerNetworkRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  const bound = (server: Server | null): Server => {
    if (!server) throw new Error('network route registered without {server} binding')
    return server
  }

  /** Route-model binding of `{allocation}`, then ResourceBelongsToServer. */
  const allocationOf = (server: Server, c: Context): Allocation => {
    const id = Number(c.req.param('allocation'))
    const own = server.allocations.find((a) => a.id === id)
    if (own) return own
    const exists =
      store.servers.some((s) => s.allocations.some((a) => a.id === id)) ||
      store.network.unassigned.some((a) => a.id === id)
    if (!exists) throw notFound()
    throw panelError(
      404,
      'NotFoundHttpException',
      'The requested resource was not found for this server.',
    )
  }

  const nextAllocationId = (): number =>
    1 +
    Math.max(
      0,
      ...store.servers.flatMap((s) => s.allocations.map((a) => a.id)),
      ...store.network.unassigned.map((a) => a.id),
    )

  /** FindAssignableAllocationService::handle(). */
  const assignAllocation = (server: Server): Allocation => {
    const range = store.network.clientAllocations.get(server.id)
    if (!range) throw displayError('Server auto-allocation is not enabled for this instance.')
    const ip = server.allocations.find((a) => a.id === server.primaryAllocationId)?.ip ?? ''
    // A free allocation on the same node and IP first (the panel picks one at random; the double
    // takes the first, so tests can name it).
    const free = store.network.unassigned.findIndex(
      (a) => a.nodeId === server.nodeId && a.ip === ip,
    )
    if (free >= 0) {
      const [{ nodeId: _node, ...allocation }] = store.network.unassigned.splice(free, 1) as [
        Allocation & { nodeId: number },
      ]
      server.allocations.push(allocation)
      return allocation
    }
    const taken = new Set(
      store.servers
        .filter((s) => s.nodeId === server.nodeId)
        .flatMap((s) => s.allocations)
        .filter((a) => a.ip === ip)
        .map((a) => a.port),
    )
    // The panel picks a random free port of the range; the double takes the lowest.
    let port: number | null = null
    for (let p = range.rangeStart; p <= range.rangeEnd; p++) {
      if (!taken.has(p)) {
        port = p
        break
      }
    }
    if (port === null) {
      throw displayError('Cannot assign additional allocation: no more space available on node.')
    }
    const allocation: Allocation = { id: nextAllocationId(), ip, ipAlias: null, port, notes: null }
    server.allocations.push(allocation)
    return allocation
  }

  route(
    'GET',
    '/api/client/servers/:server/network/allocations',
    client(
      panel,
      (_rc, ctx) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'allocation.read')) throw accessDenied()
        return json({
          object: 'list',
          data: server.allocations.map((a) => allocationItem(server, a)),
        })
      },
      { server: true, name: 'api:client:server.network.index' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/network/allocations',
    client(
      panel,
      (rc, ctx) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'allocation.create')) throw accessDenied()
        if (server.allocations.length >= server.featureLimits.allocations) {
          throw displayError(
            'Cannot assign additional allocations to this server: limit has been reached.',
          )
        }
        const allocation = assignAllocation(server)
        logActivity(panel, rc, {
          event: 'server:allocation.create',
          subjects: [{ type: 'server', id: server.id }],
          properties: { allocation: label(allocation) },
        })
        return json(allocationItem(server, allocation))
      },
      { server: true, name: 'api:client:server.network.store' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/network/allocations/:allocation',
    client(
      panel,
      (rc, ctx, c) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'allocation.update')) throw accessDenied()
        const allocation = allocationOf(server, c)
        const body = allInput(rc)
        validate(body, {
          notes: [
            'nullable',
            'string',
            'max:256',
            {
              name: 'present',
              implicit: true,
              passes: (_v, data) => 'notes' in data,
              message: () => 'The notes field must be present.',
            },
          ],
        }).throwIfFailed()
        const original = allocation.notes
        allocation.notes = (body.notes as string | null) ?? null
        if (original !== allocation.notes) {
          logActivity(panel, rc, {
            event: 'server:allocation.notes',
            subjects: [{ type: 'server', id: server.id }],
            properties: { allocation: label(allocation), old: original, new: allocation.notes },
          })
        }
        return json(allocationItem(server, allocation))
      },
      { server: true, name: 'api:client:server.network.update' },
    ),
  )

  route(
    'POST',
    '/api/client/servers/:server/network/allocations/:allocation/primary',
    client(
      panel,
      (rc, ctx, c) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'allocation.update')) throw accessDenied()
        const allocation = allocationOf(server, c)
        server.primaryAllocationId = allocation.id
        logActivity(panel, rc, {
          event: 'server:allocation.primary',
          subjects: [{ type: 'server', id: server.id }],
          properties: { allocation: label(allocation) },
        })
        return json(allocationItem(server, allocation))
      },
      { server: true, name: 'api:client:server.network.primary' },
    ),
  )

  route(
    'DELETE',
    '/api/client/servers/:server/network/allocations/:allocation',
    client(
      panel,
      (rc, ctx, c) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'allocation.delete')) throw accessDenied()
        const allocation = allocationOf(server, c)
        if (!server.featureLimits.allocations) {
          throw displayError(
            'You cannot delete allocations for this server: no allocation limit is set.',
          )
        }
        if (allocation.id === server.primaryAllocationId) {
          throw displayError('You cannot delete the primary allocation for this server.')
        }
        server.allocations = server.allocations.filter((a) => a.id !== allocation.id)
        // Back to the node's pool, without its notes, for the next server that asks.
        store.network.unassigned.push({ ...allocation, notes: null, nodeId: server.nodeId })
        logActivity(panel, rc, {
          event: 'server:allocation.delete',
          subjects: [{ type: 'server', id: server.id }],
          properties: { allocation: label(allocation) },
        })
        return noContent()
      },
      { server: true, name: 'api:client:server.network.delete' },
    ),
  )
}
