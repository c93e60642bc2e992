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

// English: the reference catalogue (every other one is typed against it) and the fallback.
// One module per namespace so each feature's text is easy to find; together they are one catalogue.
// Catalogue modules import relatively (not `@/`): the e2e tests import them too.
export const en = {
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
