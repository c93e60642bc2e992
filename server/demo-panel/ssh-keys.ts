import { createHash, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto'

// Stand-in for phpseclib 3.0.42 `PublicKeyLoader::loadPublicKey()` as used by StoreSSHKeyRequest.
// Accepted: OpenSSH one-line keys (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521, ssh-dss),
// the same blob without the type prefix, PEM SPKI/PKCS#1 public keys, X.509 certificates and JWK.
// FIDO `sk-…` keys are rejected like phpseclib 3.0.42 does (it has no loader for them).

export type LoadedKey =
  | { kind: 'dsa'; fingerprint: string }
  | { kind: 'rsa' | 'ecdsa' | 'ed25519'; fingerprint: string; pem: string; bits: number }

const CURVES: Record<string, string> = { nistp256: 'P-256', nistp384: 'P-384', nistp521: 'P-521' }
const CURVE_NAMES: Record<string, string> = {
  'P-256': 'nistp256',
  'P-384': 'nistp384',
  'P-521': 'nistp521',
}
const COORD_LENGTH: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 }

class WireReader {
  private offset = 0
  private readonly buf: Buffer

  constructor(buf: Buffer) {
    this.buf = buf
  }
  string(): Buffer {
    if (this.offset + 4 > this.buf.length) throw new Error('truncated')
    const length = this.buf.readUInt32BE(this.offset)
    const start = this.offset + 4
    if (start + length > this.buf.length) throw new Error('truncated')
    this.offset = start + length
    return this.buf.subarray(start, start + length)
  }
}

const wireString = (data: Buffer | string): Buffer => {
  const body = typeof data === 'string' ? Buffer.from(data) : data
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  return Buffer.concat([length, body])
}

