import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'

import { accountQueries } from '@/api/account'
import { ContentSection } from '@/components/ui/content-section'
import { Select } from '@/components/ui/select'
import {
  chooseLanguage,
  getLanguageChoice,
  messages,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
  useI18n,
} from '@/i18n/language'

/** A language's own name ("Deutsch", "English"), as people look for it in a list. */
function endonym(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

const FOLLOW_ACCOUNT = ''

/**
 * Picks the interface language for this device. The panel offers no client endpoint to change
 * the account's `language` (contract §8), and a real panel usually ships only `en`, so this is
 * how a person gets Talon in their language; "same as my account" follows the account again.
 */
export function LanguageChoiceSection() {
  const { t, language } = useI18n()
  const account = useQuery(accountQueries.detail())
  const [choice, setChoice] = useState(getLanguageChoice)
  const [announcement, setAnnouncement] = useState('')
  const selectId = useId()

  const accountLanguage = resolveLanguage(account.data?.language).language
  const accountLanguageName = new Intl.DisplayNames([language], { type: 'language' }).of(
    accountLanguage,
  )

  const onChange = async (value: string) => {
    const next = value === FOLLOW_ACCOUNT ? null : value
    setChoice(next)
    await chooseLanguage(next)
    // Said in the language just chosen: the catalogue is in place once chooseLanguage resolves.
    const now = resolveLanguage(next ?? account.data?.language).language
    setAnnouncement(messages().account.languageChoice.changed(endonym(now)))
  }

  return (
    <ContentSection
      title={t.account.languageChoice.title}
      description={t.account.languageChoice.description}
    >
      <div className="max-w-sm space-y-1.5">
        <label htmlFor={selectId} className="block text-sm font-medium text-fg">
          {t.account.languageChoice.label}
        </label>
        <Select
          id={selectId}
          value={choice ?? FOLLOW_ACCOUNT}
          onChange={(e) => void onChange(e.target.value)}
        >
          <option value={FOLLOW_ACCOUNT}>
            {t.account.languageChoice.followAccount(accountLanguageName ?? accountLanguage)}
          </option>
          {SUPPORTED_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {endonym(code)}
            </option>
          ))}
        </Select>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </ContentSection>
  )
}
