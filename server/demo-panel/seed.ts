import { createHash } from 'node:crypto'

import { seedFiles } from './files/state'
import { seedBackups } from './backups/seed'
import { hashSeedSecret } from './hashing'
import { seedNetwork } from './network/state'
import { seedSchedules } from './schedules/seed'
import { createPrng, randomString, type Prng } from './random'
import { loadPublicKey, toOpenSshLine } from './ssh-keys'
import { seedPublicKeys } from './seed-keys'
import { seedStartup } from './startup/seed'
import { seedUsersAndDatabases } from './subusers/seed-subusers'
import type { ActivityEntry, ApiKey, EggVariable, Node, Server, SshKey, Store, User } from './store'

// Deterministic demo data (seeded PRNG); only secrets (API key secrets, SSH keys, hashes) are random.

export const DEMO_ACCOUNTS = [
  {
    username: 'demo',
    email: 'demo@example.com',
    password: 'demo-password',
    note: 'regular user, 2FA off',
  },
  {
    username: 'secure',
    email: 'secure@example.com',
    password: 'secure-password',
    note: 'TOTP on, secret JBSWY3DPEHPK3PXP',
  },
  { username: 'admin', email: 'admin@example.com', password: 'admin-password', note: 'root admin' },
  {
    username: 'lena',
    email: 'lena@example.org',
    password: 'lena-password',
    note: 'German interface: account language de',
  },
] as const

export const SECURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'

/** The `secure` account's recovery tokens (each works once per panel start/reset). */
export const SECURE_RECOVERY_TOKENS = [
  'q7Rk2mXw9P',
  'Lt4Vn8Zc1B',
  'Hs6Yd3Jf0M',
  'Wa9Ue5Kp2N',
  'Ct1Xg7Rb4Q',
  'Pm8Ls2Dv6T',
  'Ez3Nh9Fy5K',
  'Bj5Qw1Mr8C',
  'Vu2Ta6Ge0L',
  'Ko4Zi7Sx3D',
] as const

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
const SEED = 0x7a10

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
]
const HOME_IPS = ['203.0.113.24', '203.0.113.87', '2001:db8:85a3::8a2e:370:7334']
const STRANGER_IPS = ['198.51.100.200', '192.0.2.66', '198.51.100.13']

/** An egg per game, its uuid derived from the name (the seed's PRNG sequence stays as it was). */
function eggFor(name: string): Server['egg'] {
  const hex = createHash('sha256').update(`egg:${name}`).digest('hex')
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  return { uuid, name }
}

interface GameTemplate {
  label: string
  startup: string
  image: string
  port: number
  features: string[] | null
  variables: Array<[string, string, string, string]>
}

const GAMES: GameTemplate[] = [
  {
    label: 'Minecraft',
    startup: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}',
    image: 'ghcr.io/pterodactyl/yolks:java_21',
    port: 25565,
    features: ['eula', 'java_version', 'pid_limit'],
    variables: [
      [
        'Server Jar File',
        'The name of the server jarfile to run the server with.',
        'SERVER_JARFILE',
        'server.jar',
      ],
      ['Minecraft Version', 'The version of Minecraft to download.', 'MINECRAFT_VERSION', 'latest'],
    ],
  },
  {
    label: 'Valheim',
    startup:
      './valheim_server.x86_64 -name "{{SERVER_NAME}}" -port {{SERVER_PORT}} -world "{{WORLD}}"',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 2456,
    features: null,
    variables: [
      ['Server Name', 'The name shown in the server browser.', 'SERVER_NAME', 'Valheim'],
      ['World', 'The world file to load.', 'WORLD', 'Dedicated'],
    ],
  },
  {
    label: 'Rust',
    startup:
      './RustDedicated -batchmode +server.port {{SERVER_PORT}} +server.hostname "{{HOSTNAME}}"',
    image: 'ghcr.io/pterodactyl/games:rust',
    port: 28015,
    features: null,
    variables: [
      [
        'Server Name',
        'The name of your server in the public server list.',
        'HOSTNAME',
        'A Rust Server',
      ],
    ],
  },
  {
    label: 'Terraria',
    startup: './TerrariaServer.bin.x86_64 -config serverconfig.txt -port {{SERVER_PORT}}',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 7777,
    features: null,
    variables: [['World Name', 'The name of the world file.', 'WORLD_NAME', 'world']],
  },
  {
    label: 'Counter-Strike 2',
    startup: './game/bin/linuxsteamrt64/cs2 -dedicated +map {{SRCDS_MAP}} -port {{SERVER_PORT}}',
    image: 'ghcr.io/1zc/steamrt3-pterodactyl:latest',
    port: 27015,
    features: ['steam_disk_space'],
    variables: [['Default Map', 'The default map for the server.', 'SRCDS_MAP', 'de_dust2']],
  },
  {
    label: 'ARK',
    startup:
      'proton run ./ShooterGame/Binaries/Win64/ArkAscendedServer.exe {{SERVER_MAP}}?Port={{SERVER_PORT}}',
    image: 'ghcr.io/parkervcp/steamcmd:proton',
    port: 7777,
    features: null,
    variables: [['Map', 'The map to load.', 'SERVER_MAP', 'TheIsland_WP']],
  },
  {
    label: 'Factorio',
    startup: './bin/x64/factorio --port {{SERVER_PORT}} --start-server {{SAVE_NAME}}.zip',
    image: 'ghcr.io/parkervcp/yolks:debian',
    port: 34197,
    features: null,
    variables: [['Save Name', 'The save file to load.', 'SAVE_NAME', 'gamesave']],
  },
]

