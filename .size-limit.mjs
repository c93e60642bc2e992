// `npx size-limit` (run by `npm test` after the build): the /account first load must not grow.
// The chunk list comes from Vite's manifest (scripts/account-path-files.mjs) because hashed chunk
// names change with every edit. `gzip: true` sums each file gzipped, as Chromium would get them.
//
// Budget: the target is 110 kB gzip JS (Pterodactyl's own frontend: 540 kB). Measured 2026-11-23,
// session 2, with every string in the English catalogue (+9 kB) and zod/mini instead of classic
// zod (−16.6 kB): 164.1 kB. The entry chunk alone (react-dom, react-router, TanStack Query) is
// ~112 kB, so the target isn't reachable with this stack. Budget = that figure + 3 %.
// 2026-12-07, session 3: 171.0 kB — the server area's texts (the `server` namespace, 51 server
// activity sentences) ride in the English catalogue every page loads, plus forgot-password, the
// one code field and the slow-panel notice. Budget 174 kB (+2 %). Next step to win it back: load
// the server area's catalogue namespace with the server routes, as German already loads lazily.
// 2026-12-07, session 4: done (i18n/en/server-area.ts loads with /server/:id): 167.6 kB with
// seven more server pages' texts out of it. Budget 172 kB (+2.7 %). CSS is one Tailwind file
// for every page: the new server pages' utilities took it from 8.48 to 8.95 kB; budget 9.5 kB.
import { routePathFiles } from './scripts/account-path-files.mjs'

const { js, css } = routePathFiles({ dist: process.env.SIZE_LIMIT_DIST ?? 'dist' })

export default [
  { name: '/account first load: JS', path: js, gzip: true, limit: '172 kB' },
  { name: '/account first load: CSS', path: css, gzip: true, limit: '9.5 kB' },
]
