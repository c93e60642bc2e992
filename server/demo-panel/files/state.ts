import { DEMO_SERVER_IDENTIFIERS } from '../seed-servers'
import type { Server, Store } from '../store'
import { seedVolume } from './seed-files'
import { FileTree } from './tree'

// The files double's share of the store (one line in store.ts, one call in seed.ts): each
// server's volume, built on first use, plus the node-side settings Wings reads from its config.

/** Survival SMP holds the folder of 10,000 files. */
export const BIG_FOLDER_SERVER = DEMO_SERVER_IDENTIFIERS.running

/** Wings' `api.upload_limit` default, in MB (per file). */
export const DEFAULT_UPLOAD_LIMIT_MB = 100

export interface PendingPull {
  id: string
  serverUuid: string
}

export interface FilesState {
  /** The panel's start: seeded timestamps count back from here. */
  seededAt: number
  /** Volumes by server uuid, seeded when first touched. */
  trees: Map<string, FileTree>
  /** Wings' `api.upload_limit` (MB) by node id; nodes not listed use the default. */
  uploadLimitMb: Map<number, number>
  /**
   * How fast the simulated archive jobs run (bytes a second). Big jobs answer only after their
   * time on the demo clock has passed; tests lower this to make a job outlast the panel's limits.
   */
  jobBytesPerSecond: number
  /** Remote downloads (`files/pull`) still running, by server uuid. */
  pulls: PendingPull[]
}

export function seedFiles(now: number): FilesState {
  return {
    seededAt: now,
    trees: new Map(),
    uploadLimitMb: new Map(),
    jobBytesPerSecond: 256 * 1024 * 1024,
    pulls: [],
  }
}

/** The egg's `file_denylist` (gitignore patterns): Minecraft's pins the server jar. */
export function denylistFor(server: Server): string[] {
  return server.startup.startsWith('java') ? ['server.jar'] : []
}

/** A server's volume, seeded from the panel's start time on first use. */
export function treeFor(store: Store, server: Server, now: () => number): FileTree {
  let tree = store.files.trees.get(server.uuid)
  if (!tree) {
    const big = server.identifier === BIG_FOLDER_SERVER
    tree = new FileTree(
      { uuid: server.uuid, now, limitBytes: () => server.limits.disk * 1024 * 1024 },
      seedVolume(server, store.files.seededAt, big),
    )
    store.files.trees.set(server.uuid, tree)
  }
  return tree
}

/** go-gitignore's MatchesPath, for the simple patterns eggs use (globs, anchors, dir suffix). */
export function isDenied(patterns: string[], path: string): boolean {
  const parts = path.split('/').filter(Boolean)
  return patterns.some((raw) => {
    const pattern = raw.trim()
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) return false
    const glob = (text: string): RegExp =>
      new RegExp(
        `^${text
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*')}$`,
      )
    const body = pattern.replace(/\/+$/, '')
    if (body.includes('/')) {
      const anchored = glob(body.replace(/^\//, ''))
      return parts.some((_, i) => anchored.test(parts.slice(0, i + 1).join('/')))
    }
    const name = glob(body)
    return parts.some((part) => name.test(part))
  })
}
