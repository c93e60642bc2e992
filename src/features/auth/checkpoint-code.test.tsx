import { screen, waitFor } from '@testing-library/react'

import { renderApp, totpCode } from '@/test-kit/render'

// The checkpoint's code field (issue 19, item 4): a pasted "268 442" must arrive whole, and
// after a wrong code the field is cleared and focused so the next code can be typed at once.

async function reachCheckpoint() {
  const app = await renderApp({ route: '/login' })
  await app.user.type(await screen.findByLabelText('Username or email'), 'secure')
  await app.user.type(screen.getByLabelText('Password'), 'secure-password')
  await app.user.click(screen.getByRole('button', { name: 'Sign in' }))
  const code = await screen.findByLabelText('Authentication code')
  return { ...app, code }
}

const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`
const dashed = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`

describe('checkpoint code field', () => {
  it('offers the code to password managers and the numeric keyboard', async () => {
    const { code } = await reachCheckpoint()
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    expect(code).toHaveFocus()
  })

  it('keeps all six digits of a code pasted with a space, and signs in with it', async () => {
    const { user, code } = await reachCheckpoint()
    await user.click(code)
    await user.paste(spaced(totpCode()))
    expect(code).toHaveValue(spaced(totpCode()).replace(' ', ''))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
  })

  it('keeps all six digits of a code pasted with a dash', async () => {
    const { user, code } = await reachCheckpoint()
    await user.click(code)
    await user.paste(dashed('268442'))
    expect(code).toHaveValue('268442')
  })

  it('clears and focuses the field after a wrong code, so the next typing lands', async () => {
    const { user, code } = await reachCheckpoint()
    const wrong = totpCode() === '000000' ? '111111' : '000000'
    await user.type(code, wrong)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByText(/two-factor authentication token was invalid/i)).toBeVisible()
    await waitFor(() => expect(code).toHaveValue(''))
    expect(code).toHaveFocus()
    await user.keyboard('123456')
    expect(code).toHaveValue('123456')
  })

  it('still accepts a recovery token instead', async () => {
    const { user } = await reachCheckpoint()
    await user.click(screen.getByRole('button', { name: 'Use a recovery token' }))
    await user.type(screen.getByLabelText('Recovery token'), 'q7Rk2mXw9P')
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeInTheDocument()
  })
})
