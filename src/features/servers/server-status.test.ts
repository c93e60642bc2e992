import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ApiError } from '@/api/errors'
import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { powerErrorMessage } from './hooks/use-power-action'

import {
  advanceTransition,
  canPollStats,
  deriveStatus,
  powerActionsFor,
  TRANSITION_TIMEOUT_MS,
} from './server-status'
import type { PowerTransition } from './server-status'

const base = {
  status: null,
  isSuspended: false,
  isInstalling: false,
  isTransferring: false,
  isNodeUnderMaintenance: false,
}
const live = (currentState: string) => ({ currentState, isSuspended: false })

describe('deriveStatus', () => {
  it.each([
    ['running', 'Running', 'success'],
    ['starting', 'Starting', 'warning'],
    ['stopping', 'Stopping', 'warning'],
    ['offline', 'Offline', 'danger'],
    ['stopped', 'Offline', 'danger'],
    ['something-new', 'Unknown', 'neutral'],
  ])('live state %s → %s', (state, label, tone) => {
    expect(deriveStatus(base, live(state))).toMatchObject({ label, tone })
  })

  it('is Checking… before the first reading, Unknown when stats failed', () => {
    expect(deriveStatus(base, undefined)).toMatchObject({ kind: 'checking', label: 'Checking…' })
    expect(deriveStatus(base, undefined, true)).toMatchObject({ kind: 'unknown', label: 'Unknown' })
  })

  it.each([
    [{ status: 'installing', isInstalling: true }, 'Installing'],
    [{ status: 'install_failed', isInstalling: true }, 'Install failed'],
    [{ status: 'suspended', isSuspended: true }, 'Suspended'],
    [{ isSuspended: true }, 'Suspended'],
    [{ isTransferring: true }, 'Transferring'],
    [{ status: 'restoring_backup' }, 'Restoring backup'],
    [{ isNodeUnderMaintenance: true }, 'Node maintenance'],
  ])('the list item decides %o → %s, whatever the live state', (flags, label) => {
    const server = { ...base, ...flags }
    expect(deriveStatus(server, live('running')).label).toBe(label)
    expect(canPollStats(server)).toBe(false)
  })

  it('a live reading that says suspended wins over the state', () => {
    expect(deriveStatus(base, { currentState: 'running', isSuspended: true }).label).toBe(
      'Suspended',
    )
  })

  it('reinstall_failed servers are installed: polled, and their live state shows', () => {
    const server = { ...base, status: 'reinstall_failed' }
    expect(canPollStats(server)).toBe(true)
    expect(deriveStatus(server, undefined).label).toBe('Reinstall failed')
    expect(deriveStatus(server, live('running')).label).toBe('Running')
  })
})

describe('powerActionsFor', () => {
  it.each([
    ['offline', ['start']],
    ['running', ['restart', 'stop', 'kill']],
    ['starting', ['stop', 'kill']],
    ['stopping', ['kill']],
    ['suspended', []],
    ['installing', []],
    ['unknown', []],
    ['checking', []],
  ] as const)('%s → %o', (kind, actions) => {
    expect(powerActionsFor(kind)).toEqual(actions)
  })
})

describe('advanceTransition', () => {
  const t0 = 1_000_000
  const start: PowerTransition = { signal: 'start', at: t0, from: 'offline', sawChange: false }

  it('ends when the target state shows', () => {
    expect(advanceTransition(start, 'running', t0 + 2000)).toBeNull()
  })
  it('keeps waiting on the cached old state', () => {
    expect(advanceTransition(start, 'offline', t0 + 2000)).toBe(start)
  })
  it('ignores readings from before the action', () => {
    expect(advanceTransition(start, 'running', t0 - 1)).toBe(start)
  })
  it('restart from running needs a change or a fresh (≥ 20 s) reading', () => {
    const restart: PowerTransition = {
      signal: 'restart',
      at: t0,
      from: 'running',
      sawChange: false,
    }
    expect(advanceTransition(restart, 'running', t0 + 2000)).toBe(restart)
    const changed = advanceTransition(restart, 'stopping', t0 + 2000)
    expect(changed).toMatchObject({ sawChange: true })
    expect(advanceTransition(changed!, 'running', t0 + 8000)).toBeNull()
    expect(advanceTransition(restart, 'running', t0 + 21_000)).toBeNull()
  })
  it('gives up after the timeout', () => {
    expect(advanceTransition(start, 'offline', t0 + TRANSITION_TIMEOUT_MS)).toBeNull()
  })
})

describe('in German', () => {
  const t = de.servers

  it('labels statuses from the German catalogue', async () => {
    await act(() => setLanguage('de'))
    expect(deriveStatus(base, live('running')).label).toBe(t.status.running)
    expect(deriveStatus(base, undefined).label).toBe(t.status.checking)
    expect(deriveStatus({ ...base, isNodeUnderMaintenance: true }, undefined).label).toBe(
      t.status.maintenance,
    )
    expect(t.status.running).not.toBe('Running')
  })

  it('explains failed power signals in German, with German numbers', async () => {
    await act(() => setLanguage('de'))
    const forbidden = new ApiError({ status: 403, code: 'AccessDenied' })
    expect(powerErrorMessage(forbidden, 'restart', 'ARK')).toBe(
      `${t.power.restart.failed('ARK')} ${t.power.restart.forbidden}`,
    )
    const limited = new ApiError({ status: 429, code: 'Throttle', retryAfter: 1 })
    expect(powerErrorMessage(limited, 'kill', 'ARK')).toBe(
      'Zwangsstopp für ARK fehlgeschlagen. Das Panel begrenzt gerade die Anfragen. Versuche es in 1 Sekunde erneut.',
    )
    expect(powerErrorMessage(new Error('boom'), 'start', 'ARK')).toBe(
      `${t.power.start.failed('ARK')} ${de.common.somethingWentWrong}`,
    )
  })

  it('keeps English power errors as they were', () => {
    const limited = new ApiError({ status: 429, code: 'Throttle', retryAfter: 3 })
    expect(powerErrorMessage(limited, 'stop', 'ARK')).toBe(
      "Couldn't stop ARK. The panel is limiting requests right now. Try again in 3 seconds.",
    )
  })
})
