import { json, noContent, type Panel } from '../panel'
import { backupsDaemon } from './routes'

// `POST /__demo/wings/backup-failure {"server": "<identifier>", "times"?: 1}` (faults on only):
// the next `times` backups of that server to finish fail on the fake Wings, as when the node's
// disk fills up while the archive is written. The panel's API is untouched: the backup is created
// as usual and ends `is_successful: false`, with `backup completed` on the socket.

export const BACKUP_FAILURE_PATH = '/__demo/wings/backup-failure'

export async function backupFailureControl(panel: Panel, request: Request): Promise<Response> {
  let body: unknown = null
  try {
    body = await request.json()
  } catch {
    body = null
  }
  const { server: id, times = 1 } = (body ?? {}) as Record<string, unknown>
  const server =
    typeof id === 'string' ? panel.store.servers.find((s) => s.identifier === id) : undefined
  if (!server || typeof times !== 'number' || !Number.isInteger(times) || times < 1) {
    return json({ error: 'expects {"server": "<identifier>", "times"?: n ≥ 1}' }, 422)
  }
  backupsDaemon(panel).armFailure(server, times)
  return noContent()
}
