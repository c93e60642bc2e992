import { posix } from 'node:path'

// One server's volume as Wings' sandboxed filesystem (internal/ufs) sees it, in memory: files,
// directories and symlinks under `/var/lib/pterodactyl/volumes/<uuid>`, with ufs' path rules
// (the path is joined onto the base and cleaned — a leading `/` does NOT protect against `..`,
// only the router's `path.Join(root, …)` does), openat2-style symlink resolution that never
// leaves the volume, a byte quota (the server's disk limit), and lazily built directories and
// file contents so a seeded folder of 10,000 files costs nothing until it is listed.

export const VOLUMES = '/var/lib/pterodactyl/volumes'
/** NAME_MAX on ext4/xfs: a longer component is ENAMETOOLONG ("file name too long"). */
export const NAME_MAX = 255
/** Linux follows at most 40 symlinks while resolving one path (ELOOP after). */
const MAX_LINKS = 40
/** A directory's own size as `stat` reports it on ext4. */
export const DIR_SIZE = 4096

export type FsErrorKind =
  | 'not-exist'
  | 'bad-path'
  | 'is-dir'
  | 'not-dir'
  | 'exist'
  | 'name-too-long'
  | 'disk'
  | 'denylist'
  | 'invalid'

/** What ufs (or Wings' filesystem package, for `disk`, `denylist`, `is-dir`) fails with. */
export class FsError extends Error {
  readonly kind: FsErrorKind
  readonly path: string

  constructor(kind: FsErrorKind, path: string) {
    super(`${kind}: ${path}`)
    this.kind = kind
    this.path = path
  }
}

interface Meta {
  /** Permission bits only (0o644 …); the type comes from `kind`. */
  mode: number
  mtime: number
  ctime: number
}

export interface FileNode extends Meta {
  kind: 'file'
  size: number
  /** The bytes, or null while they are still only `generate`d on demand. */
  data: Buffer | null
  generate: (() => Buffer) | null
  /** The detected mimetype, cached (seeded files declare it so listing needs no bytes). */
  mime: string | null
}

export interface DirNode extends Meta {
  kind: 'dir'
  /** Null until first needed, then built by `populate`. */
  entries: Map<string, Node> | null
  populate: (() => Map<string, Node>) | null
  /** Bytes of the files `populate` will create (counted in the quota before they exist). */
  lazyBytes: number
}

export interface LinkNode extends Meta {
  kind: 'link'
  target: string
}

export type Node = FileNode | DirNode | LinkNode

export function fileNode(
  content: Buffer | { size: number; generate: () => Buffer; mime: string },
  at: number,
  mode = 0o644,
): FileNode {
  return Buffer.isBuffer(content)
    ? {
        kind: 'file',
        mode,
        mtime: at,
        ctime: at,
        size: content.length,
        data: content,
        generate: null,
        mime: null,
      }
    : {
        kind: 'file',
        mode,
        mtime: at,
        ctime: at,
        size: content.size,
        data: null,
        generate: content.generate,
        mime: content.mime,
      }
}

export function dirNode(
  at: number,
  entries: Map<string, Node> | null = new Map(),
  lazy?: { populate: () => Map<string, Node>; bytes: number },
  mode = 0o755,
): DirNode {
  return {
    kind: 'dir',
    mode,
    mtime: at,
    ctime: at,
    entries: lazy ? null : entries,
    populate: lazy?.populate ?? null,
    lazyBytes: lazy?.bytes ?? 0,
  }
}

export const linkNode = (target: string, at: number): LinkNode => ({
  kind: 'link',
  mode: 0o777,
  mtime: at,
  ctime: at,
  target,
})

/** The entries of a directory, built on first use. */
export function entriesOf(dir: DirNode): Map<string, Node> {
  if (dir.entries === null) {
    dir.entries = dir.populate ? dir.populate() : new Map()
    dir.populate = null
    dir.lazyBytes = 0
  }
  return dir.entries
}

/** The bytes of a file (generated ones are rebuilt on every read: they never change). */
export const contentOf = (file: FileNode): Buffer =>
  file.data ?? file.generate?.() ?? Buffer.alloc(0)

/** Bytes held by files under a node (symlinks and directories count nothing, like Wings' walk). */
export function bytesUnder(node: Node): number {
  if (node.kind === 'file') return node.size
  if (node.kind === 'link') return 0
  if (node.entries === null) return node.lazyBytes
  let total = 0
  for (const child of node.entries.values()) total += bytesUnder(child)
  return total
}

export interface Resolved {
  /** Segments of the parent directory, from the volume root (symlinks resolved). */
  parentPath: string[]
  parent: DirNode
  /** The last component; "" for the root itself. */
  name: string
  node: Node | undefined
}

export interface TreeOptions {
  uuid: string
  now: () => number
  /** The quota in bytes (0: unlimited), read on every write: the server's limit can change. */
  limitBytes: () => number
}

