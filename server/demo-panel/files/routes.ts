import { posix } from 'node:path'

import { allInput, input, type RequestContext } from '../context'
import {
  client,
  json,
  logActivity,
  noContent,
  type ClientHandlerContext,
  type Panel,
  type RouteFn,
} from '../panel'
import { accessDenied, displayError, panelError, serverError } from '../panel-errors'
import { can } from '../servers/permissions'
import type { Server } from '../store'
import { displayAttribute, validate, type CustomRule } from '../validation'
import { makeZip } from './archive'
import { denylistFor, treeFor } from './state'
import { signUrlToken } from './tokens'
import { bindWingsFiles } from './wings-http'
import { FsError, type FileTree } from './tree'
import { callWings, WingsHttpError, wingsErrorFor } from './wings-errors'
import {
  chmodFiles,
  compressFiles,
  copyFile,
  createDirectory,
  decompressFile,
  deleteFiles,
  goJoin,
  listDirectory,
  readContents,
  renameFiles,
  writeFile,
  type FileObject,
} from './wings-files'

// The panel's FileController and FileUploadController (v1.11.8) over the fake Wings' volumes:
// the permission each FormRequest checks (before its rules), the rules, the Wings call (its
// failures as DaemonConnectionException), then the activity event — logged only on success.

/** PTERODACTYL_FILES_MAX_EDIT_SIZE. */
export const MAX_EDIT_SIZE = 4 * 1024 * 1024
/**
 * The panel's front (nginx `fastcgi_read_timeout 300` in its documented config) gives up on a
 * request after this long: a longer archive job answers 504 while Wings finishes it anyway.
 */
export const FRONT_TIMEOUT_MS = 300_000
/** `throttle:10,5` on files/pull: 10 a user per 5 minutes (v1.11.8). */
export const PULL_THROTTLE = { max: 10, decayMs: 5 * 60_000 }
/** Wings' cap on remote downloads running at once, per server. */
const MAX_PULLS = 3
/** How long a simulated remote download takes on the demo clock. */
const PULL_MS = 2_000

const NGINX_504 =
  '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

const booleanRule: CustomRule = {
  name: 'boolean',
  passes: (value) => [true, false, 0, 1, '0', '1'].includes(value as never),
  message: (field) => `The ${displayAttribute(field)} field must be true or false.`,
}

const urlRule: CustomRule = {
  name: 'url',
  passes: (value) => {
    if (typeof value !== 'string') return false
    try {
      const url = new URL(value)
      return (
        /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && (url.host !== '' || url.protocol === 'file:')
      )
    } catch {
      return false
    }
  },
  message: (field) => `The ${displayAttribute(field)} format is invalid.`,
}

/** PHP's rawurldecode (a `+` stays a `+`). */
function rawUrlDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function fileObjectItem(attributes: FileObject): Record<string, unknown> {
  return { object: 'file_object', attributes }
}

const gatewayTimeout = (): Response =>
  new Response(NGINX_504, { status: 504, headers: { 'Content-Type': 'text/html' } })

