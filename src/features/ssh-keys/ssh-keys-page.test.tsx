import { screen, waitFor, within } from '@testing-library/react'
import { clearFailures, fault, holdRequests, refuseNext } from '@/test-kit/faults'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'
import type { DemoUser } from '@/test-kit/render'

const KEYS_PATH = '/api/client/account/ssh-keys'
const ADD_BUTTON = { name: 'Add SSH key' } as const

// Contract §10: the panel's own test-factory ed25519 key and its `ssh-keygen -lf` fingerprint.
const VECTOR_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOaXIq09NH4a93EVdrvHYiZ67Wj+GBEBQ9ou4W0qSYm2 jane@laptop'
const VECTOR_FINGERPRINT = 'SHA256:T2b3VnvHWUmfhDOFLqzZg2VfLgqJhWxzrMUy8WZ+V8M'
// `ssh-keygen -t ecdsa -b 256`; `ssh-keygen -lf` prints the fingerprint below.
const ECDSA_KEY =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBB1R8qik4b6wXOPXXvcC/BfojkJTejZZOQNbyMb69WdF7AUoJfm2nlR2aifbUR9ugwMJMQ8/4T2TUGQ4QxiVfbI= ec@box'
const ECDSA_FINGERPRINT = 'SHA256:ZZzAf2G6SWc1Nz+X6DTtTdUuRM8yD+I1mQ3BbTQIa/s'
// `ssh-keygen -t rsa -b 1024`: the panel refuses RSA below 2048 bits.
const RSA_1024 =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCyelk6Va5Qzdo/kUSAzhIYZ2eF9BljCUqpNxWg/Y5wYfwj6xoYhgdq7+rJaeS1VnhOqC/kMVJ76VmCdt9dblrSF/46GrjqRw2LwhRtd+uENRdjA31F1l111mjJzaDPhK/lya0dOOjfSCVhkRM8YWEvMesHeXkwGbTZxnIF3GojNw== weak@old'
const SK_KEY =
  'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIDGm8ZV2N6Fq8i6WgkqsGD0jVY9fNvNlbQyAXtrGqqm2AAAABHNzaDo= yubikey'

type App = Awaited<ReturnType<typeof renderApp>>

async function openPage(who: DemoUser = 'demo') {
  const app = await renderApp({ route: '/account/ssh', signedInAs: who })
  expect(await screen.findByRole('heading', { level: 1, name: 'SSH keys' })).toBeInTheDocument()
  return app
}

async function fill(app: App, name: string, key: string) {
  if (name) await app.user.type(screen.getByLabelText('Name'), name)
  if (key) {
    await app.user.click(screen.getByLabelText('Public key'))
    await app.user.paste(key)
  }
}

const list = () => screen.getByLabelText('SSH key list')

