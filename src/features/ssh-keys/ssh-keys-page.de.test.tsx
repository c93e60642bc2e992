import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { de } from '@/i18n/de'
import { formatDateTime } from '@/lib/format'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

import { KEY_TYPES } from './public-key'

// The page in German: an account whose `language` is `de` gets German text and German dates.
// Expected strings come from the `de` catalogue; a few English ones prove nothing was left over.

const t = de.sshKeys

async function openPageInGerman() {
  server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
  const app = await renderApp({ route: '/account/ssh', signedInAs: 'demo' })
  expect(await screen.findByRole('heading', { level: 1, name: t.page.title })).toBeInTheDocument()
  return app
}

const list = () => screen.getByRole('group', { name: t.list.label })

describe('SSH keys page in German', () => {
  it('shows headings, the list and German dates', async () => {
    await openPageInGerman()
    expect(screen.getByRole('heading', { level: 2, name: t.add.title })).toBeInTheDocument()
    const region = screen.getByRole('region', { name: t.list.title })
    expect(region).toHaveTextContent(t.list.description.replace('{command}', 'ssh-keygen -lf'))

    const row = (await within(list()).findByText('MacBook Pro')).closest('li')!
    expect(within(row).getByText(t.list.added)).toBeInTheDocument()
    expect(within(row).getByText(t.list.fingerprint)).toBeInTheDocument()
    const time = row.querySelector('time')!
    expect(time).toHaveTextContent(/^(letzten Monat|vor \d+ Wochen)/)
    const exact = formatDateTime(new Date(time.dateTime), 'de')
    expect(exact).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/)
    expect(time).toHaveAttribute('title', exact)
    expect(
      within(row).getByRole('button', { name: t.list.copyFingerprint('MacBook Pro') }),
    ).toBeInTheDocument()
    expect(
      within(row).getByRole('button', { name: t.list.removeLabel('MacBook Pro') }),
    ).toHaveTextContent(t.list.remove)
    expect(screen.queryByText('Added')).not.toBeInTheDocument()
  })

  it('shows the empty list in German', async () => {
    server.use(
      http.get('*/api/client/account/ssh-keys', () =>
        HttpResponse.json({ object: 'list', data: [] }),
      ),
    )
    await openPageInGerman()
    expect(await screen.findByText(t.empty.title)).toBeInTheDocument()
    expect(screen.getByText(t.empty.description)).toBeInTheDocument()
  })

  it('labels the form in German and explains a malformed key in German', async () => {
    const app = await openPageInGerman()
    const form = screen.getByRole('form', { name: t.form.label })
    const name = within(form).getByLabelText(t.form.nameLabel)
    const key = within(form).getByLabelText(t.form.publicKeyLabel)
    expect(name).toHaveAccessibleDescription(t.form.nameHint)
    const slots: Record<string, string> = {
      pubFile: '.pub',
      ed25519: 'ssh-ed25519',
      rsa: 'ssh-rsa',
      ecdsa: 'ecdsa-sha2-nistp256/384/521',
      skEd25519: 'sk-ssh-ed25519@openssh.com',
      skEcdsa: 'sk-ecdsa-sha2-nistp256@openssh.com',
    }
    expect(key).toHaveAccessibleDescription(
      t.form.publicKeyHint.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]!),
    )
    expect(key).toHaveAttribute('placeholder', t.form.publicKeyPlaceholder)
    expect(within(form).getByRole('button', { name: t.form.loadFile })).toBeInTheDocument()

    const submit = within(form).getByRole('button', { name: t.form.submit })
    await app.user.click(submit)
    expect(await screen.findByText(t.validation.nameRequired)).toBeInTheDocument()
    expect(screen.getByText(t.validation.keyRequired)).toBeInTheDocument()

    await app.user.type(name, 'Laptop')
    await app.user.click(key)
    await app.user.paste('ssh-foo AAAA')
    await app.user.click(submit)
    const unsupported = t.validation.unsupportedType('ssh-foo', KEY_TYPES)
    expect(unsupported).toMatch(/^„ssh-foo“ ist kein unterstützter Schlüsseltyp\./)
    expect(await screen.findByText(unsupported)).toBeInTheDocument()
    expect(key).toHaveAccessibleDescription(expect.stringContaining(unsupported))

    await app.user.clear(key)
    await app.user.click(key)
    await app.user.paste('ssh-ed25519')
    await app.user.click(submit)
    expect(await screen.findByText(t.validation.incomplete)).toBeInTheDocument()
    expect(screen.queryByText(/is not a supported key type|The key is incomplete/)).toBeNull()
  })

  it('refuses a private key file in German', async () => {
    const app = await openPageInGerman()
    await app.user.upload(
      screen.getByLabelText(t.form.fileInput),
      new File(
        ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n'],
        'id_ed25519',
        {
          type: 'text/plain',
        },
      ),
    )
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        t.form.filePrivate('id_ed25519', t.validation.privateKey),
      ),
    )
  })

  it('asks in German before removing and announces it in German', async () => {
    const app = await openPageInGerman()
    const row = (await within(list()).findByText('CI runner')).closest('li')!
    const fingerprint = within(row).getByText(/^SHA256:/).textContent
    await app.user.click(within(row).getByRole('button', { name: t.list.removeLabel('CI runner') }))
    const dialog = await screen.findByRole('dialog', { name: t.removeDialog.title('CI runner') })
    expect(dialog).toHaveTextContent('„CI runner“ entfernen?')
    expect(dialog).toHaveTextContent(t.removeDialog.description(fingerprint))
    expect(within(dialog).getByRole('button', { name: de.common.cancel })).toBeInTheDocument()
    await app.user.click(within(dialog).getByRole('button', { name: t.removeDialog.confirm }))
    expect(await screen.findByText(t.removedKey('CI runner'))).toBeInTheDocument()
    expect(within(list()).queryByText('CI runner')).not.toBeInTheDocument()
  })
})
