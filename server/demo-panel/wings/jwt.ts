import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// The websocket JWT as the panel's NodeJWTService signs it and Wings' tokens package checks it:
// HS256 with the node's key, `jti` = md5(user id + server uuid) in the payload and the header,
// nbf five minutes back, exp ten minutes ahead. The dates carry milliseconds, as lcobucci/jwt's
// MicrosecondBasedDateConversion writes them (`1700000000.123`): a token fetched right after a
// revocation, in the same second, is already newer than the denylist entry.

export interface WebsocketClaims {
  iss: string
  aud: string[]
  jti: string
  iat: number
  nbf: number
  exp: number
  server_uuid: string
  permissions: string[]
  user_uuid: string
  user_id: number
  unique_id: string
}

const TOKEN_LIFETIME_S = 600
const NOT_BEFORE_SLACK_S = 300

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

export const jtiFor = (userId: number, serverUuid: string): string =>
  createHash('md5').update(`${userId}${serverUuid}`).digest('hex')

export function signWebsocketToken(
  key: Buffer,
  fields: {
    panelUrl: string
    nodeUrl: string
    serverUuid: string
    permissions: string[]
    userId: number
    userUuid: string
    nowMs: number
  },
): { token: string; claims: WebsocketClaims } {
  const now = fields.nowMs / 1000
  const jti = jtiFor(fields.userId, fields.serverUuid)
  const claims: WebsocketClaims = {
    iss: fields.panelUrl,
    aud: [fields.nodeUrl],
    jti,
    iat: now,
    nbf: now - NOT_BEFORE_SLACK_S,
    exp: now + TOKEN_LIFETIME_S,
    server_uuid: fields.serverUuid,
    permissions: fields.permissions,
    user_uuid: fields.userUuid,
    user_id: fields.userId,
    unique_id: randomBytes(8).toString('hex'),
  }
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', jti }))
  const payload = base64url(JSON.stringify(claims))
  const signature = base64url(createHmac('sha256', key).update(`${header}.${payload}`).digest())
  return { token: `${header}.${payload}.${signature}`, claims }
}

/** The texts of gbrlsnchs/jwt and Wings' websocket package, matched on by clients. */
export const JWT_ERRORS = {
  expired: 'jwt: exp claim is invalid',
  denylisted: 'jwt: created too far in past (denylist)',
  missing: 'jwt: no jwt present',
  noConnect: 'jwt: missing connect permission',
  uuidMismatch: 'jwt: server uuid mismatch',
  // Not "jwt errors" to Wings (IsJwtError is false): they surface as a generic daemon error.
  signature: 'jwt: HMAC verification failed',
  malformed: 'jwt: malformed token',
} as const

export class TokenError extends Error {
  /** Wings' IsJwtError(): the message goes to the client as `jwt error`, not `daemon error`. */
  readonly isJwtError: boolean

  constructor(message: string, isJwtError: boolean) {
    super(message)
    this.isJwtError = isJwtError
  }
}

/** tokens.ParseToken: signature and expiry only; the websocket layer checks the rest. */
export function parseWebsocketToken(key: Buffer, token: string, nowMs: number): WebsocketClaims {
  const parts = token.split('.')
  if (parts.length !== 3) throw new TokenError(JWT_ERRORS.malformed, false)
  const [header = '', payload = '', signature = ''] = parts
  let decodedHeader: unknown
  let claims: WebsocketClaims
  try {
    decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString())
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as WebsocketClaims
  } catch {
    throw new TokenError(JWT_ERRORS.malformed, false)
  }
  if ((decodedHeader as { alg?: unknown } | null)?.alg !== 'HS256') {
    throw new TokenError('jwt: algorithm mismatch', false)
  }
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new TokenError(JWT_ERRORS.signature, false)
  }
  if (!isUnexpired(claims, nowMs)) throw new TokenError(JWT_ERRORS.expired, true)
  return claims
}

/** jwt.ExpirationTimeValidator: valid up to and including the exp second. */
export const isUnexpired = (claims: Pick<WebsocketClaims, 'exp'>, nowMs: number): boolean =>
  typeof claims.exp === 'number' && Math.floor(nowMs / 1000) <= claims.exp

/** WebsocketPayload.HasPermission: `*` grants everything except the `admin.*` keys. */
export function hasPermission(claims: WebsocketClaims, permission: string): boolean {
  const list = Array.isArray(claims.permissions) ? claims.permissions : []
  return list.some((k) => k === permission || (!permission.startsWith('admin') && k === '*'))
}
