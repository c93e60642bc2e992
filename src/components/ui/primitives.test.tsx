import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'

import { apiErrorFor } from '@/test-kit/faults'
import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { Button } from './button'
import { ConfirmDialog } from './confirm-dialog'
import { CopyButton } from './copy-button'
import { Dialog } from './dialog'
import { ErrorState } from './error-state'
import { Field } from './field'
import { Input } from './input'
import { PasswordInput } from './password-input'
import { RelativeTime } from './relative-time'

describe('ui primitives', () => {
  it('Field wires label, description and error to the control', () => {
    render(
      <Field label="Email" description="We never share it." error="Enter a valid email.">
        <Input />
      </Field>,
    )
    const input = screen.getByLabelText('Email')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('We never share it. Enter a valid email.')
  })

  it('PasswordInput toggles visibility with an accessible name', async () => {
    const user = userEvent.setup()
    render(
      <Field label="Password">
        <PasswordInput />
      </Field>,
    )
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password')
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'text')
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('Button pending sets aria-busy and swallows clicks', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    render(
      <Button pending onClick={onClick}>
        Save
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Save' })
    expect(button).toHaveAttribute('aria-busy', 'true')
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('CopyButton copies and announces "Copied" without echoing the value', async () => {
    const user = userEvent.setup()
    render(<CopyButton value="ptlc_SECRET_VALUE" label="Copy API key" />)
    await user.click(screen.getByRole('button', { name: 'Copy API key' }))
    expect(await navigator.clipboard.readText()).toBe('ptlc_SECRET_VALUE')
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
    expect(document.body).not.toHaveTextContent('ptlc_SECRET_VALUE')
  })

  it('Dialog with dismissible={false} ignores Escape and has no close button', async () => {
    const user = userEvent.setup()
    function Harness() {
      const [open, setOpen] = useState(true)
      return (
        <Dialog
          open={open}
          onOpenChange={setOpen}
          title="Your new key"
          description="Shown once."
          dismissible={false}
        >
          <button type="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </Dialog>
      )
    }
    render(<Harness />)
    // The Radix implementation is a lazy chunk: the first open resolves it asynchronously.
    const dialog = await screen.findByRole('dialog', { name: 'Your new key' })
    expect(dialog).toHaveAccessibleDescription('Shown once.')
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('RelativeTime renders a <time> with the exact time available', () => {
    const date = new Date(Date.now() - 3 * 60_000)
    render(<RelativeTime date={date} />)
    const time = screen.getByText('3 minutes ago', { exact: false }).closest('time')
    expect(time).toHaveAttribute('datetime', date.toISOString())
    expect(time).toHaveAttribute('title')
  })
})

describe('ui primitives in German', () => {
  beforeEach(async () => {
    await act(() => setLanguage('de'))
  })

  it('RelativeTime follows the interface language when no locale is given', () => {
    const date = new Date(2024, 9, 24, 12, 0, 0)
    vi.useFakeTimers({ now: date.getTime() + 3 * 60_000, toFake: ['Date'] })
    try {
      render(<RelativeTime date={date} />)
    } finally {
      vi.useRealTimers()
    }
    const time = screen.getByText('vor 3 Minuten', { exact: false }).closest('time')
    // The exact time in German order: "24.10.2024, 12:00:00".
    expect(time?.getAttribute('title')).toBe('24.10.2024, 12:00:00')
  })

  it('PasswordInput, CopyButton and ErrorState speak German by default', async () => {
    const user = userEvent.setup()
    render(
      <>
        <Field label="Passwort">
          <PasswordInput />
        </Field>
        <CopyButton value="geheim" />
        <ErrorState error={new Error('boom')} onRetry={() => {}} />
        <ErrorState error={await apiErrorFor(500)} title="Fehler" />
      </>,
    )
    await user.click(screen.getByRole('button', { name: de.common.showPassword }))
    expect(screen.getByRole('button', { name: de.common.hidePassword })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: de.common.copy }))
    expect(screen.getByRole('button', { name: de.common.copy })).toHaveTextContent(de.common.copied)
    const [generic, api] = screen.getAllByRole('alert')
    expect(generic).toHaveTextContent(de.common.loadFailed)
    expect(generic).toHaveTextContent(de.common.somethingWentWrong)
    expect(screen.getByRole('button', { name: de.common.retryAction })).toBeInTheDocument()
    expect(api).toHaveTextContent(de.common.errors.panelFailed)
  })

  it('ConfirmDialog and Dialog label their own buttons in German', async () => {
    render(
      <ConfirmDialog
        open
        onOpenChange={() => {}}
        title="Schlüssel löschen?"
        confirmLabel="Löschen"
        onConfirm={() => {}}
      />,
    )
    await screen.findByRole('dialog', { name: 'Schlüssel löschen?' })
    expect(screen.getByRole('button', { name: de.common.cancel })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: de.common.close })).toBeInTheDocument()
  })
})
