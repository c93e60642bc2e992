import { account } from './account'
import { activity } from './activity'
import { apiKeys } from './api-keys'
import { auth } from './auth'
import { common } from './common'
import { layout } from './layout'
import { servers } from './servers'
import { sshKeys } from './ssh-keys'
import { twoFactor } from './two-factor'

// The namespaces every page may need: sign-in, the account area, the dashboard and the frame.
// They ship with the app's first load; the server area's texts (server-area.ts) load with the
// server routes.
export const enCore = {
  common,
  layout,
  auth,
  account,
  twoFactor,
  apiKeys,
  sshKeys,
  activity,
  servers,
}
