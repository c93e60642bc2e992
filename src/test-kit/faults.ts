import { http, HttpResponse } from 'msw'
import { z } from 'zod/mini'

import { api } from '@/api/client'

import type { FaultRule } from '#server/demo-panel/faults'
// The double's own envelope writer (dependency-free, so it may be imported directly).
import { jsonError, panelError, PanelError } from '../../server/demo-panel/panel-errors'

import { server, panelFetch } from './msw'

// Failures come from the demo panel itself, so they look exactly like the ones the app meets:
// its fault rules (POST /__demo/faults: the panel's JSON envelopes, nginx's HTML 502/503/504,
// Retry-After and rate-limit headers on 429) and its own error envelope for validation answers.
// Only a dropped connection, which no server can answer with, is made by MSW.

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** A fault rule as POST /__demo/faults takes it; `path` is a pattern over the pathname. */
export type Fault = Omit<FaultRule, 'path'> & { path: string | RegExp }

/** Makes the demo panel fail matching requests (until the test ends, or `times` uses). */
export async function fault(rule: Fault): Promise<void> {
  const path = typeof rule.path === 'string' ? rule.path : rule.path.source
  const response = await panelFetch(
    new Request(`${window.location.origin}/__demo/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...rule, path }),
    }),
  )
  if (response.status !== 204) throw new Error(`fault refused: ${await response.text()}`)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The failures a form must survive, by name. */
export type Failure = '500' | '502' | 'network' | '429' | '419'

/** `method path` fails as `failure` every time (419: the client's retry with a fresh token too). */
export async function failRequests(method: Method, path: string, failure: Failure) {
  if (failure === 'network') {
    dropConnections(method, path)
    return
  }
  await fault({
    method,
    path: `${escape(path)}$`,
    status: Number(failure),
    ...(failure === '429' && { retryAfter: 30 }),
  })
}

/** What the app says for each failure (English). */
export const FAILURE_MESSAGES: Record<Failure, string> = {
  '500': 'The panel ran into a problem. Try again in a moment.',
  '502': "Can't reach the panel right now. Try again in a moment.",
  network: "Can't reach the panel. Check your connection and try again.",
  '429': 'Too many attempts. Try again in 30 seconds.',
  '419': 'Your security token expired. Try again; if it keeps happening, reload the page.',
}

/** The connection drops (no answer at all): the one failure the demo panel cannot produce. */
export function dropConnections(method: Method, path: string, options: { once?: boolean } = {}) {
  const handler = http[method.toLowerCase() as Lowercase<Method>]
  server.use(handler(`*${path}`, () => HttpResponse.error(), options))
}

/** One entry of a 422 the panel's validator would send (source field, rule, message). */
export interface Refusal {
  field: string
  rule: string
  detail: string
}

/** Answers `method path` (the next one, or all) with `error` in the demo panel's own envelope. */
function answerWith(method: Method, path: string, error: PanelError, once: boolean) {
  const handler = http[method.toLowerCase() as Lowercase<Method>]
  server.use(handler(`*${path}`, () => jsonError(error), { once }))
}

/**
 * The next `method path` is refused with a 422 in the demo panel's own envelope — for rules the
 * app's own checks never let through (so the double cannot be made to say them honestly).
 */
export function refuseNext(method: Method, path: string, refusals: Refusal[]) {
  const entries = refusals.map((r) => ({
    code: 'ValidationException',
    status: '422',
    detail: r.detail,
    meta: { source_field: r.field, rule: r.rule },
  }))
  answerWith(method, path, new PanelError(422, entries), true)
}

/**
 * Every `method path` gets a panel error the demo panel has no setting for (e.g. a panel that
 * demands 2FA: TwoFactorAuthRequiredException), built by the double's own error helper.
 */
export function answerWithPanelError(
  method: Method,
  path: string,
  { status, code, detail }: { status: number; code: string; detail: string },
) {
  answerWith(method, path, panelError(status, code, detail), false)
}

/** The panel works again: its fault rules and any dropped connections are gone. */
export async function clearFailures() {
  server.resetHandlers()
  const response = await panelFetch(
    new Request(`${window.location.origin}/__demo/faults`, { method: 'DELETE' }),
  )
  if (response.status !== 204) throw new Error(`faults not cleared: ${response.status}`)
}

/** Moves the demo panel's clock forward (token expiry, lockouts) instead of waiting. */
export async function advancePanelClock(ms: number) {
  const response = await panelFetch(
    new Request(`${window.location.origin}/__demo/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMs: ms }),
    }),
  )
  if (!response.ok) throw new Error(`clock not moved: ${response.status}`)
}

/** What the app's client throws when the panel answers `status` (made by the double's fault rules). */
export async function apiErrorFor(status: number): Promise<unknown> {
  await fault({ method: 'GET', path: '^/api/client/test-kit-failure$', status, times: 1 })
  return api.get('/api/client/test-kit-failure', z.unknown()).catch((error: unknown) => error)
}

/**
 * Holds `method path` until the returned `release()`; then the demo panel answers (its fault
 * rules included). For asserting what shows while a request is under way.
 */
export function holdRequests(method: Method, path: string): () => void {
  let open: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (open = resolve))
  const handler = http[method.toLowerCase() as Lowercase<Method>]
  server.use(
    handler(`*${path}`, async () => {
      await gate // then falls through to the demo panel
    }),
  )
  return () => open()
}
