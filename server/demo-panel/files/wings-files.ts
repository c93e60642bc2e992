import { posix } from 'node:path'

import { atom } from '../time'
import { makeTarGz, readTar, readZip, type ArchiveEntry } from './archive'
import { detectMime, modeBits, modeString } from './mime'
import { isDenied } from './state'
import { DIR_SIZE, contentOf, entriesOf, FsError, type FileTree, type Node } from './tree'
import { WingsHttpError } from './wings-errors'

// The fake Wings' file endpoints (router/router_server_files.go over server/filesystem), called
// in process by the panel's routes. Each function takes the paths exactly as the panel passes
// them and applies the same joins Wings does before they reach the sandboxed tree.

/** A file as Wings' Stat marshals it and the panel's FileObjectTransformer reshapes it. */
export interface FileObject {
  name: string
  mode: string
  mode_bits: string
  size: number
  is_file: boolean
  is_symlink: boolean
  mimetype: string
  created_at: string
  modified_at: string
}

/** Go's `path.Join`: joined and cleaned; a leading `/` keeps `..` from climbing past it. */
export const goJoin = (...parts: string[]): string => {
  const joined = parts.filter((p) => p !== '').join('/')
  return joined === '' ? '' : posix.normalize(joined).replace(/\/$/, '') || '/'
}

/** The mimetype Wings reports for a node (cached on files; only regular files are sniffed). */
export function mimeOf(node: Node): string {
  if (node.kind === 'dir') return 'inode/directory'
  if (node.kind === 'link') return 'application/octet-stream'
  node.mime ??= detectMime(contentOf(node))
  return node.mime
}

export function fileObject(name: string, node: Node, mime?: string): FileObject {
  const kind = node.kind
  return {
    name,
    mode: modeString(kind, node.mode),
    mode_bits: modeBits(kind === 'link' ? 0o777 : node.mode),
    size: kind === 'file' ? node.size : kind === 'dir' ? DIR_SIZE : Buffer.byteLength(node.target),
    // Stat's `file` is !IsDir(): a symlink (lstat'ed in a listing) counts as a file.
    is_file: kind !== 'dir',
    // Wings v1.11 tests `Mode().Perm() & ModeSymlink`, which is never set: always false. The
    // `L` of `mode` is what tells a link apart.
    is_symlink: false,
    mimetype: mime ?? mimeOf(node),
    created_at: atom(node.ctime),
    modified_at: atom(node.mtime),
  }
}

/**
 * ListDirectory: every entry (lstat'ed), then Wings' two stable sorts — whose comparators leave
 * files in reverse name order ahead of the folders. Clients must sort for themselves.
 */
export function listDirectory(tree: FileTree, directory: string): FileObject[] {
  const entries = tree.list(directory)
  const files = entries
    .filter(([, n]) => n.kind !== 'dir')
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
  const dirs = entries
    .filter(([, n]) => n.kind === 'dir')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return [...files, ...dirs].map(([name, node]) => fileObject(name, node))
}

/** GET files/contents: the bytes (TrimLeft "/"), with the size the panel checks first. */
export function readContents(tree: FileTree, file: string): { data: Buffer; size: number } {
  const path = file.replace(/^\/+/, '')
  const node = tree.stat(path)
  // Opening a directory works; reading it fails (EISDIR from read, not Wings' own error): 500.
  if (node.kind === 'dir')
    throw new WingsHttpError(
      500,
      'An unexpected error was encountered while processing this request',
    )
  const { data } = tree.read(path)
  return { data, size: data.length }
}

function checkDenied(denylist: string[], ...paths: string[]): void {
  for (const path of paths) if (isDenied(denylist, path)) throw new FsError('denylist', path)
}

/** POST files/write: "/" + TrimLeft(file, "/"); a folder of that name is a special 400. */
export function writeFile(tree: FileTree, denylist: string[], file: string, body: Buffer): void {
  const path = `/${file.replace(/^\/+/, '')}`
  checkDenied(denylist, path)
  try {
    tree.write(path, body)
  } catch (error) {
    if (error instanceof FsError && error.kind === 'is-dir') {
      throw new WingsHttpError(
        400,
        'Cannot write file, name conflicts with an existing directory by the same name.',
      )
    }
    throw error
  }
}

