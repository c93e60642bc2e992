import { act, screen } from '@testing-library/react'

import { renderAccount } from './test-kit'

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '')

describe('account settings pages', () => {
  it('profile: one h1 and its sections in order', async () => {
    await renderAccount()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(headings()).toEqual(['Account details', 'Interface language', 'Email address'])
  })

  it('password & security: one h1, the password then two-factor', async () => {
    await renderAccount('demo', '/account/security')
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(headings()).toEqual(['Password', 'Two-factor authentication'])
  })

  it('puts two-factor first, under a notice, when the panel requires it', async () => {
    const { router } = await renderAccount('demo', '/account/security')
    await act(() => router.navigate('/account/security', { state: { twoFactorRequired: true } }))
    expect(await screen.findByText('Two-factor authentication required')).toBeInTheDocument()
    expect(headings()).toEqual(['Two-factor authentication', 'Password'])
  })
})