export function registerFilesRoutes(panel: Panel, route: RouteFn): void {
  const { store } = panel
  // The fake Wings' download/upload endpoints read this panel's volumes.
  bindWingsFiles(panel)

  /** A FormRequest's authorize(): the permission first, then its rules. */
  const authorize = (ctx: ClientHandlerContext, permission: string): Server => {
    const server = ctx.server
    if (!server) throw new Error('files route registered without {server}')
    if (!can(ctx.user, server, permission)) throw accessDenied()
    return server
  }

  const volume = (server: Server): FileTree => treeFor(store, server, () => panel.now())

  const subjects = (server: Server) => [{ type: 'server' as const, id: server.id }]

  /** Waits on the demo clock. */
  const after = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      panel.clock.setTimer(ms, resolve)
    })

  /**
   * A Wings archive job that takes time in proportion to its bytes. Short jobs answer at once;
   * longer ones when their time has passed on the demo clock; past the front's timeout the
   * panel answers 504 and the job still completes in the background.
   */
  const runJob = async <T>(
    bytes: number,
    apply: () => T,
  ): Promise<{ done: true; value: T } | { done: false }> => {
    const ms = Math.round((bytes / store.files.jobBytesPerSecond) * 1000)
    if (ms < 1000) return { done: true, value: apply() }
    if (ms <= FRONT_TIMEOUT_MS) {
      await after(ms)
      return { done: true, value: apply() }
    }
    panel.clock.setTimer(ms, () => {
      try {
        apply()
      } catch {
        // Wings logs the failure; nobody is waiting for the answer any more.
      }
    })
    await after(FRONT_TIMEOUT_MS)
    return { done: false }
  }

  const url = (server: Server, path: string): string => {
    const node = store.nodes.find((n) => n.id === server.nodeId)
    if (!node) throw new Error(`server ${server.uuid} has no node`)
    return `${panel.wings.nodeUrl(node)}${path}`
  }

  const token = (
    rc: RequestContext,
    ctx: ClientHandlerContext,
    server: Server,
    filePath?: string,
  ): string => {
    const node = store.nodes.find((n) => n.id === server.nodeId)
    if (!node) throw new Error(`server ${server.uuid} has no node`)
    return signUrlToken(panel.wings.keyFor(node.id), {
      panelUrl: rc.url.origin,
      nodeUrl: panel.wings.nodeUrl(node),
      serverUuid: server.uuid,
      userId: ctx.user.id,
      userUuid: ctx.user.uuid,
      nowMs: panel.now(),
      filePath,
    })
  }

  const on = (
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    name: string,
    handler: (rc: RequestContext, ctx: ClientHandlerContext) => Response | Promise<Response>,
  ): void => {
    route(
      method,
      `/api/client/servers/:server/files/${path}`,
      client(panel, handler, { server: true, name }),
    )
  }

  on('GET', 'list', 'api:client:server.files.list', async (rc, ctx) => {
    const server = authorize(ctx, 'file.read')
    validate(allInput(rc), { directory: ['nullable', 'string'] }).throwIfFailed()
    const directory = (input(rc, 'directory') as string | null | undefined) ?? '/'
    const items = await callWings(() => listDirectory(volume(server), directory))
    return json({ object: 'list', data: items.map(fileObjectItem) })
  })

  on('GET', 'contents', 'api:client:server.files.contents', async (rc, ctx) => {
    const server = authorize(ctx, 'file.read-content')
    validate(allInput(rc), { file: ['required', 'string'] }).throwIfFailed()
    const file = input(rc, 'file') as string
    const { data, size } = await callWings(() => readContents(volume(server), file))
    // DaemonFileRepository::getContent reads Wings' Content-Length before the body.
    if (size > MAX_EDIT_SIZE) {
      throw displayError(
        'The file you are attempting to open is too large to view in the file editor.',
        'FileSizeTooLargeException',
      )
    }
    logActivity(panel, rc, {
      event: 'server:file.read',
      subjects: subjects(server),
      properties: { file },
    })
    return new Response(new Uint8Array(data), {
      status: 200,
      headers: {
        'Content-Type': 'text/plain; charset=UTF-8',
        'Cache-Control': 'no-cache, private',
      },
    })
  })

  on('GET', 'download', 'api:client:server.files.download', (rc, ctx) => {
    const server = authorize(ctx, 'file.read-content')
    validate(allInput(rc), { file: ['required', 'string'] }).throwIfFailed()
    const file = input(rc, 'file') as string
    const signed = token(rc, ctx, server, rawUrlDecode(file))
    logActivity(panel, rc, {
      event: 'server:file.download',
      subjects: subjects(server),
      properties: { file },
    })
    return json({
      object: 'signed_url',
      attributes: { url: url(server, `/download/file?token=${signed}`) },
    })
  })

  on('PUT', 'rename', 'api:client:server.files.rename', async (rc, ctx) => {
    const server = authorize(ctx, 'file.update')
    const body = allInput(rc)
    validate(body, {
      root: ['required', 'nullable', 'string'],
      files: ['required', 'array'],
      'files.*': ['array'],
      'files.*.to': ['required', 'string'],
      'files.*.from': ['required', 'string'],
    }).throwIfFailed()
    const root = input(rc, 'root') as string
    const files = Object.values(input(rc, 'files') as Record<string, { from: string; to: string }>)
    await callWings(() => renameFiles(volume(server), denylistFor(server), root, files))
    logActivity(panel, rc, {
      event: 'server:file.rename',
      subjects: subjects(server),
      properties: { directory: root, files: input(rc, 'files') },
    })
    return noContent()
  })

  on('POST', 'copy', 'api:client:server.files.copy', async (rc, ctx) => {
    const server = authorize(ctx, 'file.create')
    validate(allInput(rc), { location: ['required', 'string'] }).throwIfFailed()
    const location = input(rc, 'location') as string
    await callWings(() => copyFile(volume(server), denylistFor(server), location))
    logActivity(panel, rc, {
      event: 'server:file.copy',
      subjects: subjects(server),
      properties: { file: location },
    })
    return noContent()
  })

  on('POST', 'write', 'api:client:server.files.write', async (rc, ctx) => {
    const server = authorize(ctx, 'file.create')
    validate(allInput(rc), { file: ['required', 'string'] }).throwIfFailed()
    const file = input(rc, 'file') as string
    await callWings(() =>
      writeFile(volume(server), denylistFor(server), file, Buffer.from(rc.rawBody, 'utf8')),
    )
    logActivity(panel, rc, {
      event: 'server:file.write',
      subjects: subjects(server),
      properties: { file },
    })
    return noContent()
  })

  on('POST', 'compress', 'api:client:server.files.compress', async (rc, ctx) => {
    const server = authorize(ctx, 'file.archive')
    validate(allInput(rc), {
      root: ['nullable', 'string'],
      files: ['required', 'array'],
      'files.*': ['string'],
    }).throwIfFailed()
    const root = (input(rc, 'root') as string | null | undefined) ?? ''
    const files = Object.values(input(rc, 'files') as Record<string, string>)
    const tree = volume(server)
    const job = await callWings(() => compressFiles(tree, root, files, panel.now()))
    const outcome = await callWings(() => runJob(job.bytesRead, job.apply))
    if (!outcome.done) return gatewayTimeout()
    const object = outcome.value
    logActivity(panel, rc, {
      event: 'server:file.compress',
      subjects: subjects(server),
      properties: { directory: input(rc, 'root') ?? null, files: input(rc, 'files') },
    })
    return json(fileObjectItem(object))
  })

  on('POST', 'decompress', 'api:client:server.files.decompress', async (rc, ctx) => {
    const server = authorize(ctx, 'file.create')
    validate(allInput(rc), {
      root: ['nullable', 'string'],
      file: ['required', 'string'],
    }).throwIfFailed()
    const root = (input(rc, 'root') as string | null | undefined) ?? ''
    const file = input(rc, 'file') as string
    const tree = volume(server)
    const job = await callWings(() =>
      decompressFile(tree, denylistFor(server), root, file, server.limits.disk > 0),
    )
    const outcome = await callWings(() => runJob(job.bytes, job.apply))
    if (!outcome.done) return gatewayTimeout()
    logActivity(panel, rc, {
      event: 'server:file.decompress',
      subjects: subjects(server),
      properties: { directory: input(rc, 'root') ?? null, files: file },
    })
    return noContent()
  })

  on('POST', 'delete', 'api:client:server.files.delete', async (rc, ctx) => {
    const server = authorize(ctx, 'file.delete')
    validate(allInput(rc), {
      root: ['required', 'nullable', 'string'],
      files: ['required', 'array'],
      'files.*': ['string'],
    }).throwIfFailed()
    const root = input(rc, 'root') as string
    const files = Object.values(input(rc, 'files') as Record<string, string>)
    await callWings(() => deleteFiles(volume(server), root, files))
    logActivity(panel, rc, {
      event: 'server:file.delete',
      subjects: subjects(server),
      properties: { directory: root, files: input(rc, 'files') },
    })
    return noContent()
  })

  on('POST', 'create-folder', 'api:client:server.files.create-folder', async (rc, ctx) => {
    const server = authorize(ctx, 'file.create')
    const body = allInput(rc)
    validate(body, { root: ['nullable', 'string'], name: ['required', 'string'] }).throwIfFailed()
    const name = input(rc, 'name') as string
    // `$request->input('root', '/')`: the default only when the key is absent; a null root
    // reaches createDirectory(string $path) and PHP throws a TypeError.
    const root = 'root' in body ? (body.root as string | null) : '/'
    if (root === null) throw serverError('TypeError')
    await callWings(() => createDirectory(volume(server), name, root))
    logActivity(panel, rc, {
      event: 'server:file.create-directory',
      subjects: subjects(server),
      properties: { name, directory: input(rc, 'root') ?? null },
    })
    return noContent()
  })

  on('POST', 'chmod', 'api:client:server.files.chmod', async (rc, ctx) => {
    const server = authorize(ctx, 'file.update')
    validate(allInput(rc), {
      root: ['required', 'nullable', 'string'],
      files: ['required', 'array'],
      'files.*.file': ['required', 'string'],
      'files.*.mode': ['required', 'numeric'],
    }).throwIfFailed()
    const root = input(rc, 'root') as string
    const files = Object.values(
      input(rc, 'files') as Record<string, { file: string; mode: unknown }>,
    )
    await callWings(() => chmodFiles(volume(server), root, files))
    return noContent()
  })

  on('POST', 'pull', 'api:client:server.files.pull', async (rc, ctx) => {
    // `throttle:10,5` runs before the FormRequest: keyed by the user alone.
    const key = `throttle|${ctx.user.id}`
    const limiter = panel.limiter
    if (limiter.tooManyAttempts(key, PULL_THROTTLE.max)) {
      const retryAfter = limiter.availableIn(key)
      throw panelError(429, 'ThrottleRequestsException', 'Too Many Attempts.', {
        'X-RateLimit-Limit': String(PULL_THROTTLE.max),
        'X-RateLimit-Remaining': '0',
        'Retry-After': String(retryAfter),
        'X-RateLimit-Reset': String(Math.floor(panel.now() / 1000) + retryAfter),
      })
    }
    limiter.hit(key, PULL_THROTTLE.decayMs)
    const server = authorize(ctx, 'file.create')
    validate(allInput(rc), {
      url: ['required', 'string', urlRule],
      directory: ['nullable', 'string'],
      filename: ['nullable', 'string'],
      use_header: [booleanRule],
      foreground: [booleanRule],
    }).throwIfFailed()
    const target = new URL(input(rc, 'url') as string)
    const directory = (input(rc, 'directory') as string | null | undefined) ?? ''
    const filename = (input(rc, 'filename') as string | null | undefined) ?? ''
    const foreground = [true, 1, '1'].includes(input(rc, 'foreground') as never)
    const tree = volume(server)
    await callWings(() => {
      if (server.limits.disk > 0 && !tree.canFit(1)) throw new FsError('disk', directory)
      if (store.files.pulls.filter((p) => p.serverUuid === server.uuid).length >= MAX_PULLS) {
        throw new WingsHttpError(
          400,
          'This server has reached its limit of 3 simultaneous remote file downloads at once. Please wait for one to complete before trying again.',
        )
      }
    })
    const pending = startPull(panel, server, tree, target, directory, filename)
    if (foreground) await callWings(() => pending)
    else pending.catch(() => undefined)
    logActivity(panel, rc, {
      event: 'server:file.pull',
      subjects: subjects(server),
      properties: { directory: input(rc, 'directory') ?? null, url: input(rc, 'url') },
    })
    return noContent()
  })

  on('GET', 'upload', 'api:client:server.files.upload', (rc, ctx) => {
    const server = authorize(ctx, 'file.create')
    return json({
      object: 'signed_url',
      attributes: { url: url(server, `/upload/file?token=${token(rc, ctx, server)}`) },
    })
  })
}