export class FileTree {
  readonly root: DirNode
  private readonly options: TreeOptions
  private used: number

  constructor(options: TreeOptions, root: DirNode) {
    this.options = options
    this.root = root
    this.used = bytesUnder(root)
  }

  get base(): string {
    return `${VOLUMES}/${this.options.uuid}`
  }

  /** Bytes in use, as Wings' quota counts them. */
  usage(): number {
    return this.used
  }

  /** ufs' Quota.CanFit: unlimited at 0, otherwise the new total may not pass the limit. */
  canFit(delta: number): boolean {
    const limit = this.options.limitBytes()
    return limit <= 0 || delta <= 0 || this.used + delta <= limit
  }

  /**
   * ufs' unsafePath: join onto the base, clean, and refuse anything that lands outside it. The
   * base may be repeated at the front (`TrimPrefix(path, basePath)`). Returns the segments.
   */
  clean(path: string): string[] {
    const base = this.base
    const rest = path.startsWith(base) ? path.slice(base.length) : path
    const full = posix.join(base, rest)
    if (full !== base && !full.startsWith(`${base}/`)) throw new FsError('bad-path', path)
    const segments = full.slice(base.length).split('/').filter(Boolean)
    for (const segment of segments) {
      if (Buffer.byteLength(segment) > NAME_MAX) throw new FsError('name-too-long', path)
    }
    return segments
  }

  /**
   * Walks to a path's last component, following symlinks in the directories on the way (and the
   * last one when `followLast`) the way openat2(RESOLVE_BENEATH) does: an absolute target or
   * one that climbs out of the volume is EXDEV, which ufs reports as a bad path resolution.
   */
  resolve(path: string, followLast: boolean): Resolved {
    const queue = this.clean(path)
    if (queue.length === 0) return { parentPath: [], parent: this.root, name: '', node: this.root }
    const stack: Array<{ name: string; dir: DirNode }> = []
    let current: DirNode = this.root
    let links = 0
    while (queue.length > 0) {
      const part = queue.shift() ?? ''
      const last = queue.length === 0
      if (part === '.' || part === '') continue
      if (part === '..') {
        const up = stack.pop()
        if (!up) throw new FsError('bad-path', path)
        current = stack.at(-1)?.dir ?? this.root
        if (last) {
          const parent = stack.length >= 1 ? (stack.at(-2)?.dir ?? this.root) : this.root
          const name = stack.at(-1)?.name ?? ''
          return {
            parentPath: stack.slice(0, -1).map((s) => s.name),
            parent,
            name,
            node: current,
          }
        }
        continue
      }
      const node = entriesOf(current).get(part)
      if (node?.kind === 'link' && (!last || followLast)) {
        if (++links > MAX_LINKS) throw new FsError('bad-path', path)
        if (node.target.startsWith('/')) throw new FsError('bad-path', path)
        queue.unshift(...node.target.split('/').filter(Boolean))
        continue
      }
      if (last) {
        return { parentPath: stack.map((s) => s.name), parent: current, name: part, node }
      }
      if (!node) throw new FsError('not-exist', path)
      if (node.kind !== 'dir') throw new FsError('not-dir', path)
      stack.push({ name: part, dir: node })
      current = node
    }
    // Only reached when the path ended in `.` or a symlink to the current directory.
    const top = stack.at(-1)
    return {
      parentPath: stack.slice(0, -1).map((s) => s.name),
      parent: stack.at(-2)?.dir ?? this.root,
      name: top?.name ?? '',
      node: current,
    }
  }

  /** resolve(), first making the missing parent directories (ufs Touch and Rename do). */
  private resolveCreating(path: string, followLast: boolean): Resolved {
    try {
      return this.resolve(path, followLast)
    } catch (error) {
      if (!(error instanceof FsError) || error.kind !== 'not-exist') throw error
      this.mkdirAll(`/${this.clean(path).slice(0, -1).join('/')}`)
      return this.resolve(path, followLast)
    }
  }

  /** The node at a path, following every symlink (stat). */
  stat(path: string): Node {
    const { node } = this.resolve(path, true)
    if (!node) throw new FsError('not-exist', path)
    return node
  }

  /** The node itself, a symlink not followed (lstat). */
  lstat(path: string): Node {
    const { node } = this.resolve(path, false)
    if (!node) throw new FsError('not-exist', path)
    return node
  }

  /** ReadDir of a directory (symlinks followed on the way). */
  list(path: string): Array<[string, Node]> {
    const node = this.stat(path)
    if (node.kind !== 'dir') throw new FsError('not-dir', path)
    return [...entriesOf(node)]
  }

  read(path: string): { node: FileNode; data: Buffer } {
    const node = this.stat(path)
    if (node.kind === 'dir') throw new FsError('is-dir', path)
    if (node.kind !== 'file') throw new FsError('invalid', path)
    return { node, data: contentOf(node) }
  }

