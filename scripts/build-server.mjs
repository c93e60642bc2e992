// `npm run build:server`: the Talon server (server/main.ts and the demo panel it may load) compiled
// to plain JavaScript in dist-server/, so production runs `node dist-server/main.js` with no
// TypeScript compiler at run time. Packages stay external (node_modules is installed beside it);
// the demo panel is a separate chunk loaded only when PANEL_URL is unset.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SERVER_OUT = path.join(root, 'dist-server')

export async function buildServer() {
  rmSync(SERVER_OUT, { recursive: true, force: true })
  await build({
    entryPoints: [path.join(root, 'server/main.ts')],
    outdir: SERVER_OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer()
  console.log(`Built the Talon server into ${path.relative(root, SERVER_OUT)}/`)
}
