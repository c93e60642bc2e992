import { z } from 'zod/mini'

import { api, RawBody } from './client'
import { isApiError } from './errors'

// A file's contents for the editor (contract §2.2): read (`files/contents`, `file.read-content`),
// write (`files/write`, raw text body, `file.create` on the server whatever the file), and the
// signed download URL (`files/download`, `file.read-content`). None of these go through the React
// Query cache: a file can be 4 MiB, and a signed URL is a secret used the moment it arrives.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}/files`

/**
 * `PTERODACTYL_FILES_MAX_EDIT_SIZE` (config/pterodactyl.php): the panel refuses to hand the editor
 * anything longer, comparing Wings' Content-Length with `>` (so exactly 4 MiB still opens).
 */
export const MAX_EDIT_BYTES = 4 * 1024 * 1024

/** The panel's 400 for a file over MAX_EDIT_BYTES (`FileSizeTooLargeException`, a DisplayException). */
export function isFileTooLarge(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.code === 'FileSizeTooLargeException' ||
      (error.status === 400 && /too large to view/i.test(error.detail)))
  )
}

/** A file's raw bytes; the editor decides whether they are text (see `classifyContents`). */
export function readFileBytes(id: string, file: string, signal?: AbortSignal): Promise<Uint8Array> {
  return api.getBytes(`${base(id)}/contents`, {
    params: { file },
    signal,
    // 4 MiB through the panel and Wings can take a while on a slow link.
    timeoutMs: 60_000,
  })
}

/** Replaces (or creates) the file with `content`. 204. */
export function writeFile(id: string, file: string, content: string): Promise<void> {
  return api.post(`${base(id)}/write`, new RawBody(content), undefined, {
    params: { file },
    timeoutMs: 60_000,
  })
}

const signedUrlSchema = z.object({
  object: z.literal('signed_url'),
  attributes: z.object({ url: z.string() }),
})

/**
 * Asks for a single-use download link and follows it at once. The URL (it carries a Wings token)
 * is never returned, stored, cached or shown: a hidden link's click starts the download, and
 * Wings answers with an attachment, so the address bar does not change.
 */
export async function downloadFile(id: string, file: string): Promise<void> {
  const { attributes } = await api.get(`${base(id)}/download`, signedUrlSchema, {
    params: { file },
  })
  const link = document.createElement('a')
  link.href = attributes.url
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
  }
}

const listSchema = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({
      object: z.literal('file_object'),
      attributes: z.object({ name: z.string() }),
    }),
  ),
})

/**
 * The names in a folder, for the new-file check "already exists". Read fresh each time it is
 * asked (never cached), since another tab or SFTP may have added the name a moment ago.
 */
export async function listNames(id: string, directory: string): Promise<string[]> {
  const { data } = await api.get(`${base(id)}/list`, listSchema, { params: { directory } })
  return data.map((entry) => entry.attributes.name)
}
