/* global document, window -- the functions passed to page.evaluate run in the browser */
// The live console under a flood (issue 15): Debian Chromium signed in as demo on
// /server/1a7ce997, the fake Wings printing 20,000 lines/s for 10 s (`POST /__demo/flood` on the
// demo panel, faults on). Real Wings throttles a console at 2,000 lines per 100 ms, so this is
// the most a browser can be sent.
//
// What is read, without any hook in the app:
// - long tasks: a `longtask` PerformanceObserver installed before the app's scripts run
//   (buffered), i.e. main-thread tasks over 50 ms as Chromium itself attributes them. Chosen over
//   CDP tracing because it needs no trace parsing and its entries are exactly the tasks that
//   block input; both come from the same scheduler instrumentation.
// - JS heap: CDP `Runtime.getHeapUsage` (exact, unlike the bucketed `performance.memory`), before
//   (after a forced GC), every 250 ms during the flood and the drain (peak), and after (forced GC).
// - lines sent: counted by a second socket straight to the fake Wings (each line is numbered,
//   `Flood line N`), not by listening to the page's socket: CDP's websocket-frame events are
//   built on the page's main thread and would add to what is measured.
// - lines that reached the terminal: the newest `Flood line N` on xterm's rendered rows once
//   the terminal has caught up, and the page's own copy of the log ("Copy log" → clipboard):
//   its length (bounded like the scrollback) and whether its numbers are contiguous.
// - scrollback: xterm 6 draws its own scrollbar, so the buffer's length is read by scrolling the
//   terminal to the top (mouse wheel) and reading the oldest `Flood line N` on its rows.
import { writeFile } from 'node:fs/promises'

import { expect } from '@playwright/test'
import WebSocket from 'ws'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const MB = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10
const FLOOD = /Flood line (\d+)/

