import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The layer rules of eslint.layers.js, proven with the repository's own ESLint config: an upward
// import is refused with the layer rule, a downward one passes. (Real file paths, so the typed
// config applies; the text linted is the one given here, not the file's.)

const root = fileURLToPath(new URL('..', import.meta.url))
const eslint = new ESLint({ cwd: root })

async function layerProblems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.fatal)
    .map((m) => m.message)
}

/** [what, file it is linted as, an import line, the layer message expected ('' = allowed)] */
const CASES: [string, string, string, string][] = [
  [
    'refuses an upward import from src/lib',
    'src/lib/cn.ts',
    "import { isApiError as imported } from '@/api/errors'",
    'src/lib may import only lib',
  ],
  [
    'lets src/lib import packages and itself',
    'src/lib/cn.ts',
    "import { paths as imported } from './paths'",
    '',
  ],
  [
    'refuses words in the wire layer (api → i18n)',
    'src/api/errors.ts',
    "import { messages as imported } from '@/i18n/language'",
    'src/api may import only api, lib',
  ],
  [
    'lets i18n read the wire (errorText)',
    'src/i18n/error-text.ts',
    "import { isApiError as imported } from '@/api/errors'",
    '',
  ],
  [
    'refuses a primitive importing the wire',
    'src/components/ui/error-state.tsx',
    "import { isApiError as imported } from '@/api/errors'",
    'src/components/ui may import only',
  ],
  [
    'refuses one feature importing another',
    'src/features/account/schemas.ts',
    "import { addSshKeyFormSchema as imported } from '@/features/ssh-keys/schemas'",
    'A feature does not import another feature',
  ],
  [
    'keeps the test kit out of production code',
    'src/app/loaders.ts',
    "import { recordRequests as imported } from '@/test-kit/recorder'",
    'src/test-kit is for tests only',
  ],
]

describe('layers', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_what, filePath, line, expected) => {
    const problems = await layerProblems(filePath, `${line}\n\nexport const used = imported\n`)
    expect(problems).toEqual(expected ? [expect.stringContaining(expected)] : [])
  })
})
