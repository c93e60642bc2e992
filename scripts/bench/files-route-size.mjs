// The files route's (/server/:id/files) first-load JS beyond the shared app chunks, from Vite's
// build manifest — the same reading as console-route-size.mjs, for the server shell and the
// files page (the editor is a separate, lazy route and is not part of it).
import { consoleRouteSize } from './console-route-size.mjs'

export const FILES_ROUTE_MODULES = [
  'src/app/routes/server.tsx',
  'src/features/server/files/files-page.tsx',
]
export const FILES_ROUTE_TARGET_GZIP = 60_000

export function filesRouteSize({ dist = 'dist' } = {}) {
  const withShell = consoleRouteSize({ dist, modules: FILES_ROUTE_MODULES })
  const pageOnly = consoleRouteSize({ dist, modules: [FILES_ROUTE_MODULES[1]] })
  const shell = consoleRouteSize({ dist, modules: [FILES_ROUTE_MODULES[0]] })
  const shellFiles = new Set(shell.chunks.map((c) => c.file))
  const beyondShell = pageOnly.chunks.filter((c) => !shellFiles.has(c.file))
  const beyondShellGzip = beyondShell.reduce((n, c) => n + c.gzip, 0)
  return {
    ...withShell,
    targetGzip: FILES_ROUTE_TARGET_GZIP,
    withinTarget: withShell.jsGzip <= FILES_ROUTE_TARGET_GZIP,
    beyondShell: { chunks: beyondShell, jsGzip: beyondShellGzip },
  }
}
