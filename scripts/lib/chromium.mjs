// The browser of the scripts that drive one (bench, screenshots): Debian's Chromium through
// Playwright, or the one CHROME_PATH names.
import { chromium } from '@playwright/test'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const launchChromium = () => chromium.launch({ executablePath: CHROME_PATH })
