import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'
import { jdbcString, mysqlUri } from './connection-strings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const DATABASES = '/server/1a7ce997/databases'

describe('connection strings', () => {
  const db = {
    id: 'x',
    host: 'mysql.example',
    port: 3306,
    name: 's1_shop',
    username: 'u1_abc',
    connectionsFrom: '%',
    maxConnections: 0,
  }
  it('encode the password, or leave it out', () => {
    expect(jdbcString(db, 'a@b+c')).toBe('jdbc:mysql://u1_abc:a%40b%2Bc@mysql.example:3306/s1_shop')
    expect(mysqlUri(db, null)).toBe('mysql://u1_abc@mysql.example:3306/s1_shop')
  })
})

describe('databases page', () => {
  it('lists with endpoint, username and connections-from; the limit counter', async () => {
    await renderApp({ signedInAs: 'demo', route: DATABASES })
    const list = await screen.findByRole('group', { name: 'Databases' })
    const row = (await within(list).findByText('s1_luckperms')).closest('li')!
    expect(within(row).getByText('mysql.fra1.demo-panel.test:3306')).toBeVisible()
    expect(within(row).getByText(/^u1_/)).toBeVisible()
    expect(within(row).getByText('(anywhere)')).toBeVisible()
    expect(screen.getByText('1 of 2 databases used')).toBeInTheDocument()
  })

  it('checks the name and remote rules before sending, and keeps the input', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: DATABASES })
    await user.click(await screen.findByRole('button', { name: 'New database' }))
    const dialog = await screen.findByRole('dialog', { name: 'New database' })
    await user.type(within(dialog).getByLabelText('Name'), 'ab')
    await user.clear(within(dialog).getByLabelText('Connections from'))
    await user.type(within(dialog).getByLabelText('Connections from'), 'bad host')
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))
    expect(await within(dialog).findByText('The name needs at least 3 characters.')).toBeVisible()
    expect(
      within(dialog).getByText('Only letters, digits and _ - / . % : are allowed.'),
    ).toBeVisible()
    expect(within(dialog).getByLabelText('Name')).toHaveValue('ab')
  })

  it("puts the panel's duplicate-name answer on the field", async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: DATABASES })
    await user.click(await screen.findByRole('button', { name: 'New database' }))
    const dialog = await screen.findByRole('dialog', { name: 'New database' })
    await user.type(within(dialog).getByLabelText('Name'), 'luckperms')
    await user.click(within(dialog).getByRole('button', { name: 'Create database' }))
    expect(
      await within(dialog).findByText(
        'The database name you have selected is already in use by this server.',
      ),
    ).toBeVisible()
  })

  it('reveals the password only on request and forgets it when closed', async () => {
    const { user, queryClient } = await renderApp({ signedInAs: 'demo', route: DATABASES })
    await user.click(await screen.findByRole('button', { name: 'Details of s1_luckperms' }))
    const dialog = await screen.findByRole('dialog', { name: 'Database s1_luckperms' })
    expect(within(dialog).getByText('Hidden')).toBeVisible()
    expect(within(dialog).getByText(/^jdbc:mysql:\/\/u1_[^:]+@/)).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Show password' }))
    const password = await within(dialog).findByLabelText('Password')
    const value = password.textContent ?? ''
    expect(value).toHaveLength(24)
    expect(within(dialog).getByRole('button', { name: 'Copy password' })).toBeVisible()
    // Never in the query cache.
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(value)
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Details of s1_luckperms' }))
    const again = await screen.findByRole('dialog', { name: 'Database s1_luckperms' })
    expect(within(again).getByText('Hidden')).toBeVisible()
  })
})
