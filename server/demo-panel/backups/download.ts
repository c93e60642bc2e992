import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { FakeWings } from '../wings/daemon'
import { parseWebsocketToken } from '../wings/jwt'
import { backupArchive } from './archive'
import type { BackupTokenClaims } from './download-token'
import { wingsBackupsOf } from './wings-backups'

// Wings' `GET /download/backup?token=` (router/router_download.go) on a node's listener: the
// token is checked (signature, expiry), must be for a server this node runs and be unused, then
// the archive streams as an attachment named `<uuid>.tar.gz`.

const DOWNLOAD_PATH = '/download/backup'

function answer(res: ServerResponse, status: number, error: string, requestId = false): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(requestId ? { error, request_id: randomUUID() } : { error }))
}

/** Handles the request when it is a backup download; returns false for any other path. */
export function handleBackupDownload(
  wings: FakeWings,
  nodeId: number,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const url = new URL(req.url ?? '/', 'http://wings')
  if (url.pathname !== DOWNLOAD_PATH || req.method !== 'GET') return false
  const backups = wingsBackupsOf(wings)
  let claims: BackupTokenClaims
  try {
    claims = parseWebsocketToken(
      wings.keyFor(nodeId),
      url.searchParams.get('token') ?? '',
      wings.clock.now(),
    ) as unknown as BackupTokenClaims
  } catch {
    // tokens.ParseToken failing goes through CaptureAndAbort: a plain 500.
    answer(res, 500, 'An unexpected error was encountered while processing this request', true)
    return true
  }
  const server = wings.findServer(claims.server_uuid)
  if (!backups || !server || server.nodeId !== nodeId || !backups.useToken(claims.unique_id)) {
    answer(res, 404, 'The requested resource was not found on this server.')
    return true
  }
  const backup = backups.findBackup(claims.backup_uuid)
  if (!backup || !backup.isSuccessful) {
    answer(res, 404, 'The requested backup was not found on this server.')
    return true
  }
  const archive = backupArchive(backup.uuid, server.name, backup.createdAt, backup.ignoredFiles)
  res.writeHead(200, {
    'Content-Length': String(archive.data.length),
    'Content-Disposition': `attachment; filename="${backup.uuid}.tar.gz"`,
    'Content-Type': 'application/octet-stream',
  })
  res.end(archive.data)
  return true
}
