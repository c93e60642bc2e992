import { act, screen } from '@testing-library/react'

import { renderAccount } from './test-kit'

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '')

describe('account page', () => {
  it('has one h1 and the sections in order, two-factor last', async () => {
    await renderAccount()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(headings()).toEqual([
      'Profile',
      'Interface language',
      'Email address',
      'Password',
      'Two-factor authentication',
    ])
  })

  it('puts two-factor first, under a notice, when the panel requires it', async () => {
    const { router } = await renderAccount()
    await act(() => router.navigate('/account', { state: { twoFactorRequired: true } }))
    expect(await screen.findByText('Two-factor authentication required')).toBeInTheDocument()
    expect(headings()[0]).toBe('Two-factor authentication')
    expect(headings()).toHaveLength(5)
  })
})
