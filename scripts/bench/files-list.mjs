/* global document, requestAnimationFrame, HTMLInputElement, MutationObserver -- page.evaluate */
// The file manager on a folder of 10,000 entries (issue 16): Debian Chromium signed in as demo,
// 1280 × 900, on Survival SMP's `/world/playerdata` (the demo panel seeds exactly 10,000 files).
//
// - list and render: from the click on `playerdata` in `/world` (the click event's own time) to
//   the frame that shows
//   "10,000 items" and the first rows (a MutationObserver + requestAnimationFrame in the page),
//   split into the panel's answer (Resource Timing of the `files/list` request) and the rest
//   (parse, zod, sort, the virtualised list's first render). Repeated runs (back, forward-click)
//   so the median is reported; the listing is refetched each time (staleTime passed via a fresh
//   page each run).
// - filter keystroke latency: a character typed into the filter (the input event dispatched in
//   the page, as a keystroke would) until the next frame after React's synchronous re-render.
// - scroll to the last entry: scrollTop to the end until the last row is in the DOM.
// - the stock panel's approach (render the first 250 entries, all in the DOM) and the naive
//   "render every entry" approach, for comparison: Talon's own row markup cloned 250 and 10,000
//   times into a plain container (no React: this is the DOM's own cost, the floor of either
//   approach), from insertion to the next frame.
import os from 'node:os'

const SERVER = '1a7ce997'
const FOLDER = '/world/playerdata'
const RUNS = 5

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null
}
const round = (v) => (v === null ? null : Math.round(v * 10) / 10)

async function openAndMeasure(page, base) {
  await page.goto(`${base}/server/${SERVER}/files#/world`)
  const link = page.getByRole('link', { name: 'playerdata', exact: true })
  await link.waitFor()
  const done = page.evaluate(
    () =>
      new Promise((resolve) => {
        // Timed from the click itself (its event time), not from when Playwright was asked to
        // click: its actionability checks and IPC are not the page's work.
        let t0 = performance.now()
        document.addEventListener('click', (event) => (t0 = event.timeStamp), {
          capture: true,
          once: true,
        })
        const check = () => {
          const status = [...document.querySelectorAll('[role=status]')].some((el) =>
            /10,000 items/.test(el.textContent ?? ''),
          )
          const rows = document.querySelectorAll('[role=grid] [role=row][aria-rowindex]').length
          if (status && rows > 5) {
            observer.disconnect()
            requestAnimationFrame(() =>
              setTimeout(() => {
                const list = performance
                  .getEntriesByType('resource')
                  .filter((e) => e.name.includes('/files/list'))
                  .pop()
                resolve({
                  totalMs: performance.now() - t0,
                  listResponseEndMs: list ? list.responseEnd - t0 : null,
                  listFetchMs: list ? list.responseEnd - list.startTime : null,
                  listBytes: list ? list.encodedBodySize : null,
                  rowsInDom: rows,
                })
              }),
            )
          }
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      }),
  )
  await link.click()
  return done
}

async function filterLatency(page, text) {
  const input = page.getByRole('searchbox', { name: 'Filter by name' })
  await input.focus()
  const samples = []
  for (const ch of text) {
    samples.push(
      await page.evaluate(
        (c) =>
          new Promise((resolve) => {
            const el = document.activeElement
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
            const t0 = performance.now()
            setter.call(el, el.value + c)
            el.dispatchEvent(new Event('input', { bubbles: true }))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
          }),
        ch,
      ),
    )
  }
  const status = await page
    .locator('[role=status]')
    .filter({ hasText: /items/ })
    .first()
    .innerText()
  // And back, one character at a time (the list grows again).
  for (let i = 0; i < text.length; i++) {
    samples.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const el = document.activeElement
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
            const t0 = performance.now()
            setter.call(el, el.value.slice(0, -1))
            el.dispatchEvent(new Event('input', { bubbles: true }))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
          }),
      ),
    )
  }
  return { samples: samples.map(round), status }
}

