// reports/bench.md from the report object that scripts/bench.mjs writes to reports/bench.json: one
// section per phase, in the order of the file. Pure (no I/O), so the markdown of a given report can
// be rendered again without measuring anything.

const kB = (n) => `${(n / 1000).toFixed(1)} kB`
const score = (s) => (typeof s === 'number' ? s.toFixed(2) : 'n/a')
const ms = (n) => (typeof n === 'number' ? `${(n / 1000).toFixed(2)} s` : 'n/a')

/**
 * The markdown of reports/bench.md for `report`. `settings` are the bench's run settings the text
 * quotes: `lighthouse` (the npx package, e.g. lighthouse@12.8.2), `lighthouseRuns`,
 * `dashboardSeconds`, `loadSeconds` and `loadConnections`.
 */
export function renderBenchMarkdown(report, settings) {
  return [
    ...header(report),
    ...buildSection(report),
    ...routesSection(report),
    ...lighthouseSection(report, settings),
    ...dashboardSection(report, settings),
    ...loadSection(report, settings),
    ...hostileSection(report),
    ...consoleFloodSection(report),
    ...consoleRouteSizeSection(report),
    ...relaySocketsSection(report),
    ...editorOpenSection(report),
    ...filesListSection(report),
    ...filesRouteSizeSection(report),
    ...remeasuredNote(report),
  ].join('\n')
}

/** The one line `npm run bench` prints when done: build time, bytes, Lighthouse, load, hostile. */
export function benchSummary(report) {
  const l = report.load ?? { error: 'not run' }
  const h = report.hostile
  return (
    `done. build ${report.build.ms} ms; ` +
    Object.entries(report.routes)
      .map(([r, v]) => `${r} JS ${kB(v.js.gzip)} gzip`)
      .join('; ') +
    `; LH /account perf ${score(report.lighthouse['/account']?.performance)}` +
    (l.error
      ? `; load: ${l.error}`
      : `; API ${l.api.requestsPerSecond} req/s; asset ${l.asset.requestsPerSecond} req/s`) +
    (h && !h.error
      ? `; hostile: user max ${h.user.duringMs.max} ms, RSS ${h.rssMB.idle} → ${h.rssMB.peak} → ${h.rssMB.after} MB`
      : '')
  )
}

function header(report) {
  const m = report.machine
  return [
    `# Talon benchmark

Measured ${report.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` on: ${m.cpus} × ${m.cpuModel ?? 'CPU'},
${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}, Chromium ${m.chromium}. Everything (browser, Talon,
demo panel, load generator) ran on this one machine over loopback, so the figures compare runs on
the same machine; they are not a capacity claim.
`,
  ]
}

function buildSection(report) {
  return [
    `## Production build
\`vite build\`: **${(report.build.ms / 1000).toFixed(1)} s** (wall, including Node start-up).
The /account first load per Vite's manifest (the size budget in \`.size-limit.mjs\`):
${report.build.accountPath.jsFiles} JS files, **${kB(report.build.accountPath.jsGzip)} gzip**; CSS ${kB(report.build.accountPath.cssGzip)} gzip.
`,
  ]
}

function routesSection(report) {
  const lines = []
  lines.push(`## What Chromium downloads to show a page after sign-in
Cold HTTP cache, signed in as \`demo\`; every script and stylesheet the page loaded until the
network went idle. gzip = the same bytes compressed at level 9; "sent" = what the Talon server
actually transferred (it serves brotli to Chromium). Target for \`/account\`: ≤ 110 kB gzip JS
(Pterodactyl's own frontend needs 540 kB, Pyrodactyl's 1,082 kB).

| route | JS raw | JS gzip | JS sent | JS files | CSS raw | CSS gzip |
|---|---|---|---|---|---|---|`)
  for (const [r, v] of Object.entries(report.routes)) {
    const shown = v.finalPath === r ? `\`${r}\`` : `\`${r}\` (ended on \`${v.finalPath}\`)`
    lines.push(
      `| ${shown} | ${kB(v.js.raw)} | **${kB(v.js.gzip)}** | ${kB(v.js.transferred)} | ${v.js.files} | ${kB(v.css.raw)} | ${kB(v.css.gzip)} |`,
    )
  }
  return lines
}

