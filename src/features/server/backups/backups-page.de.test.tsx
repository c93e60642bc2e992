import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { de } from '@/i18n/de'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

// The backups page for an account whose language is German: states, limit and dialogs in German.

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const t = de.backups

describe('backups page in German', () => {
  it('speaks German: usage, states, restore steps', async () => {
    server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
    const { user } = await renderApp({ route: '/server/1a7ce997/backups', signedInAs: 'demo' })
    expect(await screen.findByText(t.usage(2, 5))).toBeVisible()
    expect(screen.getByText('2 von 5 Backups belegt')).toBeVisible()
    const failed = await screen.findByRole('article', { name: 'Weekly world' })
    expect(within(failed).getByText(t.state.failed)).toBeVisible()
    const locked = screen.getByRole('article', { name: 'Before the 1.20 update' })
    expect(within(locked).getByText(t.row.lockedNote)).toBeVisible()
    await user.click(screen.getByRole('button', { name: t.actions.restoreLabel('Nightly') }))
    expect(await screen.findByRole('dialog', { name: t.restore.title('Nightly') })).toBeVisible()
    expect(screen.getByRole('checkbox', { name: t.restore.truncate })).not.toBeChecked()
  })
})
