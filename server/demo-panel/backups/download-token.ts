import { createHmac, randomBytes } from 'node:crypto'

import { jtiFor } from '../wings/jwt'

// DownloadLinkService: a 15-minute NodeJWTService token for `{node}/download/backup?token=`,
// carrying `backup_uuid`, `server_uuid` and a random `unique_id` that Wings accepts once.

export interface BackupTokenClaims {
  iss: string
  aud: string[]
  jti: string
  iat: number
  nbf: number
  exp: number
  user_uuid: string
  user_id: number
  unique_id: string
  backup_uuid: string
  server_uuid: string
}

const LIFETIME_S = 15 * 60
const NOT_BEFORE_SLACK_S = 300

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url')

export function signBackupToken(
  key: Buffer,
  fields: {
    panelUrl: string
    nodeUrl: string
    serverUuid: string
    backupUuid: string
    userId: number
    userUuid: string
    nowMs: number
  },
): string {
  const now = Math.floor(fields.nowMs / 1000)
  const jti = jtiFor(fields.userId, fields.serverUuid)
  const claims: BackupTokenClaims = {
    iss: fields.panelUrl,
    aud: [fields.nodeUrl],
    jti,
    iat: now,
    nbf: now - NOT_BEFORE_SLACK_S,
    exp: now + LIFETIME_S,
    user_uuid: fields.userUuid,
    user_id: fields.userId,
    unique_id: randomBytes(8).toString('hex'),
    backup_uuid: fields.backupUuid,
    server_uuid: fields.serverUuid,
  }
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', jti }))
  const payload = base64url(JSON.stringify(claims))
  const signature = base64url(createHmac('sha256', key).update(`${header}.${payload}`).digest())
  return `${header}.${payload}.${signature}`
}
