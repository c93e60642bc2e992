import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'

/**
 * The built SPA (`dist/`), loaded once at startup.
 *
 * Why an in-memory snapshot rather than serveStatic: only files that existed in dist/ at startup
 * can ever be served (a map lookup, so no path can escape the directory), compressed variants are
 * made once instead of per request, and the root is resolved here, not relative to the cwd.
 * Talon's dist is a few hundred kB; `npm start` rebuilds before starting, so nothing goes stale.
 */

export type CachePolicy = 'immutable' | 'short' | 'no-cache'

interface Variant {
  body: Uint8Array<ArrayBuffer>
  etag: string
}

export interface StaticFile {
  type: string
  cache: CachePolicy
  identity: Variant
  gzip?: Variant
  br?: Variant
}

const CACHE_CONTROL: Record<CachePolicy, string> = {
  // Vite content-hashes everything under /assets, so a URL never changes meaning.
  immutable: 'public, max-age=31536000, immutable',
  // favicon.svg, theme.js …: stable names, so keep them briefly and revalidate by ETag.
  short: 'public, max-age=300',
  // index.html names the current hashed assets: always revalidate, or users keep old bundles.
  'no-cache': 'no-cache',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.wasm',
  '.ico',
])
const MIN_COMPRESS_BYTES = 256

function etagOf(body: Uint8Array, suffix = ''): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}${suffix}"`
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dotfiles (.DS_Store, .gitkeep, .env by mistake) are never published; symlinks are not
    // followed so nothing outside dist/ can be pulled in.
    if (entry.name.startsWith('.')) continue
    const rel = `${prefix}/${entry.name}`
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel))
    else if (entry.isFile()) out.push(rel)
  }
  return out
}

export interface StaticSite {
  files: ReadonlyMap<string, StaticFile>
  index: StaticFile
}

export function loadStaticSite(distDir: string): StaticSite {
  const root = path.resolve(distDir)
  let names: string[]
  try {
    names = listFiles(root)
  } catch {
    throw new Error(`The built app was not found in ${root}. Run \`npm run build\` first.`)
  }
  const files = new Map<string, StaticFile>()
  for (const name of names) {
    const ext = path.extname(name).toLowerCase()
    const body = new Uint8Array(readFileSync(path.join(root, name)))
    const file: StaticFile = {
      type: TYPES[ext] ?? 'application/octet-stream',
      cache:
        name === '/index.html' ? 'no-cache' : name.startsWith('/assets/') ? 'immutable' : 'short',
      identity: { body, etag: etagOf(body) },
    }
    if (COMPRESSIBLE.has(ext) && body.byteLength >= MIN_COMPRESS_BYTES) {
      const gz = new Uint8Array(gzipSync(body, { level: 9 }))
      const br = new Uint8Array(
        brotliCompressSync(body, {
          params: {
            [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
            [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        }),
      )
      if (gz.byteLength < body.byteLength) file.gzip = { body: gz, etag: etagOf(body, '-gz') }
      if (br.byteLength < body.byteLength) file.br = { body: br, etag: etagOf(body, '-br') }
    }
    files.set(name, file)
  }
  const index = files.get('/index.html')
  if (!index) {
    throw new Error(`${path.join(root, 'index.html')} is missing. Run \`npm run build\` first.`)
  }
  return { files, index }
}

/** Accepted codings with q > 0, from an Accept-Encoding header. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue
    accepted.add(name)
  }
  return accepted
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag)
}

export function serveFile(
  file: StaticFile,
  request: { method: string; acceptEncoding?: string; ifNoneMatch?: string },
): Response {
  const accepted = acceptedEncodings(request.acceptEncoding)
  const [encoding, variant] =
    file.br && accepted.has('br')
      ? (['br', file.br] as const)
      : file.gzip && (accepted.has('gzip') || accepted.has('x-gzip'))
        ? (['gzip', file.gzip] as const)
        : ([undefined, file.identity] as const)

  const headers = new Headers({
    'Content-Type': file.type,
    'Cache-Control': CACHE_CONTROL[file.cache],
    ETag: variant.etag,
  })
  // Any file that has compressed variants answers differently per Accept-Encoding.
  if (file.gzip || file.br) headers.set('Vary', 'Accept-Encoding')
  if (encoding) headers.set('Content-Encoding', encoding)

  if (etagMatches(request.ifNoneMatch, variant.etag)) {
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Length', String(variant.body.byteLength))
  return new Response(request.method === 'HEAD' ? null : variant.body, { status: 200, headers })
}

/** Does the last path segment look like a file name (`/assets/x.js`, `/robots.txt`)? */
export function hasFileExtension(pathname: string): boolean {
  return /\.[^/.]+$/.test(pathname.slice(pathname.lastIndexOf('/') + 1))
}
