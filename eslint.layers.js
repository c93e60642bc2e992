import { readdirSync } from 'node:fs'
import path from 'node:path'

// The layers of src/, top to bottom. A folder may import itself and the folders listed after it
// — nothing else. ESLint (import-x/no-restricted-paths) enforces it; import-x/no-cycle refuses
// file cycles inside a layer. docs/layers.md explains each layer.
//
//   app ─────────────── router, loaders, query client, the one session-ended subscriber
//    │                  (main.tsx sits beside it)
//   features/<name> ─── pages, forms, mutation hooks; one feature never imports another
//    │                  (deliberate exception: SHARED_FEATURES below)
//   components/layout ─ the app's chrome (shell, navigation, route error)
//   components/ui ───── primitives; no data, no wire
//   forms ───────────── react-hook-form helpers that know the wire: panel errors → fields,
//    │                  drafts kept across a lost session
//   i18n ────────────── catalogues, the language, and the words for an ApiError (error-text.ts)
//   api ─────────────── the wire: fetch client, zod schemas, query options, ApiError (no words)
//   lib ─────────────── plain helpers (class names, formats, paths, toasts, theme); imports nothing
//
// Tests (`*.test.*`, `test-kit.*`) may also import src/test-kit, which composes the whole app;
// production code never imports it.

/** [folder under src/, the folders under src/ it may import besides itself] */
export const LAYERS = [
  ['features', ['components/ui', 'forms', 'i18n', 'api', 'lib']],
  ['components/layout', ['components/ui', 'i18n', 'lib']],
  ['components/ui', ['i18n', 'lib']],
  ['forms', ['i18n', 'api', 'lib']],
  ['i18n', ['api', 'lib']],
  ['api', ['lib']],
  ['lib', []],
]

/**
 * Features that another feature may import, on purpose: the per-server pages (features/server)
 * show the same status badge, usage meters and power controls as the server list, and the
 * server's activity page is the account's activity feed with the server's own events.
 */
export const SHARED_FEATURES = { server: ['servers', 'activity'] }

const root = path.dirname(new URL(import.meta.url).pathname)
const src = (...parts) => path.join(root, 'src', ...parts)

function featureFolders() {
  try {
    return readdirSync(src('features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    return []
  }
}

/** The zones for import-x/no-restricted-paths; `tests` lets test code use src/test-kit too. */
export function layerZones({ tests }) {
  const testKit = tests ? ['./test-kit'] : []
  const zones = LAYERS.map(([layer, allowed]) => ({
    target: src(layer),
    from: src(),
    except: [`./${layer}`, ...allowed.map((a) => `./${a}`), ...testKit],
    message: `src/${layer} may import only ${[layer, ...allowed].join(', ')} (see docs/layers.md).`,
  }))
  for (const feature of featureFolders()) {
    const shared = SHARED_FEATURES[feature] ?? []
    zones.push({
      target: src('features', feature),
      from: src('features'),
      except: [`./${feature}`, ...shared.map((s) => `./${s}`)],
      message: 'A feature does not import another feature (see docs/layers.md).',
    })
  }
  if (!tests) {
    zones.push({
      target: [src('app'), src('main.tsx')],
      from: src('test-kit'),
      message: 'src/test-kit is for tests only.',
    })
  }
  return zones
}
