// The console route's (/server/:id) first-load JS beyond the shared app chunks, from Vite's build
// manifest (dist/.vite/manifest.json), as scripts/account-path-files.mjs reads it for /account.
//
// "Shared" = the entry chunk and everything it imports statically: every page loads those. The
// console route adds the server shell (src/app/routes/server.tsx), the console page and the
// xterm view it imports lazily on mount (so it is part of every first visit of the console),
// each followed through its static imports. Chunks already in the shared set are not counted.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const CONSOLE_ROUTE_MODULES = [
  'src/app/routes/server.tsx',
  'src/features/server/console/console-page.tsx',
  'src/features/server/console/terminal-view.tsx',
]
export const CONSOLE_ROUTE_TARGET_GZIP = 120_000

const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** `{ chunks: [{ file, module, raw, gzip }], css: [...], jsGzip, jsRaw, cssGzip, sharedGzip }` */
export function consoleRouteSize({ dist = 'dist', modules = CONSOLE_ROUTE_MODULES } = {}) {
  const manifestPath = path.join(dist, '.vite', 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const closure = (roots) => {
    const keys = new Set()
    const visit = (key) => {
      if (!manifest[key] || keys.has(key)) return
      keys.add(key)
      for (const imported of manifest[key].imports ?? []) visit(imported)
    }
    for (const root of roots) visit(root)
    return keys
  }
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
  for (const m of modules) {
    if (!manifest[m]) throw new Error(`${m} is not a chunk in ${manifestPath}`)
  }
  const shared = closure([entry])
  const route = [...closure(modules)].filter((key) => !shared.has(key))
  const sharedCss = new Set([...shared].flatMap((key) => manifest[key].css ?? []))
  const under = (file) => path.join(dist, file)
  const chunks = route.map((key) => {
    const file = manifest[key].file
    return {
      file: file.replace(/-[\w-]{8}\.js$/, '-[hash].js'),
      module: manifest[key].src ?? manifest[key].name ?? key,
      raw: statSync(under(file)).size,
      gzip: gzipOf(under(file)),
    }
  })
  const css = [...new Set(route.flatMap((key) => manifest[key].css ?? []))]
    .filter((file) => !sharedCss.has(file))
    .map((file) => ({ file, gzip: gzipOf(under(file)) }))
  const sum = (list, k) => list.reduce((n, c) => n + c[k], 0)
  return {
    modules,
    chunks,
    css,
    jsRaw: sum(chunks, 'raw'),
    jsGzip: sum(chunks, 'gzip'),
    cssGzip: sum(css, 'gzip'),
    sharedJsGzip: [...shared].reduce((n, key) => n + gzipOf(under(manifest[key].file)), 0),
    targetGzip: CONSOLE_ROUTE_TARGET_GZIP,
    withinTarget: sum(chunks, 'gzip') <= CONSOLE_ROUTE_TARGET_GZIP,
  }
}