function lighthouseSection(report, { lighthouse, lighthouseRuns }) {
  const lines = []
  lines.push(`
## Lighthouse ${lighthouse.split('@')[1]} (mobile preset, simulated throttling)
Median by performance score of ${lighthouseRuns} run(s) each; \`/account\` is loaded with the demo
session's cookies (\`--extra-headers\`). Targets: performance ≥ 0.95, accessibility 1.0.

| page | performance (runs) | accessibility | best practices | FCP | LCP | TBT | CLS | final URL |
|---|---|---|---|---|---|---|---|---|`)
  for (const [route, r] of Object.entries(report.lighthouse)) {
    if (r.error) {
      lines.push(`| \`${route}\` | failed: ${r.error.split('\n')[0]} | | | | | | | |`)
      continue
    }
    const runs = r.runs.map(score).join(', ')
    const final = new URL(r.finalUrl).pathname
    lines.push(
      `| \`${route}\` | **${score(r.performance)}** (${runs}) | ${score(r.accessibility)} | ${score(r.bestPractices)} | ${ms(r.fcpMs)} | ${ms(r.lcpMs)} | ${r.tbtMs} ms | ${r.cls} | \`${final}\`${r.runtimeError ? ` (error: ${r.runtimeError})` : ''} |`,
    )
  }
  const failed = Object.entries(report.lighthouse)
    .filter(([, r]) => r.failedAudits?.length)
    .map(([route, r]) => `\`${route}\`: ${r.failedAudits.join(', ')}`)
  if (failed.length) lines.push(`\nFailed pass/fail audits — ${failed.join('; ')}.`)
  return lines
}

function dashboardSection(report, { dashboardSeconds }) {
  const lines = []
  lines.push(`
## Server dashboard: panel requests per minute`)
  const d = report.dashboard
  if (!d || d.error) {
    lines.push(`Not measured: ${d?.error ?? 'no result'}.`)
  } else {
    lines.push(`Signed in as \`admin\`, all-servers view (250 servers on the demo panel), steady state over
${d.seconds ?? dashboardSeconds} s after a warm-up, counted by the demo panel (\`/__demo/stats\`).

- **${d.requestsPerMinute} requests/minute** to the panel (its per-user limit is 720/min, shared by every tab)
- rows on screen: ${d.visibleRows}${d.liveRows !== undefined ? `; showing live stats: ${d.liveRows} of ${d.pollableRows} pollable` : ''}; live stats: ${d.statsLive ? 'yes' : 'no'}
- per route: ${
      Object.entries(d.perRoute ?? {})
        .map(([route, n]) => `\`${route}\` ${n}`)
        .join(', ') || 'none'
    }`)
    const two = report.dashboardTwoTabs
    lines.push(
      !two || two.error
        ? `- two tabs: not measured (${two?.error ?? 'no result'})`
        : `- **two dashboards open side by side** (${two.tabsVisible} of ${two.tabs} tabs visible, on different rows): **${two.requestsPerMinute} requests/minute** in total — the tabs split one budget`,
    )
  }
  return lines
}

function loadSection(report, { loadSeconds, loadConnections }) {
  const lines = []
  const l = report.load ?? { error: 'not run' }
  if (l.error) lines.push(`\n## Loopback load on the Talon server\nNot measured: ${l.error}.`)
  else {
    lines.push(`
## Loopback load on the Talon server
${loadConnections} keep-alive connections from a Node \`http\` client in the bench process, ${loadSeconds} s
per target after a 2 s warm-up. The API target goes through Talon's proxy to a demo panel (its own
process) whose per-user rate limit is raised for this test; the load generator, Talon and the
panel share the machine's ${report.machine.cpus} cores. RSS = the Talon server process, sampled every second
(idle before the load: ${l.rssIdleMB} MB).

| target | requests/s | p50 | p99 | max | requests | non-2xx | socket errors | RSS start → peak → end |
|---|---|---|---|---|---|---|---|---|`)
    for (const [label, r] of [
      ['`GET /api/client/account` (signed in, proxied)', l.api],
      [`\`GET ${r2(l.asset.url)}\` (static, brotli)`, l.asset],
    ]) {
      lines.push(
        `| ${label} | **${r.requestsPerSecond}** | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${r.latencyMs.max} ms | ${r.requests} | ${r.non2xx} | ${r.socketErrors} | ${r.rssMB.start} → ${r.rssMB.peak} → ${r.rssMB.end} MB |`,
      )
    }
    function r2(url) {
      return url.replace(/-[\w-]{8}\.js$/, '-[hash].js')
    }
    const statusLine = (r) =>
      Object.entries(r.statuses)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')
    lines.push(`
Statuses — API: ${statusLine(l.api)}; asset: ${statusLine(l.asset)}.
`)
  }
  return lines
}

