import { randomBytes } from 'node:crypto'

import type { DemoClock } from '../clock'
import type { Node, Server, Store, User } from '../store'
import { GameProcess, type PowerAction, type PowerOutcome } from './game-process'
import { signWebsocketToken, type WebsocketClaims } from './jwt'
import { WingsSocketSession, type SessionTransport } from './socket-session'

// The fake Wings behind the demo panel: one per panel, holding each node's key, the JTI
// denylist, and a simulated game process per server. The panel's routes call into it in
// process (power, resources, reinstall, token signing); `listen()` in listeners.ts adds the real
// loopback websocket listeners (startDemoPanel only — unit tests through MSW need none).

export interface WingsActivity {
  event: string
  serverId: number
  userUuid: string
  properties: Record<string, unknown>
}

export interface FakeWingsDeps {
  clock: DemoClock
  /** Read on every call: the panel's reset swaps the store's contents. */
  store: Store
  /** Wings posts activity to the panel (server:console.command, server:power.* from the socket). */
  onActivity(entry: WingsActivity): void
}

/** Where a node's listener answers, once listening. */
export interface NodeAddress {
  scheme: 'http' | 'https'
  fqdn: string
  port: number
}

export class FakeWings {
  private readonly processes = new Map<string, GameProcess>()
  private readonly keys = new Map<number, Buffer>()
  private readonly denylist = new Map<string, number>()
  private readonly addresses = new Map<number, NodeAddress>()
  /** Sockets open on the listeners now, and how the closed ones ended (tests watch these). */
  readonly sockets = {
    open: 0,
    closed: [] as Array<{ code: number; reason: string }>,
  }
  /** Tokens issued before Wings booted are refused; seconds-floored like the token's iat. */
  private readonly bootedAt: number

  private readonly deps: FakeWingsDeps

  constructor(deps: FakeWingsDeps) {
    this.deps = deps
    this.bootedAt = Math.floor(deps.clock.now() / 1000) * 1000
  }

  get clock(): DemoClock {
    return this.deps.clock
  }

  keyFor(nodeId: number): Buffer {
    let key = this.keys.get(nodeId)
    if (!key) {
      key = randomBytes(32)
      this.keys.set(nodeId, key)
    }
    return key
  }

  /** The simulated process of a server, created from its seeded power history on first use. */
  process(server: Server): GameProcess {
    let process = this.processes.get(server.uuid)
    if (!process || process.server !== server) {
      process?.dispose()
      process = new GameProcess(server, this.deps.clock, server.seedPower)
      this.processes.set(server.uuid, process)
    }
    return process
  }

  nodeIds(): number[] {
    return this.deps.store.nodes.map((n) => n.id)
  }

  findServer(uuid: string): Server | undefined {
    return this.deps.store.servers.find((s) => s.uuid === uuid)
  }

  findServerByIdentifier(identifier: string): Server | undefined {
    return this.deps.store.servers.find((s) => s.identifier === identifier)
  }

  /** POST /api/servers/{uuid}/power as the panel calls it (the lock is not waited for). */
  power(server: Server, action: PowerAction): PowerOutcome {
    return this.process(server).power(action)
  }

  /** POST /api/servers/{uuid}/commands: false when the server is not running (→ 502 on the panel). */
  command(server: Server, line: string): boolean {
    return this.process(server).command(line)
  }

  /** POST /api/servers/{uuid}/reinstall; `done` reports the install's end to the panel. */
  reinstall(server: Server, done: (successful: boolean) => void): void {
    this.process(server).reinstall(done)
  }

  /** POST /api/servers/{uuid}/ws/deny: tokens with these JTIs issued before now stop working. */
  deny(jtis: string[]): void {
    const now = this.deps.clock.now()
    for (const jti of jtis) this.denylist.set(jti, now)
  }

  isDenylisted(claims: WebsocketClaims): boolean {
    if (typeof claims.iat !== 'number') return true
    const issued = claims.iat * 1000
    if (issued < this.bootedAt) return true
    const deniedAt = this.denylist.get(claims.jti)
    return deniedAt !== undefined && issued < deniedAt
  }

  /** The listener moved the node: the panel hands out this address from now on. */
  setAddress(nodeId: number, address: NodeAddress): void {
    this.addresses.set(nodeId, address)
    this.applyAddresses()
  }

  /** Re-applies listener addresses to the node records (after the panel's reset re-seeds). */
  applyAddresses(): void {
    for (const node of this.deps.store.nodes) {
      const address = this.addresses.get(node.id)
      if (!address) continue
      node.scheme = address.scheme
      node.fqdn = address.fqdn
      node.daemonListen = address.port
    }
  }

  nodeUrl(node: Node): string {
    return `${node.scheme}://${node.fqdn}:${node.daemonListen}`
  }

  /** NodeJWTService + WebsocketController: a token for this user and the node's socket URL. */
  websocketCredentials(
    server: Server,
    user: User,
    permissions: string[],
    panelUrl: string,
  ): { token: string; socket: string } {
    const node = this.deps.store.nodes.find((n) => n.id === server.nodeId)
    if (!node) throw new Error(`server ${server.uuid} has no node`)
    const nodeUrl = this.nodeUrl(node)
    const { token } = signWebsocketToken(this.keyFor(node.id), {
      panelUrl,
      nodeUrl,
      serverUuid: server.uuid,
      permissions,
      userId: user.id,
      userUuid: user.uuid,
      nowMs: this.deps.clock.now(),
    })
    const socket = `${nodeUrl.replace(/^http/, 'ws')}/api/servers/${server.uuid}/ws`
    return { token, socket }
  }

  logActivity(server: Server, event: string, claims: WebsocketClaims, properties = {}): void {
    this.deps.onActivity({ event, serverId: server.id, userUuid: claims.user_uuid, properties })
  }

  /** A websocket to this server's console (listeners.ts feeds it; tests drive it directly). */
  openSession(server: Server, transport: SessionTransport): WingsSocketSession {
    return new WingsSocketSession(
      {
        clock: this.deps.clock,
        process: this.process(server),
        serverUuid: server.uuid,
        key: this.keyFor(server.nodeId),
        isDenylisted: (claims) => this.isDenylisted(claims),
        logActivity: (event, claims, properties) =>
          this.logActivity(server, event, claims, properties),
      },
      transport,
    )
  }

  /** The panel was reset: forget every process (they are rebuilt from the new seed). */
  reset(): void {
    for (const process of this.processes.values()) process.dispose()
    this.processes.clear()
    this.denylist.clear()
    this.applyAddresses()
  }

  dispose(): void {
    for (const process of this.processes.values()) process.dispose()
    this.processes.clear()
  }
}
