import { demoOptionsFromEnv, nonNegativeInteger } from './options-from-env'
import { DEMO_ACCOUNTS, SECURE_RECOVERY_TOKENS } from './seed-accounts'
import { DEMO_SERVER_IDENTIFIERS } from './seed-servers'
import { startDemoPanel } from './serve'

// `npm run demo-panel`: a standalone double of the Pterodactyl panel API. Fresh state per start.

const panel = await startDemoPanel({
  ...demoOptionsFromEnv(),
  port: nonNegativeInteger(process.env, 'DEMO_PANEL_PORT', 8081),
  host: process.env.DEMO_PANEL_HOST || '127.0.0.1',
})

console.log(`Demo Pterodactyl panel listening at ${panel.url}`)
for (const account of DEMO_ACCOUNTS) {
  console.log(
    `  ${account.username.padEnd(7)} ${account.email.padEnd(19)} ${account.password.padEnd(16)} ${account.note}`,
  )
}
console.log(
  `  fake Wings (accepts Origin ${panel.url} only): ${[...panel.wingsUrls]
    .map(([node, url]) => `node ${node} ${url}`)
    .join(', ')}`,
)
console.log(`  secure's recovery tokens: ${SECURE_RECOVERY_TOKENS.join(' ')}`)
console.log(
  `  demo's servers: ${Object.entries(DEMO_SERVER_IDENTIFIERS)
    .map(([state, id]) => `${id} (${state})`)
    .join(', ')}`,
)
if (process.env.DEMO_PANEL_FAULTS === '1')
  console.log(
    '  fault injection: POST/DELETE /__demo/faults, POST /__demo/reset, GET /__demo/stats',
  )
if (process.env.DEMO_PANEL_LEGACY_2FA === '1')
  console.log('  legacy 2FA routes (≤ v1.11.7): DELETE /api/client/account/two-factor?password=…')

const stop = (): void => {
  void panel.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
