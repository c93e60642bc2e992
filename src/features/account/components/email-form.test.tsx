import { waitFor } from '@testing-library/react'
import {
  clearFailures,
  failRequests,
  FAILURE_MESSAGES,
  holdRequests,
  refuseNext,
} from '@/test-kit/faults'
import type { Failure } from '@/test-kit/faults'
import { recordRequests } from '@/test-kit/recorder'

import { describedText, INVALID_PASSWORD, renderAccount, section } from '../test-kit'

const EMAIL_PATH = '/api/client/account/email'

function fields() {
  const form = section('Email address')
  return {
    form,
    email: form.getByLabelText('New email address'),
    password: form.getByLabelText('Current password'),
    submit: form.getByRole('button', { name: 'Change email' }),
  }
}

// Each test signs in through the demo panel first: slow on a busy machine.
describe('change email', { timeout: 20_000 }, () => {
  it('changes the address, shows it in the profile at once, announces it and clears the form', async () => {
    const { user, queryClient } = await renderAccount()
    const f = fields()
    expect(f.email).toHaveAttribute('inputmode', 'email')
    expect(f.email).toHaveAttribute('autocomplete', 'email')
    expect(f.password).toHaveAttribute('autocomplete', 'current-password')

    const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
    await user.type(f.email, '  demo.new@example.com ')
    await user.type(f.password, 'demo-password')
    await user.click(f.submit)

    expect(await f.form.findByRole('status')).toHaveTextContent(
      'Email address changed. Sign in with demo.new@example.com from now on.',
    )
    expect(section('Account details').getByText('demo.new@example.com')).toBeInTheDocument()
    expect(section('Account details').queryByText('demo@example.com')).not.toBeInTheDocument()
    expect(f.email).toHaveValue('')
    expect(f.password).toHaveValue('')
    expect(puts.count).toBe(1)
    await waitFor(() =>
      expect(puts.bodies).toEqual([{ email: 'demo.new@example.com', password: 'demo-password' }]),
    )

    // The panel really has it: a fresh read of the account agrees.
    await queryClient.refetchQueries({ queryKey: ['account', 'detail'] })
    expect(section('Account details').getByText('demo.new@example.com')).toBeInTheDocument()
  })

  // Issue 19, item 14: the panel answers 204 and changes nothing; Talon doesn't claim a change.
  it('says the address is already yours instead of "changed", without asking the panel', async () => {
    const { user } = await renderAccount()
    const f = fields()
    const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
    await user.type(f.email, 'demo@example.com')
    await user.type(f.password, 'demo-password')
    await user.click(f.submit)
    expect(await f.form.findByText('That is already your email address.')).toBeInTheDocument()
    expect(describedText(f.email)).toContain('That is already your email address.')
    expect(f.email).toHaveFocus()
    expect(f.form.queryByText(/Email address changed/)).not.toBeInTheDocument()
    expect(puts.count).toBe(0)
  })

  // Issue 19, item 14: the panel's `email` rule accepts internationalised addresses.
  it('accepts an internationalised address and sends it as typed', async () => {
    const { user } = await renderAccount()
    const f = fields()
    const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
    await user.type(f.email, 'jürgen@exämple.org')
    await user.type(f.password, 'demo-password')
    await user.click(f.submit)
    expect(await f.form.findByRole('status')).toHaveTextContent(
      'Email address changed. Sign in with jürgen@exämple.org from now on.',
    )
    await waitFor(() =>
      expect(puts.bodies).toEqual([{ email: 'jürgen@exämple.org', password: 'demo-password' }]),
    )
  })

  it('does not keep the password in the React Query cache', async () => {
    const { user, queryClient } = await renderAccount()
    const f = fields()
    await user.type(f.email, 'demo.new@example.com')
    await user.type(f.password, 'demo-password')
    await user.click(f.submit)
    await f.form.findByText(/Email address changed/)
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
  })

  describe('checks in the browser first (no request)', () => {
    it('requires both fields and focuses the first', async () => {
      const { user } = await renderAccount()
      const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
      const f = fields()
      await user.click(f.submit)
      expect(await f.form.findByText('Enter your new email address.')).toBeInTheDocument()
      expect(f.form.getByText('Enter your current password.')).toBeInTheDocument()
      expect(f.email).toHaveAttribute('aria-invalid', 'true')
      expect(f.password).toHaveAttribute('aria-invalid', 'true')
      expect(describedText(f.email)).toContain('Enter your new email address.')
      expect(describedText(f.password)).toContain('Enter your current password.')
      expect(f.email).toHaveFocus()
      expect(puts.count).toBe(0)
    })

    it('rejects a malformed address', async () => {
      const { user } = await renderAccount()
      const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
      const f = fields()
      await user.type(f.email, 'not-an-email')
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(
        await f.form.findByText('Enter an email address like name@example.com.'),
      ).toBeInTheDocument()
      expect(describedText(f.email)).toContain('Enter an email address like name@example.com.')
      expect(f.email).toHaveFocus()
      expect(f.password).toHaveValue('demo-password')
      expect(puts.count).toBe(0)
    })

    it('rejects an address longer than 191 characters', async () => {
      const { user } = await renderAccount()
      const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
      const f = fields()
      await user.click(f.email)
      await user.paste(`${'a'.repeat(180)}@example.com`) // 192 characters
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(await f.form.findByText('Use at most 191 characters.')).toBeInTheDocument()
      expect(puts.count).toBe(0)
    })

    it('does not trim the password', async () => {
      const { user } = await renderAccount()
      const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
      const f = fields()
      await user.type(f.email, 'demo.new@example.com')
      await user.type(f.password, ' demo-password ')
      await user.click(f.submit)
      // Spaces are part of the password, so the panel refuses it.
      expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
      await waitFor(() =>
        expect(puts.bodies).toEqual([
          { email: 'demo.new@example.com', password: ' demo-password ' },
        ]),
      )
    })
  })

  describe("puts the panel's errors on the right field", () => {
    it('an address another account uses → under the email field', async () => {
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'secure@example.com')
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(await f.form.findByText('The email has already been taken.')).toBeInTheDocument()
      expect(f.email).toHaveAttribute('aria-invalid', 'true')
      expect(describedText(f.email)).toContain('The email has already been taken.')
      expect(f.email).toHaveFocus()
      expect(f.email).toHaveValue('secure@example.com')
      expect(f.password).toHaveValue('demo-password')
      expect(f.form.queryByRole('alert')).not.toBeInTheDocument()
      expect(section('Account details').getByText('demo@example.com')).toBeInTheDocument()
    })

    it('a wrong password (400, no source_field) → under the password field', async () => {
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'demo.new@example.com')
      await user.type(f.password, 'wrong-password')
      await user.click(f.submit)
      expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
      expect(f.password).toHaveAttribute('aria-invalid', 'true')
      expect(describedText(f.password)).toContain(INVALID_PASSWORD)
      expect(f.email).not.toHaveAttribute('aria-invalid')
      expect(f.password).toHaveFocus()
      expect(f.email).toHaveValue('demo.new@example.com')
      expect(f.form.queryByRole('alert')).not.toBeInTheDocument()
    })

    it('the wrong password wins over a taken address (authorize runs first)', async () => {
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'secure@example.com')
      await user.type(f.password, 'wrong-password')
      await user.click(f.submit)
      expect(await f.form.findByText(INVALID_PASSWORD)).toBeInTheDocument()
      expect(describedText(f.password)).toContain(INVALID_PASSWORD)
      expect(f.form.queryByText('The email has already been taken.')).not.toBeInTheDocument()
    })

    it("an address the panel's email rule refuses → under the email field", async () => {
      refuseNext('PUT', EMAIL_PATH, [
        { field: 'email', rule: 'email', detail: 'The email must be a valid email address.' },
      ])
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'odd@example.com')
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(
        await f.form.findByText('The email must be a valid email address.'),
      ).toBeInTheDocument()
      expect(describedText(f.email)).toContain('The email must be a valid email address.')
      expect(f.email).toHaveFocus()
    })

    it('an error on a field the form does not have → the alert at the top', async () => {
      refuseNext('PUT', EMAIL_PATH, [
        { field: 'locale', rule: 'in', detail: 'The selected locale is invalid.' },
      ])
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'demo.new@example.com')
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(await f.form.findByRole('alert')).toHaveTextContent('The selected locale is invalid.')
    })
  })

  describe('keeps the input and explains when the panel fails', () => {
    it.each<Failure>(['500', '502', 'network', '429', '419'])('%s', async (fault) => {
      await failRequests('PUT', EMAIL_PATH, fault)
      const { user } = await renderAccount()
      const f = fields()
      await user.type(f.email, 'demo.new@example.com')
      await user.type(f.password, 'demo-password')
      await user.click(f.submit)
      expect(await f.form.findByRole('alert')).toHaveTextContent(FAILURE_MESSAGES[fault])
      expect(f.email).toHaveValue('demo.new@example.com')
      expect(f.password).toHaveValue('demo-password')
      expect(f.submit).toBeEnabled()
      expect(f.submit).not.toHaveAttribute('aria-busy')

      // The panel recovers; the same input goes through on retry and the alert goes away.
      await clearFailures()
      await user.click(f.submit)
      expect(await f.form.findByText(/Email address changed/)).toBeInTheDocument()
      expect(f.form.queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  it('sends one request however often the button is pressed while pending', async () => {
    const release = holdRequests('PUT', EMAIL_PATH)
    const { user } = await renderAccount()
    const puts = recordRequests({ method: 'PUT', path: EMAIL_PATH })
    const f = fields()
    await user.type(f.email, 'demo.new@example.com')
    await user.type(f.password, 'demo-password')
    await user.click(f.submit)
    await waitFor(() => expect(f.submit).toHaveAttribute('aria-busy', 'true'))
    await user.click(f.submit)
    await user.type(f.password, '{Enter}')
    release()
    expect(await f.form.findByText(/Email address changed/)).toBeInTheDocument()
    expect(puts.count).toBe(1)
  })
})