const INTERNAL_HOST =
  /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[f[cd][0-9a-f:]*\])$/i

/**
 * Wings' downloader, simulated: the double cannot reach the internet, so a pull "downloads"
 * for PULL_MS on the demo clock and writes a stand-in (a small jar for `.jar` URLs, a text
 * note otherwise). Internal addresses fail, as Wings refuses them.
 */
function startPull(
  panel: Panel,
  server: Server,
  tree: FileTree,
  target: URL,
  directory: string,
  filename: string,
): Promise<void> {
  const id = crypto.randomUUID()
  const { pulls } = panel.store.files
  pulls.push({ id, serverUuid: server.uuid })
  const name = filename !== '' ? filename : posix.basename(target.pathname) || 'download'
  return new Promise<void>((resolve, reject) => {
    panel.clock.setTimer(PULL_MS, () => {
      const index = pulls.findIndex((p) => p.id === id)
      if (index >= 0) pulls.splice(index, 1)
      if (INTERNAL_HOST.test(target.hostname) || !/^https?:$/.test(target.protocol)) {
        reject(
          new WingsHttpError(
            500,
            'An unexpected error was encountered while processing this request',
          ),
        )
        return
      }
      const now = panel.now()
      const body = name.endsWith('.jar')
        ? makeZip([
            {
              name: 'META-INF/MANIFEST.MF',
              data: Buffer.from('Manifest-Version: 1.0\r\n\r\n'),
              mtime: now,
            },
            {
              name: 'plugin.yml',
              data: Buffer.from(`name: ${name.replace(/\.jar$/, '')}\nversion: 1.0.0\n`),
              mtime: now,
            },
          ])
        : Buffer.from(`Fetched by the demo panel's fake Wings from ${target.href}\n`)
      try {
        tree.write(goJoin(directory === '' ? '/' : directory, name), body)
        resolve()
      } catch (error) {
        reject(wingsErrorFor(error))
      }
    })
  })
}
