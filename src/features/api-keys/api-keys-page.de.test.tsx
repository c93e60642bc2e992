import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { MAX_ALLOWED_IPS, MAX_API_KEYS } from '@/api/api-keys'
import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { formatDateTime } from '@/lib/format'
import { demoAccountAnswer, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'

// The page in German: an account whose `language` is `de` gets German text and German dates.
// Expected strings come from the `de` catalogue; a few English ones prove nothing was left over.

const t = de.apiKeys

async function openPageInGerman() {
  server.use(http.get('*/api/client/account', () => demoAccountAnswer({ language: 'de' })))
  const app = await renderApp({ route: '/account/api', signedInAs: 'demo' })
  expect(await screen.findByRole('heading', { level: 1, name: t.page.title })).toBeInTheDocument()
  return app
}

describe('API keys page in German', () => {
  it('shows headings, the list, the counter and German dates', async () => {
    await openPageInGerman()
    expect(screen.getByRole('heading', { level: 2, name: t.create.title })).toBeInTheDocument()
    const region = screen.getByRole('region', { name: t.list.title })
    const list = within(region).getByRole('group', { name: t.list.label })

    const deploy = (await within(list).findByText('Deploy bot (GitHub Actions)')).closest('li')!
    const [lastUsed, created] = deploy.querySelectorAll('time')
    expect(lastUsed).toHaveTextContent(/^vorgestern \(/) // “2 days ago”, as German says it
    expect(created).toHaveTextContent(/^(letzten Monat|vor \d+ Wochen)/)
    // The exact time, German style (24.10.2024, 12:00:00), in the tooltip and for screen readers.
    const exact = formatDateTime(new Date(lastUsed!.dateTime), 'de')
    expect(exact).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/)
    expect(lastUsed).toHaveAttribute('title', exact)
    expect(lastUsed).toHaveTextContent(`(${exact})`)

    const old = within(list).getByText('Old laptop script').closest('li')!
    expect(within(old).getByText(t.list.neverUsed)).toBeInTheDocument()
    expect(within(old).getByText(t.list.anyAddress)).toBeInTheDocument()
    expect(within(old).getByText(t.list.columns.lastUsed)).toBeInTheDocument()
    expect(
      within(old).getByRole('button', { name: t.list.deleteLabel('Old laptop script') }),
    ).toHaveTextContent(de.common.delete)

    expect(screen.getByText(t.list.counter(3, MAX_API_KEYS))).toBeInTheDocument()
    expect(screen.getByText(t.list.counterLabel(3, MAX_API_KEYS))).toBeInTheDocument()
    expect(screen.getByText('3 von 25 Schlüsseln verwendet')).toBeInTheDocument()
    // The counter formats its numbers in its own language.
    expect(t.list.counter(1234, 2500)).toBe('1.234 / 2.500')
    expect(en.apiKeys.list.counter(1234, 2500)).toBe('1,234 / 2,500')
    expect(screen.queryByText('Never')).not.toBeInTheDocument()
    expect(screen.queryByText('Any address')).not.toBeInTheDocument()
  })

  it('explains the empty list in German', async () => {
    server.use(
      http.get('*/api/client/account/api-keys', () =>
        HttpResponse.json({ object: 'list', data: [] }),
      ),
    )
    await openPageInGerman()
    expect(await screen.findByText(t.empty.title)).toBeInTheDocument()
    const empty = screen.getByText(/Skript oder Tool über die Client-API/)
    expect(empty).toHaveTextContent(
      t.empty.description.replace('{prefix}', 'ptlc_').replace('{applicationPrefix}', 'ptla_'),
    )
    expect(screen.getByText(t.list.counter(0, MAX_API_KEYS))).toBeInTheDocument()
  })

  it('labels the form in German and names a bad IP/CIDR entry in German', async () => {
    const app = await openPageInGerman()
    const form = screen.getByRole('form', { name: t.form.label })
    const description = within(form).getByLabelText(t.form.descriptionLabel)
    expect(description).toHaveAccessibleDescription(t.form.descriptionHint)
    const ips = within(form).getByLabelText(t.allowedIps.label)
    expect(within(form).getByText(t.allowedIps.counter(0, MAX_ALLOWED_IPS))).toBeInTheDocument()

    await app.user.click(within(form).getByRole('button', { name: t.form.submit }))
    expect(await screen.findByText(t.validation.descriptionRequired)).toBeInTheDocument()

    await app.user.type(description, 'CI deploy')
    await app.user.click(ips)
    await app.user.paste('127.0.0.1\nhodor, 10.0.0.0/33')
    expect(within(form).getByText('3 / 50 Einträge')).toBeInTheDocument()
    await app.user.click(within(form).getByRole('button', { name: t.form.submit }))

    expect(await screen.findByText(t.validation.invalidEntries(2))).toBeInTheDocument()
    const invalid = t.allowedIps.problemLine(2, t.allowedIps.invalid('hodor'))
    expect(invalid).toBe(
      'Zeile 2: „hodor“ ist keine gültige IP-Adresse und kein gültiger CIDR-Bereich.',
    )
    expect(screen.getByText(invalid)).toBeInTheDocument()
    expect(
      screen.getByText(
        t.allowedIps.problemLine(2, t.allowedIps.prefixTooLong('10.0.0.0/33', 'IPv4', 32)),
      ),
    ).toBeInTheDocument()
    expect(ips).toHaveAccessibleDescription(expect.stringContaining(invalid))
    expect(screen.queryByText(/is not a valid IP address/)).not.toBeInTheDocument()
  })

  it('shows the new key once with German texts', async () => {
    const app = await openPageInGerman()
    await screen.findByText(t.list.counter(3, MAX_API_KEYS))
    await app.user.type(screen.getByLabelText(t.form.descriptionLabel), 'CI deploy')
    await app.user.click(screen.getByRole('button', { name: t.form.submit }))
    const dialog = await screen.findByRole('dialog', { name: t.newKey.title })
    expect(within(dialog).getByText(t.newKey.keyFor('CI deploy'))).toBeInTheDocument()
    expect(within(dialog).getByText(t.newKey.usage)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: t.newKey.copy })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: t.newKey.done })).toBeInTheDocument()
  })

  it('asks in German before deleting and announces it in German', async () => {
    const app = await openPageInGerman()
    await app.user.click(
      await screen.findByRole('button', { name: t.list.deleteLabel('Old laptop script') }),
    )
    const dialog = await screen.findByRole('dialog', {
      name: t.deleteDialog.title('Old laptop script'),
    })
    expect(dialog).toHaveTextContent('„Old laptop script“ löschen?')
    expect(dialog).toHaveTextContent(/Alles, was den Schlüssel ptlc_\w{11} verwendet/)
    expect(within(dialog).getByRole('button', { name: de.common.cancel })).toBeInTheDocument()
    await app.user.click(within(dialog).getByRole('button', { name: t.deleteDialog.confirm }))
    expect(await screen.findByText(t.deletedKey('Old laptop script'))).toBeInTheDocument()
    expect(screen.getByText(t.list.counter(2, MAX_API_KEYS))).toBeInTheDocument()
  })
})
