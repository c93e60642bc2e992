import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { demoUsers, totpCode } from '@/test-kit/render'

import { renderSection, serveAccountLanguage } from './test-kit'

// The section for an account whose `language` is `de`: status, enrol dialog, recovery tokens and
// the disable dialog in German, with every expected string taken from the `de` catalogue.

const t = de.twoFactor

afterEach(() => {
  vi.restoreAllMocks()
})

async function openGermanSetup(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: t.section.setUp }))
  return screen.findByRole('dialog', { name: t.enrol.title })
}

describe('two-factor in German', { timeout: 30_000 }, () => {
  it('enrols in German: status, dialog, zod and panel errors, recovery tokens', async () => {
    serveAccountLanguage('de')
    const { user } = await renderSection('demo')
    expect(await screen.findByText(t.status.off.heading)).toBeInTheDocument()
    expect(screen.getByText(t.status.off.body)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: t.section.title })).toBeInTheDocument()
    expect(screen.queryByText(en.twoFactor.status.off.heading)).not.toBeInTheDocument()

    const dialog = await openGermanSetup(user)
    expect(within(dialog).getByText(t.enrol.description)).toBeInTheDocument()
    expect(await within(dialog).findByRole('img', { name: t.enrol.qrCode })).toBeInTheDocument()
    expect(within(dialog).getByText(t.enrol.cantScan)).toBeInTheDocument()
    expect(within(dialog).getByText(t.enrol.scanStepLabel)).toBeInTheDocument()
    expect(within(dialog).getByRole('link', { name: t.enrol.openInApp })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: t.enrol.copySetupKey })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: de.common.cancel })).toBeInTheDocument()

    const form = within(dialog).getByRole('form', { name: t.enrol.formLabel })
    const code = within(form).getByLabelText(t.enrol.code)
    const password = within(form).getByLabelText(t.enrol.password, { selector: 'input' })
    const submit = within(form).getByRole('button', { name: t.enrol.submit })

    // Checked in the browser: German zod messages.
    await user.click(submit)
    expect(await within(form).findByText(t.errors.codeRequired)).toBeInTheDocument()
    expect(within(form).getByText(t.errors.passwordRequired)).toBeInTheDocument()
    await user.type(code, '12345')
    await user.click(submit)
    expect(await within(form).findByText(t.errors.codeFormat)).toBeInTheDocument()

    // The panel refuses the password: Talon's own German wording on the field.
    const secret = (within(dialog).getByText(/^[A-Z2-7 ]{20,}$/).textContent ?? '').replace(
      /\s+/g,
      '',
    )
    await user.clear(code)
    await user.type(code, totpCode(secret))
    await user.type(password, 'wrong-password')
    await user.click(submit)
    expect(await within(form).findByText(t.errors.wrongPassword)).toBeInTheDocument()

    // Right password: the recovery tokens, in German, with a German file name and printout.
    await user.clear(password)
    await user.type(password, demoUsers.demo.password)
    await user.clear(code)
    await user.type(code, totpCode(secret))
    await user.click(submit)
    const tokens = await screen.findByRole('dialog', { name: t.recoveryTokens.title })
    expect(within(tokens).getByText(t.recoveryTokens.warningTitle)).toBeInTheDocument()
    expect(
      within(tokens).getByRole('list', { name: t.recoveryTokens.listLabel }),
    ).toBeInTheDocument()
    expect(
      within(tokens).getByRole('button', { name: t.recoveryTokens.copyAll }),
    ).toBeInTheDocument()
    const print = document.querySelector('[data-print-recovery-tokens]')
    expect(print).toHaveTextContent(t.recoveryTokens.printTitle)
    expect(print).toHaveTextContent(t.recoveryTokens.printAccount('demo'))

    Object.assign(URL, {
      createObjectURL: vi.fn(() => 'blob:talon/tokens'),
      revokeObjectURL: vi.fn(),
    })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await user.click(within(tokens).getByRole('button', { name: t.recoveryTokens.download }))
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      t.recoveryTokens.fileName('demo'),
    )

    const done = within(tokens).getByRole('button', { name: de.common.done })
    expect(done).toBeDisabled()
    await user.click(within(tokens).getByLabelText(t.recoveryTokens.saved))
    await user.click(done)
    expect(await screen.findByText(t.section.turnedOn)).toBeInTheDocument()
    expect(screen.getByText(t.status.on.heading)).toBeInTheDocument()
  })

  it('turns 2FA off in German', async () => {
    serveAccountLanguage('de')
    const { user } = await renderSection('secure')
    expect(await screen.findByText(t.status.on.heading)).toBeInTheDocument()
    expect(screen.getByText(t.status.on.badge)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: t.section.turnOff }))
    const dialog = await screen.findByRole('dialog', { name: t.disable.title })
    expect(within(dialog).getByText(t.disable.description)).toBeInTheDocument()
    const form = within(dialog).getByRole('form', { name: t.disable.formLabel })
    const password = within(form).getByLabelText(t.disable.password, { selector: 'input' })
    const submit = within(form).getByRole('button', { name: t.disable.submit })
    expect(within(form).getByRole('button', { name: de.common.cancel })).toBeInTheDocument()

    await user.click(submit)
    expect(await within(form).findByText(t.errors.passwordRequired)).toBeInTheDocument()
    await user.type(password, 'wrong-password')
    await user.click(submit)
    expect(await within(form).findByText(t.errors.wrongPassword)).toBeInTheDocument()

    await user.clear(password)
    await user.type(password, demoUsers.secure.password)
    await user.click(submit)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText(t.status.off.heading)).toBeInTheDocument()
    expect(screen.getByText(t.section.turnedOff)).toBeInTheDocument()
  })
})
