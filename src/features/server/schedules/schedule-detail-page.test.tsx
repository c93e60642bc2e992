import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createTask } from '@/api/schedules'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

// The seeded "Weekly restart" (id 1): say → save-all → restart.
const WEEKLY = '/server/1a7ce997/schedules/1'

const steps = () =>
  within(screen.getByRole('list', { name: 'Tasks in run order' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('code, p:nth-of-type(3)')?.textContent ?? '')

describe('schedule detail', () => {
  it('re-orders tasks from the keyboard and keeps focus on the moved task', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: WEEKLY })
    expect(await screen.findByRole('heading', { level: 2, name: 'Weekly restart' })).toBeVisible()
    expect(steps()).toEqual(['say Restarting in 60 seconds', 'save-all', 'Restart'])
    expect(screen.getByRole('button', { name: 'Move step 1 up' })).toBeDisabled()

    screen.getByRole('button', { name: 'Move step 1 down' }).focus()
    await user.keyboard('{Enter}')
    await waitFor(() =>
      expect(steps()).toEqual(['save-all', 'say Restarting in 60 seconds', 'Restart']),
    )
    expect(await screen.findByText('Moved to step 2.')).toBeVisible()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move step 2 down' })).toHaveFocus(),
    )
  })

  it('shows the 10-task limit and blocks adding an eleventh', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: '/server/1a7ce997/schedules' })
    await screen.findByRole('list', { name: 'Schedules' })
    for (let i = 4; i <= 10; i++) {
      await createTask('1a7ce997', 1, {
        action: 'command',
        payload: `say ${i}`,
        timeOffset: 0,
        continueOnFailure: false,
      })
    }
    await user.click(screen.getByRole('link', { name: 'Weekly restart' }))
    expect(await screen.findByText('10 / 10')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Add task' })).toBeDisabled()
    expect(
      screen.getByText('A schedule can have at most 10 tasks. Remove one to add another.'),
    ).toBeVisible()
  })

  it('adds a power task with an offset; run now reports the start', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: WEEKLY })
    await user.click(await screen.findByRole('button', { name: 'Add task' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a task' })
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Action' }), 'power')
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Power action' }), 'stop')
    const offset = within(dialog).getByRole('spinbutton', { name: 'Offset (seconds)' })
    await user.clear(offset)
    await user.type(offset, '901')
    await user.click(within(dialog).getByRole('button', { name: 'Add task' }))
    expect(await within(dialog).findByText('Enter whole seconds from 0 to 900.')).toBeVisible()
    await user.clear(offset)
    await user.type(offset, '30')
    await user.click(within(dialog).getByRole('button', { name: 'Add task' }))
    await waitFor(() => expect(steps()).toHaveLength(4))
    expect(steps()[3]).toBe('Stop')
    expect(screen.getByText('30 s after the previous task')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Run now' }))
    expect(
      await screen.findByText('Started: the first task has run; the rest follow their offsets.'),
    ).toBeVisible()
  })

  it('deletes the schedule after confirmation and goes back to the list', async () => {
    const { user, path } = await renderApp({ signedInAs: 'demo', route: WEEKLY })
    await user.click(await screen.findByRole('button', { name: 'Delete' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Weekly restart”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete schedule' }))
    await waitFor(() => expect(path()).toBe('/server/1a7ce997/schedules'))
    const list = await screen.findByRole('list', { name: 'Schedules' })
    expect(within(list).queryByText('Weekly restart')).not.toBeInTheDocument()
  })
})