/** SSH mpint: big-endian two's complement, minimal length, leading zero if the top bit is set. */
const mpint = (unsigned: Buffer): Buffer => {
  let start = 0
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++
  const trimmed = unsigned.subarray(start)
  return wireString((trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed)
}

const stripMpint = (buf: Buffer): Buffer => {
  let start = 0
  while (start < buf.length - 1 && buf[start] === 0) start++
  return buf.subarray(start)
}

const b64url = (buf: Buffer): string => buf.toString('base64url')

/** The OpenSSH fingerprint, exactly as `ssh-keygen -lf` prints it after `SHA256:`. */
export const fingerprintOf = (blob: Buffer): string =>
  createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')

/** phpseclib's PKCS8 public key: 64-char base64 lines, every line ended by CRLF. */
function pkcs8Pem(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' })
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN PUBLIC KEY-----\r\n${lines.map((l) => `${l}\r\n`).join('')}-----END PUBLIC KEY-----`
}

function fromJwk(jwk: JsonWebKey): LoadedKey {
  if (jwk.d !== undefined) throw new Error('private key')
  const key = createPublicKey({ key: jwk, format: 'jwk' })
  return describe(key)
}

/** Builds the OpenSSH wire blob (for the fingerprint) from a node KeyObject. */
function describe(key: KeyObject): LoadedKey {
  if (key.type !== 'public') throw new Error('not a public key')
  const type = key.asymmetricKeyType
  if (type === 'dsa') {
    // phpseclib loads DSA and the request then rejects it; no PEM is ever stored.
    const jwkless = key.export({ type: 'spki', format: 'der' })
    return { kind: 'dsa', fingerprint: fingerprintOf(jwkless) }
  }
  const jwk = key.export({ format: 'jwk' })
  if (type === 'rsa') {
    const n = Buffer.from(jwk.n ?? '', 'base64url')
    const e = Buffer.from(jwk.e ?? '', 'base64url')
    const blob = Buffer.concat([wireString('ssh-rsa'), mpint(e), mpint(n)])
    const bits = stripMpint(n).length * 8 - Math.clz32(stripMpint(n)[0] ?? 0) + 24
    return { kind: 'rsa', fingerprint: fingerprintOf(blob), pem: pkcs8Pem(key), bits }
  }
  if (type === 'ed25519') {
    const x = Buffer.from(jwk.x ?? '', 'base64url')
    const blob = Buffer.concat([wireString('ssh-ed25519'), wireString(x)])
    return { kind: 'ed25519', fingerprint: fingerprintOf(blob), pem: pkcs8Pem(key), bits: 256 }
  }
  if (type === 'ec') {
    const crv = jwk.crv ?? ''
    const name = CURVE_NAMES[crv]
    if (!name) throw new Error('unsupported curve')
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(jwk.x ?? '', 'base64url'),
      Buffer.from(jwk.y ?? '', 'base64url'),
    ])
    const blob = Buffer.concat([
      wireString(`ecdsa-sha2-${name}`),
      wireString(name),
      wireString(point),
    ])
    const bits = (COORD_LENGTH[crv] ?? 0) * 8
    return { kind: 'ecdsa', fingerprint: fingerprintOf(blob), pem: pkcs8Pem(key), bits }
  }
  throw new Error(`unsupported key type ${type ?? 'unknown'}`)
}

/** Reads an OpenSSH public key blob (the base64 part of an `ssh-…` line). */
function fromBlob(blob: Buffer, claimedType: string | null): LoadedKey {
  const reader = new WireReader(blob)
  const type = reader.string().toString('latin1')
  if (claimedType !== null && claimedType !== type)
    throw new Error('two different key types claimed')
  if (type === 'ssh-ed25519') {
    const x = reader.string()
    if (x.length !== 32) throw new Error('bad ed25519 key')
    return fromJwk({ kty: 'OKP', crv: 'Ed25519', x: b64url(x) })
  }
  if (type === 'ssh-rsa') {
    const e = stripMpint(reader.string())
    const n = stripMpint(reader.string())
    return fromJwk({ kty: 'RSA', e: b64url(e), n: b64url(n) })
  }
  const ecdsa = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type)
  if (ecdsa) {
    const name = ecdsa[1] ?? ''
    if (reader.string().toString('latin1') !== name) throw new Error('curve mismatch')
    const point = reader.string()
    const crv = CURVES[name] ?? ''
    const size = COORD_LENGTH[crv] ?? 0
    if (point[0] !== 4 || point.length !== 1 + 2 * size) throw new Error('bad ec point')
    const x = point.subarray(1, 1 + size)
    const y = point.subarray(1 + size)
    return fromJwk({ kty: 'EC', crv, x: b64url(x), y: b64url(y) })
  }
  if (type === 'ssh-dss') {
    for (let i = 0; i < 4; i++) reader.string()
    return { kind: 'dsa', fingerprint: fingerprintOf(blob) }
  }
  // sk-ssh-ed25519@openssh.com, sk-ecdsa-…: phpseclib 3.0.42 cannot load them.
  throw new Error(`unsupported key type ${type}`)
}

const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Returns null when phpseclib would throw NoKeyLoadedException. */
export function loadPublicKey(input: unknown): LoadedKey | null {
  if (typeof input !== 'string') return null
  const text = input.trim()
  try {
    if (text.startsWith('{')) {
      const parsed = JSON.parse(text) as { keys?: JsonWebKey[] } & JsonWebKey
      if (parsed.kty !== undefined) return fromJwk(parsed)
      if (Array.isArray(parsed.keys) && parsed.keys.length === 1 && parsed.keys[0]) {
        return fromJwk(parsed.keys[0])
      }
      return null
    }
    const pem = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)
    if (pem) {
      const label = pem[1] ?? ''
      // createPublicKey() happily derives a public key from a private one; the panel refuses those.
      if (label.includes('PRIVATE')) return null
      if (label === 'RSA PUBLIC KEY')
        return describe(createPublicKey({ key: text, format: 'pem', type: 'pkcs1' }))
      if (label === 'PUBLIC KEY' || label === 'CERTIFICATE') return describe(createPublicKey(text))
      return null
    }
    const parts = text.split(' ')
    const [first = '', second] = parts
    if (second === undefined) {
      return STRICT_BASE64.test(first) ? fromBlob(Buffer.from(first, 'base64'), null) : null
    }
    if (!STRICT_BASE64.test(second)) return null
    return fromBlob(Buffer.from(second, 'base64'), first)
  } catch {
    return null
  }
}

/** Serialises a node KeyObject as an OpenSSH `.pub` line (used to seed realistic keys). */
export function toOpenSshLine(key: KeyObject, comment: string): string {
  const jwk = key.export({ format: 'jwk' })
  let blob: Buffer
  let type: string
  if (key.asymmetricKeyType === 'ed25519') {
    type = 'ssh-ed25519'
    blob = Buffer.concat([wireString(type), wireString(Buffer.from(jwk.x ?? '', 'base64url'))])
  } else if (key.asymmetricKeyType === 'rsa') {
    type = 'ssh-rsa'
    blob = Buffer.concat([
      wireString(type),
      mpint(Buffer.from(jwk.e ?? '', 'base64url')),
      mpint(Buffer.from(jwk.n ?? '', 'base64url')),
    ])
  } else {
    const name = CURVE_NAMES[jwk.crv ?? ''] ?? ''
    type = `ecdsa-sha2-${name}`
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(jwk.x ?? '', 'base64url'),
      Buffer.from(jwk.y ?? '', 'base64url'),
    ])
    blob = Buffer.concat([wireString(type), wireString(name), wireString(point)])
  }
  return `${type} ${blob.toString('base64')} ${comment}`
}
