// `npx size-limit` (run by `npm test` after the build): the /account first load must not grow.
// The chunk list comes from Vite's manifest (scripts/account-path-files.mjs) because hashed chunk
// names change with every edit. `gzip: true` sums each file gzipped, as Chromium would get them.
//
// Budget: the target is 110 kB gzip JS (Pterodactyl's own frontend: 540 kB). Measured 2026-11-23
// after removing tailwind-merge and lazy-loading the Radix dialog: 171.6 kB; the entry chunk alone
// (react-dom, react-router, TanStack Query) is 110.5 kB, so the target isn't reachable with this
// stack yet. Budget = that figure + 3 %. Next cut: zod classic (~25 kB of the path) → zod/mini.
import { routePathFiles } from './scripts/account-path-files.mjs'

const { js, css } = routePathFiles({ dist: process.env.SIZE_LIMIT_DIST ?? 'dist' })

export default [
  { name: '/account first load: JS', path: js, gzip: true, limit: '177 kB' },
  { name: '/account first load: CSS', path: css, gzip: true, limit: '8.5 kB' },
]
