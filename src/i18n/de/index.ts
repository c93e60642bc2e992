import type { Messages } from '../catalogue'
import { account } from './account'
import { activity } from './activity'
import { apiKeys } from './api-keys'
import { auth } from './auth'
import { common } from './common'
import { files } from './files'
import { layout } from './layout'
import { server } from './server'
import { servers } from './servers'
import { sshKeys } from './ssh-keys'
import { twoFactor } from './two-factor'

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
  files,
}
