import { describe, expect, it } from 'vitest'

import { benchSummary, renderBenchMarkdown } from './report-md.mjs'

const SETTINGS = {
  lighthouse: 'lighthouse@12.8.2',
  lighthouseRuns: 3,
  dashboardSeconds: 60,
  loadSeconds: 30,
  loadConnections: 8,
}

/** A report as a partial run leaves it: the build, one route and one size phase; the rest absent. */
const REPORT = {
  date: '2026-01-02T03:04:05.000Z',
  remeasured: { phases: ['files-route-size'], date: '2026-01-03T10:20:30.000Z', node: 'v20.0.0' },
  machine: {
    cpus: 2,
    cpuModel: 'Test CPU',
    ramGiB: 4,
    node: 'v20.0.0',
    os: 'Linux 6',
    chromium: '140',
  },
  build: { ms: 12_345, accountPath: { jsFiles: 4, jsGzip: 98_765, cssGzip: 6_500 } },
  routes: {
    '/account': {
      finalPath: '/account',
      js: { raw: 300_000, gzip: 100_000, transferred: 90_000, files: 5 },
      css: { raw: 30_000, gzip: 7_000, transferred: 6_000, files: 1 },
    },
  },
  lighthouse: {},
  filesRouteSize: {
    sharedJsGzip: 100_000,
    targetGzip: 60_000,
    withinTarget: true,
    beyondShell: { jsGzip: 20_000 },
    chunks: [
      { file: 'assets/files-page-abc.js', module: 'src/files.tsx', raw: 80_000, gzip: 25_000 },
    ],
    jsRaw: 80_000,
    jsGzip: 25_000,
  },
}

describe('renderBenchMarkdown', () => {
  const md = renderBenchMarkdown(REPORT, SETTINGS)

  it('writes the heading, the machine and the build', () => {
    expect(md.startsWith('# Talon benchmark\n\nMeasured 2026-01-02 03:04 UTC')).toBe(true)
    expect(md).toContain('2 × Test CPU,\n4 GiB RAM, Linux 6, Node v20.0.0, Chromium 140.')
    expect(md).toContain('## Production build\n`vite build`: **12.3 s**')
    expect(md).toContain('4 JS files, **98.8 kB gzip**; CSS 6.5 kB gzip.')
  })

  it('writes a row per route and quotes the run settings', () => {
    expect(md).toContain(
      '| `/account` | 300.0 kB | **100.0 kB** | 90.0 kB | 5 | 30.0 kB | 7.0 kB |',
    )
    expect(md).toContain('## Lighthouse 12.8.2 (mobile preset, simulated throttling)')
    expect(md).toContain('Median by performance score of 3 run(s) each')
  })

  it('says which phases were not measured, in the order of the phases', () => {
    const headings = md.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Production build',
      '## What Chromium downloads to show a page after sign-in',
      '## Lighthouse 12.8.2 (mobile preset, simulated throttling)',
      '## Server dashboard: panel requests per minute',
      '## Loopback load on the Talon server',
      '## Hostile clients (issue 20)',
      '## Live console under a flood (issue 15)',
      '## Console route size (issue 15)',
      '## Wings relay: 500 console sockets (issue 15)',
      '## File editor: a 4 MiB file (issue 16)',
      '## Files: a folder of 10,000 entries (issue 16)',
      '## Files route size (issue 16)',
    ])
    expect(md).toContain('## Server dashboard: panel requests per minute\nNot measured: no result.')
    expect(md).toContain('## Loopback load on the Talon server\nNot measured: not run.')
    expect(md).toContain('## Hostile clients (issue 20)\nNot measured: not run.\n')
  })

  it('writes a measured size phase and the re-measured note', () => {
    expect(md).toContain('Target ≤ 60.0 kB gzip: **met**')
    expect(md).toContain('| `assets/files-page-abc.js` | `src/files.tsx` | 80.0 kB | 25.0 kB |')
    expect(md).toContain('| **total JS** | | 80.0 kB | **25.0 kB** |')
    expect(md).toContain(
      '_Re-measured 2026-01-03 10:20 UTC (`BENCH_PHASES=files-route-size`, Node v20.0.0); the other sections keep their figures from earlier runs: the full run of 2026-01-02 03:04 UTC or a later partial one',
    )
  })
})

describe('benchSummary', () => {
  it('gives the build time, the bytes per route and what was not measured', () => {
    expect(benchSummary(REPORT)).toBe(
      'done. build 12345 ms; /account JS 100.0 kB gzip; LH /account perf n/a; load: not run',
    )
  })
})
