/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import type { Plugin, ProxyOptions } from 'vite'

import type { startDemoPanel as StartDemoPanel } from './server/demo-panel/serve'

const src = fileURLToPath(new URL('./src', import.meta.url))

// ---------------------------------------------------------------------------------------------
// `npm run dev`: the dev server forwards the same panel routes as the production server
// (server/app.ts) to PANEL_URL or, when unset, to a demo panel started in this process on an
// ephemeral port. Dev mode skips production's Origin guard and path checks; it serves localhost.
// (Kept in this file on purpose: importing local .ts modules from the config makes Vite warn on
// every run that they need file extensions.)

// Keys starting with ^ are regular expressions over path + query.
const PANEL_ROUTES = [
  '^/api/client(?:/|\\?|$)',
  '^/sanctum/csrf-cookie(?:\\?|$)',
  '^/auth/(?:login|login/checkpoint|logout|password|password/reset)(?:\\?|$)',
]

// Vite re-evaluates this file on every restart; keep one demo panel per process so its sessions
// survive a restart and no listener leaks.
const demoSlot = globalThis as { __talonDemoPanel?: Promise<{ url: string }> }

function startDemoPanelOnce(): Promise<{ url: string }> {
  demoSlot.__talonDemoPanel ??= (async () => {
    // Loaded through tsx at run time rather than bundled into the config: builds, `vite preview`
    // and vitest never compile or depend on the demo panel. (Vite rewrites import.meta.url in its
    // config bundle to this file's real location.)
    const { tsImport } = await import('tsx/esm/api')
    const entry = new URL('./server/demo-panel/serve.ts', import.meta.url).href
    const { startDemoPanel } = (await tsImport(entry, import.meta.url)) as {
      startDemoPanel: typeof StartDemoPanel
    }
    return startDemoPanel({
      port: 0,
      host: '127.0.0.1',
      adminServers: Number(process.env.DEMO_SERVERS ?? 250),
      faults: process.env.DEMO_PANEL_FAULTS === '1',
    })
  })()
  return demoSlot.__talonDemoPanel
}

function panelOriginFromEnv(raw: string): string {
  const url = new URL(raw)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PANEL_URL must be an http(s) URL (got "${raw}")`)
  }
  return url.origin
}

function panelProxy(panelOrigin: string): Record<string, ProxyOptions> {
  const common: ProxyOptions = {
    target: panelOrigin,
    changeOrigin: true,
    cookieDomainRewrite: '', // cookies land host-only on the dev server, as in production
    xfwd: true,
    configure(proxy) {
      proxy.on('proxyReq', (proxyReq, req) => {
        // As in production: browser requests are presented as the panel's own SPA so Sanctum
        // treats them as stateful; Bearer-key scripts (no cookie/Origin/Referer) are left alone.
        const { cookie, origin, referer } = req.headers
        if (cookie || origin || referer) {
          proxyReq.setHeader('origin', panelOrigin)
          proxyReq.setHeader('referer', `${panelOrigin}/`)
        }
      })
    },
  }
  // A browser opening /auth/login (an old panel bookmark) gets the SPA, as in production.
  const spaForPages: ProxyOptions['bypass'] = (req) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    /\btext\/html\b/.test(req.headers.accept ?? '')
      ? '/index.html'
      : undefined
  return Object.fromEntries(
    PANEL_ROUTES.map((key) => [
      key,
      key.startsWith('^/auth/') ? { ...common, bypass: spaForPages } : common,
    ]),
  )
}

function talonDevProxy(): Plugin {
  let target: string | undefined
  return {
    name: 'talon-dev-proxy',
    async config(_config, env) {
      // Only the dev server needs a panel: not builds, not `vite preview`, not vitest.
      if (env.command !== 'serve' || env.isPreview || process.env.VITEST) return
      target = process.env.PANEL_URL
        ? panelOriginFromEnv(process.env.PANEL_URL)
        : (await startDemoPanelOnce()).url
      return { server: { proxy: panelProxy(target) } }
    },
    configureServer(server) {
      const panel = target
      if (!panel) return
      const printUrls = server.printUrls.bind(server)
      server.printUrls = () => {
        printUrls()
        const what = process.env.PANEL_URL
          ? 'the panel'
          : 'the demo panel (sign in with demo / demo-password)'
        server.config.logger.info(`  ➜  API:     forwarded to ${what} at ${panel}`)
      }
    },
  }
}
// ---------------------------------------------------------------------------------------------

export default defineConfig({
  plugins: [react(), tailwindcss(), talonDevProxy()],
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
