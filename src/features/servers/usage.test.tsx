import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { UsageMeter } from './components/usage-meter'
import {
  cpuUsage,
  diskUsage,
  formatUptime,
  formatUptimeLong,
  limitText,
  memoryUsage,
  MIB,
} from './usage'

describe('usage against limits', () => {
  it('reports ratio and text against a limit', () => {
    const cpu = cpuUsage(37.512, 200)
    expect(cpu.ratio).toBeCloseTo(0.18756)
    expect(cpu.nearLimit).toBe(false)
    expect(cpu.text).toBe('38% of 200%')
    const mem = memoryUsage(1024 * MIB, 4096)
    expect(mem.ratio).toBe(0.25)
    expect(mem.limitText).toMatch(/4\s?GB/)
  })

  it('0 means unlimited: no ratio, "Unlimited"', () => {
    for (const u of [cpuUsage(50, 0), memoryUsage(MIB, 0), diskUsage(MIB, 0)]) {
      expect(u.ratio).toBeNull()
      expect(u.nearLimit).toBe(false)
      expect(u.limitText).toBe('Unlimited')
    }
    expect(limitText('memory', 0)).toBe('Unlimited')
    expect(limitText('cpu', 150)).toBe('150%')
  })

  it('is near the limit from 90 %', () => {
    expect(memoryUsage(0.899 * 4096 * MIB, 4096).nearLimit).toBe(false)
    expect(memoryUsage(0.9 * 4096 * MIB, 4096).nearLimit).toBe(true)
    expect(cpuUsage(250, 200).nearLimit).toBe(true)
  })

  it('formats uptime for people', () => {
    expect(formatUptime(45_000)).toBe('45s')
    expect(formatUptime(3_723_000)).toBe('1h 2m')
    expect(formatUptime(26 * 3600_000)).toBe('1d 2h')
    expect(formatUptimeLong(3_723_000)).toBe('1 hour 2 minutes')
    expect(formatUptimeLong(0)).toBe('0 seconds')
  })
})

describe('UsageMeter', () => {
  it('renders a labelled meter that turns red near the limit', () => {
    const { rerender } = render(
      <UsageMeter
        label="Memory"
        serverName="Survival SMP"
        usage={memoryUsage(1024 * MIB, 4096)}
        limitText="4 GB"
      />,
    )
    const meter = screen.getByRole('meter', { name: 'Memory of Survival SMP' })
    expect(meter).toHaveAttribute('aria-valuenow', '25')
    expect(meter).toHaveAttribute('data-level', 'normal')
    expect(meter.getAttribute('aria-valuetext')).not.toMatch(/near the limit/)

    rerender(
      <UsageMeter
        label="Memory"
        serverName="Survival SMP"
        usage={memoryUsage(3900 * MIB, 4096)}
        limitText="4 GB"
      />,
    )
    const high = screen.getByRole('meter', { name: 'Memory of Survival SMP' })
    expect(high).toHaveAttribute('data-level', 'high')
    expect(high).toHaveAttribute('aria-valuetext', expect.stringMatching(/near the limit$/))
  })

  it('shows text and no bar when unlimited, and the limit before stats arrive', () => {
    const { rerender } = render(
      <UsageMeter label="CPU" serverName="ARK" usage={cpuUsage(80, 0)} limitText="Unlimited" />,
    )
    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
    expect(screen.getByText('Unlimited', { exact: false })).toBeInTheDocument()
    rerender(<UsageMeter label="CPU" serverName="ARK" usage={undefined} limitText="200%" />)
    expect(screen.getByText('— / 200%')).toBeInTheDocument()
  })
})

describe('usage in German', () => {
  const t = de.servers.usage

  it('formats figures for the locale passed in', () => {
    // English words (the interface is English), German numbers.
    expect(memoryUsage(1536 * MIB, 4096, 'de').valueText).toMatch(/^1,5\sGB$/)
    expect(cpuUsage(7.25, 200, 'de').valueText).toMatch(/^7,3\s%$/)
    expect(limitText('cpu', 1200, 'de')).toMatch(/^1200\s%$/)
    expect(limitText('disk', 10_240, 'de')).toMatch(/^10\sGB$/)
    // English stays as it was.
    expect(memoryUsage(1536 * MIB, 4096, 'en').text).toBe('1.5 GB of 4 GB')
    expect(limitText('cpu', 1200, 'en')).toBe('1200%')
  })

  it('speaks German once the interface does', async () => {
    await act(() => setLanguage('de'))
    expect(memoryUsage(1536 * MIB, 4096).text).toMatch(/^1,5\sGB von 4\sGB$/)
    expect(cpuUsage(37.512, 200).text).toMatch(/^38\s% von 200\s%$/)
    expect(diskUsage(MIB, 0).limitText).toBe(t.unlimited)
    expect(limitText('memory', 0)).toBe(t.unlimited)
    expect(formatUptime(3_723_000)).toBe('1 Std. 2 Min.')
    expect(formatUptime(45_000)).toBe('45 Sek.')
    expect(formatUptimeLong(3_723_000)).toBe('1 Stunde 2 Minuten')
    expect(formatUptimeLong(0)).toBe('0 Sekunden')

    render(
      <UsageMeter
        label={t.memory}
        serverName="Survival SMP"
        usage={memoryUsage(3900 * MIB, 4096)}
        limitText="4 GB"
      />,
    )
    const meter = screen.getByRole('meter', { name: t.meterName(t.memory, 'Survival SMP') })
    expect(meter.getAttribute('aria-valuetext')).toMatch(/^3,8\sGB von 4\sGB, nahe am Limit$/)
  })
})