describe('SSH keys page', () => {
  it('lists keys with the SHA256 fingerprint, copyable, and the date added', async () => {
    const app = await openPage()
    const row = (await within(list()).findByText('MacBook Pro')).closest('li')!
    const fingerprint = within(row).getByText(/^SHA256:[A-Za-z0-9+/]{43}$/)
    expect(fingerprint.tagName).toBe('CODE')
    expect(within(row).getByText('Added')).toBeInTheDocument()
    expect(row.querySelector('time')).toHaveTextContent(/last month|\d+ weeks ago/)
    expect(within(list()).getByText('CI runner')).toBeInTheDocument()

    await app.user.click(
      within(row).getByRole('button', { name: 'Copy fingerprint of “MacBook Pro”' }),
    )
    expect(await navigator.clipboard.readText()).toBe(fingerprint.textContent)
  })

  it('adds a pasted key and shows the fingerprint ssh-keygen prints', async () => {
    const app = await openPage()
    await within(list()).findByText('MacBook Pro')
    await fill(app, 'Laptop', `  ${VECTOR_KEY}\n`)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    const row = (await within(list()).findByText('Laptop')).closest('li')!
    expect(within(row).getByText(VECTOR_FINGERPRINT)).toBeInTheDocument()
    expect(await screen.findByText('Added SSH key “Laptop”.')).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveValue('')
    expect(screen.getByLabelText('Public key')).toHaveValue('')
  })

  it('shows the panel’s duplicate verdict on the key field', async () => {
    const app = await openPage()
    await fill(app, 'Laptop', VECTOR_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    await within(list()).findByText('Laptop')
    await fill(app, 'Laptop again', VECTOR_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    const field = screen.getByLabelText('Public key')
    expect(
      await screen.findByText('The public key provided already exists on your account.'),
    ).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveFocus()
    expect(screen.getByLabelText('Name')).toHaveValue('Laptop again')
  })

  // Issue 19, item 13: the panel says "bytes" where it means bits; Talon says bits.
  it('shows the panel’s verdict on a weak RSA key, in bits', async () => {
    const app = await openPage()
    await fill(app, 'Old box', RSA_1024)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(
      await screen.findByText(
        'This RSA key is too short: RSA keys need at least 2,048 bits. Make a new one with ssh-keygen -t ed25519, or -t rsa -b 4096.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/bytes/)).not.toBeInTheDocument()
  })

  it('shows the panel’s “not valid” verdict, and explains it for security keys', async () => {
    const app = await openPage()
    await fill(app, 'Broken', 'ssh-ed25519 AAAAbm90IGEga2V5')
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(await screen.findByText('The public key provided is not valid.')).toBeInTheDocument()

    const key = screen.getByLabelText('Public key')
    await app.user.clear(key)
    await app.user.click(key)
    await app.user.paste(SK_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(
      await screen.findByText(
        'The public key provided is not valid. This panel can’t read security-key (sk-…) keys; add an ed25519, ECDSA or RSA key instead.',
      ),
    ).toBeInTheDocument()
  })

  it('names the supported types in the field description', async () => {
    await openPage()
    const key = screen.getByLabelText('Public key')
    expect(key).toHaveAccessibleDescription(
      /Supported: ssh-ed25519, ssh-rsa \(2048 bits or more\), ecdsa-sha2-nistp256\/384\/521\. Security-key types \(sk-ssh-ed25519@openssh\.com, sk-ecdsa-sha2-nistp256@openssh\.com\) work only if your panel supports them\. Never paste a private key\./,
    )
  })

  it.each([
    ['', 'Paste your public key, or load it from a .pub file.'],
    [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----',
      'This is a private key. Never paste or share a private key: use the public key, the .pub file next to it.',
    ],
    [
      `${VECTOR_KEY}\n${ECDSA_KEY}`,
      'Paste the key as a single line, exactly as it appears in your .pub file.',
    ],
    [
      'invalid',
      '“invalid” is not a supported key type. The line should start with one of: ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521, sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com.',
    ],
    [
      'ssh-ed25519',
      'The key is incomplete: after the type comes the key itself (a long run of letters and digits).',
    ],
  ])('checks %j before sending', async (key, message) => {
    const posts = recordRequests({ method: 'POST', path: KEYS_PATH })
    const app = await openPage()
    await fill(app, 'Laptop', key)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(await screen.findByText(message)).toBeInTheDocument()
    expect(screen.getByLabelText('Public key')).toHaveFocus()
    expect(posts.count).toBe(0)
  })

  it('requires a name', async () => {
    const app = await openPage()
    await fill(app, '', VECTOR_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(
      await screen.findByText('Enter a name, e.g. the computer this key lives on.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveFocus()
  })

  it('maps the panel’s name and public_key errors to their fields', async () => {
    refuseNext('POST', KEYS_PATH, [
      { field: 'name', detail: 'The name field is required.', rule: 'required' },
      { field: 'public_key', detail: 'The public key provided is not valid.', rule: '' },
    ])
    const app = await openPage()
    await fill(app, 'Laptop', VECTOR_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(await screen.findByText('The name field is required.')).toBeInTheDocument()
    expect(screen.getByText('The public key provided is not valid.')).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveFocus()
  })

  it('disables nothing and loses nothing when the panel fails; Add shows it is busy', async () => {
    // Held until released; then the demo panel fails it (its 500 envelope).
    const release = holdRequests('POST', KEYS_PATH)
    await fault({ method: 'POST', path: `${KEYS_PATH}$`, status: 500 })
    const app = await openPage()
    await fill(app, 'Laptop', VECTOR_KEY)
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    expect(screen.getByRole('button', ADD_BUTTON)).toHaveAttribute('aria-busy', 'true')
    release()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The panel ran into a problem. Try again in a moment.',
    )
    expect(screen.getByRole('button', ADD_BUTTON)).not.toHaveAttribute('aria-busy')
    expect(screen.getByLabelText('Name')).toHaveValue('Laptop')
    expect(screen.getByLabelText('Public key')).toHaveValue(VECTOR_KEY)
  })

  it('loads a .pub file into the key field and names the key from its comment', async () => {
    const app = await openPage()
    const input = screen.getByLabelText('.pub file to load')
    await app.user.upload(input, new File([`${ECDSA_KEY}\n`], 'id_ecdsa.pub'))
    await waitFor(() => expect(screen.getByLabelText('Public key')).toHaveValue(ECDSA_KEY))
    expect(screen.getByLabelText('Name')).toHaveValue('ec@box')
    await app.user.click(screen.getByRole('button', ADD_BUTTON))
    const row = (await within(list()).findByText('ec@box')).closest('li')!
    expect(within(row).getByText(ECDSA_FINGERPRINT)).toBeInTheDocument()
  })

  it('refuses files over 16 KiB and private key files without filling the field', async () => {
    const app = await openPage()
    const input = screen.getByLabelText('.pub file to load')
    await app.user.upload(input, new File(['a'.repeat(16 * 1024 + 1)], 'big.pub'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“big.pub” is larger than 16 KiB, so it isn’t a public key file. Pick the .pub file.',
    )
    expect(
      screen.getByRole('button', { name: 'Load from a .pub file…' }),
    ).toHaveAccessibleDescription(/larger than 16 KiB/)
    expect(screen.getByLabelText('Public key')).toHaveValue('')

    await app.user.upload(
      input,
      new File(
        ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n'],
        'id_ed25519',
        { type: 'text/plain' }, // the picker's "All files": `accept` only filters the list
      ),
    )
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^“id_ed25519” holds a private key\. This is a private key\. Never paste/,
      ),
    )
    expect(screen.getByLabelText('Public key')).toHaveValue('')
  })

  it('removes a key by fingerprint after a confirmation naming it', async () => {
    const removals = recordRequests({ path: `${KEYS_PATH}/remove` })
    const app = await openPage()
    const row = (await within(list()).findByText('CI runner')).closest('li')!
    const fingerprint = within(row).getByText(/^SHA256:/).textContent
    await app.user.click(within(row).getByRole('button', { name: 'Remove SSH key “CI runner”' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove “CI runner”?' })
    expect(dialog).toHaveTextContent(`The key ${fingerprint} will no longer sign in over SFTP.`)
    await app.user.click(within(dialog).getByRole('button', { name: 'Remove key' }))
    expect(screen.queryByText('CI runner')).not.toBeInTheDocument()
    expect(list()).toHaveFocus()
    expect(await screen.findByText('Removed SSH key “CI runner”.')).toBeInTheDocument()
    await waitFor(() =>
      expect(removals.bodies).toEqual([{ fingerprint: fingerprint.replace(/^SHA256:/, '') }]),
    )
  })

  it('puts the key back and says so when removing fails', async () => {
    await fault({ method: 'POST', path: `${KEYS_PATH}/remove$`, status: 502 })
    const app = await openPage()
    await app.user.click(
      await screen.findByRole('button', { name: 'Remove SSH key “MacBook Pro”' }),
    )
    await app.user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove key' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn’t remove “MacBook Pro”. Can't reach the panel right now. Try again in a moment.",
    )
    expect(await within(list()).findByText('MacBook Pro')).toBeInTheDocument()
  })

  it('shows a skeleton, then an error with a working retry, then the empty state', async () => {
    // `secure` has no SSH keys; the first read fails.
    await fault({ method: 'GET', path: `${KEYS_PATH}$`, status: 500 })
    const release = holdRequests('GET', KEYS_PATH)
    const app = await openPage('secure')
    expect(screen.getByText('Loading SSH keys…')).toBeInTheDocument()
    release()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Couldn’t load your SSH keys')
    await clearFailures() // the panel is back
    await app.user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('No SSH keys yet')).toBeInTheDocument()
  })
})
