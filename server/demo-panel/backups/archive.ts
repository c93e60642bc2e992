import { createCipheriv, createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

// The archive the fake Wings "writes" for a backup: a real .tar.gz (a few server files and a
// world file of incompressible bytes), derived from the backup's uuid so it is the same on every
// call. Its sha1 and length are what Wings reports to the panel (checksum, size), so a download
// matches the checksum the page shows.

const BLOCK = 512

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

/** One ustar header block. */
function tarHeader(name: string, size: number, mtimeS: number): Buffer {
  const header = Buffer.alloc(BLOCK)
  header.write(name, 0, 100, 'utf8')
  header.write(octal(0o644, 8), 100, 'ascii')
  header.write(octal(988, 8), 108, 'ascii') // Wings runs containers as uid/gid 988
  header.write(octal(988, 8), 116, 'ascii')
  header.write(octal(size, 12), 124, 'ascii')
  header.write(octal(mtimeS, 12), 136, 'ascii')
  header.write('        ', 148, 'ascii') // checksum field counts as spaces
  header.write('0', 156, 'ascii')
  header.write('ustar\0', 257, 'ascii')
  header.write('00', 263, 'ascii')
  header.write('container', 265, 'ascii')
  header.write('container', 297, 'ascii')
  let sum = 0
  for (const byte of header) sum += byte
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return header
}

function tar(files: Array<{ name: string; data: Buffer }>, mtimeS: number): Buffer {
  const parts: Buffer[] = []
  for (const file of files) {
    parts.push(tarHeader(file.name, file.data.length, mtimeS), file.data)
    const pad = (BLOCK - (file.data.length % BLOCK)) % BLOCK
    if (pad > 0) parts.push(Buffer.alloc(pad))
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

/** Deterministic incompressible bytes (an AES-CTR keystream keyed by `seed`): fast, native. */
function noise(seed: string, length: number): Buffer {
  const key = createHash('sha256').update(seed).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  return Buffer.concat([cipher.update(Buffer.alloc(length)), cipher.final()])
}

export interface Archive {
  data: Buffer
  sha1: string
}

const cache = new Map<string, Archive>()
const CACHE_LIMIT = 32

/** The archive of a backup; `ignored` files are left out, as Wings' archiver skips them. */
export function backupArchive(
  uuid: string,
  serverName: string,
  createdAt: number,
  ignored: string[] = [],
): Archive {
  const key = `${uuid}\n${ignored.join('\n')}`
  const hit = cache.get(key)
  if (hit) return hit
  // 0.4–2.4 MiB of world data, decided by the uuid.
  const worldBytes = 400 * 1024 + (parseInt(uuid.slice(0, 6), 16) % (2000 * 1024))
  const files = [
    { name: 'eula.txt', data: Buffer.from('eula=true\n') },
    {
      name: 'server.properties',
      data: Buffer.from(`motd=${serverName}\nmax-players=20\nview-distance=10\n`),
    },
    { name: 'world/level.dat', data: noise(uuid, worldBytes) },
    { name: 'logs/latest.log', data: Buffer.from('[00:00:00 INFO]: Done!\n') },
  ].filter((f) => !ignored.some((pattern) => f.name === pattern || f.name.startsWith(pattern)))
  // Stored blocks: the world data would not compress anyway, and this stays quick.
  const data = gzipSync(tar(files, Math.floor(createdAt / 1000)), { level: 0 })
  const archive = { data, sha1: createHash('sha1').update(data).digest('hex') }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(key, archive)
  return archive
}
