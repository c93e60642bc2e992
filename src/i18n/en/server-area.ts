import { backups } from './backups'
import { databases } from './databases'
import { editor } from './editor'
import { files } from './files'
import { network } from './network'
import { schedules } from './schedules'
import { server } from './server'
import { startup } from './startup'
import { users } from './users'

// The server area's namespaces (`/server/:id/…`): loaded with those routes only
// (loadServerAreaMessages in ../language.ts), so the sign-in and account pages never carry them.
export const enServerArea = {
  server,
  files,
  startup,
  network,
  backups,
  schedules,
  users,
  databases,
  editor,
}