/** POST files/create-directory: MkdirAll(filepath.Join(path, name)). */
export function createDirectory(tree: FileTree, name: string, root: string): void {
  try {
    tree.mkdirAll(goJoin(root, name))
  } catch (error) {
    if (error instanceof FsError && error.kind === 'not-dir') {
      throw new WingsHttpError(400, 'Part of the path being created is not a directory (ENOTDIR).')
    }
    throw error
  }
}

/** PUT files/rename: each pair joined onto root; a missing source is skipped silently. */
export function renameFiles(
  tree: FileTree,
  denylist: string[],
  root: string,
  files: Array<{ from: string; to: string }>,
): void {
  if (files.length === 0) throw new WingsHttpError(422, 'No files to move or rename were provided.')
  for (const { from, to } of files) {
    const pf = goJoin(root, from)
    const pt = goJoin(root, to)
    checkDenied(denylist, pf, pt)
    try {
      tree.rename(pf, pt)
    } catch (error) {
      if (error instanceof FsError && error.kind === 'not-exist') continue
      if (error instanceof FsError && error.kind === 'exist') {
        throw new WingsHttpError(400, 'Cannot move or rename file, destination already exists.')
      }
      throw error
    }
  }
}

/** POST files/copy: the location as given. */
export function copyFile(tree: FileTree, denylist: string[], location: string): string {
  checkDenied(denylist, location)
  return tree.copy(location)
}

/** POST files/delete: RemoveAll of each joined path (a missing one is fine). */
export function deleteFiles(tree: FileTree, root: string, files: string[]): void {
  if (files.length === 0) throw new WingsHttpError(422, 'No files were specified for deletion.')
  for (const file of files) tree.removeAll(goJoin(root, file))
}

/** POST files/chmod: modes are octal strings (a JSON number fails Wings' binding: 400). */
export function chmodFiles(
  tree: FileTree,
  root: string,
  files: Array<{ file: string; mode: unknown }>,
): void {
  if (files.length === 0) throw new WingsHttpError(422, 'No files to chmod were provided.')
  if (files.some((f) => typeof f.mode !== 'string')) {
    // gin's BindJSON: "json: cannot unmarshal number into Go struct field … of type string".
    throw new WingsHttpError(
      400,
      'An unexpected error was encountered while processing this request',
    )
  }
  const parsed = files.map((f) => ({ path: goJoin(root, f.file), mode: f.mode as string }))
  for (const { mode } of parsed) {
    if (!/^[0-7]+$/.test(mode) || Number.parseInt(mode, 8) > 0xffffffff) {
      throw new WingsHttpError(400, 'Invalid file mode.')
    }
  }
  for (const { path, mode } of parsed) {
    try {
      tree.chmod(path, Number.parseInt(mode, 8))
    } catch (error) {
      if (error instanceof FsError && error.kind === 'not-exist') continue
      throw error
    }
  }
}

/** `archive-2024-10-24T120000Z.tar.gz`: RFC 3339 in UTC with the colons taken out. */
export const archiveName = (now: number): string =>
  `archive-${new Date(Math.floor(now / 1000) * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '')}.tar.gz`

/**
 * Archive.Stream over the base directory: a walk in name order that keeps the entries equal to
 * or under one of `files` (relative to the base), directories as entries of their own, symlinks
 * stored as links under their bare name (Wings only fixes the name of non-links).
 */
