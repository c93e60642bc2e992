import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { sendPowerSignal } from '@/api/servers'
import { renderApp, signIn } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

describe('server activity', () => {
  it("lists the server's own events as sentences, with the server event filter", async () => {
    await signIn('demo')
    await sendPowerSignal('b3f2c8d1', 'start')
    const { user, path } = await renderApp({ route: '/server/b3f2c8d1/activity' })
    const list = await screen.findByRole('list', { name: 'Activity entries' })
    expect(within(list).getByText('Started the server')).toBeVisible()
    const picker = screen.getByRole('combobox', { name: 'Event' })
    expect(within(picker).getByRole('group', { name: 'Power' })).toBeInTheDocument()
    expect(within(picker).queryByRole('group', { name: 'Sign-in' })).not.toBeInTheDocument()
    await user.selectOptions(picker, 'server:power.start')
    expect(path()).toBe('/server/b3f2c8d1/activity?event=server%3Apower.start')
  })
})
