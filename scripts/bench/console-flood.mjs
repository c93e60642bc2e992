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
// - lines sent: the `console output` frames the page's websocket received (Playwright's
//   websocket events), each numbered by Wings (`Flood line N`).
// - lines that reached the terminal: the newest `Flood line N` on xterm's rendered rows once
//   the terminal has caught up, and the page's own copy of the log ("Copy log" → clipboard):
//   its length (bounded like the scrollback) and whether its numbers are contiguous.
// - scrollback: xterm 6 draws its own scrollbar, so the buffer's length is read by scrolling the
//   terminal to the top (mouse wheel) and reading the oldest `Flood line N` on its rows.
import { expect } from '@playwright/test'

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
  try {
    await context.addInitScript(LONGTASK_OBSERVER)
    const page = await context.newPage()
    let framesReceived = 0
    let floodFrames = 0
    let lastFloodSent = 0
    let lastFloodAt = 0
    page.on('websocket', (ws) => {
      ws.on('framereceived', ({ payload }) => {
        framesReceived++
        const text = typeof payload === 'string' ? payload : payload.toString()
        const m = FLOOD.exec(text)
        if (m) {
          floodFrames++
          lastFloodAt = Date.now()
          lastFloodSent = Math.max(lastFloodSent, Number(m[1]))
        }
      })
    })
    await page.goto(`${base}/server/${server}`)
    await expect(page.getByText('Console connection: Connected')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('log', { name: 'New console lines' })).toContainText('Done (', {
      timeout: 30_000,
    })
    await expect(page.locator('.xterm-rows')).toContainText('Done (', { timeout: 30_000 })
    await sleep(1000)

    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.enable')
    const heap = async (gc = false) => {
      if (gc) await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    const heapBefore = await heap(true)
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

    // The fake Wings prints in bursts on a 100 ms timer, which slips on a busy machine: the
    // flood runs until the planned number of lines has been sent (or twice the planned time).
    const planned = linesPerSecond * seconds
    const t0 = Date.now()
    await flood(linesPerSecond)
    while (lastFloodSent < planned && Date.now() - t0 < seconds * 2000) await sleep(50)
    await flood(0)
    const floodMs = Date.now() - t0

    // Drain: until the socket has been quiet for 2 s and the terminal shows the last line sent.
    const drainStart = Date.now()
    let term = await terminalState(page)
    while (Date.now() - drainStart < 60_000) {
      term = await terminalState(page)
      if (Date.now() - lastFloodAt > 2000 && term.lastFlood >= lastFloodSent) break
      await sleep(250)
    }
    const drainMs = Date.now() - drainStart
    sampling = false
    await sampler
    const heapAfter = await heap(true)

    const longTasks = (await page.evaluate(() => window.__benchLongTasks ?? [])).filter(
      (t) => t.start + t.duration >= floodStart,
    )
    const durations = longTasks.map((t) => t.duration).sort((a, b) => b - a)

    // The oldest line xterm still holds: scroll its viewport to the top with the mouse wheel.
    const box = await page.locator('.xterm-screen').boundingBox()
    let oldest = { firstFlood: undefined, firstRow: undefined }
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, -1_000_000)
        await sleep(50)
        const top = await page.evaluate(() => {
          const rows = [...(document.querySelector('.xterm-rows')?.children ?? [])]
          const first = rows.map((r) => /Flood line (\d+)/.exec(r.textContent ?? '')).find(Boolean)
          return {
            firstFlood: first ? Number(first[1]) : undefined,
            firstRow: rows[0]?.textContent,
          }
        })
        if (top.firstFlood !== undefined && top.firstFlood === oldest.firstFlood) break
        oldest = top
      }
    }
    const terminalHolds =
      oldest.firstFlood !== undefined ? term.lastFlood - oldest.firstFlood + 1 : undefined

    // The page's own copy of the log, through its "Copy log" button.
    let copied
    try {
      await page.getByRole('button', { name: 'Copy the whole console log' }).click()
      await page.waitForFunction(() => typeof window.__benchCopied === 'string')
      const text = await page.evaluate(() => window.__benchCopied)
      const lines = text.split('\n')
      const numbers = lines
        .map((l) => FLOOD.exec(l))
        .filter(Boolean)
        .map((m) => Number(m[1]))
      const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1)
      copied = {
        lines: lines.length,
        chars: text.length,
        firstFlood: numbers[0],
        lastFlood: numbers.at(-1),
        contiguous,
      }
    } catch (error) {
      copied = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) }
    }

    const peak = Math.max(...heapSamples.filter((v) => typeof v === 'number'))
    const round = (n) => Math.round(n)
    return {
      server,
      linesPerSecond,
      seconds,
      plannedLines: planned,
      achievedLinesPerSecond: Math.round(lastFloodSent / (floodMs / 1000)),
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
      heapMB: {
        source: 'CDP Runtime.getHeapUsage (usedSize)',
        before: MB(heapBefore),
        peak: MB(Math.max(peak, heapBefore)),
        after: MB(heapAfter),
        samples: heapSamples.length,
      },
      lines: {
        sent: lastFloodSent,
        framesReceived,
        floodFramesReceived: floodFrames,
        lastInTerminal: term.lastFlood,
        reachedTerminal: term.lastFlood >= lastFloodSent && lastFloodSent > 0,
      },
      scrollback: {
        oldestFloodLine: oldest.firstFlood,
        newestFloodLine: term.lastFlood,
        floodLinesHeld: terminalHolds,
        visibleRows: term.rows,
        limit: 5000,
        bounded: typeof terminalHolds === 'number' && terminalHolds <= 5000 + term.rows,
      },
      copyLog: copied,
      targets: {
        noTaskOver200ms: durations.every((d) => d <= 200),
        scrollbackBounded: typeof terminalHolds === 'number' && terminalHolds <= 5000 + term.rows,
      },
    }
  } finally {
    await context.close()
  }
}
