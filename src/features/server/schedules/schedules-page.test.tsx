import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const LIST = '/server/1a7ce997/schedules'

describe('schedules list', () => {
  it('shows each schedule with its state, its expression in words and its next run', async () => {
    await renderApp({ signedInAs: 'demo', route: LIST })
    const list = await screen.findByRole('list', { name: 'Schedules' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows.map((r) => within(r).getByRole('heading').textContent)).toEqual([
      'Weekly restart',
      'Hourly announcement',
      'Nightly backup',
    ])
    const weekly = rows[0] as HTMLElement
    expect(within(weekly).getByText('Active')).toBeVisible()
    expect(within(weekly).getByText(/At 05:00, only on Sunday/)).toBeVisible()
    expect(within(weekly).getByText(/, 05:00/)).toBeVisible()
    // The stuck one says since when it has been processing.
    const stuck = rows[1] as HTMLElement
    expect(within(stuck).getByText('Processing')).toBeVisible()
    expect(within(stuck).getByText('Processing since')).toBeVisible()
    // Processing since and last run: both two days back.
    expect(within(stuck).getAllByText('2 days ago', { selector: 'time' })).toHaveLength(2)
    expect(within(rows[2] as HTMLElement).getByText('Paused')).toBeVisible()
  })

  it('creates "daily at 04:00": the preset fills the cron fields, the preview reads them', async () => {
    const { user, path } = await renderApp({ signedInAs: 'demo', route: LIST })
    await user.click(await screen.findByRole('button', { name: 'New schedule' }))
    const dialog = await screen.findByRole('dialog', { name: 'New schedule' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Morning save')
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'When' }), 'daily')
    // A native time input: set the whole value, as the browser's picker does.
    fireEvent.change(within(dialog).getByLabelText('At'), { target: { value: '04:00' } })
    expect(within(dialog).getByRole('textbox', { name: 'Minute' })).toHaveValue('0')
    expect(within(dialog).getByRole('textbox', { name: 'Hour' })).toHaveValue('4')
    const preview = within(dialog).getByRole('region', { name: 'What this means' })
    expect(within(preview).getByText('At 04:00')).toBeVisible()
    // The header row and the next five runs, each at 04:00 panel time (UTC).
    const rows = within(preview).getAllByRole('row')
    expect(rows).toHaveLength(6)
    for (const row of rows.slice(1)) expect(row.firstElementChild?.textContent).toMatch(/04:00$/)

    await user.click(within(dialog).getByRole('button', { name: 'Create schedule' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Morning save' })).toBeVisible()
    expect(path()).toMatch(/^\/server\/1a7ce997\/schedules\/\d+$/)
    expect(screen.getByText('0 4 * * *')).toBeVisible()
  })

  it('editing a cron field by hand switches to Custom when no preset fits', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: LIST })
    await user.click(await screen.findByRole('button', { name: 'New schedule' }))
    const dialog = await screen.findByRole('dialog', { name: 'New schedule' })
    const dow = within(dialog).getByRole('textbox', { name: 'Day of week' })
    await user.clear(dow)
    await user.type(dow, '1-5')
    expect(within(dialog).getByRole('combobox', { name: 'When' })).toHaveValue('custom')
    expect(within(dialog).getByText('At 03:00, Monday through Friday')).toBeVisible()
    await user.clear(dow)
    await user.type(dow, 'someday')
    expect(within(dialog).getByText('Fix the marked fields to see when it runs.')).toBeVisible()
  })

  it("puts the panel's 422 on its field and keeps what was typed", async () => {
    server.use(
      http.post('*/api/client/servers/:id/schedules', () =>
        HttpResponse.json(
          {
            errors: [
              {
                code: 'ValidationException',
                status: '422',
                detail: 'The day of week must be a string.',
                meta: { source_field: 'day_of_week', rule: 'string' },
              },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    const { user } = await renderApp({ signedInAs: 'demo', route: LIST })
    await user.click(await screen.findByRole('button', { name: 'New schedule' }))
    const dialog = await screen.findByRole('dialog', { name: 'New schedule' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Kept')
    await user.click(within(dialog).getByRole('button', { name: 'Create schedule' }))
    const dow = within(dialog).getByRole('textbox', { name: 'Day of week' })
    await waitFor(() => expect(dow).toHaveAccessibleDescription(/must be a string/))
    expect(dow).toHaveFocus()
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Kept')
  })

  it('shows the empty state and the error state with a retry', async () => {
    let fail = true
    server.use(
      http.get('*/api/client/servers/:id/schedules', () =>
        fail
          ? HttpResponse.json(
              { errors: [{ code: 'HttpException', status: '500', detail: 'x' }] },
              { status: 500 },
            )
          : HttpResponse.json({ object: 'list', data: [] }),
      ),
    )
    const { user } = await renderApp({ signedInAs: 'demo', route: LIST })
    expect(await screen.findByText('Couldn’t load the schedules')).toBeVisible()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('No schedules yet')).toBeVisible()
    expect(screen.getByRole('button', { name: 'New schedule' })).toBeVisible()
  })
})
