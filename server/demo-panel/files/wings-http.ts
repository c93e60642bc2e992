import type { IncomingMessage } from 'node:http'
import { posix } from 'node:path'

import type { Panel } from '../panel'
import type { WingsHttpContext } from '../wings/http-routes'
import type { WebsocketClaims } from '../wings/jwt'
import type { FakeWings } from '../wings/daemon'
import { DEFAULT_UPLOAD_LIMIT_MB, denylistFor, isDenied, treeFor } from './state'
import { isUniqueRequest, parseUrlToken } from './tokens'
import { FsError } from './tree'
import { WINGS_GENERIC, wingsErrorFor } from './wings-errors'
import { goJoin } from './wings-files'

// The fake Wings' signed-URL endpoints (router/router_download.go getDownloadFile and
// router_server_files.go postServerUploadFiles), served by each node's listener through the
// route table in wings/http-routes.ts.

/** The panel behind each fake Wings (its store holds the volumes); set by registerFilesRoutes. */
const panels = new WeakMap<FakeWings, Panel>()

export function bindWingsFiles(panel: Panel): void {
  panels.set(panel.wings, panel)
}

/** The panel a fake Wings serves files for (tests reach the volumes and settings through it). */
export const filesPanel = (wings: FakeWings): Panel | undefined => panels.get(wings)

/**
 * The double buffers an upload to parse it (Wings keeps up to 32 MB of a form in memory and
 * spools the rest to disk); past this the connection is cut, to keep a demo process alive.
 */
const MAX_BUFFERED_UPLOAD = 512 * 1024 * 1024

const NOT_FOUND = 'The requested resource was not found on this server.'

/** gin's AbortWithStatusJSON, with the request id Wings' error bodies carry. */
function fail(ctx: WingsHttpContext, status: number, error: string): void {
  const text = JSON.stringify({ error, request_id: ctx.requestId })
  ctx.res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  ctx.res.end(text)
}

/** strconv.Quote, for the Content-Disposition Wings sends. */
const goQuote = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`

function claimsFor(ctx: WingsHttpContext): ReturnType<typeof parseUrlToken> {
  const token = ctx.url.searchParams.get('token') ?? ''
  return parseUrlToken(ctx.wings.keyFor(ctx.nodeId), token, ctx.wings.clock.now())
}

/** GET /download/file?token=…: the file as an attachment; each token works once. */
export function downloadFile(ctx: WingsHttpContext): void {
  const panel = panels.get(ctx.wings)
  const claims = claimsFor(ctx)
  // A token that does not parse (signature, expiry) is CaptureAndAbort'ed: a plain 500.
  if (!claims || !panel) return fail(ctx, 500, WINGS_GENERIC)
  const server = ctx.wings.findServer(claims.server_uuid)
  if (
    !server ||
    server.nodeId !== ctx.nodeId ||
    !isUniqueRequest(ctx.wings, claims.unique_id, ctx.wings.clock.now())
  ) {
    return fail(ctx, 404, NOT_FOUND)
  }
  const tree = treeFor(panel.store, server, () => panel.now())
  let data: Buffer
  try {
    const node = tree.stat(claims.file_path ?? '')
    if (node.kind === 'dir') return fail(ctx, 404, NOT_FOUND)
    data = tree.read(claims.file_path ?? '').data
  } catch (error) {
    const failure = wingsErrorFor(error)
    return fail(ctx, failure.status, failure.error)
  }
  const name = posix.basename(tree.clean(claims.file_path ?? '').join('/'))
  ctx.res.writeHead(200, {
    'Content-Length': data.length,
    'Content-Disposition': `attachment; filename=${goQuote(name)}`,
    'Content-Type': 'application/octet-stream',
  })
  ctx.res.end(data)
}

/** Reads a request body, refusing (null) past `cap` bytes. */
function readBody(req: IncomingMessage, cap: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    req.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > cap) {
        req.destroy()
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export interface FormFile {
  field: string
  /** As Go's multipart reader gives it: the base name only (RFC 7578 §4.2). */
  filename: string
  data: Buffer
}

/** A multipart/form-data body's file parts; null when it is not one. */
export function parseMultipart(contentType: string, body: Buffer): FormFile[] | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return null
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2] ?? ''}`)
  const files: FormFile[] = []
  let at = body.indexOf(delimiter)
  if (at < 0) return null
  for (;;) {
    at += delimiter.length
    if (body.subarray(at, at + 2).toString() === '--') break
    at += 2 // CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', at)
    if (headerEnd < 0) return null
    const headers = body.subarray(at, headerEnd).toString('utf8')
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4)
    if (next < 0) return null
    const data = body.subarray(headerEnd + 4, next)
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
    const field = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? ''
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1]
    if (filename !== undefined && filename !== '') {
      files.push({ field, filename: posix.basename(filename.replace(/\\/g, '/')) || '.', data })
    }
    at = next + 2
  }
  return files
}

/**
 * POST /upload/file?token=…&directory=…: every `files` part, each checked against the node's
 * per-file limit first (a 400 naming the file), then written one by one to directory/name
 * (parents made; the part's own path is dropped, as Go's multipart reader drops it), with a
 * `server:file.uploaded` activity per file. Success is an empty 200.
 */
export async function uploadFiles(ctx: WingsHttpContext): Promise<void> {
  const panel = panels.get(ctx.wings)
  const claims = claimsFor(ctx)
  if (!claims || !panel) {
    ctx.req.resume()
    return fail(ctx, 500, WINGS_GENERIC)
  }
  const server = ctx.wings.findServer(claims.server_uuid)
  if (
    !server ||
    server.nodeId !== ctx.nodeId ||
    !isUniqueRequest(ctx.wings, claims.unique_id, ctx.wings.clock.now())
  ) {
    ctx.req.resume()
    return fail(ctx, 404, NOT_FOUND)
  }
  const body = await readBody(ctx.req, MAX_BUFFERED_UPLOAD)
  if (body === null) {
    ctx.res.destroy()
    return
  }
  const parts = parseMultipart(ctx.req.headers['content-type'] ?? '', body)
  if (parts === null) return fail(ctx, 400, 'Failed to get multipart form data from request.')
  const files = parts.filter((p) => p.field === 'files')
  if (files.length === 0) return fail(ctx, 400, 'No files were found on the request body.')
  const directory = ctx.url.searchParams.get('directory') ?? ''
  const limitMb = panel.store.files.uploadLimitMb.get(ctx.nodeId) ?? DEFAULT_UPLOAD_LIMIT_MB
  for (const file of files) {
    if (file.data.length > limitMb * 1024 * 1024) {
      return fail(
        ctx,
        400,
        `File ${file.filename} is larger than the maximum file upload size of ${limitMb} MB.`,
      )
    }
  }
  const tree = treeFor(panel.store, server, () => panel.now())
  const denylist = denylistFor(server)
  for (const file of files) {
    // filepath.Join(directory, filename): cleaned, but not anchored at "/".
    const path = goJoin(directory, file.filename)
    try {
      if (isDenied(denylist, path)) throw new FsError('denylist', path)
      tree.write(path, Buffer.from(file.data))
    } catch (error) {
      const failure = wingsErrorFor(error)
      return fail(ctx, failure.status, failure.error)
    }
    ctx.wings.logActivity(
      server,
      'server:file.uploaded',
      { user_uuid: claims.user_uuid } as WebsocketClaims,
      {
        file: file.filename,
        directory: posix.normalize(directory === '' ? '.' : directory).replace(/(.)\/$/, '$1'),
      },
    )
  }
  ctx.res.writeHead(200, { 'Content-Length': 0 })
  ctx.res.end()
}
