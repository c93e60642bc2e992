// The files a browser needs for the first load of a route (default: /account), read from Vite's
// build manifest (`build.manifest: true` → dist/.vite/manifest.json): the index.html entry and the
// route's lazy module, each with its static imports followed transitively, plus their CSS.
// Dynamic imports (dialogs, other routes) are not part of a first load and are not followed.
//
//   node scripts/account-path-files.mjs [--dist dist] [--route src/app/routes/account.tsx]
// prints one line per file with raw and gzip bytes and the totals. `.size-limit.mjs` budgets the
// same list, so `npx size-limit` fails when the /account path grows.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const ACCOUNT_ROUTE_MODULE = 'src/app/routes/account.tsx'

/** `{ js: string[], css: string[] }`: paths relative to the project root (e.g. dist/assets/x.js). */
export function routePathFiles({ dist = 'dist', route = ACCOUNT_ROUTE_MODULE } = {}) {
  const manifestPath = path.join(dist, '.vite', 'manifest.json')
  let manifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first`)
  }
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
  if (!entry) throw new Error(`${manifestPath} has no entry chunk`)
  if (!manifest[route]) throw new Error(`${route} is not a chunk in ${manifestPath}`)

  const js = new Set()
  const css = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || js.has(chunk.file)) return
    js.add(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(entry)
  visit(route)
  const under = (file) => path.join(dist, file)
  return { js: [...js].map(under), css: [...css].map(under) }
}

export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const { js, css } = routePathFiles({
    dist: arg('--dist', 'dist'),
    route: arg('--route', ACCOUNT_ROUTE_MODULE),
  })
  let raw = 0
  let gzip = 0
  for (const file of js) {
    const r = statSync(file).size
    const g = gzipBytes(file)
    raw += r
    gzip += g
    console.log(
      `${(g / 1000).toFixed(1).padStart(7)} kB gzip  ${(r / 1000).toFixed(1).padStart(7)} kB  ${file}`,
    )
  }
  console.log(
    `${(gzip / 1000).toFixed(1).padStart(7)} kB gzip  ${(raw / 1000).toFixed(1).padStart(7)} kB  JS total (${js.length} files)`,
  )
  for (const file of css)
    console.log(`${(gzipBytes(file) / 1000).toFixed(1).padStart(7)} kB gzip  CSS ${file}`)
}
