import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { de } from '@/i18n/de'
import { en } from '@/i18n/en'
import { getI18n, LANGUAGE_CHOICE_KEY } from '@/i18n/language'
import { renderApp } from '@/test-kit/render'

import { renderAccount } from '../test-kit'

const picker = (label: string) => screen.getByRole('combobox', { name: label })

describe('interface language on this device', () => {
  it('switches the page to the chosen language, remembers it, and can follow the account again', async () => {
    const user = userEvent.setup()
    await renderAccount('demo')

    const select = picker(en.account.languageChoice.label)
    expect(select).toHaveValue('')
    expect(
      within(select).getByRole('option', {
        name: en.account.languageChoice.followAccount('English'),
      }),
    ).toBeInTheDocument()
    expect(within(select).getByRole('option', { name: 'Deutsch' })).toHaveAttribute('lang', 'de')

    await user.selectOptions(select, 'de')
    expect(
      await screen.findByRole('heading', { level: 1, name: de.account.page.title }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('de')
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBe('de')
    await waitFor(() =>
      expect(screen.getByText(de.account.languageChoice.changed('Deutsch'))).toBeInTheDocument(),
    )

    // The account (language `en`) refetching does not undo the person's choice.
    expect(getI18n().language).toBe('de')

    const german = picker(de.account.languageChoice.label)
    expect(german).toHaveValue('de')
    await user.selectOptions(german, '')
    expect(
      await screen.findByRole('heading', { level: 1, name: en.account.page.title }),
    ).toBeInTheDocument()
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBeNull()
    await waitFor(() =>
      expect(screen.getByText(en.account.languageChoice.changed('English'))).toBeInTheDocument(),
    )
  })

  it('starts in the remembered choice on the next visit', async () => {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, 'de')
    await renderApp({ route: '/account', signedInAs: 'demo' })
    await screen.findByRole('heading', { level: 1, name: de.account.page.title })
    expect(picker(de.account.languageChoice.label)).toHaveValue('de')
  })
})
