import type { Prng } from './random'
import { DESCRIPTIONS, eggFor, GAMES, STEMS, variablesFor, type GameTemplate } from './seed-games'
import type { Server } from './store'

// The servers: demo's eight (DEMO_SERVER_IDENTIFIERS), admin's two, then filler up to adminServers.

/** Identifiers of the demo user's servers, in seed order (see README for their states). */
export const DEMO_SERVER_IDENTIFIERS = {
  running: '1a7ce997',
  offline: 'b3f2c8d1',
  starting: '5e9a0c47',
  installing: 'c41d7e2a',
  suspended: '8f06b5e3',
  installFailed: 'd2e8a914',
  unlimited: '7b5c3f60',
  subuser: 'e6a19d08',
} as const

const DAY = 86_400_000

export function seedServers(prng: Prng, now: number, adminServers: number): Server[] {
  const servers: Server[] = []
  let allocationId = 1
  const addServer = (spec: {
    identifier?: string
    name: string
    description: string
    ownerId: number
    subuserIds?: number[]
    nodeId: number
    game: GameTemplate
    status?: Server['status']
    power: Server['seedPower']
    memory?: number
    disk?: number
    cpu?: number
    extraAllocations?: number
  }): void => {
    const id = servers.length + 1
    const generated = prng.uuid()
    const uuid = spec.identifier ? `${spec.identifier}${generated.slice(8)}` : generated
    const ipLast = 10 + (id % 200)
    const allocations = Array.from({ length: 1 + (spec.extraAllocations ?? 0) }, (_, i) => ({
      id: allocationId++,
      ip: `198.51.100.${ipLast}`,
      ipAlias: i === 0 && id % 3 === 0 ? `play${id}.demo-panel.test` : null,
      port: spec.game.port + i + (id % 7) * 10,
      notes: i === 0 ? null : 'Query port',
    }))
    servers.push({
      id,
      uuid,
      identifier: uuid.slice(0, 8),
      externalId: id % 4 === 0 ? `billing-${1000 + id}` : null,
      name: spec.name,
      description: spec.description,
      ownerId: spec.ownerId,
      subuserIds: spec.subuserIds ?? [],
      nodeId: spec.nodeId,
      status: spec.status ?? null,
      transferring: false,
      limits: {
        memory: spec.memory ?? 4096,
        swap: 0,
        disk: spec.disk ?? 20480,
        io: 500,
        cpu: spec.cpu ?? 200,
        threads: null,
        oomDisabled: true,
      },
      featureLimits: { databases: 2, allocations: 3, backups: 5 },
      startup: spec.game.startup,
      dockerImage: spec.game.image,
      eggDockerImages: {},
      eggFeatures: spec.game.features,
      egg: eggFor(spec.game.label),
      allocations,
      primaryAllocationId: allocations[0]?.id ?? 0,
      variables: variablesFor(spec.game, prng),
      seedPower: spec.power,
      diskBase: prng.int(300, 9000) * 1024 * 1024,
    })
  }
  const [minecraft, valheim, rust, terraria, cs2, ark, factorio] = GAMES as [
    GameTemplate,
    GameTemplate,
    GameTemplate,
    GameTemplate,
    GameTemplate,
    GameTemplate,
    GameTemplate,
  ]
  const since = (state: 'running' | 'offline', ago: number): Server['seedPower'] => [
    { state, at: now - ago },
  ]
  const ids = DEMO_SERVER_IDENTIFIERS
  addServer({
    identifier: ids.running,
    name: 'Survival SMP',
    description: 'Main survival world — whitelist on',
    ownerId: 2,
    nodeId: 1,
    game: minecraft,
    power: since('running', 3 * 3600_000),
    extraAllocations: 1,
  })
  addServer({
    identifier: ids.offline,
    name: 'Creative Build',
    description: '',
    ownerId: 2,
    nodeId: 1,
    game: minecraft,
    power: since('offline', 2 * DAY),
  })
  // A slow modpack boot: stays "starting" for ten minutes after each panel start.
  addServer({
    identifier: ids.starting,
    name: 'Modded Valheim',
    description: 'Heavy modpack, slow boot',
    ownerId: 2,
    nodeId: 2,
    game: valheim,
    power: [
      { state: 'starting', at: now - 5000 },
      { state: 'running', at: now + 600_000 },
    ],
  })
  addServer({
    identifier: ids.installing,
    name: 'Rust Weekly Wipe',
    description: 'Fresh install in progress',
    ownerId: 2,
    nodeId: 2,
    game: rust,
    status: 'installing',
    power: since('offline', DAY),
  })
  addServer({
    identifier: ids.suspended,
    name: 'Old Terraria',
    description: 'Suspended: invoice overdue',
    ownerId: 2,
    nodeId: 3,
    game: terraria,
    status: 'suspended',
    power: since('offline', 20 * DAY),
  })
  addServer({
    identifier: ids.installFailed,
    name: 'Broken CS2',
    description: 'Install script failed (disk quota)',
    ownerId: 2,
    nodeId: 3,
    game: cs2,
    status: 'install_failed',
    power: since('offline', 3 * DAY),
  })
  addServer({
    identifier: ids.unlimited,
    name: 'Unlimited ARK',
    description: 'No resource limits',
    ownerId: 2,
    nodeId: 1,
    game: ark,
    power: since('running', 26 * 3600_000),
    memory: 0,
    disk: 0,
    cpu: 0,
  })
  addServer({
    identifier: ids.subuser,
    name: "Mira's Factorio",
    description: 'Shared with demo as a subuser',
    ownerId: 4,
    subuserIds: [2],
    nodeId: 2,
    game: factorio,
    power: since('running', 50 * 60_000),
  })
  addServer({
    name: 'Admin Sandbox',
    description: 'Testing ground for egg changes',
    ownerId: 1,
    nodeId: 1,
    game: minecraft,
    power: since('running', 7 * 3600_000),
  })
  addServer({
    name: 'Staff Rust',
    description: '',
    ownerId: 1,
    nodeId: 2,
    game: rust,
    power: since('offline', 9 * DAY),
  })

  const counters = new Map<string, number>()
  for (let i = servers.length; i < adminServers; i++) {
    const [stem, gameIndex] = prng.pick(STEMS)
    const n = (counters.get(stem) ?? 0) + 1
    counters.set(stem, n)
    const game = GAMES[gameIndex] ?? minecraft
    const roll = prng.next()
    addServer({
      name: `${stem} ${String(n).padStart(3, '0')}`,
      description: prng.pick(DESCRIPTIONS),
      ownerId: prng.int(4, 7),
      nodeId: prng.int(1, 4),
      game,
      status:
        i % 37 === 0
          ? 'suspended'
          : i % 53 === 0
            ? 'installing'
            : i % 71 === 0
              ? 'install_failed'
              : null,
      power: since(roll < 0.65 ? 'running' : 'offline', prng.int(1, 400) * 3600_000),
      memory: prng.pick([1024, 2048, 4096, 8192, 0]),
      disk: prng.pick([5120, 10240, 20480, 51200]),
      cpu: prng.pick([100, 150, 200, 400]),
    })
  }
  return servers
}
