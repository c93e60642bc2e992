import { Readable } from 'node:stream'
import { gunzipSync, gzipSync, inflateRawSync, deflateRawSync } from 'node:zlib'

import tar from 'tar-stream'

// Real archives for the files double: gzip'd tars made with tar-stream (what Wings' compress
// writes, so a downloaded archive opens with `tar -tzf`), and the zip format for seeded jars
// and saves (stored or deflated entries, no zip64) — read back by decompress like Wings'
// archiver does.

export interface ArchiveEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string
  type: 'file' | 'directory' | 'symlink'
  mode: number
  mtime: number
  data?: Buffer
  linkname?: string
}

/** A .tar.gz of the entries, in order (BestSpeed, like Wings' default compression level). */
export async function makeTarGz(entries: ArchiveEntry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const done = (async () => {
    for await (const chunk of pack) chunks.push(chunk)
  })()
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const header: tar.Headers = {
        name: entry.name,
        type: entry.type,
        mode: entry.mode,
        mtime: new Date(Math.floor(entry.mtime / 1000) * 1000),
        uid: 988,
        gid: 988,
        uname: 'pterodactyl',
        gname: 'pterodactyl',
      }
      if (entry.type === 'symlink') header.linkname = entry.linkname ?? ''
      const data = entry.type === 'file' ? (entry.data ?? Buffer.alloc(0)) : undefined
      if (data !== undefined) header.size = data.length
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve())
      if (data !== undefined) pack.entry(header, data, callback)
      else pack.entry(header, callback)
    })
  }
  pack.finalize()
  await done
  return gzipSync(Buffer.concat(chunks), { level: 1 })
}

/** The entries of a tar (optionally gzip'd); throws when the bytes are not one. */
export async function readTar(bytes: Buffer, gzipped: boolean): Promise<ArchiveEntry[]> {
  const raw = gzipped ? gunzipSync(bytes) : bytes
  const extract = tar.extract()
  const entries: ArchiveEntry[] = []
  const reading = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk)
      const h = entry.header
      const type = h.type === 'directory' ? 'directory' : h.type === 'symlink' ? 'symlink' : 'file'
      if (
        h.type !== 'file' &&
        h.type !== 'directory' &&
        h.type !== 'symlink' &&
        h.type !== 'contiguous-file'
      )
        continue
      entries.push({
        name: h.name.replace(/^\.?\/+/, '').replace(/\/+$/, ''),
        type,
        mode: (h.mode ?? 0o644) & 0o777,
        mtime: h.mtime?.getTime() ?? 0,
        data: type === 'file' ? Buffer.concat(chunks) : undefined,
        linkname: h.linkname ?? undefined,
      })
    }
  })()
  Readable.from([raw]).pipe(extract)
  await reading
  return entries
}

// --- zip -------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return table
})()

export function crc32(data: Buffer): number {
  let crc = -1
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}

/** DOS date and time, as zip headers store them (local time taken as UTC). */
function dosTime(ms: number): { time: number; date: number } {
  const d = new Date(ms)
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  }
}

/** A zip of files (deflated, or `stored` as is); entries ending in `/` are directories. */
export function makeZip(
  files: Array<{ name: string; data: Buffer; mtime: number; stored?: boolean }>,
): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8')
    const isDir = file.name.endsWith('/')
    const stored = isDir || file.stored === true
    const deflated = isDir ? Buffer.alloc(0) : stored ? file.data : deflateRawSync(file.data)
    const method = stored ? 0 : 8
    const crc = isDir ? 0 : crc32(file.data)
    const { time, date } = dosTime(file.mtime)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(deflated.length, 18)
    local.writeUInt32LE(isDir ? 0 : file.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(0x031e, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(deflated.length, 20)
    central.writeUInt32LE(isDir ? 0 : file.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, deflated)
    centrals.push(central, name)
    offset += local.length + name.length + deflated.length
  }
  const centralBytes = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(centralBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, centralBytes, end])
}

/** The entries of a zip, from its central directory; throws when the bytes are not one. */
export function readZip(bytes: Buffer): ArchiveEntry[] {
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('zip: no end of central directory')
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const entries: ArchiveEntry[] = []
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory')
    const method = bytes.readUInt16LE(at + 10)
    const compressed = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const external = bytes.readUInt32LE(at + 38)
    const localOffset = bytes.readUInt32LE(at + 42)
    const time = bytes.readUInt16LE(at + 12)
    const date = bytes.readUInt16LE(at + 14)
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    at += 46 + nameLength + extraLength + commentLength
    const localName = bytes.readUInt16LE(localOffset + 26)
    const localExtra = bytes.readUInt16LE(localOffset + 28)
    const start = localOffset + 30 + localName + localExtra
    const raw = bytes.subarray(start, start + compressed)
    const mtime = Date.UTC(
      (date >> 9) + 1980,
      ((date >> 5) & 0xf) - 1,
      date & 0x1f,
      time >> 11,
      (time >> 5) & 0x3f,
      (time & 0x1f) * 2,
    )
    const unixMode = (external >>> 16) & 0o777
    if (name.endsWith('/')) {
      entries.push({ name: name.slice(0, -1), type: 'directory', mode: unixMode || 0o755, mtime })
      continue
    }
    const data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw)
    entries.push({ name, type: 'file', mode: unixMode || 0o644, mtime, data })
  }
  return entries
}
