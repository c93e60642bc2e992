import type { Schedule } from '@/api/schedules'
import { paths } from '@/lib/paths'

export const schedulePath = (server: string, id: number) =>
  `${paths.server(server)}/schedules/${id}`

/** The panel's offset as its schedules report it; null while it has none. */
export const panelOffsetOf = (schedules: readonly Schedule[] | undefined): number | null =>
  schedules?.[0]?.panelOffsetMinutes ?? null
