import { ADMIN, DEMO, expect, signIn, test } from './test-kit'

// The server dashboard against the demo panel (8 servers for `demo`, 250 for `admin` in the
// all-servers view). Live stats go through the dashboard's scheduler: its first burst covers
// every row of `demo`'s first screen at once; anything later (the panel's 20 s resources cache,
// a 3 s power transition, the scheduler's 20 s row spacing) is reached by moving the panel's and
// the page's clocks together, never by waiting.

test('demo sees their 8 servers with live stats for the running ones', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  await expect(page).toHaveURL('/')
  const rows = page.getByRole('article')
  await expect(rows).toHaveCount(8)
  await expect(page.getByText('8 servers')).toBeVisible()

  for (const name of ['Survival SMP', "Mira's Factorio"]) {
    const row = page.getByRole('article', { name })
    await row.scrollIntoViewIfNeeded()
    await expect(row.getByText('Running', { exact: true })).toBeVisible()
    await expect(row.getByRole('meter', { name: `CPU of ${name}` })).toBeVisible()
    await expect(row.getByRole('meter', { name: `Memory of ${name}` })).toHaveAttribute(
      'aria-valuetext',
      /\d.* of 4 GB/,
    )
    await expect(row.getByText('Uptime', { exact: true })).toBeVisible()
  }
  const ark = page.getByRole('article', { name: 'Unlimited ARK' })
  await ark.scrollIntoViewIfNeeded()
  await expect(ark.getByText('Running', { exact: true })).toBeVisible()
  // Live figures against no limit: "80% / Unlimited", "2.4 GB / Unlimited", …
  await expect(ark.getByText(/^\d+(\.\d)?% \/ Unlimited$/)).toBeVisible()
  await expect(ark.getByText(/^\d.* \/ Unlimited$/)).toHaveCount(3)

  await expect(
    page.getByRole('article', { name: 'Old Terraria' }).getByText('Suspended', { exact: true }),
  ).toBeVisible()
  await expect(
    page
      .getByRole('article', { name: 'Rust Weekly Wipe' })
      .getByText('Installing', { exact: true }),
  ).toBeVisible()
})

test('starting an offline server shows the transition until it is running', async ({
  page,
  clock,
}) => {
  await signIn(page, DEMO.user, DEMO.password)
  const row = page.getByRole('article', { name: 'Creative Build' })
  await expect(row.getByText('Offline', { exact: true })).toBeVisible()
  await row.getByRole('button', { name: 'Start Creative Build' }).click()
  await expect(row.getByText('Starting…', { exact: true })).toBeVisible()
  // The panel caches resources for 20 s, so the row keeps saying "Starting…" and looks again at
  // its next permitted time, when the panel (3 s later) has the server running.
  await clock.advance(22_000)
  await expect(row.getByText('Running', { exact: true })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Stop Creative Build' })).toBeVisible()
  await expect(row.getByRole('meter', { name: 'CPU of Creative Build' })).toBeVisible()
})

test('stop asks for confirmation first', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  const row = page.getByRole('article', { name: 'Survival SMP' })
  await expect(row.getByText('Running', { exact: true })).toBeVisible()
  await row.getByRole('button', { name: 'Stop Survival SMP' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop Survival SMP?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stop server' }).click()
  await expect(dialog).toBeHidden()
  await expect(row.getByText('Stopping…', { exact: true })).toBeVisible()
})

test('a double-click on Start sends one signal; a subuser is not offered Restart', async ({
  page,
}) => {
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/power')) posts.push(r.postData() ?? '')
  })
  await signIn(page, DEMO.user, DEMO.password)
  const creative = page.getByRole('article', { name: 'Creative Build' })
  await expect(creative.getByText('Offline', { exact: true })).toBeVisible({ timeout: 20_000 })
  await creative.getByRole('button', { name: 'Start Creative Build' }).dblclick()
  await expect(creative.getByText('Starting…', { exact: true })).toBeVisible()
  expect(posts).toEqual(['{"signal":"start"}'])

  const shared = page.getByRole('article', { name: "Mira's Factorio" })
  await shared.scrollIntoViewIfNeeded()
  await expect(shared.getByRole('button', { name: "Stop Mira's Factorio" })).toBeVisible({
    timeout: 20_000,
  })
  await expect(shared.getByRole('button', { name: "Restart Mira's Factorio" })).toHaveCount(0)
})

