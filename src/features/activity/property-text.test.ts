import { act } from '@testing-library/react'

import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { propertyText } from './property-text'

describe('propertyText', () => {
  it('says "hidden" for the [hidden] marker the panel puts in a foreign ip property', () => {
    expect(propertyText('ip', '[hidden]', 'en')).toBe('hidden')
    // Only for `ip`: elsewhere the value is just text.
    expect(propertyText('note', '[hidden]', 'en')).toBe('[hidden]')
  })

  it('treats null, undefined and blank strings as missing', () => {
    expect(propertyText('x', null, 'en')).toBeUndefined()
    expect(propertyText('x', undefined, 'en')).toBeUndefined()
    expect(propertyText('x', ' ', 'en')).toBeUndefined()
  })

  it('formats numbers, booleans, lists and objects', () => {
    expect(propertyText('count', 12345, 'en')).toBe('12,345')
    expect(propertyText('count', 12345, 'fr')).toBe('12\u202f345')
    expect(propertyText('flag', true, 'en')).toBe('yes')
    expect(propertyText('files', ['a', 'b', 'c'], 'en')).toBe('a, b, and c')
    expect(propertyText('files', [], 'en')).toBe('none')
    expect(propertyText('obj', { a: 1 }, 'en')).toBe('{"a":1}')
  })
})

describe('propertyText in German', () => {
  it('uses the current catalogue for its words and the locale for numbers and lists', async () => {
    await act(() => setLanguage('de'))
    const words = de.activity.values
    expect(propertyText('ip', '[hidden]', 'de')).toBe(words.hidden)
    expect(propertyText('flag', true, 'de')).toBe(words.yes)
    expect(propertyText('files', [], 'de')).toBe(words.none)
    expect(propertyText('count', 12345, 'de')).toBe('12.345')
    expect(propertyText('files', ['a', 'b', 'c'], 'de')).toBe('a, b und c')
  })
})