function hostileSection(report) {
  const lines = []
  const h = report.hostile
  lines.push(`## Hostile clients (issue 20)`)
  if (!h || h.error) lines.push(`Not measured: ${h?.error ?? 'not run'}.\n`)
  else {
    const sc = h.scenario
    const statuses = (t) =>
      Object.entries(t)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')
    lines.push(`On the same Talon after the load above, with the demo panel hanging on
\`GET /api/client/account/activity\`: ${sc.hanging} requests hanging upstream, ${sc.slowUploads} slow uploads
(declared ${Math.round(sc.uploadBytes / 1024)} KiB, trickled 16 KiB every 250 ms) and ${sc.silentBodies} silent bodies
(headers and 9 of 100 bytes, then nothing) — ${sc.slowUploads + sc.silentBodies} slow clients. After 3 s, a signed-in
\`GET /api/client/account\` ${sc.userRequests} times, 250 ms apart. At ${sc.attackSeconds} s every attacker socket is
closed and RSS is sampled for ${sc.settleSeconds} s. "Idle" RSS is taken after ${sc.warmUpRequests} ordinary signed-in
requests and 2 s of rest.

- signed-in \`GET /api/client/account\` meanwhile: **p50 ${h.user.duringMs.p50} ms, max ${h.user.duringMs.max} ms**
  (${statuses(h.user.statuses)}; before: ${h.user.baselineMs} ms; after: ${h.user.afterMs} ms) —
  under 1 s: **${h.user.underOneSecond ? 'yes' : 'no'}**
- what the attackers had got after ${sc.attackSeconds} s — hanging: ${statuses(h.attackers.hanging)};
  slow uploads: ${statuses(h.attackers.slowUploads)}; silent bodies: ${statuses(h.attackers.silentBodies)}
- Talon RSS: idle **${h.rssMB.idle} MB** → peak ${h.rssMB.peak} MB → ${h.rssMB.after} MB ${sc.settleSeconds} s after they went
  (${h.rssMB.afterVsIdlePercent >= 0 ? '+' : ''}${h.rssMB.afterVsIdlePercent} % of idle; within 20 %: **${h.rssMB.within20Percent ? 'yes' : 'no'}**)
`)
  }
  return lines
}

