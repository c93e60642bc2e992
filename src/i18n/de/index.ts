import type { Messages } from '../catalogue'
import { account } from './account'
import { activity } from './activity'
import { apiKeys } from './api-keys'
import { auth } from './auth'
import { backups } from './backups'
import { common } from './common'
import { editor } from './editor'
import { files } from './files'
import { layout } from './layout'
import { network } from './network'
import { schedules } from './schedules'
import { server } from './server'
import { servers } from './servers'
import { sshKeys } from './ssh-keys'
import { startup } from './startup'
import { twoFactor } from './two-factor'
import { users } from './users'
import { databases } from './databases'

// German (Deutsch): complete — TypeScript checks it against the English catalogue's shape.
// Informal "du", as German software for gamers usually speaks.
export const de: Messages = {
  common,
  layout,
  auth,
  account,
  twoFactor,
  apiKeys,
  sshKeys,
  activity,
  servers,
  server,
  startup,
  network,
  backups,
  schedules,
  users,
  databases,
  editor,
  files,
}
