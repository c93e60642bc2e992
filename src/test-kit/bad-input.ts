import { act, fireEvent, waitFor, within } from '@testing-library/react'
import { expect, vi } from 'vitest'

import { afterThisTest } from './cleanup'
import { recordRequests } from './recorder'

// Shared by the `*.bad-input.test.tsx` files: hostile and malformed text, and the checks every
// submission of it must pass (refused with a message, nothing rendered as HTML, no crash).

export const OVERLONG = 'a'.repeat(10_000)
export const MARKUP = '<img src=x onerror=alert(1)>'

/** [label, value]: text that has no business in any field; none of it must ever render as HTML. */
export const HOSTILE_TEXT: readonly (readonly [string, string])[] = [
  ['overlong (10k chars)', OVERLONG],
  ['overlong emoji', '🔑'.repeat(3000)],
  ['RTL override', '\u202Egnp.exe'],
  ['RTL/LTR marks', '\u200Fadmin\u200E'],
  ['emoji', '🔑🚀👩‍💻'],
  ['combining characters', 'Z̷̢̛a̸͔l̴̰g̵̣o̶̗'],
  ['zero-width characters', '\u200B\u200C\u200D\uFEFF'],
  ['control characters', '\u0001\u0002\u001b[31mred\u0007'],
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'x\uD800y'],
  ['markup', MARKUP],
  ['script tag', '<script>alert(1)</script>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['SQL-ish', "' OR 1=1; --"],
  ['SQL drop', "Robert'); DROP TABLE users;--"],
  ['template injection', '{{constructor.constructor("alert(1)")()}}'],
  ['format string', '%s%n%x%d'],
  ['percent-encoded markup', '%3Cscript%3Ealert(1)%3C/script%3E'],
  ['HTML entities', '&lt;b&gt;bold&amp;'],
  ['__proto__', '__proto__'],
  ['whitespace only', ' \t  '],
  ['line breaks', 'a\nb\r\nc'],
]

/** Sets a field's value as one edit (fast for 10k chars; no maxLength truncation, on purpose). */
export function setValue(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } })
}

/**
 * Fails the test on any console.error (React errors, crashes) or window.alert (script ran), and
 * counts in-flight panel writes so a submission can be awaited to its end.
 */
export function guardPage() {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined)
  // Submissions only (unsafe methods): background reads may be aborted and never end.
  const writes = recordRequests({ method: ['POST', 'PUT', 'PATCH', 'DELETE'] })
  afterThisTest(() => {
    consoleError.mockRestore()
    alert.mockRestore()
  })
  return {
    idle: () => writes.inFlight === 0,
    /** Nothing crashed, no script ran, no injected element exists. */
    check() {
      // React's act() reminders are test noise (async panel answers), not page errors.
      const errors = consoleError.mock.calls.filter(
        (args) => !String(args[0]).includes('not wrapped in act'),
      )
      expect(errors).toEqual([])
      expect(alert).not.toHaveBeenCalled()
      expect(document.querySelector('img[src="x"], svg[onload], [onerror], [onload]')).toBeNull()
      expect(document.querySelector('body script')).toBeNull()
      expect(document.querySelector('a[href^="javascript:" i]')).toBeNull()
    },
  }
}

/** The error text a Field wires to its control through aria-describedby. */
export function errorTextOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim()
}

/** How one submission ended. */
export interface Outcome {
  /** Field label → its error message, for every field marked invalid. */
  fields: Record<string, string>
  /** The form's alert text (panel error without a field), or ''. */
  alert: string
}

/**
 * Clicks submit and waits until the submission is over (button not busy, no request in flight),
 * then reads the field errors and the form alert.
 */
export async function submitAndRead(
  guard: { idle: () => boolean },
  form: HTMLElement,
  submit: HTMLElement,
  fields: Record<string, HTMLElement>,
): Promise<Outcome> {
  // Let the submit handler start (validation is async) before waiting for it to end: act()
  // returns once React and the pending promise callbacks have settled (no timer involved).
  await act(async () => {
    fireEvent.click(submit)
    await Promise.resolve()
  })
  await waitFor(
    () => {
      expect(submit).not.toHaveAttribute('aria-busy', 'true')
      expect(guard.idle()).toBe(true)
    },
    { timeout: 5000 },
  )
  await act(() => Promise.resolve()) // the last render of the outcome
  const out: Outcome = { fields: {}, alert: '' }
  for (const [label, field] of Object.entries(fields)) {
    if (field.getAttribute('aria-invalid') === 'true') out.fields[label] = errorTextOf(field)
  }
  out.alert = within(form).queryByRole('alert')?.textContent?.trim() ?? ''
  return out
}

/** A refusal: at least one field error with a message, or a panel message in the form alert. */
export function expectRefused(outcome: Outcome, label: string) {
  const messages = [...Object.values(outcome.fields), outcome.alert].filter((m) => m !== '')
  expect(messages, `${label}: a message`).not.toEqual([])
}

/** The panel's TrimStrings middleware: whitespace plus BOM, ZWSP and LRM at either end. */
export function panelTrim(value: string): string {
  return value.replace(/^[\s\uFEFF\u200B\u200E]+|[\s\uFEFF\u200B\u200E]+$/gu, '')
}

/**
 * Types each [label, value] into `target`, submits, and expects a message every time, the typed
 * text kept, and nothing injected. `before` runs ahead of each submission (e.g. a clock step).
 */
export async function expectEachRefused(
  guard: ReturnType<typeof guardPage>,
  form: HTMLElement,
  submit: HTMLElement,
  fields: Record<string, HTMLElement>,
  target: HTMLElement,
  inputs: readonly (readonly [string, string])[],
  before?: () => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const [label, value] of inputs) {
    setValue(target, value)
    const typed = (target as HTMLInputElement).value
    before?.()
    const outcome = await submitAndRead(guard, form, submit, fields)
    expectRefused(outcome, label)
    expect((target as HTMLInputElement).value, `${label}: kept`).toBe(typed)
    guard.check()
    outcomes.push(outcome)
  }
  return outcomes
}