const STEMS: Array<[string, number]> = [
  ['Survival', 0],
  ['Creative', 0],
  ['Skyblock', 0],
  ['Hardcore', 0],
  ['Pixelmon', 0],
  ['Valheim', 1],
  ['Rust Vanilla', 2],
  ['Rust Modded', 2],
  ['Terraria', 3],
  ['CS2 Retake', 4],
  ['CS2 Surf', 4],
  ['ARK Island', 5],
  ['Factorio', 6],
  ['Minigames', 0],
]
const DESCRIPTIONS = [
  '',
  'Weekly wipe, EU players',
  'Friends only — ask in Discord for whitelist',
  'Event server for the summer tournament',
  'Staging copy, do not use',
  'Community server ✨ (mods in #pinned)',
]

function makeUser(
  id: number,
  prng: Prng,
  fields: Partial<User> & Pick<User, 'username' | 'email' | 'nameFirst' | 'nameLast'>,
  password: string,
  createdAt: number,
): User {
  return {
    id,
    uuid: prng.uuid(),
    language: 'en',
    rootAdmin: false,
    useTotp: false,
    totpSecret: null,
    passwordHash: hashSeedSecret(password),
    recoveryTokens: [],
    rememberToken: null,
    gravatar: true,
    createdAt,
    updatedAt: createdAt + 37 * DAY,
    ...fields,
  }
}

const variablesFor = (game: GameTemplate, prng: Prng): EggVariable[] =>
  game.variables.map(([name, description, envVariable, defaultValue]) => ({
    name,
    description,
    envVariable,
    defaultValue,
    serverValue: prng.next() < 0.3 ? `${defaultValue}-custom` : defaultValue,
    isEditable: true,
    rules: 'required|string|max:64',
  }))

