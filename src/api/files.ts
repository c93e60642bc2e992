import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalItem } from './fractal'

// A server's files (contract §2.2): the panel's `/files/*` routes, which it forwards to Wings.
// Paths are absolute inside the server's root. Every mutation answers 204 except compress (the
// archive's file_object) and the two signed-URL routes. Wings sends a folder's entries in an
// order nobody should rely on (contract, corrections): the page sorts them itself.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/files`

const fileObjectAttributes = z.object({
  name: z.string(),
  /** `-rw-r--r--`, `drwxr-xr-x`, `Lrwxrwxrwx`: Go's FileMode string, as `ls -l` prints it. */
  mode: z.string(),
  /** The octal digits, e.g. `644`. */
  mode_bits: z.string(),
  size: z.number(),
  is_file: z.boolean(),
  is_symlink: z.boolean(),
  mimetype: z.string(),
  created_at: z.string(),
  modified_at: z.string(),
})
type FileObjectAttributes = z.output<typeof fileObjectAttributes>

// No per-item pipes: a folder can hold 10,000 entries, and every pipe/transform step is paid per
// entry (zod runs without its JIT under Talon's CSP). The items are checked by one plain object
// schema and converted in one pass.
const fileObjectItem = z.object({
  object: z.literal('file_object'),
  attributes: fileObjectAttributes,
})

function toEntry(f: FileObjectAttributes) {
  return {
    name: f.name,
    mode: f.mode,
    modeBits: f.mode_bits,
    size: f.size,
    isFile: f.is_file,
    // Wings v1.11 tests `Mode().Perm() & ModeSymlink`, never true: `is_symlink` is always false
    // and the `L` that Go prints for a link's mode (`Lrwxrwxrwx`) is what tells one apart.
    isSymlink: f.is_symlink || /^[lL]/.test(f.mode),
    mimetype: f.mimetype,
    /** Epoch ms (a number: 10,000 entries sort by it). */
    createdAt: Date.parse(f.created_at),
    modifiedAt: Date.parse(f.modified_at),
  }
}
export type FileEntry = ReturnType<typeof toEntry>

type Ctx = {
  issues: { push: (issue: { code: 'custom'; message: string; input: unknown }) => void }
}
function toEntries(items: readonly FileObjectAttributes[], ctx: Ctx): FileEntry[] | typeof z.NEVER {
  const out: FileEntry[] = new Array<FileEntry>(items.length)
  for (let i = 0; i < items.length; i++) {
    const entry = toEntry(items[i] as FileObjectAttributes)
    if (Number.isNaN(entry.createdAt) || Number.isNaN(entry.modifiedAt)) {
      ctx.issues.push({ code: 'custom', message: 'Invalid timestamp', input: items[i] })
      return z.NEVER
    }
    out[i] = entry
  }
  return out
}

export const fileObjectSchema = z.pipe(
  fileObjectItem,
  z.transform((item, ctx) => {
    const [entry] = toEntries([item.attributes], ctx)
    return entry as FileEntry
  }),
)

export const fileListSchema = z.pipe(
  z.object({ object: z.literal('list'), data: z.array(fileObjectItem) }),
  z.transform((list, ctx) =>
    toEntries(
      list.data.map((item) => item.attributes),
      ctx,
    ),
  ),
)

const signedUrlSchema = z.pipe(
  fractalItem('signed_url', z.object({ url: z.string() })),
  z.transform((a) => a.url),
)

/** Decompress: the panel waits for Wings up to 15 min, but the panel's web server (the
 * documented nginx config) cuts a request after 300 s. Compress has the same ceiling. The job
 * keeps running on the node when the request is cut. */
export const LONG_JOB_LIMIT_MS = 300_000

export function listDirectory(serverId: string, directory: string, signal?: AbortSignal) {
  return api.get(`${base(serverId)}/list`, fileListSchema, { params: { directory }, signal })
}

export interface RenameItem {
  from: string
  to: string
}

/** Rename, and move: `to` relative to `root`, may be `../x` or `sub/x`. Needs `file.update`. */
export function renameFiles(serverId: string, root: string, files: readonly RenameItem[]) {
  return api.put(`${base(serverId)}/rename`, { root, files })
}

/** Copies `location` (a full path) beside itself as "x copy.ext". Needs `file.create`. */
export function copyFile(serverId: string, location: string) {
  return api.post(`${base(serverId)}/copy`, { location })
}

export function deleteFiles(serverId: string, root: string, files: readonly string[]) {
  return api.post(`${base(serverId)}/delete`, { root, files })
}

export function createFolder(serverId: string, root: string, name: string) {
  return api.post(`${base(serverId)}/create-folder`, { root, name })
}

export interface ChmodItem {
  file: string
  /** Octal digits as the panel's client sends them, e.g. `644`. */
  mode: string
}

export function chmodFiles(serverId: string, root: string, files: readonly ChmodItem[]) {
  return api.post(`${base(serverId)}/chmod`, { root, files })
}

/** Makes `archive-<timestamp>.tar.gz` in `root` from `files`; answers its file_object. */
export function compressFiles(
  serverId: string,
  root: string,
  files: readonly string[],
  signal?: AbortSignal,
) {
  return api.post(`${base(serverId)}/compress`, { root, files }, fileObjectSchema, {
    signal,
    timeoutMs: LONG_JOB_LIMIT_MS + 10_000,
  })
}

/** Unpacks `file` into `root`. Needs `file.create` (not `file.archive`). */
export function decompressFile(serverId: string, root: string, file: string, signal?: AbortSignal) {
  return api.post(`${base(serverId)}/decompress`, { root, file }, undefined, {
    signal,
    timeoutMs: LONG_JOB_LIMIT_MS + 10_000,
  })
}

export interface PullInput {
  url: string
  directory: string
  /** Wings names the file from the URL (or its Content-Disposition with useHeader) otherwise. */
  filename?: string
  useHeader?: boolean
}

/** Wings fetches `url` into `directory` in the background. Throttled by the panel. */
export function pullFile(serverId: string, input: PullInput) {
  return api.post(`${base(serverId)}/pull`, {
    url: input.url,
    directory: input.directory,
    ...(input.filename ? { filename: input.filename } : {}),
    ...(input.useHeader ? { use_header: true } : {}),
  })
}

/**
 * A single-use signed download link for `file` (`file.read-content`). A secret: use it at once
 * for the download, never cache it, show it or put it in the URL bar. Hence no query factory.
 */
export function getDownloadUrl(serverId: string, file: string): Promise<string> {
  return api.get(`${base(serverId)}/download`, signedUrlSchema, { params: { file } })
}

/** A single-use signed upload link (`file.create`); one per file sent, never reused. */
export function getUploadUrl(serverId: string, signal?: AbortSignal): Promise<string> {
  return api.get(`${base(serverId)}/upload`, signedUrlSchema, { signal })
}

export const fileQueries = {
  all: (serverId: string) => ['server', serverId, 'files'] as const,
  list: (serverId: string, directory: string) =>
    queryOptions({
      queryKey: [...fileQueries.all(serverId), 'list', directory] as const,
      queryFn: ({ signal }) => listDirectory(serverId, directory, signal),
      staleTime: 10_000,
    }),
}