/** Sorting 10,000 entries again (the Size header, both ways) until the next frame: no network. */
async function resort(page) {
  const samples = []
  for (const name of ['Size', 'Size, sorted descending', 'Name', 'Name, sorted ascending']) {
    samples.push(
      await page.evaluate(
        (label) =>
          new Promise((resolve) => {
            const button = [...document.querySelectorAll('[role=columnheader] button')].find(
              (b) => b.getAttribute('aria-label') === label,
            )
            const t0 = performance.now()
            button.click()
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
          }),
        name,
      ),
    )
  }
  return samples.map(round)
}

async function scrollToLast(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const scroller = document.querySelector('[data-testid=file-list-scroller]')
        const t0 = performance.now()
        scroller.scrollTop = scroller.scrollHeight
        const wait = () => {
          const last = document.querySelector('[role=row][aria-rowindex="10001"]')
          if (last) resolve({ ms: performance.now() - t0, lastRowName: last.textContent })
          else requestAnimationFrame(wait)
        }
        requestAnimationFrame(wait)
      }),
  )
}

async function clonedRows(page, count) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        // Any body row (the list is scrolled to its end by now).
        const row = document.querySelectorAll('[role=grid] [role=row]')[1]
        const template = row.outerHTML.replace(/position:\s*absolute[^;"]*;?/g, '')
        const box = document.createElement('div')
        box.style.cssText = 'position:fixed;left:0;top:0;width:1280px;height:900px;overflow:auto'
        const t0 = performance.now()
        box.innerHTML = template.replace(/transform:[^;"]*;?/g, '').repeat(n)
        for (const child of box.children) child.style.position = 'relative'
        document.body.append(box)
        void box.scrollHeight
        requestAnimationFrame(() =>
          setTimeout(() => {
            const ms = performance.now() - t0
            const nodes = box.querySelectorAll('*').length
            box.remove()
            resolve({ ms, rows: n, elements: nodes })
          }),
        )
      }),
    count,
  )
}

export async function filesList({ browser, state, base }) {
  const context = await browser.newContext({
    storageState: state,
    viewport: { width: 1280, height: 900 },
  })
  try {
    const runs = []
    let page
    for (let i = 0; i < RUNS; i++) {
      page = await context.newPage()
      runs.push(await openAndMeasure(page, base))
      if (i < RUNS - 1) await page.close()
    }
    const sortSamples = await resort(page)
    const filter = await filterLatency(page, '3f2a')
    const scroll = await scrollToLast(page)
    const stock = []
    const naive = []
    for (let i = 0; i < 3; i++) {
      stock.push(await clonedRows(page, 250))
      naive.push(await clonedRows(page, 10_000))
    }
    await page.close()
    const totals = runs.map((r) => r.totalMs)
    const renders = runs.map((r) => r.totalMs - (r.listResponseEndMs ?? 0))
    return {
      server: SERVER,
      folder: FOLDER,
      runs: RUNS,
      listAndRenderMs: {
        median: round(median(totals)),
        max: round(Math.max(...totals)),
        all: totals.map(round),
      },
      panelAnswerMs: round(median(runs.map((r) => r.listFetchMs ?? 0))),
      listBytes: runs[0]?.listBytes ?? null,
      renderAfterAnswerMs: { median: round(median(renders)), max: round(Math.max(...renders)) },
      rowsInDom: runs[0]?.rowsInDom,
      resortMs: { median: round(median(sortSamples)), samples: sortSamples },
      loadAverage: os.loadavg().map((v) => Math.round(v * 10) / 10),
      cores: os.cpus().length,
      filterKeystrokeMs: {
        median: round(median(filter.samples)),
        max: round(Math.max(...filter.samples)),
        samples: filter.samples,
        statusWhileFiltered: filter.status,
      },
      scrollToLast: { ms: round(scroll.ms), lastRowName: scroll.lastRowName },
      stock250DomMs: round(median(stock.map((s) => s.ms))),
      stock250Elements: stock[0]?.elements,
      naive10000DomMs: round(median(naive.map((s) => s.ms))),
      naive10000Elements: naive[0]?.elements,
      targets: {
        renderUnder300ms: median(renders) < 300,
        listAndRenderUnder300ms: median(totals) < 300,
        keystrokeUnder50ms: Math.max(...filter.samples) < 50,
      },
    }
  } finally {
    await context.close()
  }
}