test('restart asks for confirmation first', async ({ page }) => {
  await signIn(page, DEMO.user, DEMO.password)
  const row = page.getByRole('article', { name: 'Survival SMP' })
  await expect(row.getByText('Running', { exact: true })).toBeVisible({ timeout: 20_000 })
  await row.getByRole('button', { name: 'Restart Survival SMP' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restart Survival SMP?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Restart server' }).click()
  await expect(dialog).toBeHidden()
  await expect(row.getByText('Restarting…', { exact: true })).toBeVisible()
})

test('admin finds a server from page 2 of all servers by searching', async ({ page }) => {
  await signIn(page, ADMIN.user, ADMIN.password)
  await expect(page).toHaveURL('/')
  await page.getByRole('button', { name: 'All servers' }).click()
  await expect(page.getByText('1–25 of 250 · page 1 of 10')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(25)

  await expect(page).toHaveURL('/?view=all')
  await page.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL('/?view=all&page=2')
  await expect(page.getByText('26–50 of 250 · page 2 of 10')).toBeVisible()
  const name = (await page.getByRole('heading', { level: 3 }).nth(3).textContent()) ?? ''
  expect(name).not.toBe('')

  await page.getByRole('link', { name: 'Previous page' }).click()
  await expect(page.getByText('1–25 of 250 · page 1 of 10')).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name, exact: true })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Search servers' }).fill(name)
  await expect(page).toHaveURL(/\?view=all&q=/)
  await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible()

  // The view is remembered for this user, also where the URL does not name it.
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'All servers' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a 429 pauses live stats with a quiet note, until its Retry-After has passed', async ({
  page,
  panel,
  clock,
}) => {
  await panel.fault({ path: '/resources$', status: 429, retryAfter: 30 })
  await signIn(page, DEMO.user, DEMO.password)
  const paused = page.getByText(/Live stats paused — resuming in \d+s/)
  await expect(paused).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('article')).toHaveCount(8)

  // The panel's limit is over once its 30 s have passed, on both clocks.
  await panel.clearFaults()
  await clock.advance(31_000)
  await expect(paused).toHaveCount(0)
  await expect(page.getByRole('meter', { name: 'CPU of Survival SMP' })).toBeVisible()
})

test.describe('fitting the rows', () => {
  test('on a phone the first server is on screen whole, without scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page, DEMO.user, DEMO.password)
    const first = page.getByRole('article').first()
    await expect(first.getByRole('meter').first()).toBeVisible({ timeout: 20_000 })
    const box = (await first.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(740)
  })

  test('German rows: each meter has its value in the same place, power buttons on one line', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 860 })
    await signIn(page, 'lena', 'lena-password')
    // Lena's seeded servers (deterministic); this one has a limit on CPU, memory and disk.
    const row = page.getByRole('article', { name: 'ARK Island 002' })
    await expect(row.getByRole('meter')).toHaveCount(3, { timeout: 20_000 })
    // The value of each meter (the text after its label) starts at the same height in all three.
    const valueTops = await row.evaluate((article) =>
      [...article.querySelectorAll('[role="meter"]')].map(
        (meter) =>
          meter.previousElementSibling?.lastElementChild?.getBoundingClientRect().top ?? -1,
      ),
    )
    expect(valueTops).toHaveLength(3)
    expect(new Set(valueTops.map(Math.round)).size).toBe(1)
    // Restart, Stop and Kill fit beside each other.
    const group = row.getByRole('group', { name: /^Power-Aktionen/ })
    const tops = await group
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)))
    expect(tops.length).toBe(3)
    expect(new Set(tops).size).toBe(1)
  })
})
