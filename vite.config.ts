/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'

import type { startTalonDevServer as StartTalonDevServer } from './server/dev-server'

const src = fileURLToPath(new URL('./src', import.meta.url))

// ---------------------------------------------------------------------------------------------
// `npm run dev`: the Talon app itself (server/dev-server.ts) is mounted in the dev server, so dev
// forwards exactly the panel routes production forwards, with the same guards, and relays Wings
// (the console websocket) the same way. PANEL_URL picks the panel; unset, a demo panel with its
// fake Wings starts in this process (DEMO_SERVERS, DEMO_PANEL_FAULTS … as for `npm start`).
// (Loaded through tsx at run time rather than bundled into the config: builds, `vite preview` and
// vitest never compile or depend on the server code.)

type TalonDevServer = Awaited<ReturnType<typeof StartTalonDevServer>>

// Vite re-evaluates this file on every restart; keep one Talon (and demo panel) per process so
// sessions survive a restart and no listener leaks.
const talonSlot = globalThis as { __talonDevServer?: Promise<TalonDevServer> }

function startTalonOnce(): Promise<TalonDevServer> {
  talonSlot.__talonDevServer ??= (async () => {
    const { tsImport } = await import('tsx/esm/api')
    // Vite rewrites import.meta.url in its config bundle to this file's real location.
    const entry = new URL('./server/dev-server.ts', import.meta.url).href
    const { startTalonDevServer } = (await tsImport(entry, import.meta.url)) as {
      startTalonDevServer: typeof StartTalonDevServer
    }
    return startTalonDevServer()
  })()
  return talonSlot.__talonDevServer
}

function talonDevServer(): Plugin {
  return {
    name: 'talon-dev-server',
    async configureServer(server) {
      // Only the dev server needs a panel: not builds, not `vite preview`, not vitest.
      if (process.env.VITEST) return
      const talon = await startTalonOnce()
      // Before Vite's own middlewares: panel routes never reach the SPA fallback.
      server.middlewares.use((req, res, next) => talon.middleware(req, res, next))
      // Vite's HMR socket shares this server: only the relay's paths are taken.
      server.httpServer?.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (req.url?.startsWith('/_talon/')) talon.handleUpgrade(req, socket, head)
      })
      const printUrls = server.printUrls.bind(server)
      server.printUrls = () => {
        printUrls()
        const what = talon.usesDemoPanel
          ? 'the demo panel (sign in with demo / demo-password)'
          : 'the panel'
        server.config.logger.info(`  ➜  API:     forwarded to ${what} at ${talon.panelUrl}`)
      }
    },
  }
}
// ---------------------------------------------------------------------------------------------

export default defineConfig({
  plugins: [react(), tailwindcss(), talonDevServer()],
  resolve: { alias: { '@': src } },
  // The manifest (dist/.vite/manifest.json, never served: dotfiles aren't published) lets
  // scripts/account-path-files.mjs find the /account first-load chunks for the size budget.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // The small shared pieces (ui primitives, lib and form helpers, error words) in one chunk instead of a dozen
        // sub-kilobyte ones: a page's first load then needs fewer round trips. The Radix dialog
        // panel stays its own lazy chunk (only an opened dialog needs it).
        codeSplitting: {
          groups: [
            {
              name: 'ui',
              test: /\/src\/(components\/ui\/(?!dialog-panel)|lib\/|forms\/|i18n\/(interpolate|error-text))/,
            },
          ],
        },
      },
    },
  },
  test: {
    // Every core (Vitest's default leaves one free, which on these 2-core machines meant one
    // worker for the whole suite: 194 s instead of about 120 s).
    maxWorkers: availableParallelism(),
    // Test files share a worker's module graph instead of each re-importing React, the app and
    // the demo panel (web: 155 s -> 55 s, server: 18 s -> 10 s on these machines). Every file
    // resets what it touches (setup files, a fresh demo panel per file); shuffled orders pass.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          // Page tests render lazy routes against the demo panel; on a busy 2-core CI machine a
          // journey can take several seconds. Generous, so load never turns into a red test.
          testTimeout: 20_000,
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.isolated.test.{ts,tsx}'],
          setupFiles: ['src/test-kit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests that need fresh copies of modules (vi.resetModules, vi.doMock): in the shared
          // module graph they would hand the next file in the worker other copies of the app's
          // modules than its setup holds. Named *.isolated.test.*, each runs on its own.
          name: 'web-isolated',
          isolate: true,
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.isolated.test.{ts,tsx}'],
          setupFiles: ['src/test-kit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
})
