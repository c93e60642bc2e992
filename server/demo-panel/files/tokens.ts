import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { randomString } from '../random'
import type { FakeWings } from '../wings/daemon'

// The signed URLs of file downloads and uploads: NodeJWTService tokens (HS256 with the node's
// key; jti = md5(user id + server uuid) in payload and header; nbf five minutes back; here a
// 15-minute expiry; a random 16-character `unique_id`) and Wings' side of them — ParseToken
// checks the signature and expiry only, then the token store lets each `unique_id` through
// once (it remembers them for 60 minutes).

export const URL_TOKEN_LIFETIME_S = 15 * 60
const NOT_BEFORE_SLACK_S = 5 * 60
const UNIQUE_MEMORY_MS = 60 * 60_000

export interface UrlTokenClaims {
  iss: string
  aud: string[]
  jti: string
  iat: number
  nbf: number
  exp: number
  server_uuid: string
  file_path?: string
  user_uuid: string
  user_id: number
  unique_id: string
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

export function signUrlToken(
  key: Buffer,
  fields: {
    panelUrl: string
    nodeUrl: string
    serverUuid: string
    userId: number
    userUuid: string
    nowMs: number
    filePath?: string
  },
): string {
  const now = Math.floor(fields.nowMs / 1000)
  const jti = createHash('md5').update(`${fields.userId}${fields.serverUuid}`).digest('hex')
  const claims: UrlTokenClaims = {
    iss: fields.panelUrl,
    aud: [fields.nodeUrl],
    jti,
    iat: now,
    nbf: now - NOT_BEFORE_SLACK_S,
    exp: now + URL_TOKEN_LIFETIME_S,
    // The download claims in the controller's order: file_path, then server_uuid.
    ...(fields.filePath === undefined ? {} : { file_path: fields.filePath }),
    server_uuid: fields.serverUuid,
    user_uuid: fields.userUuid,
    user_id: fields.userId,
    unique_id: randomString(16),
  }
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', jti }))
  const payload = base64url(JSON.stringify(claims))
  const signature = base64url(createHmac('sha256', key).update(`${header}.${payload}`).digest())
  return `${header}.${payload}.${signature}`
}

/** tokens.ParseToken: the signature (the node's key) and `exp`; null when either fails. */
export function parseUrlToken(key: Buffer, token: string, nowMs: number): UrlTokenClaims | null {
  const [header = '', payload = '', signature = '', ...rest] = token.split('.')
  if (rest.length > 0 || signature === '') return null
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let claims: UrlTokenClaims
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: unknown }
    if (head.alg !== 'HS256') return null
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as UrlTokenClaims
  } catch {
    return null
  }
  if (typeof claims.exp !== 'number' || Math.floor(nowMs / 1000) > claims.exp) return null
  return claims
}

const seen = new WeakMap<FakeWings, Map<string, number>>()

/** TokenStore.IsValidToken: true the first time a `unique_id` is seen (within 60 minutes). */
export function isUniqueRequest(wings: FakeWings, uniqueId: string, nowMs: number): boolean {
  let store = seen.get(wings)
  if (!store) {
    store = new Map()
    seen.set(wings, store)
  }
  for (const [id, until] of store) if (until <= nowMs) store.delete(id)
  if (store.has(uniqueId)) return false
  store.set(uniqueId, nowMs + UNIQUE_MEMORY_MS)
  return true
}
