import { seedFiles } from './files/state'
import { seedBackups } from './backups/seed'
import { seedNetwork } from './network/state'
import { seedSchedules } from './schedules/seed'
import { createPrng } from './random'
import { seedUsers } from './seed-accounts'
import { seedActivity } from './seed-activity'
import { seedApiKeys, seedSshKeys } from './seed-credentials'
import { seedNodes } from './seed-nodes'
import { DEMO_SERVER_IDENTIFIERS, seedServers } from './seed-servers'
import { seedStartup } from './startup/seed'
import { seedUsersAndDatabases } from './subusers/seed-subusers'
import type { Store } from './store'

// Deterministic demo data (seeded PRNG); only secrets (API key secrets, SSH keys, hashes) are random.

const SEED = 0x7a10

/** A fresh store: the seed's parts, composed in the order the PRNG draws for them. */
export function seedStore(now: number, adminServers: number): Store {
  // One PRNG runs through users, servers, API keys and activity, in that order; calling them in
  // another order would change every value drawn after the moved call.
  const prng = createPrng(SEED)
  const users = seedUsers(prng)
  const nodes = seedNodes()
  const servers = seedServers(prng, now, adminServers)
  const apiKeys = seedApiKeys(prng, now)
  const sshKeys = seedSshKeys(now)
  const activity = seedActivity(prng, now, apiKeys, sshKeys)
  const ids = DEMO_SERVER_IDENTIFIERS
  seedStartup(servers, ids.running)
  return {
    users,
    apiKeys,
    sshKeys,
    activity,
    nodes,
    servers,
    sessions: new Map(),
    resourceCache: new Map(),
    files: seedFiles(now),
    network: seedNetwork(servers, ids.running),
    nextId: {
      apiKey: apiKeys.length + 1,
      sshKey: sshKeys.length + 1,
      activity: activity.length + 1,
    },
    backups: seedBackups(servers, now),
    schedules: seedSchedules(servers, now),
    ...seedUsersAndDatabases(now, servers),
  }
}