function consoleFloodSection(report) {
  const lines = []
  const f = report.consoleFlood
  lines.push(`## Live console under a flood (issue 15)`)
  if (!f || f.error) lines.push(`Not measured: ${f?.error ?? 'not run'}.\n`)
  else {
    const c = f.copyLog
    const n = (v) => (typeof v === 'number' ? v.toLocaleString('en') : 'n/a')
    lines.push(`Chromium signed in as \`demo\` on \`/server/${f.server}\` (console connected, 1280 × 900), the fake Wings
asked to print **${n(f.linesPerSecond)} lines/s** (\`POST /__demo/flood\`; real Wings throttles at 2,000 lines per 100 ms,
so this is the most it would send) for ${f.seconds} s, ${n(f.plannedLines)} lines planned (the fake Wings prints the lines due
by its clock in bursts every 100 ms): it ran ${(f.floodMs / 1000).toFixed(1)} s and sent ${n(f.lines.sent)} lines, **${n(f.achievedLinesPerSecond)} lines/s**.
Long tasks: ${f.longTaskSource}; heap: ${f.heapMB.source}.
Targets: no main-thread task over 200 ms; scrollback bounded.

- longest main-thread task: **${f.longTasks.maxMs} ms**; tasks over 200 ms: **${f.longTasks.over200ms}** (of ${f.longTasks.count} over 50 ms;
  the longest ${f.longTasks.top5Ms.join(', ') || '–'} ms; blocking time ${f.longTasks.totalBlockingMs} ms) — no task over 200 ms:
  **${f.targets.noTaskOver200ms ? 'yes' : 'no'}**
${f.mainThread ? `- main thread busy ${f.mainThread.busyPercent} % of the ${f.mainThread.seconds} s from the flood's start until the terminal caught up (script ${f.mainThread.scriptPercent} %, layout and style ${f.mainThread.layoutAndStylePercent} %; ${f.mainThread.source.split(',')[0]})\n` : ''}- JS heap: ${f.heapMB.before} MB before → peak **${f.heapMB.peak} MB** → ${f.heapMB.after} MB after (before and after: after a forced GC)
- lines: ${n(f.lines.sent)} sent by Wings (counted by a second socket straight to it); newest line on the
  terminal once it caught up: ${n(f.lines.lastInTerminal)} — all reached it: **${f.lines.reachedTerminal ? 'yes' : 'no'}**; the terminal showed the
  last line ${(f.drainMs / 1000).toFixed(1)} s after the flood stopped (polled every 100 ms)
- scrollback: xterm holds flood lines ${n(f.scrollback.oldestFloodLine)}–${n(f.scrollback.newestFloodLine)} = **${n(f.scrollback.floodLinesHeld)} lines** (limit ${n(f.scrollback.limit)} + ${f.scrollback.visibleRows}
  visible rows) — bounded: **${f.scrollback.bounded ? 'yes' : 'no'}**; the page's own log ("Copy log"): ${
    c.error
      ? `not read (${c.error})`
      : `${n(c.lines)} lines (${n(c.chars)} characters), flood lines ${n(c.firstFlood)}–${n(c.lastFlood)}, contiguous: ${c.contiguous ? 'yes' : 'no'}`
  }
`)
  }
  return lines
}

function consoleRouteSizeSection(report) {
  const lines = []
  const cr = report.consoleRouteSize
  lines.push(`## Console route size (issue 15)`)
  if (!cr || cr.error) lines.push(`Not measured: ${cr?.error ?? 'not run'}.\n`)
  else {
    lines.push(`First load of \`/server/:id\` beyond the shared app chunks (the entry and its static imports,
${kB(cr.sharedJsGzip)} gzip), per Vite's manifest: the server shell, the console page and the xterm view it loads on
mount, with their static imports. Target ≤ ${kB(cr.targetGzip)} gzip: **${cr.withinTarget ? 'met' : 'not met'}**.

| chunk | from | raw | gzip |
|---|---|---|---|`)
    for (const c of cr.chunks)
      lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
    lines.push(`| **total JS** | | ${kB(cr.jsRaw)} | **${kB(cr.jsGzip)}** |`)
    lines.push(
      `\nCSS beyond the shared: ${cr.css.map((c) => `\`${c.file}\` ${kB(c.gzip)}`).join(', ') || 'none'} gzip.\n`,
    )
  }
  return lines
}

function relaySocketsSection(report) {
  const lines = []
  const rs = report.relaySockets
  lines.push(`## Wings relay: ${rs?.sockets ?? 500} console sockets (issue 15)`)
  if (!rs || rs.error) lines.push(`Not measured: ${rs?.error ?? 'not run'}.\n`)
  else {
    const ld = rs.latencyMs
    const bl = rs.burstLatencyMs
    const burst = bl
      ? `- all ${rs.opened} sockets asking at once, ${bl.bursts} bursts each way (${bl.droppedBursts} dropped): through the relay
  **p50 ${bl.relay.p50} ms, p99 ${bl.relay.p99} ms**; direct p50 ${bl.direct.p50} ms, p99 ${bl.direct.p99} ms; added
  p50 ${bl.addedP50} ms, p99 ${bl.addedP99} ms
`
      : ''
    const errs = [
      ...Object.entries(rs.openErrors).map(([why, n]) => `${n}× ${why}`),
      ...Object.entries(rs.unexpectedCloses).map(([code, n]) => `${n}× closed ${code}`),
    ]
    lines.push(`A fresh Talon + demo panel; ${rs.sockets} \`ws\` clients from the bench process open the relayed socket of
\`${rs.server}\` (one credential from \`GET /api/client/servers/${rs.server}/websocket\`, Origin = Talon's), 50 at a time, and
authenticate. Then ${ld.relay.samples + ld.direct.samples + ld.droppedSamples} \`send stats\` round trips, one at a time, alternating a relayed socket and one of ${rs.sockets} direct sockets
to the fake Wings (Origin = the panel's), all ${rs.sockets} relayed sockets still open (${ld.droppedSamples} samples dropped: a
once-a-second stats broadcast crossed them).

- opened and authenticated: **${rs.opened} of ${rs.sockets}** in ${rs.openSeconds} s; still open at the end: ${rs.openAtEnd}; errors: ${errs.length ? errs.join(', ') : 'none'} (socket errors ${rs.socketErrors}, jwt errors ${rs.jwtErrors})
- one round trip at a time, through the relay: **p50 ${ld.relay.p50} ms, p99 ${ld.relay.p99} ms** (max ${ld.relay.max}); direct: p50 ${ld.direct.p50} ms, p99 ${ld.direct.p99} ms (max ${ld.direct.max});
  **added by the relay: p50 ${ld.addedP50} ms, p99 ${ld.addedP99} ms**
${burst}- Talon RSS: idle **${rs.rssMB.idle} MB** → ${rs.rssMB.withSockets} MB with ${rs.opened} sockets (peak ${rs.rssMB.peak} MB) → ${rs.rssMB.after} MB ${rs.settleSeconds ?? 5} s after they closed
`)
  }
  return lines
}

function editorOpenSection(report) {
  const lines = []
  const eo = report.editorOpen
  lines.push(`## File editor: a 4 MiB file (issue 16)`)
  if (!eo || eo.error) lines.push(`Not measured: ${eo?.error ?? 'not run'}.\n`)
  else {
    const ch = eo.chunks
    lines.push(`Chromium (1280 × 900) signed in as \`demo\`; files of exactly 4 MiB (the panel's edit limit) written to
\`${eo.server}\` through Talon. Each figure runs until the first animation frame that shows the file's first line.
**First open in the app** (the target, under ${ms(eo.targetMs)}): the server's settings page loaded, then an in-app
navigation to \`/server/${eo.server}/files/edit#<file>\` (what a click in the file list does): the editor's chunks,
the 4 MiB answer through Talon and the panel, the text check, CodeMirror's first render. **Cold**: a fresh context with
an empty cache loads that URL (boot, the account and server requests, the server shell's socket, all of the above),
from the navigation's start. **Re-open**: the editor open on the other file, the hash changed back (chunks cached).
Median of ${eo.runs} runs, on a machine shared with other work (the runs are listed).
The stock panel's editor (CodeMirror 5, whole document rendered) has no comparable figure here: its page cannot run
against this double.

| file | first open in the app | cold | of which the 4 MiB answer (cold) | longest task (cold) | re-open | first open under ${ms(eo.targetMs)} |
|---|---|---|---|---|---|---|`)
    for (const [file, r] of Object.entries(eo.files)) {
      const list = (s) => s.runs.map((x) => x.ms).join(', ')
      const c = r.cold.runs
      lines.push(
        `| \`${file}\` | **${r.firstOpen.medianMs} ms** (${list(r.firstOpen)}) | **${r.cold.medianMs} ms** (${list(r.cold)}) | ${c.map((x) => (x.contents ? `${x.contents.ms}` : '?')).join(', ')} ms | ${Math.max(...c.map((x) => x.longTasks.maxMs))} ms | ${r.reopen.medianMs} ms (${list(r.reopen)}) | ${r.withinTarget ? 'yes' : 'no'} |`,
      )
    }
    lines.push(`
The editor route's JS beyond the shared app chunks (${kB(ch.sharedJsGzip)} gzip), per Vite's manifest, loaded only
when a file is opened:

| chunk | from | raw | gzip |
|---|---|---|---|`)
    for (const c of ch.chunks)
      lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
    lines.push(`| **total JS** | | ${kB(ch.jsRaw)} | **${kB(ch.jsGzip)}** |`)
    lines.push(
      `\nLanguage grammars, each fetched when a file of its kind opens: ${ch.languageChunks.map((c) => `${c.module.replace(/^.*node_modules\//, '')} ${kB(c.gzip)}`).join(', ') || 'none found'} gzip.`,
    )
    lines.push(
      ch.filesRoute
        ? `The files list route (\`files-page\`) pulls the editor in: **${ch.filesRoute.pullsEditor ? 'yes' : 'no'}** (chunks it shares with the editor: ${ch.filesRoute.sharedWithEditor.map((c) => `\`${c.file}\` ${kB(c.gzip)}`).join(', ') || 'none'}).\n`
        : 'The files list route is not in this build.\n',
    )
  }
  return lines
}

function filesListSection(report) {
  const lines = []
  const fl = report.filesList
  lines.push(`## Files: a folder of 10,000 entries (issue 16)`)
  if (!fl || fl.error) lines.push(`Not measured: ${fl?.error ?? 'not run'}.\n`)
  else {
    lines.push(`Chromium (1280 × 900) signed in as \`demo\`, Survival SMP's \`${fl.folder}\` (10,000 files), ${fl.runs} runs, median.
Talon lists **every** entry in a virtualised list; the stock panel renders only the first 250 (all in the DOM).
Targets: render under 300 ms, a filter keystroke under 50 ms. Machine: ${fl.cores} cores, load average
${fl.loadAverage?.join(' / ')} (1/5/15 min) while measuring — other work shared the cores, so times are inflated.

- click on the folder → "10,000 items" and the rows on screen: **${fl.listAndRenderMs.median} ms** (max ${fl.listAndRenderMs.max});
  of which the panel's answer (${kB(fl.listBytes ?? 0)} over the wire) ${fl.panelAnswerMs} ms, then parse, sort and render **${fl.renderAfterAnswerMs.median} ms**;
  ${fl.rowsInDom} rows in the DOM — render under 300 ms: **${fl.renderAfterAnswerMs.median < 300 ? 'yes' : 'no'}**; with the panel's answer, under 300 ms:
  **${fl.listAndRenderMs.median < 300 ? 'yes' : 'no'}**
- sorting the 10,000 again (a column header, both ways, → next frame; no network): **median ${fl.resortMs.median} ms**
  (${fl.resortMs.samples.join(', ')} ms)
- filter keystroke (input → next frame), ${fl.filterKeystrokeMs.samples.length} keystrokes typing and deleting \`3f2a\`:
  **median ${fl.filterKeystrokeMs.median} ms, max ${fl.filterKeystrokeMs.max} ms** (status while filtered: "${fl.filterKeystrokeMs.statusWhileFiltered}") —
  under 50 ms: **${fl.targets.keystrokeUnder50ms ? 'yes' : 'no'}**
- scroll to the last entry: ${fl.scrollToLast.ms} ms until row 10,000 is in the DOM
- for comparison, the DOM cost alone of Talon's row markup, not virtualised: the stock panel's first **250 rows ${fl.stock250DomMs} ms**
  (${fl.stock250Elements} elements), all **10,000 rows ${fl.naive10000DomMs} ms** (${fl.naive10000Elements} elements); the stock panel has no filter
`)
  }
  return lines
}

function filesRouteSizeSection(report) {
  const lines = []
  const fr = report.filesRouteSize
  lines.push(`## Files route size (issue 16)`)
  if (!fr || fr.error) lines.push(`Not measured: ${fr?.error ?? 'not run'}.\n`)
  else {
    lines.push(`First load of \`/server/:id/files\` beyond the shared app chunks (${kB(fr.sharedJsGzip)} gzip), per Vite's manifest: the server
shell and the files page with their static imports (the editor is its own lazy route). Target ≤ ${kB(fr.targetGzip)} gzip: **${fr.withinTarget ? 'met' : 'not met'}**;
beyond the server shell (which the console tab already loaded): ${kB(fr.beyondShell.jsGzip)} gzip.

| chunk | from | raw | gzip |
|---|---|---|---|`)
    for (const c of fr.chunks)
      lines.push(`| \`${c.file}\` | \`${c.module}\` | ${kB(c.raw)} | ${kB(c.gzip)} |`)
    lines.push(`| **total JS** | | ${kB(fr.jsRaw)} | **${kB(fr.jsGzip)}** |\n`)
  }
  return lines
}

function remeasuredNote(report) {
  const lines = []
  if (report.remeasured) {
    lines.push(
      `_Re-measured ${report.remeasured.date.slice(0, 16).replace('T', ' ')} UTC (\`BENCH_PHASES=${report.remeasured.phases.join(',')}\`, Node ${report.remeasured.node}); the other sections keep their figures from earlier runs: the full run of ${report.date.slice(0, 16).replace('T', ' ')} UTC or a later partial one (each section says when it was measured where it matters; \`git log reports/bench.json\` has the rest). The production build was re-run: ${report.build.ms} ms._\n`,
    )
  }
  return lines
}
