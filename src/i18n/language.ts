import { useSyncExternalStore } from 'react'

import { withFallback } from './catalogue'
import type { Messages } from './catalogue'
import { enCore } from './en/core'

// The interface language. The signed-in account's `language` (contract §3.1; any directory name
// an admin sets, e.g. `de` or `pt_BR`) picks the catalogue, by its base language, with English
// as the fallback for a language Talon has no catalogue for and for any entry a catalogue lacks.
// The last account language is remembered on this device (not a secret) so the sign-in page
// after a reload or sign-out speaks it too; before any sign-in, the browser's languages decide.
// The panel has no client endpoint to change `language` (contract §8), so a person can also pick
// a language for this device on the Account page: that choice wins over the account's.

/** Catalogues other than English, loaded on demand so English-speaking sessions never fetch them. */
const CATALOGUES: Readonly<Record<string, () => Promise<unknown>>> = {
  de: () => import('./de').then((m) => m.de),
}

export const FALLBACK_LANGUAGE = 'en'
export const LANGUAGE_STORAGE_KEY = 'talon:language'
/** The person's own pick on this device (a catalogue code); absent = follow the account. */
export const LANGUAGE_CHOICE_KEY = 'talon:language-choice'

/** Languages with a catalogue, English first. */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  FALLBACK_LANGUAGE,
  ...Object.keys(CATALOGUES),
]

export interface I18n {
  /** The catalogue in use: `en`, `de`. */
  language: string
  /**
   * BCP 47 tag for Intl (dates, numbers, byte sizes): the account's own tag when its catalogue is
   * in use (`en-GB` keeps British dates), English otherwise, so a page never mixes languages.
   */
  locale: string
  t: Messages
}

const ENGLISH_TAGS = { language: FALLBACK_LANGUAGE, locale: FALLBACK_LANGUAGE }

/**
 * English as far as it is loaded: the core at first, the whole catalogue once the server area's
 * namespaces have arrived (loadServerAreaMessages). Until then `t.server`, `t.backups`, … are
 * absent at run time although the type has them: only the server routes read them, and those
 * wait for the load before they render.
 */
let english = enCore as Messages
let serverAreaLoaded: Promise<void> | null = null

/** `de_AT` → { language: 'de', locale: 'de-AT' }; unknown, malformed or empty → English. */
export function resolveLanguage(raw: string | null | undefined): Omit<I18n, 't'> {
  if (!raw?.trim()) return ENGLISH_TAGS
  let canonical: string
  try {
    // Laravel-style directory names use underscores; BCP 47 wants dashes.
    canonical = Intl.getCanonicalLocales(raw.trim().replace(/_/g, '-'))[0] ?? ''
  } catch {
    return ENGLISH_TAGS // RangeError: not a well-formed language tag
  }
  const language = canonical.split('-')[0]?.toLowerCase() ?? ''
  if (!SUPPORTED_LANGUAGES.includes(language)) return ENGLISH_TAGS
  const locale = Intl.DateTimeFormat.supportedLocalesOf([canonical])[0] ?? language
  return { language, locale }
}

let current: I18n = { ...ENGLISH_TAGS, t: english }
let requested = 0
const listeners = new Set<() => void>()
const loaded = new Map<string, Messages>([[FALLBACK_LANGUAGE, english]])

function publish(next: I18n) {
  if (next.language === current.language && next.locale === current.locale && next.t === current.t)
    return
  current = next
  document.documentElement.lang = next.locale
  for (const listener of listeners) listener()
}

async function loadCatalogue(language: string): Promise<Messages> {
  const cached = loaded.get(language)
  if (cached) return cached
  const load = CATALOGUES[language]
  if (!load) return english
  const catalogue = await load()
  // Merged over English as it is now, not as it was when the download began: the server area's
  // texts may have arrived meanwhile (a full page load of a server page), and a catalogue merged
  // over the core alone would lack them.
  const messages = withFallback(english, catalogue)
  loaded.set(language, messages)
  return messages
}

