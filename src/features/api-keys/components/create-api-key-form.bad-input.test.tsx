import { fireEvent, screen, within } from '@testing-library/react'

import {
  expectRefused,
  guardPage,
  HOSTILE_TEXT,
  MARKUP,
  OVERLONG,
  panelTrim,
  setValue,
  submitAndRead,
} from '@/test-kit/bad-input'
import { renderApp } from '@/test-kit/render'

// Hostile descriptions and malformed allowed-IP lists against the demo panel. Each is either
// refused with a message (field or panel) or, when the panel takes it, shown back as plain text.

/** Descriptions the form must refuse; every other HOSTILE_TEXT entry is a legal description. */
const REFUSED_DESCRIPTIONS = new Set(['overlong (10k chars)', 'overlong emoji', 'whitespace only'])

const BAD_IPS: readonly (readonly [string, string])[] = [
  ['prefix too long', '10.0.0.0/33'],
  ['three octets', '1.2.3'],
  ['bad IPv6', '::g'],
  ['octet out of range', '999.1.1.1'],
  ['negative prefix', '1.2.3.4/-1'],
  ['51 entries', Array.from({ length: 51 }, (_, i) => `10.0.0.${i}`).join('\n')],
  ['markup', MARKUP],
  ['javascript: URL', 'javascript:alert(1)'],
  ['SQL-ish', "127.0.0.1' OR 1=1"],
  ['Arabic-Indic digits', '١٢٧.٠.٠.١'],
  ['full-width digits', '１２７.０.０.１'],
  ['zero-width inside', '127.0.0\u200B.1'],
  ['RTL override', '\u202E1.0.0.721'],
  ['NUL', '127.0.0.1\u0000'],
  ['emoji', '🔑.0.0.1'],
  ['trailing junk', '10.0.0.1/8 junk'],
  ['IPv6 prefix too long', '2001:db8::/129'],
  ['mapped IPv4 out of range', '::ffff:999.1.1.1'],
  ['overlong', OVERLONG],
  ['a hostname', 'localhost'],
  ['a URL', 'http://127.0.0.1/'],
  ['port', '127.0.0.1:8080'],
]

async function renderForm() {
  const utils = await renderApp({ route: '/account/api', signedInAs: 'demo' })
  await screen.findByText('3 / 25')
  const form = screen.getByRole('form', { name: 'Create API key' })
  const description = within(form).getByLabelText('Description')
  const ips = within(form).getByLabelText('Allowed IPs')
  const submit = within(form).getByRole('button', { name: 'Create API key' })
  return { ...utils, form, description, ips, submit }
}

async function closeNewKeyDialog() {
  const dialog = await screen.findByRole('dialog', { name: 'Copy your new API key' })
  fireEvent.click(within(dialog).getByRole('button', { name: 'I’ve copied it' }))
  await screen.findByRole('form', { name: 'Create API key' })
  expect(screen.queryByRole('dialog')).toBeNull()
}

describe('create API key: hostile input', { timeout: 60_000 }, () => {
  it(`refuses or safely shows ${HOSTILE_TEXT.length} hostile descriptions`, async () => {
    const guard = guardPage()
    const { form, description, ips, submit } = await renderForm()
    let created = 0
    for (const [label, value] of HOSTILE_TEXT) {
      setValue(description, value)
      setValue(ips, '')
      const outcome = await submitAndRead(guard, form, submit, { description, ips })
      if (REFUSED_DESCRIPTIONS.has(label)) {
        expectRefused(outcome, label)
        expect(Object.keys(outcome.fields), label).toEqual(['description'])
        expect(description, label).toHaveValue(value) // kept for fixing
      } else {
        expect(outcome, label).toEqual({ fields: {}, alert: '' })
        await closeNewKeyDialog()
        created += 1
        // Listed as text, exactly as the panel stored it (trimmed, like the panel's TrimStrings;
        // a single-line input drops line breaks as it is given them).
        const list = screen.getByRole('region', { name: 'Your API keys' })
        expect(list.textContent, label).toContain(panelTrim(value.replace(/[\r\n]/g, '')))
      }
      guard.check()
    }
    expect(created).toBe(HOSTILE_TEXT.length - REFUSED_DESCRIPTIONS.size)
  })

  it(`refuses ${BAD_IPS.length} malformed allowed-IP lists and keeps them for fixing`, async () => {
    const guard = guardPage()
    const { form, description, ips, submit } = await renderForm()
    setValue(description, 'Bad IPs')
    for (const [label, value] of BAD_IPS) {
      setValue(ips, value)
      const outcome = await submitAndRead(guard, form, submit, { description, ips })
      expectRefused(outcome, label)
      expect(outcome.fields.ips, label).toBeTruthy()
      expect(ips, label).toHaveValue(value)
      guard.check()
    }
    expect(screen.getByText('3 / 25')).toBeInTheDocument()
  })

  it('whitespace-only allowed IPs mean "no restriction", as on the panel', async () => {
    const guard = guardPage()
    const { form, description, ips, submit } = await renderForm()
    setValue(description, 'Anywhere')
    setValue(ips, ' \n\t \n ')
    const outcome = await submitAndRead(guard, form, submit, { description, ips })
    expect(outcome).toEqual({ fields: {}, alert: '' })
    await closeNewKeyDialog()
    guard.check()
  })
})
