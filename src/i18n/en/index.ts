import { enCore } from './core'
import { enServerArea } from './server-area'

// English: the reference catalogue (every other one is typed against it) and the fallback.
// One module per namespace so each feature's text is easy to find; together they are one catalogue.
// Catalogue modules import relatively (not `@/`): the e2e tests import them too.
// At run time the app loads it in two parts (core.ts at once, server-area.ts with the server
// routes); this whole object is for the type and for tests.
export const en = { ...enCore, ...enServerArea }
