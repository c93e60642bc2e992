import type { ReactNode } from 'react'

import type { Server } from '@/api/servers'

import type { ServerGroup } from '../groups-store'
import { groupOf } from '../groups-store'
import { ServerRow } from './server-row'

interface ServerListProps {
  servers: Server[]
  groups: ServerGroup[]
  onAssignGroup: (serverId: string, groupId: string | null) => void
  label: ReactNode
}

/** Cards below 640 px; one bordered, divided table-like list above. */
export function ServerList({ servers, groups, onAssignGroup, label }: ServerListProps) {
  return (
    <ul
      aria-label={typeof label === 'string' ? label : undefined}
      className="space-y-3 sm:space-y-0 sm:divide-y sm:divide-border sm:overflow-hidden sm:rounded-lg sm:border sm:border-border sm:bg-surface sm:shadow-xs"
    >
      {servers.map((server) => (
        <ServerRow
          key={server.identifier}
          server={server}
          groups={groups}
          groupId={groupOf(groups, server.identifier)?.id ?? null}
          onAssignGroup={onAssignGroup}
        />
      ))}
    </ul>
  )
}
