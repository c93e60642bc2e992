import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { onTestFinished } from 'vitest'

import { getServers } from '@/api/servers'
import { server as msw } from '@/test-kit/msw'
import { createTestQueryClient, signIn } from '@/test-kit/render'

import { usePowerAction } from './use-power-action'

// One click, one signal, whatever the render timing: two sends before React has re-rendered
// with `isPending` (a fast double-click, a console's button and keyboard shortcut) are one POST.

function countPowerPosts() {
  let count = 0
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/power')) count++
  }
  msw.events.on('request:start', listener)
  onTestFinished(() => msw.events.removeListener('request:start', listener))
  return () => count
}

describe('usePowerAction', () => {
  it('sends one signal for two sends in the same tick, and the next one after it finished', async () => {
    await signIn('demo')
    const list = await getServers({ page: 1, perPage: 50, type: 'mine', query: '' })
    const creative = list.items.find((s) => s.name === 'Creative Build')!
    const posts = countPowerPosts()
    const queryClient = createTestQueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const { result } = renderHook(
      () => usePowerAction(creative, { state: 'offline', updatedAt: 0 }),
      { wrapper },
    )

    await act(async () => {
      const first = result.current.send('start')
      const second = result.current.send('start')
      await Promise.all([first, second])
    })
    expect(posts()).toBe(1)

    await act(() => result.current.send('stop'))
    expect(posts()).toBe(2)
  })
})
