import { createPrng } from '../random'
import { DEMO_SERVER_IDENTIFIERS } from '../seed-servers'
import type { Server } from '../store'
import type { Backup, BackupState } from './types'

// Demo backups: Survival SMP has a locked, a plain and a failed one (2 of 5 used); Creative
// Build sits at its limit of 5; Unlimited ARK has a limit of 0 (the panel then refuses every
// backup — "unlimited" resources do not mean unlimited backups); Modded Valheim has none.
// Checksums and sizes of the successful ones are filled in when first read (routes.ts).

const DAY = 86_400_000
const HOUR = 3_600_000

export function seedBackups(servers: Server[], now: number): BackupState {
  const prng = createPrng(0xb4c4)
  const list: Backup[] = []
  const add = (
    identifier: string,
    name: string,
    ageMs: number,
    outcome: 'ok' | 'failed',
    extra: Partial<Backup> = {},
  ): void => {
    const server = servers.find((s) => s.identifier === identifier)
    if (!server) return
    const createdAt = now - ageMs
    list.push({
      id: list.length + 1,
      serverId: server.id,
      uuid: prng.uuid(),
      name,
      ignoredFiles: [],
      disk: 'wings',
      isSuccessful: outcome === 'ok',
      isLocked: false,
      checksum: null,
      bytes: 0,
      createdAt,
      // Wings took a couple of minutes to write these.
      completedAt: createdAt + prng.int(40, 240) * 1000,
      deletedAt: null,
      ...extra,
    })
  }
  const ids = DEMO_SERVER_IDENTIFIERS
  add(ids.running, 'Before the 1.20 update', 9 * DAY + 3 * HOUR, 'ok', { isLocked: true })
  add(ids.running, 'Weekly world', 2 * DAY + 5 * HOUR, 'failed')
  add(ids.running, 'Nightly', 20 * HOUR, 'ok', { ignoredFiles: ['logs/', 'cache/'] })
  add(ids.offline, 'Spawn build finished', 12 * DAY, 'ok', { isLocked: true })
  add(ids.offline, 'Castle roof', 9 * DAY, 'ok')
  add(ids.offline, 'Before redstone rework', 6 * DAY, 'ok')
  add(ids.offline, 'Pre-1.21 snapshot', 3 * DAY, 'ok', { isLocked: true })
  add(ids.offline, 'Daily', 22 * HOUR, 'ok')

  const unlimited = servers.find((s) => s.identifier === ids.unlimited)
  if (unlimited) unlimited.featureLimits.backups = 0
  return { list, nextId: list.length + 1, failuresArmed: new Map(), usedTokens: new Set() }
}
