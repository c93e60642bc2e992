import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { de } from '@/i18n/de'
import { fakeIntersectionObserver, setTabHidden } from '@/test-kit/dom-fakes'
import { answerWithPanelError, clearFailures, fault } from '@/test-kit/faults'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import type { RecordedRequest, RequestRecording } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

let screenArea: ReturnType<typeof fakeIntersectionObserver>
let recording: RequestRecording

/** Ids of the servers whose stats were requested, in order. */
const resourceRequests = () =>
  recording.requests.filter((r) => r.url.pathname.endsWith('/resources')).map(serverIdOf)
/** Power signals sent, in order. */
const powerRequests = () =>
  recording.requests
    .filter((r) => r.url.pathname.endsWith('/power'))
    .map((r) => ({
      id: serverIdOf(r),
      signal: (r.body as { signal?: unknown } | undefined)?.signal,
    }))

function serverIdOf(request: RecordedRequest) {
  return request.url.pathname.split('/')[4] ?? ''
}

/**
 * Every stats request sent while `action` runs and `ms` of (fake) time pass — counted when it
 * is sent, so a test proves "nothing was asked" without waiting for real time to pass.
 */
function statsRequestedWithin(ms: number, action: () => void): string[] {
  const fetchSpy = vi.spyOn(globalThis, 'fetch')
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  try {
    action()
    act(() => {
      vi.advanceTimersByTime(ms)
    })
    return fetchSpy.mock.calls
      .map(([input]) => (input instanceof Request ? input.url : String(input)))
      .filter((url) => url.endsWith('/resources'))
  } finally {
    vi.useRealTimers()
    fetchSpy.mockRestore()
  }
}

/** The server id in a stats request's URL. */
function idInUrl(url: string) {
  return /\/servers\/([^/]+)\/resources$/.exec(url)?.[1]
}

function row(name: string) {
  return screen.getByRole('article', { name })
}

/** Puts rows on (or off) screen, as scrolling would. */
function show(names: string[], visible = true) {
  screenArea.show(names.map(row), visible)
}

async function openDashboard(who: 'demo' | 'admin' = 'demo', route = '/') {
  const utils = await renderApp({ route, signedInAs: who })
  await screen.findByRole('heading', { name: 'Servers', level: 1 })
  await screen.findAllByRole('article')
  return utils
}

beforeEach(() => {
  screenArea = fakeIntersectionObserver()
  recording = recordRequests({ path: /^\/api\/client\/servers\/[^/]+\/(resources|power)$/ })
})

const RUNNING = '1a7ce997' // Survival SMP
const OFFLINE = 'b3f2c8d1' // Creative Build
const STARTING = '5e9a0c47' // Modded Valheim
const SHARED = 'e6a19d08' // Mira's Factorio: demo is a subuser without control.restart
const UNLIMITED = '7b5c3f60' // Unlimited ARK
/** The demo user's rows whose state allows stats (suspended/installing/failed never ask). */
const POLLABLE = [RUNNING, OFFLINE, STARTING, UNLIMITED, SHARED]

/** Waits for the page's first readings (one per pollable row), then forgets them. */
async function afterFirstReadings() {
  await waitFor(() => expect([...resourceRequests()].sort()).toEqual([...POLLABLE].sort()), {
    timeout: 5_000,
  })
  recording.requests.length = 0
}

