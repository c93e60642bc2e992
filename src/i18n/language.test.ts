import { act, renderHook } from '@testing-library/react'

import { withFallback } from './catalogue'
import { de } from './de'
import { en } from './en'
import {
  chooseLanguage,
  getI18n,
  getLanguageChoice,
  initialLanguage,
  LANGUAGE_CHOICE_KEY,
  LANGUAGE_STORAGE_KEY,
  resolveLanguage,
  setLanguage,
  useI18n,
} from './language'
import { plural } from './plural'

describe('resolveLanguage', () => {
  it.each([
    ['de', 'de', 'de'],
    ['de_AT', 'de', 'de-AT'],
    ['DE-de', 'de', 'de-DE'],
    ['en', 'en', 'en'],
    ['en_GB', 'en', 'en-GB'],
    ['fr', 'en', 'en'],
    ['pt_BR', 'en', 'en'],
    ['', 'en', 'en'],
    ['  ', 'en', 'en'],
    ['not a tag!', 'en', 'en'],
    [null, 'en', 'en'],
  ])('%j → catalogue %s, Intl locale %s', (raw, language, locale) => {
    expect(resolveLanguage(raw)).toEqual({ language, locale })
  })
})

describe('setLanguage', () => {
  it('loads the German catalogue, sets <html lang> and remembers the choice', async () => {
    await setLanguage('de_AT')
    expect(getI18n().language).toBe('de')
    expect(getI18n().locale).toBe('de-AT')
    expect(getI18n().t.common.cancel).toBe(de.common.cancel)
    expect(document.documentElement.lang).toBe('de-AT')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de_AT')
    expect(initialLanguage()).toBe('de_AT')
  })

  it('falls back to English for a language without a catalogue', async () => {
    await setLanguage('de')
    await setLanguage('fr')
    expect(getI18n()).toMatchObject({ language: 'en', locale: 'en' })
    expect(getI18n().t).toEqual(en)
    expect(document.documentElement.lang).toBe('en')
  })

  it('lets the last call win when an earlier catalogue arrives late', async () => {
    const first = setLanguage('de')
    const second = setLanguage('en')
    await Promise.all([first, second])
    expect(getI18n().language).toBe('en')
  })

  it('re-renders hook users when the language changes', async () => {
    const { result } = renderHook(() => useI18n())
    expect(result.current.t.common.close).toBe('Close')
    await act(() => setLanguage('de'))
    expect(result.current.t.common.close).toBe('Schließen')
  })
})

describe('initialLanguage', () => {
  it("uses the browser's first language with a catalogue when nothing is remembered", () => {
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de-CH', 'en'])
    expect(initialLanguage()).toBe('de-CH')
    spy.mockReturnValue(['fr-FR'])
    expect(initialLanguage()).toBe('en')
    spy.mockRestore()
  })
})

describe('withFallback', () => {
  it('keeps translated entries and fills missing or wrongly typed ones from English', () => {
    const merged = withFallback(en, {
      common: { cancel: 'Annuler', close: 42, save: undefined },
      layout: 'not a group',
    })
    expect(merged.common.cancel).toBe('Annuler')
    expect(merged.common.close).toBe(en.common.close)
    expect(merged.common.save).toBe(en.common.save)
    expect(merged.layout).toEqual(en.layout)
  })
})

describe('catalogues', () => {
  // TypeScript already checks the shape; this guards against empty strings slipping in.
  function emptyEntries(messages: object, path = ''): string[] {
    return Object.entries(messages).flatMap(([key, value]: [string, unknown]) => {
      const at = path ? `${path}.${key}` : key
      if (typeof value === 'string') return value.trim() ? [] : [at]
      if (typeof value === 'object' && value !== null) return emptyEntries(value, at)
      return []
    })
  }

  it.each([
    ['en', en],
    ['de', de],
  ])('%s has no empty strings', (_, messages) => {
    expect(emptyEntries(messages)).toEqual([])
  })
})

describe('plural', () => {
  it('picks the form by Intl plural rules', () => {
    const forms = { one: 'one key', other: 'many keys' }
    expect(plural('en', 1, forms)).toBe('one key')
    expect(plural('en', 0, forms)).toBe('many keys')
    expect(plural('de', 2, forms)).toBe('many keys')
  })
})

describe('chooseLanguage (this device’s pick)', () => {
  it('wins over the account language until it is cleared', async () => {
    await chooseLanguage('de')
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBe('de')
    expect(getLanguageChoice()).toBe('de')
    await setLanguage('en') // the account's language arrives: the choice still wins
    expect(getI18n().language).toBe('de')
    expect(initialLanguage()).toBe('de')

    await chooseLanguage(null) // follow the account again: its last language was `en`
    expect(localStorage.getItem(LANGUAGE_CHOICE_KEY)).toBeNull()
    expect(getI18n().language).toBe('en')
  })

  it('ignores a stored choice Talon has no catalogue for', async () => {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, 'xx')
    expect(getLanguageChoice()).toBeNull()
    await setLanguage('de')
    expect(getI18n().language).toBe('de')
  })
})
