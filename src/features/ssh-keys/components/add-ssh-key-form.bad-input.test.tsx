import { screen, within } from '@testing-library/react'

import {
  expectEachRefused,
  guardPage,
  HOSTILE_TEXT,
  MARKUP,
  setValue,
  submitAndRead,
} from '@/test-kit/bad-input'
import { renderApp } from '@/test-kit/render'

// Hostile and malformed public keys against the demo panel (phpseclib's verdicts), and hostile
// names, which the panel accepts and the list must show as plain text.

const ED25519 =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINzy3Zgt9hsvmCcHwvG0QY7hM/39zvI9aLV2dNV0iGXe fault@talon'
// ssh-keygen -t rsa -b 1024
const RSA_1024 =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDLSncTJwSe/A1+f4yBxJXGB6EBlCcy44z6pfcpr1b/I9hpJbtsyF0/xiMbeth5QDEx+lKbXZHYMDDhnxVaQGi99ICMH2A4XIwKOOMiRP4AUoThDnleKl+LBpf+6IWlWmZ3JkpXXvl+Vw5h8vPY4s9U7zgQlLe7P3z/cWtpo6oPaw== weak'
// ssh-keygen -t dsa
const DSA =
  'ssh-dss AAAAB3NzaC1kc3MAAACBAIpQABmJDIkSe7PL6LJJzTzXDyVEAC0OH9BC/lOuuVW4vWpkatLWF2Sn0uZl/ov9fq4+UULi9gOGd0pzIrVqvT5WML/Cp3UF6VJRUqn4vcLpOJpSUNRAQ7N7e2jRATgLfPPr++cZUCU+vtoB/WJB//bsZzY77lfV9hqW6v0VVxejAAAAFQDafPGWKzKo7F3p272VSbAHYfOIowAAAIBJDK+gK0gQtb2jY+BM8WJeiHY6kyottS8W3plLnKZNoFhBfKxNvgdckabUEGYbaHhu5Gh5RiH9OyyF/NyMOiZLt5RUB35xyma/7n4pCY5RWnchcznMVj74goUmU2CAGxNK9mNsHTGlKvLrbUZhiyYHzB6xdTMDa9lFu0unzEPL5gAAAIAH+0MOrWavvjBkSHcgNiRsmK6eqEPi/R45ADch4qOlUNuB8MXz3AvK+GR3qwU0obo5RUh8Id+omBoQKP2V9SSKr0eAwad+n3qyzbvVJUw9Gk0xt3E/khbdiNvjyG6VgHnVS5B//HHku3whDOM2WW/BUppjOlGYGnTxNQi6SZqmBA== dsa'
// A security-key (FIDO) ed25519 key: a well-formed blob phpseclib cannot read.
const SK_ED25519 =
  'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAICSFDrVP5lgmr3H9ONt0vhz/Ieudjj6uLweB68AAKEvFAAAABHNzaDo= yubikey'
const [TYPE, BLOB] = ED25519.split(' ') as [string, string]

const BAD_KEYS = [
  ...HOSTILE_TEXT,
  ['truncated base64', `${TYPE} ${BLOB.slice(0, 40)}`],
  ['broken base64', `${TYPE} ${BLOB.slice(0, 30)}!!!${BLOB.slice(33)}`],
  ['wrong type for the blob', `ssh-rsa ${BLOB}`],
  ['unknown type', `ssh-foo ${BLOB}`],
  ['DSA', DSA],
  ['RSA 1024 bits', RSA_1024],
  [
    'a private key',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----',
  ],
  ['two keys on two lines', `${ED25519}\n${RSA_1024}`],
  ['security-key ed25519', SK_ED25519],
  ['markup as comment only', `${TYPE} ${MARKUP}`],
  ['type only', TYPE],
] as const

async function renderForm() {
  const utils = await renderApp({ route: '/account/ssh', signedInAs: 'demo' })
  await screen.findByText('MacBook Pro')
  const form = screen.getByRole('form', { name: 'Add SSH key' })
  return {
    ...utils,
    form,
    name: within(form).getByLabelText('Name'),
    key: within(form).getByLabelText('Public key'),
    submit: within(form).getByRole('button', { name: 'Add SSH key' }),
  }
}

describe('add SSH key: hostile input', { timeout: 60_000 }, () => {
  it(`refuses ${BAD_KEYS.length} hostile or malformed public keys on the key field`, async () => {
    const guard = guardPage()
    const { form, name, key, submit } = await renderForm()
    setValue(name, 'Hostile')
    const outcomes = await expectEachRefused(guard, form, submit, { name, key }, key, BAD_KEYS)
    for (const o of outcomes) expect(Object.keys(o.fields)).toEqual(['key'])
    expect(
      screen.getAllByRole('listitem').filter((li) => li.textContent?.includes('Hostile')),
    ).toEqual([])
  })

  it('shows a hostile name as plain text once the panel accepts the key', async () => {
    const guard = guardPage()
    const { form, name, key, submit } = await renderForm()
    setValue(name, `${MARKUP} \u202Egnp.exe 🔑`)
    setValue(key, ED25519)
    const outcome = await submitAndRead(guard, form, submit, { name, key })
    expect(outcome).toEqual({ fields: {}, alert: '' })
    const list = screen.getByRole('region', { name: 'Your SSH keys' })
    expect(list.textContent).toContain(`${MARKUP} \u202Egnp.exe 🔑`)
    guard.check()
  })
})
