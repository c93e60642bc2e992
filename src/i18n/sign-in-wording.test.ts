import { de } from './de'
import { en } from './en'

// Issue 19, item 13: one verb for signing in, everywhere (the panel's own words mix "log in",
// "Logged in" and "login"; Talon says "sign in" in English and "anmelden" in German).

/** Every text in a catalogue: strings, and what its functions make of sample arguments. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (typeof node === 'function') {
    const fn = node as (...args: unknown[]) => unknown
    // Text-making functions take strings, numbers or lists: try each kind of sample argument.
    return [
      ['X', 'Y', 'Z'],
      [2, 3, 4],
      [['X'], ['Y'], ['Z']],
    ].flatMap((args): [string, string][] => {
      try {
        const out = fn(...args)
        return typeof out === 'string' ? [[path, out]] : []
      } catch {
        return []
      }
    })
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => texts(value, `${path}.${key}`))
  }
  return []
}

describe('sign-in wording', () => {
  it('English says "sign in", never "log in" or "login"', () => {
    const offenders = texts(en).filter(([, text]) => /\blog(ged|ging)?[\s-]?in\b/i.test(text))
    expect(offenders).toEqual([])
  })

  it('German says "anmelden", never "einloggen" or "Login"', () => {
    const offenders = texts(de).filter(([, text]) => /einlogg|eingeloggt|\blog-?in\b/i.test(text))
    expect(offenders).toEqual([])
  })
})
