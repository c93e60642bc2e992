// Paths inside a server's file tree, and the panel's URL shapes for them: the list at
// `/server/:id/files#/<dir>`, the editor at `/server/:id/files/edit#/<file>`, a new file at
// `/server/:id/files/new#/<dir>`. The path lives in the hash, each segment URI-encoded, as the
// panel's own client writes it, so links shared from either work in both.

/** `/a//b/./c/../d/` → `/a/b/d`; never climbs above `/` (Wings refuses that anyway). */
export function normalizePath(path: string): string {
  const out: string[] = []
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') out.pop()
    else out.push(segment)
  }
  return `/${out.join('/')}`
}

/** The folder a path is in: `/plugins/a.yml` → `/plugins`, `/a` → `/`. */
export function dirname(path: string): string {
  const normal = normalizePath(path)
  const cut = normal.lastIndexOf('/')
  return cut <= 0 ? '/' : normal.slice(0, cut)
}

/** The last segment: `/plugins/a.yml` → `a.yml`; `/` → ''. */
export function basename(path: string): string {
  const normal = normalizePath(path)
  return normal.slice(normal.lastIndexOf('/') + 1)
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`)
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** `#/plugins/My%20World` → `/plugins/My World` (location.hash, with or without the `#`). */
export function pathFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  return normalizePath(raw.split('/').map(safeDecode).join('/'))
}

/** `/plugins/My World` → `#/plugins/My%20World`. */
export function hashFromPath(path: string): string {
  const normal = normalizePath(path)
  return `#${normal.split('/').map(encodeURIComponent).join('/')}`
}

const server = (id: string) => `/server/${encodeURIComponent(id)}`

export const filePaths = {
  /** The file list; the root folder has no hash. */
  list: (id: string, dir = '/') =>
    normalizePath(dir) === '/' ? `${server(id)}/files` : `${server(id)}/files${hashFromPath(dir)}`,
  edit: (id: string, file: string) => `${server(id)}/files/edit${hashFromPath(file)}`,
  create: (id: string, dir = '/') => `${server(id)}/files/new${hashFromPath(dir)}`,
}

export interface Crumb {
  name: string
  /** The folder this crumb opens; undefined for the last one when it is a file. */
  dir: string
}

/** `/plugins/x/a.yml` → `[{plugins,/plugins},{x,/plugins/x}]` (the folders leading to it). */
export function folderCrumbs(dir: string): Crumb[] {
  const crumbs: Crumb[] = []
  let at = ''
  for (const segment of normalizePath(dir).split('/').filter(Boolean)) {
    at = `${at}/${segment}`
    crumbs.push({ name: segment, dir: at })
  }
  return crumbs
}