export function collectEntries(tree: FileTree, root: string, files: string[]): ArchiveEntry[] {
  const base = root.replace(/^\/+/, '')
  const wanted = files.map((f) => {
    const trimmed = f.startsWith(tree.base) ? f.slice(tree.base.length).replace(/^\/+/, '') : f
    return trimmed.replace(/\/+$/, '')
  })
  const start = tree.stat(base)
  if (start.kind !== 'dir') throw new FsError('not-dir', base)
  const out: ArchiveEntry[] = []
  const included = (relative: string): boolean =>
    wanted.some((f) => f === relative || `${relative}/`.startsWith(`${f}/`))
  const walk = (dir: Node, prefix: string): void => {
    if (dir.kind !== 'dir') return
    const children = [...entriesOf(dir)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    for (const [name, node] of children) {
      const relative = prefix === '' ? name : `${prefix}/${name}`
      if (!included(relative)) {
        // A directory whose subtree may still hold a wanted path is walked into.
        if (node.kind === 'dir' && wanted.some((f) => f.startsWith(`${relative}/`)))
          walk(node, relative)
        continue
      }
      if (node.kind === 'link') {
        out.push({ name, type: 'symlink', mode: 0o777, mtime: node.mtime, linkname: node.target })
      } else if (node.kind === 'dir') {
        out.push({ name: relative, type: 'directory', mode: node.mode, mtime: node.mtime })
        walk(node, relative)
      } else {
        out.push({
          name: relative,
          type: 'file',
          mode: node.mode,
          mtime: node.mtime,
          data: contentOf(node),
        })
      }
    }
  }
  walk(start, '')
  return out
}

/** Bytes an archive job reads: what its duration is simulated from. */
export const entryBytes = (entries: ArchiveEntry[]): number =>
  entries.reduce((sum, e) => sum + (e.data?.length ?? 0), 0)

/**
 * CompressFiles: the archive (named when the job starts) is written into `root`, then the quota
 * is checked against its real size (over: removed again, "not enough disk space"). `apply`
 * lands it in the volume; the caller decides when (long jobs take time).
 */
export async function compressFiles(
  tree: FileTree,
  root: string,
  files: string[],
  now: number,
): Promise<{ bytesRead: number; apply: () => FileObject }> {
  if (files.length === 0)
    throw new WingsHttpError(422, 'No files were passed through to be compressed.')
  if (!tree.canFit(1)) {
    throw new WingsHttpError(
      409,
      'This server does not have enough available disk space to generate a compressed archive.',
    )
  }
  const entries = collectEntries(tree, root, files)
  const archive = await makeTarGz(entries)
  const path = goJoin(root, archiveName(now))
  return {
    bytesRead: entryBytes(entries),
    apply: () => {
      if (!tree.canFit(archive.length)) throw new FsError('disk', path)
      tree.write(path, archive)
      return fileObject(posix.basename(path), tree.lstat(path), 'application/tar+gzip')
    },
  }
}

type ArchiveKind = 'tar.gz' | 'tar' | 'zip' | 'gz' | null

/** archiver.Identify: by name first, then by the first bytes. */
function identify(name: string, head: Buffer): ArchiveKind {
  const lower = name.toLowerCase()
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz'
  if (lower.endsWith('.tar')) return 'tar'
  if (lower.endsWith('.zip') || lower.endsWith('.jar')) return 'zip'
  if (lower.endsWith('.gz')) return 'gz'
  if (head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz'
  if (head.readUInt32LE(0) === 0x04034b50) return 'zip'
  if (head.length > 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar'
  return null
}

/**
 * SpaceAvailableForDecompression, then DecompressFile: every file of the archive is written
 * under `root` (folders come from the paths; the denylist skips silently; modes and times are
 * the archive's). A plain .gz is no extractor: nothing happens. An unknown format is a 400 only
 * when the server has a disk limit (the space check is what names it); otherwise a 500.
 */
export async function decompressFile(
  tree: FileTree,
  denylist: string[],
  root: string,
  file: string,
  limited: boolean,
): Promise<{ bytes: number; apply: () => void }> {
  const path = goJoin(root, file)
  const { data } = tree.read(path)
  const kind = identify(posix.basename(file), data)
  const unknown = (): never => {
    if (limited)
      throw new WingsHttpError(
        400,
        'The archive provided is in a format Wings does not understand.',
      )
    throw new WingsHttpError(
      500,
      'An unexpected error was encountered while processing this request',
    )
  }
  if (kind === null) return unknown()
  if (kind === 'gz') return { bytes: 0, apply: () => undefined }
  let entries: ArchiveEntry[]
  try {
    entries = kind === 'zip' ? readZip(data) : await readTar(data, kind === 'tar.gz')
  } catch {
    return unknown()
  }
  const files = entries.filter((e) => e.type === 'file')
  const total = files.reduce((sum, e) => sum + (e.data?.length ?? 0), 0)
  if (limited && !tree.canFit(total)) throw new FsError('disk', path)
  return {
    bytes: total,
    apply: () => {
      for (const entry of files) {
        const target = goJoin(root, entry.name)
        if (isDenied(denylist, target)) continue
        tree.write(target, entry.data ?? Buffer.alloc(0), entry.mode)
        const node = tree.lstat(target)
        node.mode = entry.mode & 0o777
        node.mtime = entry.mtime
      }
    },
  }
}
