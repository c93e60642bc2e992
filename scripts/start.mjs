// `npm start`: build the SPA if dist/ is missing or older than its sources, compile the server
// into dist-server/ likewise, then run it (plain `node dist-server/main.js`, no TypeScript at run
// time) with this process's stdio and environment.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tailwind.config.ts',
  'package-lock.json',
]

/** Newest mtime (ms) of a file or, recursively, of the files in a directory; 0 if absent. */
function newestMtime(target) {
  let stat
  try {
    stat = statSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)))
  }
  return newest
}

/**
 * Node flags for the server (the Dockerfile's CMD repeats them). A 4 MB young-generation semi-space
 * instead of V8's 16 MB: after a burst (200 slow clients in the bench) the young generation stayed
 * committed at its peak and RSS never came back to idle (+45 %); capped, it returns to within a few
 * percent, and the proxy's objects are short-lived enough that the extra scavenges cost little.
 */
export const SERVER_NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=4']

const SERVER_INPUTS = ['server', 'scripts/build-server.mjs', 'package-lock.json']

/** Why dist-server/ must be rebuilt, or undefined when it is current. */
export function serverBuildReason(projectRoot, outDir) {
  const main = path.join(outDir, 'main.js')
  if (!existsSync(main)) return `${path.relative(projectRoot, main) || main} is missing`
  const built = statSync(main).mtimeMs
  for (const input of SERVER_INPUTS) {
    if (newestMtime(path.join(projectRoot, input)) > built)
      return `${input} changed since the last build`
  }
  return undefined
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
export function buildReason(projectRoot, distDir) {
  const index = path.join(distDir, 'index.html')
  if (!existsSync(index)) return `${path.relative(projectRoot, index) || index} is missing`
  const built = statSync(index).mtimeMs
  for (const input of BUILD_INPUTS) {
    if (newestMtime(path.join(projectRoot, input)) > built)
      return `${input} changed since the last build`
  }
  return undefined
}

async function run() {
  const dist = path.resolve(root, process.env.DIST ?? 'dist')
  const reason = buildReason(root, dist)
  if (reason) {
    console.log(`Building the app (${reason})…`)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const build = spawnSync(npm, ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
    })
    if (build.status !== 0) {
      console.error('The build failed; not starting Talon.')
      process.exit(build.status ?? 1)
    }
  }

  const serverOut = path.join(root, 'dist-server')
  const serverReason = serverBuildReason(root, serverOut)
  if (serverReason) {
    console.log(`Building the server (${serverReason})…`)
    const { buildServer } = await import('./build-server.mjs')
    await buildServer()
  }

  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'dist-server/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  })
  // Pass Ctrl-C / SIGTERM on so the server shuts down cleanly (it also closes the demo panel).
  // With a TTY the child already gets SIGINT from the terminal; forwarding twice is harmless
  // because main.ts ignores repeats.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal)
    })
  }
  child.on('exit', (code, signal) => {
    process.exit(
      code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 1),
    )
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run()
