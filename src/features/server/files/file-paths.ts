// Paths inside a server's file tree, as the panel's client spells them: absolute, '/'-separated,
// no trailing slash (except the root itself). The folder being shown lives in the URL hash
// (`/server/:id/files#/plugins/x`), each segment percent-encoded, so Back/Forward and shared
// links work the way they do on the panel.

/** Collapses `//`, `.` and `..` (never above the root): the same folder Wings would open. */
export function normalizePath(path: string): string {
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') out.pop()
    else out.push(segment)
  }
  return `/${out.join('/')}`
}

/** `join('/a', 'b/c')` → `/a/b/c`; an absolute `name` starts again at the root. */
export function joinPath(dir: string, name: string): string {
  return normalizePath(name.startsWith('/') ? name : `${dir}/${name}`)
}

export function parentPath(path: string): string {
  return joinPath(path, '..')
}

export function baseName(path: string): string {
  return normalizePath(path).split('/').pop() ?? ''
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // a stray `%` typed into a shared link: keep it as text
  }
}

/** `#/a%20b/c` → `/a b/c`. An empty or missing hash is the root. */
export function pathFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  return normalizePath(raw.split('/').map(safeDecode).join('/'))
}

/** `/a b/c` → `#/a%20b/c` (the root is `#/`). */
export function hashFromPath(path: string): string {
  return `#${normalizePath(path).split('/').map(encodeURIComponent).join('/')}`
}

export interface Crumb {
  /** The folder's name; '' for the root. */
  name: string
  path: string
}

/** `/a/b` → root, `/a`, `/a/b`. */
export function breadcrumbs(path: string): Crumb[] {
  const crumbs: Crumb[] = [{ name: '', path: '/' }]
  let current = ''
  for (const segment of normalizePath(path).split('/').filter(Boolean)) {
    current += `/${segment}`
    crumbs.push({ name: segment, path: current })
  }
  return crumbs
}

/**
 * Where a rename/move sends an entry: the panel's `PUT /files/rename` takes `from`/`to` relative
 * to `root`, and a `to` of `../x` or `sub/x` moves it. Returns null for a target that leaves the
 * root (Wings answers 404) or names no file at all.
 */
export function resolveMoveTarget(root: string, from: string, to: string): string | null {
  const trimmed = to.trim()
  if (trimmed === '' || trimmed === '.' || trimmed === '/') return null
  const base = normalizePath(root)
  // Count how far above the root the `..`s reach before normalising hides it.
  const depth = base === '/' ? 0 : base.split('/').length - 1
  let level = trimmed.startsWith('/') ? 0 : depth
  for (const segment of trimmed.split('/')) {
    if (segment === '..') level -= 1
    else if (segment !== '' && segment !== '.') level += 1
    if (level < 0) return null
  }
  // A target ending in `/` means "into this folder, keep the name".
  const target = trimmed.endsWith('/') ? `${trimmed}${from}` : trimmed
  const resolved = joinPath(base, target)
  return resolved === '/' ? null : resolved
}

/** The `to` the panel expects: `resolved` relative to `root`, with `../` where needed. */
export function relativeTo(root: string, resolved: string): string {
  const from = normalizePath(root).split('/').filter(Boolean)
  const to = normalizePath(resolved).split('/').filter(Boolean)
  let common = 0
  while (common < from.length && common < to.length && from[common] === to[common]) common++
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/')
}

/** A name for a new file or folder: not empty, no `/`, not `.`/`..`, at most 255 bytes. */
export type NameProblem = 'empty' | 'slash' | 'dots' | 'tooLong'

export function checkEntryName(name: string): NameProblem | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'empty'
  if (trimmed === '.' || trimmed === '..') return 'dots'
  if (trimmed.includes('/')) return 'slash'
  // Linux' NAME_MAX counts bytes; Wings answers "name too long" past it.
  if (new TextEncoder().encode(trimmed).length > 255) return 'tooLong'
  return null
}

const ARCHIVE = /\.(tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar|zip|gz|bz2|xz|rar|7z)$/i

export function isArchiveName(name: string): boolean {
  return ARCHIVE.test(name)
}

/**
 * Opens in the editor (the panel's rule): not an archive, not a jar/octet-stream, not an image.
 * The editor still refuses binary or over-size content with a reason.
 */
export function isEditable(name: string, mimetype: string): boolean {
  if (isArchiveName(name)) return false
  if (mimetype === 'application/jar' || mimetype === 'application/java-archive') return false
  if (mimetype === 'application/octet-stream') return false
  if (mimetype.startsWith('image/')) return false
  return true
}

/** App URLs of the files area (the editor's shapes are the panel's `edit#<path>`/`new#<dir>`). */
export const filesUrls = {
  folder: (serverId: string, dir: string) =>
    `/server/${encodeURIComponent(serverId)}/files${hashFromPath(dir)}`,
  edit: (serverId: string, file: string) =>
    `/server/${encodeURIComponent(serverId)}/files/edit${hashFromPath(file)}`,
  create: (serverId: string, dir: string) =>
    `/server/${encodeURIComponent(serverId)}/files/new${hashFromPath(dir)}`,
}
