import type { FilesState } from './files/state'

// The panel's database, in memory. Plain records and arrays: the double only ever holds a few
// hundred rows, so linear scans keep the code obvious.

export interface User {
  id: number
  uuid: string
  username: string
  email: string
  nameFirst: string
  nameLast: string
  language: string
  rootAdmin: boolean
  useTotp: boolean
  /** Base32 TOTP secret; rotated by every GET /account/two-factor while 2FA is off. */
  totpSecret: string | null
  passwordHash: string
  /** Hashes of unused recovery tokens. */
  recoveryTokens: string[]
  rememberToken: string | null
  gravatar: boolean
  createdAt: number
  updatedAt: number
}

export interface ApiKey {
  id: number
  userId: number
  /** 1 = account (client) key, 2 = application key. */
  keyType: 1 | 2
  identifier: string
  secret: string
  memo: string
  allowedIps: string[]
  lastUsedAt: number | null
  createdAt: number
}

export interface SshKey {
  id: number
  userId: number
  name: string
  fingerprint: string
  publicKey: string
  createdAt: number
}

export type Subject =
  { type: 'user'; id: number } | { type: 'server'; id: number } | { type: 'api_key'; id: number }

export interface ActivityEntry {
  id: number
  batch: string | null
  event: string
  ip: string
  description: string | null
  actorId: number | null
  isApi: boolean
  properties: Record<string, unknown>
  timestamp: number
  subjects: Subject[]
}

export interface Node {
  id: number
  name: string
  fqdn: string
  scheme: 'http' | 'https'
  daemonListen: number
  daemonSftp: number
  maintenance: boolean
}

export interface Allocation {
  id: number
  ip: string
  ipAlias: string | null
  port: number
  notes: string | null
}

export interface EggVariable {
  name: string
  description: string
  envVariable: string
  defaultValue: string
  serverValue: string
  isEditable: boolean
  rules: string
}

export type PowerState = 'offline' | 'starting' | 'running' | 'stopping'

export interface Server {
  id: number
  uuid: string
  identifier: string
  externalId: string | null
  name: string
  description: string
  ownerId: number
  subuserIds: number[]
  nodeId: number
  status:
    null | 'installing' | 'install_failed' | 'reinstall_failed' | 'suspended' | 'restoring_backup'
  transferring: boolean
  limits: {
    memory: number
    swap: number
    disk: number
    io: number
    cpu: number
    threads: string | null
    oomDisabled: boolean
  }
  featureLimits: { databases: number; allocations: number; backups: number }
  startup: string
  dockerImage: string
  eggFeatures: string[] | null
  allocations: Allocation[]
  primaryAllocationId: number
  variables: EggVariable[]
  /**
   * The power history the seed gives the fake Wings (the state in force is the last entry with
   * `at <= now`; a later entry is a transition still to come). Read once, when Wings creates
   * the server's process (wings/game-process.ts); from then on the process is the truth.
   */
  seedPower: Array<{ state: PowerState; at: number }>
  /** Base disk usage in bytes (Wings reports disk even while offline). */
  diskBase: number
}

export interface PendingLogin {
  userId: number
  tokenValue: string
  expiresAt: number
}

export interface Session {
  id: string
  token: string
  userId: number | null
  /** Sanctum AuthenticateSession: the password hash seen when this session last passed. */
  passwordHash: string | null
  pendingLogin: PendingLogin | null
  lastActivity: number
}

export interface Store {
  users: User[]
  apiKeys: ApiKey[]
  sshKeys: SshKey[]
  activity: ActivityEntry[]
  nodes: Node[]
  servers: Server[]
  sessions: Map<string, Session>
  /** Wings details cached per server uuid for 20 s (ResourceUtilizationController). */
  resourceCache: Map<string, { expiresAt: number; value: ResourceSnapshot }>
  nextId: { apiKey: number; sshKey: number; activity: number }
  /** The fake Wings' volumes and file settings (files/state.ts). */
  files: FilesState
}

export interface ResourceSnapshot {
  state: PowerState
  memoryBytes: number
  cpuAbsolute: number
  diskBytes: number
  rxBytes: number
  txBytes: number
  uptime: number
}

export const findUser = (store: Store, id: number | null): User | undefined =>
  id === null ? undefined : store.users.find((u) => u.id === id)
