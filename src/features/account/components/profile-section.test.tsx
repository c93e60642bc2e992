import { screen } from '@testing-library/react'
import { http } from 'msw'

import { fault, holdRequests } from '@/test-kit/faults'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderInApp } from '@/test-kit/render'

import { renderAccount, section } from '../test-kit'
import { ProfileSection } from './profile-section'

function term(name: string) {
  const dt = section('Account details').getByText(name, { selector: 'dt' })
  return dt.nextElementSibling?.textContent
}

describe('profile', () => {
  it('shows username, email, name and language from the account endpoint', async () => {
    await renderAccount('demo')
    expect(term('Username')).toBe('demo')
    expect(term('Email')).toBe('demo@example.com')
    expect(term('Name')).toBe('Demo User')
    expect(term('Language')).toBe('English (en)')
    expect(section('Account details').queryByText('Administrator')).not.toBeInTheDocument()
  })

  it('marks panel administrators', async () => {
    await renderAccount('admin')
    expect(section('Account details').getByText('Administrator')).toBeInTheDocument()
    expect(term('Username')).toMatch(/^admin/)
  })

  it('falls back when the panel has no name on file', async () => {
    server.use(
      http.get('*/api/client/account', () =>
        demoAccountAnswer({ first_name: null, last_name: null, language: 'xx-invalid-tag-123' }),
      ),
    )
    await renderAccount('demo')
    expect(term('Name')).toBe('Not set')
    expect(term('Language')).toBe('xx-invalid-tag-123')
  })

  // Rendered alone: on /account the route's loader has already fetched the account.
  it('shows a skeleton while loading, then an error with a working Retry', async () => {
    // Held until released, then the demo panel answers: first its proxy's 502, then the account.
    const release = holdRequests('GET', '/api/client/account')
    const { user } = await renderInApp(<ProfileSection />, { signedInAs: 'demo' })
    await fault({ method: 'GET', path: '/api/client/account$', status: 502, times: 1 })
    expect(screen.getByText('Loading your profile…')).toBeInTheDocument()
    release()
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your profile")
    expect(screen.getByRole('alert')).toHaveTextContent("Can't reach the panel right now.")
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('demo@example.com')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
