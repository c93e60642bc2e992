// What Wings reports for a file: its mimetype as gabriel-vasile/mimetype sniffs it from the
// first 3072 bytes (never from the name), and Go's FileMode.String() / mode bits.

const READ_LIMIT = 3072

const startsWith = (data: Buffer, bytes: number[], at = 0): boolean =>
  bytes.every((b, i) => data[at + i] === b)

/** The zip's first local file header names this entry (how mimetype tells a jar from a zip). */
function firstZipEntry(data: Buffer): string {
  if (data.length < 30) return ''
  const nameLength = data.readUInt16LE(26)
  return data.subarray(30, 30 + nameLength).toString('latin1')
}

function isText(data: Buffer): boolean {
  for (const byte of data) {
    if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || byte === 0x7f) {
      if (byte === 0x1b) continue
      return false
    }
  }
  return true
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim()
  if (!/^[[{]/.test(trimmed)) return false
  try {
    JSON.parse(trimmed)
    return true
  } catch {
    return false
  }
}

/** mimetype.Detect over the head of a file, for the shapes the double's files take. */
export function detectMime(content: Buffer): string {
  const data = content.subarray(0, READ_LIMIT)
  if (startsWith(data, [0x1f, 0x8b])) return 'application/gzip'
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const first = firstZipEntry(data)
    return first === 'META-INF/MANIFEST.MF' || first === 'META-INF/'
      ? 'application/jar'
      : 'application/zip'
  }
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47])) return 'image/png'
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (data.length > 262 && data.subarray(257, 262).toString('latin1') === 'ustar')
    return 'application/x-tar'
  if (!isText(data)) return 'application/octet-stream'
  const text = data.toString('utf8')
  if (text.startsWith('#!') && /^#!\s*\S*(?:sh|bash|zsh)\b/.test(text)) return 'text/x-shellscript'
  if (/^\s*<\?xml/.test(text)) return 'text/xml; charset=utf-8'
  if (/^\s*<!doctype html|^\s*<html/i.test(text)) return 'text/html; charset=utf-8'
  // A file cut at the read limit is not valid JSON any more: mimetype then calls it text.
  if (content.length <= READ_LIMIT && looksLikeJson(text)) return 'application/json'
  return 'text/plain; charset=utf-8'
}

/** Go's fs.FileMode.String() for the three kinds the double has. */
export function modeString(kind: 'file' | 'dir' | 'link', perm: number): string {
  const rwx = 'rwxrwxrwx'
  let bits = ''
  for (let i = 0; i < 9; i++) bits += perm & (1 << (8 - i)) ? rwx[i] : '-'
  return `${kind === 'dir' ? 'd' : kind === 'link' ? 'L' : '-'}${bits}`
}

/** strconv.FormatUint(mode & ModePerm, 8). */
export const modeBits = (perm: number): string => (perm & 0o777).toString(8)
