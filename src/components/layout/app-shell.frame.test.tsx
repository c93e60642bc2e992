import { screen, waitFor, within } from '@testing-library/react'

import { renderApp } from '@/test-kit/render'

// Issue 19, item 8: a 404 keeps the app's frame when signed in; Escape closes the phone menu.

describe('app frame', () => {
  it('keeps the navigation on a 404 when signed in', async () => {
    const { user, path } = await renderApp({ route: '/no/such/page', signedInAs: 'demo' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Primary' })
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getAllByRole('main')).toHaveLength(1)
    await user.click(within(nav).getByRole('link', { name: 'Account' }))
    await waitFor(() => expect(path()).toBe('/account'))
  })

  it('shows the plain 404 when signed out, without a trip to sign-in', async () => {
    const { path } = await renderApp({ route: '/no/such/page' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Primary' })).toBeNull()
    expect(path()).toBe('/no/such/page')
  })

  it('closes the phone menu with Escape and returns focus to its button', async () => {
    const { user } = await renderApp({ route: '/', signedInAs: 'demo' })
    const menu = await screen.findByRole('button', { name: 'Menu' })
    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    await user.tab()
    await user.keyboard('{Escape}')
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveFocus()
  })
})
