import { joinDashboardTabs } from './dashboard-tabs'
import type { DashboardTabs } from './dashboard-tabs'

const open: DashboardTabs[] = []
function tab(now?: () => number) {
  const joined = joinDashboardTabs(now)
  open.push(joined)
  return joined
}

afterEach(() => {
  for (const joined of open.splice(0)) joined.close()
})

describe('dashboard tabs', () => {
  it('counts every visible dashboard in this browser, both ways, from the start', async () => {
    const first = tab()
    expect(first.count()).toBe(1)
    const second = tab()
    await vi.waitFor(() => expect(first.count()).toBe(2))
    // The newcomer learns of the first tab from its answer, not a heartbeat later.
    await vi.waitFor(() => expect(second.count()).toBe(2))
  })

  it('stops counting a tab that is hidden or closed, and tells subscribers', async () => {
    const first = tab()
    const second = tab()
    const third = tab()
    await vi.waitFor(() => expect(first.count()).toBe(3))
    const changed = vi.fn()
    first.subscribe(changed)

    second.setVisible(false)
    await vi.waitFor(() => expect(first.count()).toBe(2))
    third.close()
    await vi.waitFor(() => expect(first.count()).toBe(1))
    expect(changed).toHaveBeenCalledTimes(2)

    second.setVisible(true)
    await vi.waitFor(() => expect(first.count()).toBe(2))
  })

  it('forgets a tab that went silent (crashed) after the stale time', async () => {
    let clock = 1_000_000
    const first = tab(() => clock)
    // A peer that says "here" once and then vanishes without a goodbye.
    const crashed = new BroadcastChannel('talon:dashboard-tabs')
    crashed.postMessage({ type: 'here', id: 'crashed-tab' })
    await vi.waitFor(() => expect(first.count()).toBe(2))
    crashed.close()
    clock += 24_000
    expect(first.count()).toBe(2)
    clock += 2_000
    expect(first.count()).toBe(1)
  })

  it('ignores foreign messages on the channel', async () => {
    const first = tab()
    const stranger = new BroadcastChannel('talon:dashboard-tabs')
    stranger.postMessage({ type: 'here' })
    stranger.postMessage('hello')
    stranger.postMessage({ type: 'here', id: 'peer-a' })
    await vi.waitFor(() => expect(first.count()).toBe(2))
    stranger.close()
  })
})
