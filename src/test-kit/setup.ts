import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

import { loadServerAreaMessages, resetLanguage } from '@/i18n/language'
import { clearToasts } from '@/lib/toast-store'

import { runCleanups } from './cleanup'
import { resetDemoPanel, server } from './msw'

// Lazy route chunks + a freshly seeded panel can take a moment on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// The app loads the server area's texts with its routes; components rendered alone need them too.
beforeAll(() => loadServerAreaMessages())
beforeEach(() => resetDemoPanel())
afterEach(() => {
  cleanup()
  // Recorders, session subscribers and DOM fakes, whether the test passed or not.
  runCleanups()
  server.resetHandlers()
  clearToasts()
  localStorage.clear()
  resetLanguage()
})
afterAll(() => server.close())