describe('server dashboard', () => {
  it("lists the demo user's 8 servers with name, description, address, node and limits", async () => {
    // Before any reading (the panel asks for a pause), rows show their limits.
    await fault({ method: 'GET', path: '/resources$', status: 429, retryAfter: 60 })
    await openDashboard()
    const articles = screen.getAllByRole('article')
    expect(articles).toHaveLength(8)
    expect(screen.getByText('8 servers')).toBeInTheDocument()

    const smp = row('Survival SMP')
    expect(within(smp).getByRole('heading', { level: 3, name: 'Survival SMP' })).toBeInTheDocument()
    expect(within(smp).getByText('Main survival world — whitelist on')).toBeInTheDocument()
    expect(within(smp).getByText(/^198\.51\.100\.11:\d+$/)).toBeInTheDocument()
    expect(within(smp).getByText('de-fra-1')).toBeInTheDocument()
    // Limits show before any stats: 4 GiB memory, 200 % CPU.
    expect(within(smp).getByText('— / 200%')).toBeInTheDocument()

    // Unlimited limits say so.
    const ark = row('Unlimited ARK')
    expect(within(ark).getAllByText(/Unlimited$/)).toHaveLength(3)

    // The list item alone decides these states (no stats request is ever made for them).
    expect(within(row('Old Terraria')).getByText('Suspended')).toBeInTheDocument()
    expect(within(row('Rust Weekly Wipe')).getByText('Installing')).toBeInTheDocument()
    expect(within(row('Broken CS2')).getByText('Install failed')).toBeInTheDocument()
    // A failed install never "finishes": the note says what to do instead.
    expect(within(row('Broken CS2')).queryByText(/until this finishes/)).toBeNull()
    expect(within(row('Broken CS2')).getByText(/The install failed/)).toBeInTheDocument()
    // No power buttons where they make no sense.
    expect(within(row('Old Terraria')).queryByRole('button', { name: /start/i })).toBeNull()
    expect(within(row('Old Terraria')).queryByRole('meter')).toBeNull()
    expect(within(row('Old Terraria')).getByText(/^Limits: CPU/)).toHaveTextContent(
      /Limits: CPU \d+% · Memory .+ · Disk .+/,
    )
  })

  it('reads every row of the page once at load, then refreshes only rows on screen', async () => {
    await openDashboard()
    // Nothing is on screen, yet every pollable row gets exactly one reading.
    await afterFirstReadings()
    const smp = row('Survival SMP')
    await waitFor(() => expect(within(smp).getByText('Running')).toBeInTheDocument())
    expect(within(row('Creative Build')).getByText('Offline')).toBeInTheDocument()
    expect(within(row('Modded Valheim')).getByText('Starting')).toBeInTheDocument()

    // Refreshes (20 s later) go to the rows on screen only.
    const refreshed = statsRequestedWithin(25_000, () =>
      show(['Survival SMP', 'Creative Build', 'Modded Valheim']),
    )
    expect(refreshed.map(idInUrl).sort()).toEqual([RUNNING, OFFLINE, STARTING].sort())

    const cpu = within(smp).getByRole('meter', { name: 'CPU of Survival SMP' })
    expect(cpu).toHaveAttribute('aria-valuetext', expect.stringMatching(/% of 200%$/))
    expect(within(smp).getByRole('meter', { name: 'Memory of Survival SMP' })).toBeInTheDocument()
    expect(within(smp).getByText('Uptime')).toBeInTheDocument()
    expect(within(smp).getByText(/^3h \d+m$/)).toBeInTheDocument()

    // Power buttons for the state, named after the server.
    expect(within(smp).getByRole('button', { name: 'Restart Survival SMP' })).toBeInTheDocument()
    expect(within(smp).getByRole('button', { name: 'Stop Survival SMP' })).toBeInTheDocument()
    expect(within(smp).getByRole('button', { name: 'Kill Survival SMP' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start Creative Build' })).toBeInTheDocument()
    const valheim = row('Modded Valheim')
    expect(within(valheim).getByRole('button', { name: 'Stop Modded Valheim' })).toBeInTheDocument()
    expect(within(valheim).queryByRole('button', { name: /^Restart/ })).toBeNull()

    // Suspended rows never get polled even when on screen (the panel would answer 409).
    expect(statsRequestedWithin(5_000, () => show(['Old Terraria']))).toEqual([])
    expect(resourceRequests()).not.toContain('8f06b5e3')
  })

  it('turns a bar red near the limit', async () => {
    server.use(
      http.get('*/api/client/servers/:id/resources', () =>
        HttpResponse.json({
          object: 'stats',
          attributes: {
            current_state: 'running',
            is_suspended: false,
            resources: {
              memory_bytes: 3900 * 1024 * 1024,
              cpu_absolute: 20,
              disk_bytes: 1024,
              network_rx_bytes: 0,
              network_tx_bytes: 0,
              uptime: 1000,
            },
          },
        }),
      ),
    )
    await openDashboard()
    show(['Survival SMP'])
    const memory = await screen.findByRole('meter', { name: 'Memory of Survival SMP' })
    expect(memory).toHaveAttribute('data-level', 'high')
    expect(memory).toHaveAttribute('aria-valuetext', expect.stringMatching(/near the limit/))
    expect(screen.getByRole('meter', { name: 'CPU of Survival SMP' })).toHaveAttribute(
      'data-level',
      'normal',
    )
  })

  it('backs off on 429 with a quiet paused note instead of an error', async () => {
    await fault({ method: 'GET', path: '/resources$', status: 429, retryAfter: 42 })
    await openDashboard()
    show(['Survival SMP'])
    expect(await screen.findByText(/Live stats paused — resuming in/)).toHaveTextContent(
      /resuming in (4[0-3])s/,
    )
    expect(screen.getByText('The panel asked Talon to slow down.')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    // Before its first reading a row says so.
    expect(within(row('Survival SMP')).getByText('Checking…')).toBeInTheDocument()
    // The first reading was refused: nothing else goes out, first readings included.
    expect(resourceRequests()).toHaveLength(1)

    // While paused, rows that scroll into view wait too.
    expect(statsRequestedWithin(5_000, () => show(['Creative Build', 'Unlimited ARK']))).toEqual([])
    expect(resourceRequests()).toHaveLength(1)
  })

  it('pauses while the tab is hidden and resumes when it is shown', async () => {
    setTabHidden(true)
    await openDashboard()
    expect(statsRequestedWithin(5_000, () => show(['Survival SMP', 'Creative Build']))).toEqual([])
    expect(resourceRequests()).toEqual([])
    setTabHidden(false)
    await afterFirstReadings()
    expect(await within(row('Survival SMP')).findByText('Running')).toBeInTheDocument()
  })

  it('stops polling a row that scrolls off screen', async () => {
    await openDashboard()
    await afterFirstReadings()
    expect(statsRequestedWithin(25_000, () => show(['Survival SMP'])).map(idInUrl)).toEqual([
      RUNNING,
    ])
    const next = statsRequestedWithin(25_000, () => {
      show(['Survival SMP'], false)
      show(['Creative Build'])
    })
    expect(next.map(idInUrl)).toEqual([OFFLINE])
  })

  it('says which rows a sort by a live value could not place yet', async () => {
    await fault({ method: 'GET', path: '/resources$', status: 429, retryAfter: 60 })
    const { user } = await openDashboard()
    await waitFor(() => expect(resourceRequests()).toHaveLength(1))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort this page by' }), 'memory')
    expect(
      await screen.findByText('8 servers have no reading yet and are listed last.'),
    ).toBeInTheDocument()
    // The meters say it too, to a screen reader and on hover.
    expect(within(row('Survival SMP')).getAllByText('(no reading yet)')).toHaveLength(3)
  })

  it('starts an offline server and shows the transition', async () => {
    const { user } = await openDashboard()
    show(['Creative Build'])
    const creative = row('Creative Build')
    await within(creative).findByText('Offline')
    await user.click(within(creative).getByRole('button', { name: 'Start Creative Build' }))
    expect(await within(creative).findByText('Starting…')).toBeInTheDocument()
    expect(powerRequests()).toEqual([{ id: OFFLINE, signal: 'start' }])
    // While starting, stop/kill make sense; start does not.
    expect(
      within(creative).getByRole('button', { name: 'Stop Creative Build' }),
    ).toBeInTheDocument()
    expect(within(creative).queryByRole('button', { name: 'Start Creative Build' })).toBeNull()
    expect(within(creative).getByRole('status')).toHaveTextContent('Creative Build: Starting…')
    // One extra stats request follows the action shortly (the scheduler lets it borrow one).
    await waitFor(() => expect(resourceRequests().filter((id) => id === OFFLINE)).toHaveLength(2), {
      timeout: 3000,
    })
  })

  it('asks before stopping and killing', async () => {
    const { user } = await openDashboard()
    show(['Survival SMP'])
    const smp = row('Survival SMP')
    await within(smp).findByText('Running')

    await user.click(within(smp).getByRole('button', { name: 'Kill Survival SMP' }))
    const killDialog = await screen.findByRole('dialog', { name: 'Kill Survival SMP?' })
    await user.click(within(killDialog).getByRole('button', { name: 'Cancel' }))
    expect(powerRequests()).toEqual([])

    await user.click(within(smp).getByRole('button', { name: 'Stop Survival SMP' }))
    const dialog = await screen.findByRole('dialog', { name: 'Stop Survival SMP?' })
    await user.click(within(dialog).getByRole('button', { name: 'Stop server' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(powerRequests()).toEqual([{ id: RUNNING, signal: 'stop' }])
    expect(await within(smp).findByText('Stopping…')).toBeInTheDocument()
    // The Stop button is gone now; keyboard focus stays in this row's controls, not on <body>.
    await waitFor(() =>
      expect(
        within(smp).getByRole('group', { name: 'Power controls for Survival SMP' }),
      ).toContainElement(document.activeElement as HTMLElement),
    )
  })

  it('explains a power action the panel refuses (403: permissions changed since they were read)', async () => {
    // The row read the subuser's permissions with restart granted; the owner has since revoked it.
    server.use(
      http.get('*/api/client/servers/:id', ({ params }) =>
        params.id === SHARED
          ? HttpResponse.json({
              object: 'server',
              attributes: {},
              meta: {
                is_server_owner: false,
                user_permissions: ['control.start', 'control.restart'],
              },
            })
          : undefined,
      ),
    )
    const { user } = await openDashboard()
    show(["Mira's Factorio"])
    const factorio = row("Mira's Factorio")
    await within(factorio).findByText('Running')
    await user.click(
      await within(factorio).findByRole('button', { name: "Restart Mira's Factorio" }),
    )
    const dialog = await screen.findByRole('dialog', { name: "Restart Mira's Factorio?" })
    await user.click(within(dialog).getByRole('button', { name: 'Restart server' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Couldn't restart Mira's Factorio. Your account doesn't have permission to restart this server.",
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await within(factorio).findByRole('alert')).toHaveTextContent(
      "Couldn't restart Mira's Factorio.",
    )
    await user.click(within(factorio).getByRole('button', { name: 'Dismiss' }))
    expect(within(factorio).queryByRole('alert')).toBeNull()
  })

  it('explains a 409 conflict', async () => {
    answerWithPanelError('POST', '/api/client/servers/:id/power', {
      status: 409,
      code: 'ServerStateConflictException',
      detail: 'This server is currently in an unsupported state, please try again later.',
    })
    const { user } = await openDashboard()
    show(['Creative Build'])
    const creative = row('Creative Build')
    await within(creative).findByText('Offline')
    await user.click(within(creative).getByRole('button', { name: 'Start Creative Build' }))
    expect(await within(creative).findByRole('alert')).toHaveTextContent(
      /Couldn't start Creative Build\. The server is busy or unavailable .*unsupported state/,
    )
    expect(within(creative).getByText('Offline')).toBeInTheDocument()
  })

  it('search asks the panel, is debounced into the URL and resets the page', async () => {
    const { user, path } = await openDashboard('demo')
    // Not an admin: no view switch.
    expect(screen.queryByRole('button', { name: 'All servers' })).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Search servers' }), 'valheim')
    await waitFor(() => expect(path()).toBe('/?q=valheim'))
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1))
    expect(row('Modded Valheim')).toBeInTheDocument()
    expect(screen.getByText('1 server matches “valheim”')).toBeInTheDocument()

    await user.clear(screen.getByRole('searchbox', { name: 'Search servers' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search servers' }), 'zzz-nothing')
    expect(await screen.findByText('No servers match “zzz-nothing”')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8))
    expect(path()).toBe('/')
  })

  it('admins switch to all servers (remembered per user), page, and search every page', async () => {
    // Paging and search only: live stats stay paused, so 25 rows' first readings don't slow
    // jsdom's re-renders down (each page of 250 would otherwise read all 25 rows).
    await fault({ method: 'GET', path: '/resources$', status: 429, retryAfter: 600 })
    const { user, path } = await openDashboard('admin')
    const all = screen.getByRole('button', { name: 'All servers' })
    expect(screen.getByRole('button', { name: 'My servers' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await user.click(all)
    expect(all).toHaveAttribute('aria-pressed', 'true')
    expect(localStorage.getItem('talon:servers-view:admin')).toBe('admin-all')
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(25))
    expect(screen.getByText('1–25 of 250 · page 1 of 10')).toBeInTheDocument()

    expect(path()).toBe('/?view=all')
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute(
        'href',
        '/?view=all&page=2',
      ),
    )
    await user.click(screen.getByRole('link', { name: 'Next page' }))
    await waitFor(() => expect(path()).toBe('/?view=all&page=2'))
    await screen.findByText('26–50 of 250 · page 2 of 10', undefined, { timeout: 15000 })
    const onPage2 = screen.getAllByRole('heading', { level: 3 })[0]!.textContent

    await user.click(screen.getByRole('link', { name: 'Previous page' }))
    await screen.findByText('1–25 of 250 · page 1 of 10', undefined, { timeout: 10_000 })
    expect(screen.queryByRole('heading', { level: 3, name: onPage2 })).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Search servers' }), onPage2)
    await waitFor(() =>
      expect(path()).toBe(`/?view=all&q=${encodeURIComponent(onPage2).replace(/%20/g, '+')}`),
    )
    expect(await screen.findByRole('heading', { level: 3, name: onPage2 })).toBeInTheDocument()
  }, 45_000)

  it('keeps the view in the URL: Back returns to it, and a shared link opens it', async () => {
    const { user, path, router } = await openDashboard('admin')
    await user.click(screen.getByRole('button', { name: 'All servers' }))
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(25))
    await act(() => router.navigate(-1))
    await waitFor(() => expect(path()).toBe('/'))
    // Back to the URL without a view: the remembered choice (all) applies…
    expect(screen.getByRole('button', { name: 'All servers' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // …and a link that names a view wins over what was remembered.
    await act(() => router.navigate('/?view=mine'))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'My servers' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    )
    expect(localStorage.getItem('talon:servers-view:admin')).toBe('admin-all')
  })

  it('says so plainly when the page in the URL is past the end', async () => {
    await renderApp({ route: '/?view=all&page=999', signedInAs: 'admin' })
    expect(
      await screen.findByText('There is no page 999', undefined, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(screen.getByText('The list has 10 pages now.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the last page (10)' })).toHaveAttribute(
      'href',
      '/?view=all&page=10',
    )
    expect(screen.queryByText(/of 250 · page 999/)).toBeNull()
  })

  it('sorts the current page and says so', async () => {
    const { user, path } = await openDashboard()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort this page by' }), 'name')
    expect(await screen.findByText('Sorted by name — this page only.')).toBeInTheDocument()
    expect(path()).toBe('/?sort=name')
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(names[0]).toBe('Broken CS2')
  })

  it('groups servers (kept per user in localStorage) and collapses groups', async () => {
    const { user } = await openDashboard()
    await user.click(screen.getByRole('button', { name: 'New group' }))
    const dialog = await screen.findByRole('dialog', { name: 'New group' })
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }))
    expect(within(dialog).getByLabelText('Group name')).toHaveAccessibleDescription(
      'Enter a name for the group.',
    )
    await user.type(within(dialog).getByLabelText('Group name'), 'Minecraft')
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const group = screen.getByRole('region', { name: /Minecraft/ })
    expect(within(group).getByText(/No servers of this group on this page/)).toBeInTheDocument()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Group for Survival SMP' }),
      'Minecraft',
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Group for Creative Build' }),
      'Minecraft',
    )
    expect(within(group).getAllByRole('article')).toHaveLength(2)
    const ungrouped = screen.getByRole('region', { name: 'Ungrouped' })
    expect(within(ungrouped).getAllByRole('article')).toHaveLength(6)
    // Groups come first.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings[0]).toMatch(/^Minecraft/)

    const stored = JSON.parse(localStorage.getItem('talon:server-groups:demo') ?? '[]') as {
      name: string
      members: string[]
    }[]
    expect(stored).toEqual([
      expect.objectContaining({ name: 'Minecraft', members: [RUNNING, OFFLINE] }),
    ])

    const toggle = within(group).getByRole('button', { name: /Minecraft/, expanded: true })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(within(group).queryAllByRole('article')).toHaveLength(0)

    await user.click(within(group).getByRole('button', { name: 'Delete group Minecraft' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete group' }),
    )
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8))
    expect(localStorage.getItem('talon:server-groups:demo')).toBeNull()
  }, 15_000)

  it('shows a retryable error when the list fails', async () => {
    await fault({ method: 'GET', path: '^/api/client$', status: 500 })
    const { user } = await renderApp({ route: '/', signedInAs: 'demo' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't load your servers")
    await clearFailures() // the panel is back
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8))
  })
})

describe('server dashboard in German', () => {
  const t = de.servers
  const GIB = 1024 * 1024 * 1024

  /**
   * The demo account with `language: 'de'`; every server reports the same live figures — or,
   * with `holdStats`, none until `release()` (so the state before a first reading can be seen).
   */
  async function openGermanDashboard({ holdStats = false } = {}) {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    server.use(
      http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })),
      http.get('*/api/client/servers/:id/resources', async () => {
        if (holdStats) await held
        return HttpResponse.json({
          object: 'stats',
          attributes: {
            current_state: 'running',
            is_suspended: false,
            resources: {
              memory_bytes: 1.5 * GIB,
              cpu_absolute: 7.25,
              disk_bytes: 1024,
              network_rx_bytes: 0,
              network_tx_bytes: 0,
              uptime: 3_723_000,
            },
          },
        })
      }),
    )
    const utils = await renderApp({ route: '/', signedInAs: 'demo' })
    await screen.findByRole('heading', { name: t.page.title, level: 1 })
    await screen.findAllByRole('article')
    return { ...utils, release }
  }

  it('shows statuses, toolbar and figures in German', async () => {
    const { release } = await openGermanDashboard({ holdStats: true })
    expect(screen.getByText(t.page.descriptionMine)).toBeInTheDocument()
    expect(screen.getByText(t.page.count(8))).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: t.toolbar.search })).toHaveAttribute(
      'placeholder',
      t.toolbar.searchPlaceholder,
    )
    const sort = screen.getByRole('combobox', { name: t.toolbar.sort })
    expect(within(sort).getByRole('option', { name: t.sort.options.memory })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: t.page.newGroup })).toBeInTheDocument()
    expect(screen.queryByRole('searchbox', { name: 'Search servers' })).toBeNull()

    // Statuses the list item decides, and the one before the first reading.
    expect(within(row('Old Terraria')).getByText(t.status.suspended)).toBeInTheDocument()
    expect(within(row('Rust Weekly Wipe')).getByText(t.status.installing)).toBeInTheDocument()
    expect(within(row('Broken CS2')).getByText(t.status.install_failed)).toBeInTheDocument()
    expect(within(row('Old Terraria')).getByText(t.row.suspendedNote)).toBeInTheDocument()
    expect(within(row('Survival SMP')).getByText(t.status.checking)).toBeInTheDocument()
    expect(within(row('Unlimited ARK')).getAllByText(`— / ${t.usage.unlimited}`)).toHaveLength(3)

    release()
    show(['Survival SMP'])
    const smp = row('Survival SMP')
    expect(await within(smp).findByText(t.status.running)).toBeInTheDocument()
    // German decimals and spacing: "1,5 GB von 4 GB", "7,3 % von 200 %".
    const memory = within(smp).getByRole('meter', {
      name: t.usage.meterName(t.usage.memory, 'Survival SMP'),
    })
    expect(memory.getAttribute('aria-valuetext')).toMatch(/^1,5\sGB von 4\sGB$/)
    const cpu = within(smp).getByRole('meter', {
      name: t.usage.meterName(t.usage.cpu, 'Survival SMP'),
    })
    expect(cpu.getAttribute('aria-valuetext')).toMatch(/^7,3\s% von 200\s%$/)
    expect(within(smp).getByText(/^1 Std\. 2 Min\.$/)).toBeInTheDocument()
    expect(within(smp).getByText('1 Stunde 2 Minuten')).toBeInTheDocument()
    expect(within(smp).getByText(t.row.uptime)).toBeInTheDocument()

    // Power buttons named in German.
    for (const signal of ['restart', 'stop', 'kill'] as const) {
      const button = within(smp).getByRole('button', {
        name: t.power[signal].action('Survival SMP'),
      })
      expect(button).toHaveTextContent(t.power[signal].label)
    }
    expect(within(smp).queryByRole('button', { name: 'Kill Survival SMP' })).toBeNull()
  })

  it('asks before killing and stopping in German', async () => {
    const { user } = await openGermanDashboard()
    show(['Survival SMP'])
    const smp = row('Survival SMP')
    await within(smp).findByText(t.status.running)

    await user.click(within(smp).getByRole('button', { name: t.power.kill.action('Survival SMP') }))
    const killDialog = await screen.findByRole('dialog', {
      name: t.power.confirmKill.title('Survival SMP'),
    })
    expect(killDialog).toHaveAccessibleDescription(t.power.confirmKill.description)
    expect(
      within(killDialog).getByRole('button', { name: t.power.confirmKill.confirm }),
    ).toBeInTheDocument()
    await user.click(within(killDialog).getByRole('button', { name: de.common.cancel }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(powerRequests()).toEqual([])

    await user.click(within(smp).getByRole('button', { name: t.power.stop.action('Survival SMP') }))
    const dialog = await screen.findByRole('dialog', {
      name: t.power.confirmStop.title('Survival SMP'),
    })
    await user.click(within(dialog).getByRole('button', { name: t.power.confirmStop.confirm }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await within(smp).findByText(t.power.stop.pending)).toBeInTheDocument()
    expect(within(smp).getByRole('status')).toHaveTextContent(
      t.power.announcement('Survival SMP', t.power.stop.pending),
    )
  })

  it('sorts and validates a new group in German', async () => {
    const { user } = await openGermanDashboard()
    await user.selectOptions(screen.getByRole('combobox', { name: t.toolbar.sort }), 'cpu')
    expect(await screen.findByText(t.page.sortedBy(t.sort.options.cpu))).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: t.page.newGroup }))
    const dialog = await screen.findByRole('dialog', { name: t.newGroupDialog.title })
    await user.click(within(dialog).getByRole('button', { name: t.newGroupDialog.create }))
    expect(within(dialog).getByLabelText(t.newGroupDialog.name)).toHaveAccessibleDescription(
      t.newGroupDialog.nameRequired,
    )
  })
})