/**
 * Applies an account's (or a browser's) language `raw`, unless the person chose one on this
 * device. Resolves once the catalogue is in place, so a loader can await it and the page never
 * flashes English. A catalogue that fails to load (offline) leaves English rather than breaking
 * the page. `remember` keeps `raw` as the last account language for the sign-in page.
 */
export async function setLanguage(raw: string | null | undefined, remember = true): Promise<void> {
  if (remember && raw) writeStorage(LANGUAGE_STORAGE_KEY, raw)
  await apply(getLanguageChoice() ?? raw)
}

/**
 * The Account page's language picker: `code` (e.g. 'de') for this device from now on, or null
 * to follow the account's language again.
 */
export async function chooseLanguage(code: string | null): Promise<void> {
  writeStorage(LANGUAGE_CHOICE_KEY, code)
  await apply(code ?? readStorage(LANGUAGE_STORAGE_KEY) ?? browserLanguage())
}

/** This device's own pick, if any (only codes with a catalogue count). */
export function getLanguageChoice(): string | null {
  const stored = readStorage(LANGUAGE_CHOICE_KEY)
  return stored && SUPPORTED_LANGUAGES.includes(stored) ? stored : null
}

async function apply(raw: string | null | undefined) {
  const ticket = ++requested
  const { language, locale } = resolveLanguage(raw)
  let t = english
  try {
    t = await loadCatalogue(language)
  } catch {
    if (ticket === requested) publish({ ...ENGLISH_TAGS, t: english })
    return
  }
  // A later call wins over an earlier one whose catalogue arrived late.
  if (ticket === requested)
    publish({ language: t === english ? FALLBACK_LANGUAGE : language, locale, t })
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null // storage blocked
  }
}

function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // storage blocked: the choice still applies to this page
  }
}

/** What to speak before the account says: this device's choice, the last account language, else the browser's. */
export function initialLanguage(): string {
  return getLanguageChoice() ?? readStorage(LANGUAGE_STORAGE_KEY) ?? browserLanguage()
}

/** The first browser language Talon has a catalogue for, else English. */
function browserLanguage(): string {
  // `resolveLanguage` maps unsupported tags to English, so compare base languages instead.
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages
  const base = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  return browser.find((tag) => SUPPORTED_LANGUAGES.includes(base(tag))) ?? FALLBACK_LANGUAGE
}

/** The current language, for code outside React (schemas' messages, the API client's errors). */
export function getI18n(): I18n {
  return current
}

/** Shorthand for `getI18n().t`: zod messages use it as `{ error: () => messages().x.y }`. */
export function messages(): Messages {
  return current.t
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current catalogue and Intl locale; re-renders when the language changes. */
export function useI18n(): I18n {
  return useSyncExternalStore(subscribe, getI18n, getI18n)
}

/** Back to English, nothing remembered: tests start from here. */
export function resetLanguage() {
  requested++
  publish({ ...ENGLISH_TAGS, t: english })
}

/**
 * Adds the server area's texts (`server`, `backups`, `files`, …) to English and to the catalogue
 * in use. The server routes await it before they render; it loads once. A failure (offline)
 * rejects, so the route shows its error page with a retry instead of text-less pages.
 */
export function loadServerAreaMessages(): Promise<void> {
  serverAreaLoaded ??= import('./en/server-area')
    .then(async ({ enServerArea }) => {
      english = { ...enCore, ...enServerArea }
      loaded.clear()
      loaded.set(FALLBACK_LANGUAGE, english)
      // German (or another catalogue) was merged over the core only: merge it again. A language
      // change meanwhile (a newer ticket) already merged over the whole English: it wins.
      const ticket = requested
      const { language, locale } = current
      const t = await loadCatalogue(language).catch(() => english)
      if (ticket === requested)
        publish({ language: t === english ? FALLBACK_LANGUAGE : language, locale, t })
    })
    .catch((error: unknown) => {
      serverAreaLoaded = null // a later navigation tries again
      throw error
    })
  return serverAreaLoaded
}
