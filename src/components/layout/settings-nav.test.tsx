import { act, screen, waitFor, within } from '@testing-library/react'

import { renderApp } from '@/test-kit/render'

// Issue 19, item 6: the account pages are one settings section with their own side navigation;
// the top bar keeps Servers and Account.

const settingsNav = () => screen.getByRole('navigation', { name: 'Account settings' })
const current = () =>
  within(settingsNav())
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent)

describe('account settings section', () => {
  it('keeps only Servers and Account in the top bar', async () => {
    await renderApp({ route: '/account/ssh', signedInAs: 'demo' })
    await screen.findByRole('heading', { level: 1, name: 'SSH keys' })
    const primary = screen.getByRole('navigation', { name: 'Primary' })
    expect(
      within(primary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Servers', 'Account'])
    // Account stays the current top-bar item on every settings page.
    expect(within(primary).getByRole('link', { name: 'Account' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('lists the five settings pages and marks the current one', async () => {
    const { user, path } = await renderApp({ route: '/account', signedInAs: 'demo' })
    await screen.findByRole('heading', { level: 1, name: 'Profile' })
    expect(
      within(settingsNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Profile', 'Password & security', 'API keys', 'SSH keys', 'Activity'])
    expect(current()).toEqual(['Profile'])

    await user.click(within(settingsNav()).getByRole('link', { name: 'Password & security' }))
    await screen.findByRole('heading', { level: 1, name: 'Password & security' })
    expect(path()).toBe('/account/security')
    expect(screen.getByRole('region', { name: 'Password' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toBeInTheDocument()
    expect(current()).toEqual(['Password & security'])

    await user.click(within(settingsNav()).getByRole('link', { name: 'Activity' }))
    await screen.findByRole('heading', { level: 1, name: 'Activity' })
    await waitFor(() => expect(current()).toEqual(['Activity']))
  })

  it('keeps the old addresses working inside the section', async () => {
    const { router } = await renderApp({ route: '/account/api', signedInAs: 'demo' })
    await screen.findByRole('heading', { level: 1, name: 'API keys' })
    expect(current()).toEqual(['API keys'])
    await act(() => router.navigate('/account/activity'))
    await screen.findByRole('heading', { level: 1, name: 'Activity' })
    expect(current()).toEqual(['Activity'])
  })
})