  /** MkdirAll: every missing directory on the way is made (0755); a file in the way is ENOTDIR. */
  mkdirAll(path: string): DirNode {
    const segments = this.clean(path)
    let current = this.root
    let walked = ''
    for (const segment of segments) {
      walked += `/${segment}`
      const existing = this.resolve(walked, true)
      if (existing.node === undefined) {
        const made = dirNode(this.options.now())
        entriesOf(existing.parent).set(existing.name, made)
        existing.parent.mtime = this.options.now()
        current = made
      } else if (existing.node.kind === 'dir') {
        current = existing.node
      } else {
        throw new FsError('not-dir', path)
      }
    }
    return current
  }

  /**
   * Filesystem.Write: a directory in the way is Wings' own E_ISDIR, the quota is checked for
   * the growth only, and missing parent directories are made (ufs Touch).
   */
  write(path: string, data: Buffer, mode = 0o644): FileNode {
    const at = this.resolveCreating(path, true)
    if (at.node?.kind === 'dir') throw new FsError('is-dir', path)
    const current = at.node?.kind === 'file' ? at.node.size : 0
    if (!this.canFit(data.length - current)) throw new FsError('disk', path)
    const parent = at.parent
    const now = this.options.now()
    if (at.node?.kind === 'file') {
      at.node.data = data
      at.node.generate = null
      at.node.size = data.length
      at.node.mime = null
      at.node.mtime = now
      at.node.ctime = now
      this.used += data.length - current
      return at.node
    }
    const made = fileNode(data, now, mode)
    entriesOf(parent).set(at.name, made)
    parent.mtime = now
    this.used += data.length
    return made
  }

  /**
   * UnixFS.Rename: the same path is a no-op; the volume root can't move or be replaced; a
   * missing parent of the target is made; an existing target is EEXIST (never replaced).
   */
  rename(from: string, to: string): void {
    if (from === to) return
    const source = this.resolve(from, false)
    if (source.name === '') throw new FsError('bad-path', from)
    if (source.node === undefined) throw new FsError('not-exist', from)
    const target = this.resolveCreating(to, false)
    if (target.name === '') throw new FsError('bad-path', to)
    if (target.node !== undefined) throw new FsError('exist', to)
    // renameat(2) refuses to move a directory into itself (EINVAL).
    if (source.node.kind === 'dir') {
      const inside = [...source.parentPath, source.name]
      const dest = [...target.parentPath, target.name]
      if (inside.every((part, i) => dest[i] === part)) throw new FsError('invalid', to)
    }
    const now = this.options.now()
    entriesOf(source.parent).delete(source.name)
    entriesOf(target.parent).set(target.name, source.node)
    source.node.ctime = now
    source.parent.mtime = now
    target.parent.mtime = now
  }

  /**
   * Filesystem.Copy: a regular file (followed) next to itself, named "x copy.ext", then
   * "x copy 1.ext" … (`.tar.gz` kept whole); anything else is reported as not existing.
   */
  copy(path: string): string {
    const source = this.resolve(path, true)
    const node = source.node
    if (node === undefined || node.kind !== 'file') throw new FsError('not-exist', path)
    if (!this.canFit(node.size)) throw new FsError('disk', path)
    let extension = posix.extname(source.name)
    let stem = source.name.slice(0, source.name.length - extension.length)
    if (stem.endsWith('.tar')) {
      extension = `.tar${extension}`
      stem = stem.slice(0, -4)
    }
    const siblings = entriesOf(source.parent)
    let name = ''
    for (let i = 0; i <= 50; i++) {
      name = `${stem}${i === 0 ? ' copy' : ` copy ${i}`}${extension}`
      if (!siblings.has(name)) break
      if (i === 50) name = `${stem}copy.${new Date(this.options.now()).toISOString()}${extension}`
    }
    if (Buffer.byteLength(name) > NAME_MAX) throw new FsError('name-too-long', path)
    const now = this.options.now()
    const copy: FileNode = { ...node, mtime: now, ctime: now }
    siblings.set(name, copy)
    source.parent.mtime = now
    this.used += node.size
    return name
  }

  /** UnixFS.RemoveAll: the root is refused, a missing path is fine, symlinks are removed. */
  removeAll(path: string): void {
    const at = this.resolve(path, false)
    if (at.name === '') throw new FsError('bad-path', path)
    if (at.node === undefined) return
    entriesOf(at.parent).delete(at.name)
    at.parent.mtime = this.options.now()
    this.used -= bytesUnder(at.node)
  }

  /** fchmodat: follows symlinks; only the permission bits change. */
  chmod(path: string, mode: number): void {
    const node = this.stat(path)
    node.mode = mode & 0o777
    node.ctime = this.options.now()
  }
}
