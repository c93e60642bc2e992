import { config } from 'zod/v4/core'

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed.
// Talon's CSP (script-src 'self') forbids eval, so the probe fails — correctly — but Chromium
// still records it as a CSP violation on every page. Parsing without the JIT is plenty fast for
// API answers this size. Imported first by main.tsx, before any schema is built.
// (No zod locale is loaded: zod's own texts only reach an InvalidResponse's `cause`, where
// "Invalid input" and the path are enough; people see Talon's catalogue text.)
config({ jitless: true })
