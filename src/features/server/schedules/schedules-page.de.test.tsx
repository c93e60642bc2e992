import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { de } from '@/i18n/de'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const t = de.schedules

describe('schedules in German', () => {
  it('describes the expressions and the form in German', async () => {
    server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
    const { user } = await renderApp({ signedInAs: 'demo', route: '/server/1a7ce997/schedules' })
    const list = await screen.findByRole('list', { name: t.page.listLabel })
    const weekly = within(list).getAllByRole('listitem')[0] as HTMLElement
    expect(within(weekly).getByText(/Um 05:00, nur jeden Sonntag/)).toBeVisible()
    expect(within(weekly).getByText(t.status.active)).toBeVisible()

    await user.click(screen.getByRole('button', { name: t.page.create }))
    const dialog = await screen.findByRole('dialog', { name: t.form.createTitle })
    const preview = within(dialog).getByRole('region', { name: t.form.preview })
    expect(within(preview).getByText('Um 03:00')).toBeVisible()
    expect(within(preview).getByText(t.form.panelTime('UTC'))).toBeVisible()
    expect(within(dialog).getByRole('textbox', { name: t.form.fields.dayOfWeek })).toHaveValue('*')
  })
})
