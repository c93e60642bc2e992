import { act, screen, waitFor } from '@testing-library/react'
import { accountQueries } from '@/api/account'
import {
  clearFailures,
  failRequests,
  FAILURE_MESSAGES,
  holdRequests,
  refuseNext,
} from '@/test-kit/faults'
import type { Failure } from '@/test-kit/faults'
import { resetDemoPanel } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'

import { describedText, INVALID_PASSWORD, renderAccount, section } from '../test-kit'

const PASSWORD_PATH = '/api/client/account/password'
const CHANGED = 'Password changed. Other devices signed in to your account have been signed out.'

function fields() {
  const form = section('Password')
  return {
    form,
    current: form.getByLabelText('Current password'),
    next: form.getByLabelText('New password'),
    confirm: form.getByLabelText('Confirm new password'),
    submit: form.getByRole('button', { name: 'Change password' }),
  }
}

type User = Awaited<ReturnType<typeof renderAccount>>['user']

async function fill(user: User, current: string, next: string, confirm = next) {
  const f = fields()
  if (current) await user.type(f.current, current)
  if (next) await user.type(f.next, next)
  if (confirm) await user.type(f.confirm, confirm)
  return f
}

// Each test signs in and hashes passwords in the demo panel: slow on a busy machine.
describe('change password', { timeout: 20_000 }, () => {
  it('changes it, says other devices were signed out, clears the form and stays signed in', async () => {
    const { user, queryClient, path } = await renderAccount('demo', '/account/security')
    const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
    const f = await fill(user, 'demo-password', 'correct-horse-1')
    expect(f.current).toHaveAttribute('autocomplete', 'current-password')
    expect(f.next).toHaveAttribute('autocomplete', 'new-password')
    expect(f.confirm).toHaveAttribute('autocomplete', 'new-password')
    await user.click(f.submit)

    expect(await f.form.findByRole('status')).toHaveTextContent(CHANGED)
    expect(f.current).toHaveValue('')
    expect(f.next).toHaveValue('')
    expect(f.confirm).toHaveValue('')
    await waitFor(() =>
      expect(puts.bodies).toEqual([
        {
          current_password: 'demo-password',
          password: 'correct-horse-1',
          password_confirmation: 'correct-horse-1',
        },
      ]),
    )

    // This session is still valid (the panel ends only the *other* sessions).
    await act(() => queryClient.refetchQueries({ queryKey: accountQueries.detail().queryKey }))
    expect(queryClient.getQueryState(accountQueries.detail().queryKey)?.status).toBe('success')
    expect(path()).toBe('/account/security')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Password & security' }),
    ).toBeInTheDocument()

    // And the panel now wants the new password: the old one is refused as the current password.
    await fill(user, 'demo-password', 'another-password-2')
    await user.click(f.submit)
    expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
  })

  it('offers a username field to password managers and show/hide toggles', async () => {
    const { user } = await renderAccount('demo', '/account/security')
    const f = fields()
    const username = f.form.getByDisplayValue('demo')
    expect(username).toHaveAttribute('autocomplete', 'username')
    expect(f.form.getAllByRole('button', { name: 'Show password' })).toHaveLength(3)
    await user.type(f.next, 'secret-thing')
    expect(f.next).toHaveAttribute('type', 'password')
    await user.click(f.form.getAllByRole('button', { name: 'Show password' })[1]!)
    expect(f.next).toHaveAttribute('type', 'text')
    expect(f.next).toHaveValue('secret-thing')
  })

  it('keeps passwords out of the React Query cache', async () => {
    const { user, queryClient } = await renderAccount('demo', '/account/security')
    const f = await fill(user, 'demo-password', 'correct-horse-1')
    await user.click(f.submit)
    await f.form.findByText(CHANGED)
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    ])
    expect(cached).not.toContain('demo-password')
    expect(cached).not.toContain('correct-horse-1')
  })

  it('does not trim passwords', async () => {
    const { user } = await renderAccount('demo', '/account/security')
    const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
    const f = await fill(user, 'demo-password', '  spaced out  ')
    await user.click(f.submit)
    expect(await f.form.findByText(CHANGED)).toBeInTheDocument()
    await waitFor(() =>
      expect(puts.bodies).toEqual([
        {
          current_password: 'demo-password',
          password: '  spaced out  ',
          password_confirmation: '  spaced out  ',
        },
      ]),
    )
    // The spaces are part of the new password: without them it is wrong.
    await fill(user, 'spaced out', 'whatever-else-1')
    await user.click(f.submit)
    expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
  })

  describe('checks in the browser first (no request)', () => {
    it('requires every field and focuses the first', async () => {
      const { user } = await renderAccount('demo', '/account/security')
      const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
      const f = fields()
      await user.click(f.submit)
      expect(await f.form.findByText('Enter your current password.')).toBeInTheDocument()
      expect(f.form.getByText('Enter a new password.')).toBeInTheDocument()
      expect(f.form.getByText('Enter the new password again.')).toBeInTheDocument()
      for (const input of [f.current, f.next, f.confirm]) {
        expect(input).toHaveAttribute('aria-invalid', 'true')
      }
      expect(describedText(f.current)).toContain('Enter your current password.')
      expect(describedText(f.next)).toContain('Enter a new password.')
      expect(describedText(f.confirm)).toContain('Enter the new password again.')
      expect(f.current).toHaveFocus()
      expect(puts.count).toBe(0)
    })

    it('wants at least 8 characters', async () => {
      const { user } = await renderAccount('demo', '/account/security')
      const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
      const f = await fill(user, 'demo-password', 'short')
      await user.click(f.submit)
      expect(await f.form.findByText('Use at least 8 characters.')).toBeInTheDocument()
      expect(describedText(f.next)).toContain('Use at least 8 characters.')
      expect(f.next).toHaveFocus()
      expect(puts.count).toBe(0)
    })

    it('shows a mismatch on the confirmation field', async () => {
      const { user } = await renderAccount('demo', '/account/security')
      const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
      const f = await fill(user, 'demo-password', 'correct-horse-1', 'correct-horse-2')
      await user.click(f.submit)
      expect(await f.form.findByText("The passwords don't match.")).toBeInTheDocument()
      expect(f.confirm).toHaveAttribute('aria-invalid', 'true')
      expect(describedText(f.confirm)).toContain("The passwords don't match.")
      expect(f.next).not.toHaveAttribute('aria-invalid')
      expect(f.confirm).toHaveFocus()
      expect(puts.count).toBe(0)
      // Fixing it clears the message.
      await user.clear(f.confirm)
      await user.type(f.confirm, 'correct-horse-1')
      await waitFor(() =>
        expect(f.form.queryByText("The passwords don't match.")).not.toBeInTheDocument(),
      )
    })
  })

  describe('strength hint', () => {
    it('is tied to the new password, updates as you type and never blocks', async () => {
      const { user } = await renderAccount('demo', '/account/security')
      const f = fields()
      expect(describedText(f.next)).toContain('At least 8 characters.')
      await user.type(f.next, 'abc')
      expect(describedText(f.next)).toContain('Password strength: Too short')
      await user.type(f.next, 'defgh')
      expect(describedText(f.next)).toContain('Password strength: Weak')
      await user.clear(f.next)
      await user.type(f.next, 'correct horse battery staple')
      expect(describedText(f.next)).toContain('Password strength: Strong')
      // The live part is only the level, so screen readers hear changes, not every key.
      expect(f.form.getByText(/^Password strength:/).closest('[aria-live]')).toHaveAttribute(
        'aria-live',
        'polite',
      )

      // A weak but valid password is still accepted: the hint is advice.
      await user.clear(f.next)
      await fill(user, 'demo-password', 'abcdefgh')
      expect(describedText(f.next)).toContain('Password strength: Weak')
      await user.click(f.submit)
      expect(await f.form.findByText(CHANGED)).toBeInTheDocument()
    })
  })

  describe("puts the panel's errors on the right field", () => {
    it('a wrong current password → under the current password field', async () => {
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'not-my-password', 'correct-horse-1')
      await user.click(f.submit)
      expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
      expect(f.current).toHaveAttribute('aria-invalid', 'true')
      expect(describedText(f.current)).toContain(INVALID_PASSWORD)
      expect(f.current).toHaveFocus()
      expect(f.form.queryByRole('alert')).not.toBeInTheDocument()
      expect(f.current).toHaveValue('not-my-password')
      expect(f.next).toHaveValue('correct-horse-1')
      expect(f.confirm).toHaveValue('correct-horse-1')
    })

    it('min:8 from the panel → under the new password', async () => {
      refuseNext('PUT', PASSWORD_PATH, [
        {
          field: 'password',
          rule: 'min',
          detail: 'The password must be at least 8 characters.',
        },
      ])
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'demo-password', 'correct-horse-1')
      await user.click(f.submit)
      expect(
        await f.form.findByText('The password must be at least 8 characters.'),
      ).toBeInTheDocument()
      expect(describedText(f.next)).toContain('The password must be at least 8 characters.')
      expect(f.next).toHaveFocus()
    })

    it('confirmed from the panel (reported on `password`) → under the confirmation', async () => {
      refuseNext('PUT', PASSWORD_PATH, [
        {
          field: 'password',
          rule: 'confirmed',
          detail: 'The password confirmation does not match.',
        },
      ])
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'demo-password', 'correct-horse-1')
      await user.click(f.submit)
      expect(
        await f.form.findByText('The password confirmation does not match.'),
      ).toBeInTheDocument()
      expect(describedText(f.confirm)).toContain('The password confirmation does not match.')
      expect(f.next).not.toHaveAttribute('aria-invalid')
      expect(f.confirm).toHaveFocus()
    })

    it('confirmed and min together → each on its own field, the first one focused', async () => {
      refuseNext('PUT', PASSWORD_PATH, [
        {
          field: 'password',
          rule: 'confirmed',
          detail: 'The password confirmation does not match.',
        },
        {
          field: 'password',
          rule: 'min',
          detail: 'The password must be at least 8 characters.',
        },
      ])
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'demo-password', 'correct-horse-1')
      await user.click(f.submit)
      await f.form.findByText('The password must be at least 8 characters.')
      expect(describedText(f.next)).toContain('The password must be at least 8 characters.')
      expect(describedText(f.confirm)).toContain('The password confirmation does not match.')
      expect(f.next).toHaveFocus()
    })

    it('a required current_password from the panel → under the current password', async () => {
      refuseNext('PUT', PASSWORD_PATH, [
        {
          field: 'current_password',
          rule: 'required',
          detail: 'The current password field is required.',
        },
      ])
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'demo-password', 'correct-horse-1')
      await user.click(f.submit)
      expect(await f.form.findByText('The current password field is required.')).toBeInTheDocument()
      expect(f.current).toHaveFocus()
    })
  })

  describe('keeps the input and explains when the panel fails', () => {
    it.each<Failure>(['500', '502', 'network', '429', '419'])('%s', async (fault) => {
      await failRequests('PUT', PASSWORD_PATH, fault)
      const { user } = await renderAccount('demo', '/account/security')
      const f = await fill(user, 'demo-password', 'correct-horse-1')
      await user.click(f.submit)
      expect(await f.form.findByRole('alert')).toHaveTextContent(FAILURE_MESSAGES[fault])
      expect(f.current).toHaveValue('demo-password')
      expect(f.next).toHaveValue('correct-horse-1')
      expect(f.confirm).toHaveValue('correct-horse-1')
      expect(f.submit).toBeEnabled()

      await clearFailures()
      await user.click(f.submit)
      expect(await f.form.findByText(CHANGED)).toBeInTheDocument()
      expect(f.form.queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  it('sends one request however often the button is pressed while pending', async () => {
    const release = holdRequests('PUT', PASSWORD_PATH)
    const { user } = await renderAccount('demo', '/account/security')
    const puts = recordRequests({ method: 'PUT', path: PASSWORD_PATH })
    const f = await fill(user, 'demo-password', 'correct-horse-1')
    await user.click(f.submit)
    await waitFor(() => expect(f.submit).toHaveAttribute('aria-busy', 'true'))
    await user.click(f.submit)
    await user.type(f.confirm, '{Enter}')
    release()
    expect(await f.form.findByText(CHANGED)).toBeInTheDocument()
    expect(puts.count).toBe(1)
  })

  it('sends the person to sign in when the session has ended meanwhile', async () => {
    const { user, path } = await renderAccount('demo', '/account/security')
    const f = await fill(user, 'demo-password', 'correct-horse-1')
    // The panel forgets every session (as when the password was changed elsewhere).
    resetDemoPanel()
    await user.click(f.submit)
    await waitFor(() => expect(path()).toBe('/login?redirect=%2Faccount%2Fsecurity&reason=expired'))
  })
})
