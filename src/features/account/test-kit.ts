import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { onTestFinished } from 'vitest'

import { panelServerError, server } from '@/test-kit/msw'
import { renderApp } from '@/test-kit/render'
import type { DemoUser } from '@/test-kit/render'

/** /account signed in, with the page's sections found by their headings. */
export async function renderAccount(who: DemoUser = 'demo') {
  const utils = await renderApp({ route: '/account', signedInAs: who })
  await screen.findByRole('heading', { level: 1, name: 'Account' })
  return utils
}

export const section = (name: string) => within(screen.getByRole('region', { name }))

/** Counts requests to `method path` (suffix match) until the test ends. */
export function countRequests(method: string, pathSuffix: string) {
  const seen = { count: 0, bodies: [] as unknown[] }
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(pathSuffix)) {
      seen.count += 1
      void request
        .clone()
        .json()
        .then((b: unknown) => seen.bodies.push(b))
        .catch(() => undefined)
    }
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return seen
}

export type Fault = '500' | '502' | 'network' | '429' | '419'

/** One-off answers for `PUT <path>` as a failing panel or proxy would give them. */
export function failPut(path: string, fault: Fault) {
  const url = `*${path}`
  switch (fault) {
    case '500':
      return server.use(http.put(url, () => panelServerError()))
    case '502':
      return server.use(http.put(url, () => HttpResponse.text('Bad gateway', { status: 502 })))
    case 'network':
      return server.use(http.put(url, () => HttpResponse.error()))
    case '429':
      return server.use(
        http.put(url, () =>
          HttpResponse.json(
            {
              errors: [
                { code: 'ThrottleRequestsException', status: '429', detail: 'Too Many Attempts.' },
              ],
            },
            { status: 429, headers: { 'Retry-After': '30', 'X-RateLimit-Remaining': '0' } },
          ),
        ),
      )
    case '419':
      // Every attempt, including the client's one automatic retry with a fresh token.
      return server.use(
        http.put(url, () =>
          HttpResponse.json(
            { errors: [{ code: 'HttpException', status: '419', detail: 'CSRF token mismatch.' }] },
            { status: 419 },
          ),
        ),
      )
  }
}

export const FAULT_MESSAGES: Record<Fault, string> = {
  '500': 'The panel ran into a problem. Try again in a moment.',
  '502': "Can't reach the panel right now. Try again in a moment.",
  network: "Can't reach the panel. Check your connection and try again.",
  '429': 'Too many attempts. Try again in 30 seconds.',
  '419': 'Your security token expired. Try again; if it keeps happening, reload the page.',
}

/** A 422 envelope as the panel sends it (contract §5). */
export function validationFailure(
  entries: { field: string; rule: string; detail: string }[],
): Response {
  return HttpResponse.json(
    {
      errors: entries.map((e) => ({
        code: 'ValidationException',
        status: '422',
        detail: e.detail,
        meta: { source_field: e.field, rule: e.rule },
      })),
    },
    { status: 422 },
  )
}

/** The panel's answer to a wrong current password (400, no field), shown under the password. */
export const INVALID_PASSWORD = 'The password provided was invalid for this account.'

/** Everything a control is described by (its error and any hint), as one string. */
export function describedText(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}
