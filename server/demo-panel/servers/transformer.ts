import { actorItem } from '../activity'
import type { RequestContext } from '../context'
import type { Server, Store, User } from '../store'
import { allocationItem } from '../network/routes'
import { renderStartup, variableItem } from '../startup/routes'
import { can, SUBUSER_PERMISSIONS } from './permissions'

// ServerTransformer and SubuserTransformer: a server as the Client API shows it to one user.

/** `include=egg,subusers` or `include[]=…`: ServerTransformer's available includes. */
export function serverIncludes(rc: RequestContext): string[] {
  const raw = rc.query.include
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : []
  return list.filter((v): v is string => typeof v === 'string').map((s) => s.trim())
}

/** SubuserTransformer: the user (UserTransformer) plus the subuser's permissions. */
function subuserItem(store: Store, userId: number): Record<string, unknown> | null {
  const user = actorItem(store.users.find((u) => u.id === userId)).attributes
  if (!user) return null
  return { object: 'server_subuser', attributes: { ...user, permissions: SUBUSER_PERMISSIONS } }
}

export function serverItem(
  store: Store,
  server: Server,
  user: User,
  include: string[] = [],
): Record<string, unknown> {
  const node = store.nodes.find((n) => n.id === server.nodeId)
  const primary = server.allocations.find((a) => a.id === server.primaryAllocationId)
  const startupRead = can(user, server, 'startup.read')
  const invocation = renderStartup(server, !startupRead)
  const allocations = can(user, server, 'allocation.read')
    ? server.allocations.map((a) => allocationItem(server, a))
    : primary
      ? [allocationItem(server, primary, true)]
      : []
  const variables = startupRead
    ? {
        object: 'list',
        data: server.variables.filter((v) => v.userViewable !== false).map((v) => variableItem(v)),
      }
    : { object: 'null_resource', attributes: null }
  return {
    object: 'server',
    attributes: {
      server_owner: user.id === server.ownerId,
      identifier: server.identifier,
      internal_id: server.id,
      uuid: server.uuid,
      name: server.name,
      node: node?.name ?? '',
      is_node_under_maintenance: node?.maintenance ?? false,
      sftp_details: { ip: node?.fqdn ?? '', port: node?.daemonSftp ?? 2022 },
      description: server.description,
      limits: {
        memory: server.limits.memory,
        swap: server.limits.swap,
        disk: server.limits.disk,
        io: server.limits.io,
        cpu: server.limits.cpu,
        threads: server.limits.threads,
        oom_disabled: server.limits.oomDisabled,
      },
      invocation,
      docker_image: server.dockerImage,
      egg_features: server.eggFeatures,
      feature_limits: server.featureLimits,
      status: server.status,
      is_suspended: server.status === 'suspended',
      is_installing: server.status === 'installing' || server.status === 'install_failed',
      is_transferring: server.transferring,
      relationships: {
        allocations: { object: 'list', data: allocations },
        variables,
        // Fractal ignores includes it does not offer; these two are offered on request.
        ...(include.includes('egg') && {
          egg: { object: 'egg', attributes: { uuid: server.egg.uuid, name: server.egg.name } },
        }),
        ...(include.includes('subusers') && {
          subusers: can(user, server, 'user.read')
            ? {
                object: 'list',
                data: server.subuserIds.map((id) => subuserItem(store, id)).filter(Boolean),
              }
            : { object: 'null_resource', attributes: null },
        }),
      },
    },
  }
}
