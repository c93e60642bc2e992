import { describe, expect, it } from 'vitest'

import { demoOptionsFromEnv } from './options-from-env'

describe('demoOptionsFromEnv', () => {
  it('uses the defaults when nothing is set', () => {
    expect(demoOptionsFromEnv({})).toEqual({
      adminServers: 250,
      faults: false,
      legacyTwoFactor: false,
    })
  })

  it('reads the values that are set', () => {
    expect(
      demoOptionsFromEnv({
        DEMO_SERVERS: '12',
        DEMO_PANEL_FAULTS: '1',
        DEMO_PANEL_LEGACY_2FA: '0',
      }),
    ).toEqual({ adminServers: 12, faults: true, legacyTwoFactor: false })
  })

  it.each(['abc', '-1', '2.5', '1e3'])('refuses DEMO_SERVERS=%s by name', (value) => {
    expect(() => demoOptionsFromEnv({ DEMO_SERVERS: value })).toThrow(/DEMO_SERVERS/)
  })

  it('refuses a flag that is neither 1 nor 0', () => {
    expect(() => demoOptionsFromEnv({ DEMO_PANEL_FAULTS: 'yes' })).toThrow(/DEMO_PANEL_FAULTS/)
  })
})
