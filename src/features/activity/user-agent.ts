import type { Messages } from '@/i18n/catalogue'
import { messages } from '@/i18n/language'

// A short, human name for the `useragent` property ("Firefox on Linux"), in the spirit of the
// panel's desktop icon + tooltip. Best effort only: the full string stays in the title.

// Product names stay as they are; only "Script" and "… on …" are words of the language.
const SCRIPT = Symbol('script')

const BROWSERS: [RegExp, string | typeof SCRIPT][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:HeadlessChrome|Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
  [/\b(?:curl|Wget|python-requests|Go-http-client|okhttp|axios|node-fetch)\b/i, SCRIPT],
]

const SYSTEMS: [RegExp, string][] = [
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\b(?:Macintosh|Mac OS X)\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
]

export function describeUserAgent(
  ua: string,
  words: Messages['activity']['device'] = messages().activity.device,
): string | undefined {
  const found = BROWSERS.find(([re]) => re.test(ua))?.[1]
  const browser = found === SCRIPT ? words.script : found
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1]
  if (browser && system) return words.browserOnSystem(browser, system)
  return browser ?? system
}