export function seedStore(now: number, adminServers: number): Store {
  const prng = createPrng(SEED)
  const t0 = Date.UTC(2024, 0, 2, 3, 4, 5)
  const users: User[] = [
    makeUser(
      1,
      prng,
      {
        username: 'admin',
        email: 'admin@example.com',
        nameFirst: 'Alex',
        nameLast: 'Morgan',
        rootAdmin: true,
      },
      'admin-password',
      t0,
    ),
    makeUser(
      2,
      prng,
      { username: 'demo', email: 'demo@example.com', nameFirst: 'Demo', nameLast: 'User' },
      'demo-password',
      t0 + 12 * DAY,
    ),
    makeUser(
      3,
      prng,
      {
        username: 'secure',
        email: 'secure@example.com',
        nameFirst: 'Sam',
        nameLast: 'Secure',
        useTotp: true,
        totpSecret: SECURE_TOTP_SECRET,
        recoveryTokens: SECURE_RECOVERY_TOKENS.map((t) => hashSeedSecret(t)),
      },
      'secure-password',
      t0 + 30 * DAY,
    ),
  ]
  const others: Array<[string, string, string]> = [
    ['mira', 'Mira', 'Okafor'],
    ['oscar', 'Oscar', 'Lindqvist'],
    ['lena', 'Lena', 'Fischer'],
    ['tomas', 'Tomás', 'Ruiz'],
  ]
  for (const [index, [username, first, last]] of others.entries()) {
    users.push(
      makeUser(
        4 + index,
        prng,
        {
          username,
          email: `${username}@example.org`,
          nameFirst: first,
          nameLast: last,
          // An admin-set account language (contract §3.1): Lena's Talon speaks German.
          ...(username === 'lena' && { language: 'de' }),
        },
        `${username}-password`,
        t0 + (40 + index) * DAY,
      ),
    )
  }

  const nodes: Node[] = [
    {
      id: 1,
      name: 'de-fra-1',
      fqdn: 'fra1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: false,
    },
    {
      id: 2,
      name: 'us-nyc-1',
      fqdn: 'nyc1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: false,
    },
    {
      id: 3,
      name: 'sg-sin-1',
      fqdn: 'sin1.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8443,
      daemonSftp: 2222,
      maintenance: false,
    },
    {
      id: 4,
      name: 'uk-lon-2',
      fqdn: 'lon2.nodes.demo-panel.test',
      scheme: 'https',
      daemonListen: 8080,
      daemonSftp: 2022,
      maintenance: true,
    },
  ]

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

  const apiKeys: ApiKey[] = [
    {
      id: 1,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Deploy bot (GitHub Actions)',
      allowedIps: ['203.0.113.0/24', '2001:db8:85a3::/48'],
      lastUsedAt: now - 2 * DAY,
      createdAt: now - 40 * DAY,
    },
    {
      id: 2,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Home Assistant power buttons',
      allowedIps: ['198.51.100.23'],
      lastUsedAt: now - 3 * 3600_000,
      createdAt: now - 21 * DAY,
    },
    {
      id: 3,
      userId: 2,
      keyType: 1,
      identifier: `ptlc_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Old laptop script',
      allowedIps: [],
      lastUsedAt: null,
      createdAt: now - 9 * DAY,
    },
    // An application key, to exercise the client API's "application key" refusal.
    {
      id: 4,
      userId: 1,
      keyType: 2,
      identifier: `ptla_${prng.string(11)}`,
      secret: randomString(32),
      memo: 'Billing integration',
      allowedIps: [],
      lastUsedAt: null,
      createdAt: now - 60 * DAY,
    },
  ]

  const sshKeys: SshKey[] = []
  const { ed, rsa } = seedPublicKeys
  for (const [name, key, comment, age] of [
    ['MacBook Pro', ed, 'demo@macbook', 30],
    ['CI runner', rsa, 'ci@runner-01', 12],
  ] as const) {
    const loaded = loadPublicKey(toOpenSshLine(key, comment))
    if (loaded && loaded.kind !== 'dsa') {
      sshKeys.push({
        id: sshKeys.length + 1,
        userId: 2,
        name,
        fingerprint: loaded.fingerprint,
        publicKey: loaded.pem,
        createdAt: now - age * DAY,
      })
    }
  }

  const activity = seedActivity(prng, now, apiKeys, sshKeys)
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

/** About 120 account events for `demo` over the past six weeks, plus a few for the others. */
function seedActivity(
  prng: Prng,
  now: number,
  apiKeys: ApiKey[],
  sshKeys: SshKey[],
): ActivityEntry[] {
  const drafts: Array<Omit<ActivityEntry, 'id'>> = []
  const add = (
    userId: number,
    event: string,
    at: number,
    opts: {
      actor?: number | null
      ip?: string
      isApi?: boolean
      properties?: Record<string, unknown>
    } = {},
  ): void => {
    drafts.push({
      batch: null,
      event,
      ip: opts.ip ?? prng.pick(HOME_IPS),
      // The only account event the panel logs with a description (ForgotPasswordController).
      description: event === 'auth:reset-password' ? 'sending password reset email' : null,
      actorId: opts.actor === undefined ? userId : opts.actor,
      isApi: opts.isApi ?? false,
      properties: opts.properties ?? {},
      timestamp: at,
      subjects: [{ type: 'user', id: userId }],
    })
  }
  const meta = (ip: string): Record<string, unknown> => ({ ip, useragent: prng.pick(USER_AGENTS) })
  const start = now - 42 * DAY
  const pastKeys = Array.from({ length: 4 }, () => `ptlc_${prng.string(11)}`)
  const pastFingerprints = Array.from({ length: 2 }, () =>
    prng.string(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
  )
  // A scripted storyline first, so the feed reads like a real account's history.
  const story: Array<[number, () => void]> = [
    [
      41,
      () =>
        add(2, 'user:account.email-changed', 0, {
          properties: { old: 'demo.user@example.net', new: 'demo@example.com' },
        }),
    ],
    [
      40,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[0]?.identifier } }),
    ],
    [35, () => add(2, 'user:two-factor.create', 0)],
    [33, () => add(2, 'auth:checkpoint', 0, { actor: null, properties: meta(HOME_IPS[0] ?? '') })],
    [
      30,
      () =>
        add(2, 'user:ssh-key.create', 0, { properties: { fingerprint: sshKeys[0]?.fingerprint } }),
    ],
    [28, () => add(2, 'user:api-key.create', 0, { properties: { identifier: pastKeys[0] } })],
    [
      27,
      () =>
        add(2, 'user:api-key.delete', 0, { isApi: true, properties: { identifier: pastKeys[0] } }),
    ],
    [25, () => add(2, 'user:two-factor.delete', 0)],
    [22, () => add(2, 'user:account.password-changed', 0)],
    [
      21,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[1]?.identifier } }),
    ],
    [
      19,
      () =>
        add(2, 'auth:ip-blocked', 0, {
          isApi: true,
          ip: STRANGER_IPS[0],
          properties: { identifier: apiKeys[0]?.identifier },
        }),
    ],
    [
      18,
      () => add(2, 'user:ssh-key.create', 0, { properties: { fingerprint: pastFingerprints[0] } }),
    ],
    [
      16,
      () => add(2, 'user:ssh-key.delete', 0, { properties: { fingerprint: pastFingerprints[0] } }),
    ],
    [
      12,
      () =>
        add(2, 'user:ssh-key.create', 0, {
          isApi: true,
          properties: { fingerprint: sshKeys[1]?.fingerprint },
        }),
    ],
    [
      9,
      () =>
        add(2, 'user:api-key.create', 0, { properties: { identifier: apiKeys[2]?.identifier } }),
    ],
    [
      6,
      () =>
        add(2, 'user:api-key.create', 0, { isApi: true, properties: { identifier: pastKeys[1] } }),
    ],
    [5, () => add(2, 'user:api-key.delete', 0, { properties: { identifier: pastKeys[1] } })],
    [
      2,
      () => add(2, 'auth:reset-password', 0, { actor: null, properties: meta(HOME_IPS[1] ?? '') }),
    ],
  ]
  for (const [daysAgo, make] of story) {
    make()
    const last = drafts[drafts.length - 1]
    if (last)
      last.timestamp = now - daysAgo * DAY - prng.int(0, 20) * 3600_000 - prng.int(0, 3599) * 1000
  }
  while (drafts.length < 118) {
    const at = start + prng.int(0, 42 * 24 * 60) * 60_000
    const roll = prng.next()
    if (roll < 0.7) {
      const ip = prng.pick(HOME_IPS)
      add(2, 'auth:success', at, { ip, properties: meta(ip) })
    } else {
      const ip = prng.pick(STRANGER_IPS)
      const typed = prng.next() < 0.5 ? { username: 'demo' } : { email: 'demo@example.com' }
      add(2, 'auth:fail', at, { actor: null, ip, properties: { ...meta(ip), ...typed } })
    }
  }
  const secureLogin = now - 3 * DAY
  add(3, 'auth:checkpoint', secureLogin, { actor: null, properties: meta('203.0.113.50') })
  add(3, 'auth:success', secureLogin + 20_000, {
    ip: '203.0.113.50',
    properties: meta('203.0.113.50'),
  })
  add(3, 'user:two-factor.create', now - 30 * DAY)
  add(1, 'auth:success', now - 5 * 3600_000, { ip: '192.0.2.10', properties: meta('192.0.2.10') })
  drafts.sort((a, b) => a.timestamp - b.timestamp)
  return drafts.map((draft, index) => ({ ...draft, id: index + 1 }))
}