describe('power actions: one click, one signal; only what the user may do', () => {
  it('sends one signal for a double-click on Start', async () => {
    await openDashboard()
    show(['Creative Build'])
    const creative = row('Creative Build')
    await within(creative).findByText('Offline')
    // Both clicks land before anything re-renders, as a quick double-click can.
    const start = within(creative).getByRole('button', { name: 'Start Creative Build' })
    fireEvent.click(start)
    fireEvent.click(start)
    expect(await within(creative).findByText('Starting…')).toBeInTheDocument()
    await waitFor(() => expect(powerRequests()).toHaveLength(1))
    expect(powerRequests()).toEqual([{ id: OFFLINE, signal: 'start' }])
  })

  it('asks before restarting, and sends one restart for a double-click on the confirm', async () => {
    const { user } = await openDashboard()
    show(['Survival SMP'])
    const smp = row('Survival SMP')
    await within(smp).findByText('Running')
    await user.click(within(smp).getByRole('button', { name: 'Restart Survival SMP' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restart Survival SMP?' })
    expect(powerRequests()).toEqual([])
    const confirm = within(dialog).getByRole('button', { name: 'Restart server' })
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(powerRequests()).toEqual([{ id: RUNNING, signal: 'restart' }])
  })

  it('offers a subuser only the actions their permissions allow, reading them once per shared server', async () => {
    const views: string[] = []
    server.events.on('request:start', ({ request }) => {
      const m = /^\/api\/client\/servers\/([^/]+)$/.exec(new URL(request.url).pathname)
      if (m?.[1]) views.push(m[1])
    })
    const { queryClient } = await openDashboard()
    show(["Mira's Factorio", 'Survival SMP'])
    const factorio = row("Mira's Factorio")
    await within(factorio).findByText('Running')
    // control.start and control.stop, but no control.restart.
    expect(
      await within(factorio).findByRole('button', { name: "Stop Mira's Factorio" }),
    ).toBeInTheDocument()
    expect(
      within(factorio).getByRole('button', { name: "Kill Mira's Factorio" }),
    ).toBeInTheDocument()
    expect(within(factorio).queryByRole('button', { name: "Restart Mira's Factorio" })).toBeNull()
    // Owned rows offer everything, without asking.
    const smp = row('Survival SMP')
    await within(smp).findByText('Running')
    expect(within(smp).getByRole('button', { name: 'Restart Survival SMP' })).toBeInTheDocument()

    // Scrolled away and back, re-rendered: still one read, only for the shared server.
    show(["Mira's Factorio"], false)
    show(["Mira's Factorio"])
    await act(() => queryClient.invalidateQueries({ queryKey: ['servers', 'list'] }))
    expect(views).toEqual([SHARED])
  })
})