const LONGTASK_OBSERVER = () => {
  // What "Copy log" writes, kept for the bench: Talon's Permissions-Policy denies clipboard-read.
  const clipboard = navigator.clipboard
  if (clipboard) {
    const writeText = clipboard.writeText.bind(clipboard)
    clipboard.writeText = (text) => {
      window.__benchCopied = text
      return writeText(text).catch(() => undefined)
    }
  }
  window.__benchLongTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__benchLongTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

async function terminalState(page) {
  return page.evaluate(() => {
    const rows = [...(document.querySelector('.xterm-rows')?.children ?? [])]
    const numbers = rows
      .map((r) => /Flood line (\d+)/.exec(r.textContent ?? ''))
      .filter(Boolean)
      .map((m) => Number(m[1]))
    return { lastFlood: numbers.length ? Math.max(...numbers) : 0, rows: rows.length }
  })
}

/** The second console socket: straight to the fake Wings, Origin = the panel's (as the relay). */
async function observeWings({ base, panelUrl, server, state }) {
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
  const res = await fetch(`${base}/api/client/servers/${server}/websocket`, {
    headers: { accept: 'application/json', cookie },
  })
  if (!res.ok) throw new Error(`GET /api/client/servers/${server}/websocket answered ${res.status}`)
  const { data } = await res.json()
  const relayed = new URL(data.socket, base)
  const direct = Buffer.from(relayed.searchParams.get('u') ?? '', 'base64url').toString('utf8')
  const ws = new WebSocket(direct, { origin: new URL(panelUrl).origin, perMessageDeflate: false })
  const observer = { lastFlood: 0, lastFloodAt: 0, floodLines: 0, close: () => ws.close(1000) }
  await new Promise((resolve, reject) => {
    ws.once('error', reject)
    ws.once('open', () => ws.send(JSON.stringify({ event: 'auth', args: [data.token] })))
    ws.on('message', (raw) => {
      const text = raw.toString()
      if (text.includes('"auth success"')) resolve()
      const m = FLOOD.exec(text)
      if (m) {
        observer.floodLines++
        observer.lastFlood = Number(m[1])
        observer.lastFloodAt = Date.now()
      }
    })
  })
  return observer
}

/** Drags xterm's scrollbar slider to the top and reads the oldest `Flood line N` on screen. */
async function oldestFloodLine(page) {
  const bar = page.locator('.xterm-scrollable-element .scrollbar.vertical')
  const slider = await bar.locator('.slider').boundingBox()
  const track = await bar.boundingBox()
  if (!slider || !track) return undefined
  await page.mouse.move(slider.x + slider.width / 2, slider.y + slider.height / 2)
  await page.mouse.down()
  await page.mouse.move(slider.x + slider.width / 2, track.y - 50, { steps: 5 })
  await page.mouse.up()
  await sleep(300)
  return page.evaluate(() => {
    const rows = [...(document.querySelector('.xterm-rows')?.children ?? [])]
    const first = rows.map((r) => /Flood line (\d+)/.exec(r.textContent ?? '')).find(Boolean)
    return first ? Number(first[1]) : undefined
  })
}

/** The page's own copy of the log, through its "Copy log" button. */
async function copyLog(page) {
  try {
    await page.getByRole('button', { name: 'Copy the whole console log' }).click()
    await page.waitForFunction(() => typeof window.__benchCopied === 'string')
    const text = await page.evaluate(() => window.__benchCopied)
    const lines = text.split('\n')
    const numbers = lines
      .map((l) => FLOOD.exec(l))
      .filter(Boolean)
      .map((m) => Number(m[1]))
    return {
      lines: lines.length,
      chars: text.length,
      firstFlood: numbers[0],
      lastFlood: numbers.at(-1),
      contiguous: numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1),
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  }
}

export async function consoleFlood({
  browser,
  state,
  base,
  panelUrl,
  server = '1a7ce997',
  linesPerSecond = 20_000,
  seconds = 10,
}) {
  const context = await browser.newContext({
    storageState: state,
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-write'],
  })
  let wings
  try {
    await context.addInitScript(LONGTASK_OBSERVER)
    const page = await context.newPage()
    await page.goto(`${base}/server/${server}`)
    await expect(page.getByText('Console connection: Connected')).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.xterm-rows')).toContainText('Done (', { timeout: 30_000 })
    wings = await observeWings({ base, panelUrl, server, state })
    await sleep(1000)

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.enable')
    const heap = async (gc = false) => {
      if (gc) await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    const heapBefore = await heap(true)
    // Main-thread busy time (CDP Performance metrics, seconds of task/script/layout time).
    await cdp.send('Performance.enable')
    const busy = async () =>
      Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics
          .filter((m) =>
            ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].includes(
              m.name,
            ),
          )
          .map((m) => [m.name, m.value]),
      )
    const busyBefore = await busy()
    // BENCH_PROFILE=<file.cpuprofile>: the page's CPU profile over the flood and the drain, for
    // finding where the console spends its time (open it in Chromium's DevTools).
    const profileTo = process.env.BENCH_PROFILE
    if (profileTo) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
      await cdp.send('Profiler.start')
    }
    const floodStart = await page.evaluate(() => performance.now())

    const flood = (n) =>
      fetch(`${panelUrl}/__demo/flood`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ server, linesPerSecond: n }),
      }).then((res) => {
        if (!res.ok) throw new Error(`POST /__demo/flood answered ${res.status}`)
      })

    const heapSamples = []
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        heapSamples.push(await heap().catch(() => undefined))
        await sleep(250)
      }
    })()

    // The fake Wings prints the lines due by its clock in bursts every 100 ms, so the flood
    // runs for the planned time (counting what the observer socket has seen would stop it late
    // when that socket falls behind on a busy machine).
    const planned = linesPerSecond * seconds
    const t0 = Date.now()
    await flood(linesPerSecond)
    await sleep(seconds * 1000)
    await flood(0)
    const floodMs = Date.now() - t0

    // Drain: until the terminal shows the last line Wings sent.
    const drainStart = Date.now()
    let term = await terminalState(page)
    while (Date.now() - drainStart < 60_000) {
      term = await terminalState(page)
      if (Date.now() - wings.lastFloodAt > 1000 && term.lastFlood >= wings.lastFlood) break
      await sleep(100)
    }
    const drainMs = Date.now() - drainStart
    const sent = wings.lastFlood
    const busyAfter = await busy()
    if (profileTo) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(profileTo, JSON.stringify(profile))
    }
    const wallS = (floodMs + drainMs) / 1000
    const share = (name) => Math.round(((busyAfter[name] - busyBefore[name]) / wallS) * 100)
    const mainThread = {
      source: 'CDP Performance.getMetrics, from the flood start until the terminal caught up',
      seconds: Math.round(wallS * 10) / 10,
      busyPercent: share('TaskDuration'),
      scriptPercent: share('ScriptDuration'),
      layoutAndStylePercent: share('LayoutDuration') + share('RecalcStyleDuration'),
    }
    sampling = false
    await sampler
    const heapAfter = await heap(true)

    const longTasks = (await page.evaluate(() => window.__benchLongTasks ?? [])).filter(
      (t) => t.start + t.duration >= floodStart,
    )
    const durations = longTasks.map((t) => t.duration).sort((a, b) => b - a)

    const oldest = await oldestFloodLine(page).catch(() => undefined)
    const held = oldest !== undefined ? term.lastFlood - oldest + 1 : undefined
    const bounded = typeof held === 'number' && held <= 5000 + term.rows
    const copied = await copyLog(page)

    const peak = Math.max(...heapSamples.filter((v) => typeof v === 'number'))
    const round = (n) => Math.round(n)
    return {
      server,
      linesPerSecond,
      seconds,
      plannedLines: planned,
      achievedLinesPerSecond: Math.round(sent / (floodMs / 1000)),
      floodMs,
      drainMs,
      longTaskSource: 'PerformanceObserver longtask (buffered, installed before the app)',
      longTasks: {
        count: durations.length,
        over200ms: durations.filter((d) => d > 200).length,
        maxMs: round(durations[0] ?? 0),
        top5Ms: durations.slice(0, 5).map(round),
        totalBlockingMs: round(durations.reduce((n, d) => n + Math.max(0, d - 50), 0)),
      },
      mainThread,
      heapMB: {
        source: 'CDP Runtime.getHeapUsage (usedSize)',
        before: MB(heapBefore),
        peak: MB(Math.max(peak, heapBefore)),
        after: MB(heapAfter),
        samples: heapSamples.length,
      },
      lines: {
        sent,
        lastInTerminal: term.lastFlood,
        reachedTerminal: sent > 0 && term.lastFlood >= sent,
      },
      scrollback: {
        oldestFloodLine: oldest,
        newestFloodLine: term.lastFlood,
        floodLinesHeld: held,
        visibleRows: term.rows,
        limit: 5000,
        bounded,
      },
      copyLog: copied,
      targets: { noTaskOver200ms: durations.every((d) => d <= 200), scrollbackBounded: bounded },
    }
  } finally {
    wings?.close()
    await context.close()
  }
}
