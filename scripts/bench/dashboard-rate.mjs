/* global document, window -- the functions passed to page.evaluate run in the browser */
// Dashboard request rate: how many panel requests the server dashboard makes per minute in
// steady state, signed in as `admin` in the all-servers view (250 servers on the demo panel).
// The panel counts one rate-limit bucket per user across every tab and device, so the target is
// well under 30 requests a minute whatever the number of rows on screen.
//
// Counting comes from the demo panel's `GET /__demo/stats` (all /api/client* requests since
// start/reset). Resetting would also drop sessions, so the difference of two readings is used.

const ADMIN = { user: 'admin', password: 'admin-password' }
const WARM_UP_MS = 20_000

async function readPanelStats(panelUrl) {
  const res = await fetch(`${panelUrl}/__demo/stats`)
  if (!res.ok) {
    throw new Error(
      `GET ${panelUrl}/__demo/stats answered ${res.status}: start the demo panel with DEMO_PANEL_FAULTS=1`,
    )
  }
  return res.json()
}

function difference(after, before) {
  const perRoute = {}
  for (const [route, count] of Object.entries(after.requests)) {
    const delta = count - (before.requests[route] ?? 0)
    if (delta > 0) perRoute[route] = delta
  }
  return { perRoute, total: after.total - before.total }
}

/** Rows whose box intersects the viewport, and how many of them show live figures. */
function onScreenRows(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('main article')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0
    })
    const blocked = (el) => /live stats (and power controls )?are unavailable/i.test(el.textContent)
    const live = (el) =>
      el.querySelector('[role="meter"]') !== null || /\d\S* \/ Unlimited/.test(el.textContent)
    const pollable = rows.filter((el) => !blocked(el))
    return {
      visible: rows.length,
      pollable: pollable.length,
      live: pollable.filter(live).length,
    }
  })
}

function scrollToFraction(page, fraction) {
  return page.evaluate((f) => {
    const max = document.documentElement.scrollHeight - window.innerHeight
    window.scrollTo({ top: Math.round(max * f), behavior: 'instant' })
  }, fraction)
}

/**
 * `tabs` > 1 opens that many dashboards side by side in one browser (each visible, each on other
 * rows): they share one budget, so the total should stay near the one-tab rate.
 *
 * @param {{ browser: import('@playwright/test').Browser, baseUrl: string, panelUrl: string, seconds?: number, tabs?: number }} options
 * @returns {Promise<{ requestsPerMinute: number, visibleRows: number, statsLive: boolean,
 *   perRoute: Record<string, number>, liveRows: number, pollableRows: number, seconds: number }>}
 */
export async function dashboardRate({ browser, baseUrl, panelUrl, seconds = 60, tabs = 1 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('Username or email').fill(ADMIN.user)
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${baseUrl}/`)

    const allServers = page.getByRole('button', { name: 'All servers' })
    await allServers.waitFor()
    if ((await allServers.getAttribute('aria-pressed')) !== 'true') await allServers.click()
    await page.getByText(/ of 250 · page 1 of /).waitFor({ timeout: 15_000 })
    await page.getByRole('article').first().waitFor()

    await scrollToFraction(page, 0.5)
    // More dashboards in the same browser (the view choice is remembered, so they open on it).
    const others = []
    for (let i = 1; i < tabs; i++) {
      const other = await context.newPage()
      await other.goto(`${baseUrl}/`)
      await other.getByRole('article').first().waitFor()
      await scrollToFraction(other, (0.5 + i / (2 * tabs)) % 1)
      others.push(other)
    }
    await page.waitForTimeout(WARM_UP_MS)

    const before = await readPanelStats(panelUrl)
    const started = Date.now()
    const half = (seconds * 1000) / 2
    await page.waitForTimeout(half)
    // Scroll once mid-way: new rows come on screen and must share the same budget.
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(Math.max(0, started + seconds * 1000 - Date.now()))
    const after = await readPanelStats(panelUrl)
    const elapsed = (Date.now() - started) / 1000

    const rows = await onScreenRows(page)
    const { perRoute, total } = difference(after, before)
    return {
      requestsPerMinute: Math.round((total * 60 * 10) / elapsed) / 10,
      visibleRows: rows.visible,
      statsLive: rows.live > 0 && rows.live >= Math.ceil(rows.pollable * 0.8),
      liveRows: rows.live,
      pollableRows: rows.pollable,
      perRoute,
      seconds: Math.round(elapsed),
      tabs,
      tabsVisible: await Promise.all(
        [page, ...others].map((p) => p.evaluate(() => document.visibilityState === 'visible')),
      ).then((states) => states.filter(Boolean).length),
    }
  } finally {
    await context.close()
  }
}
