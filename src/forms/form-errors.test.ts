import { act } from '@testing-library/react'

import { ApiError, apiErrorFromResponse } from '@/api/errors'
import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'

import { applyServerErrors } from './form-errors'

type Values = { description: string; allowedIps: string; currentPassword: string }

function fakeForm() {
  const errors: Record<string, { type: string; message?: string }> = {}
  const focused: string[] = []
  return {
    errors,
    focused,
    setError: vi.fn((name: string, error: { type: string; message?: string }) => {
      errors[name] = error
    }),
    setFocus: vi.fn((name: string) => {
      focused.push(name)
    }),
  }
}

const validation = apiErrorFromResponse({
  status: 422,
  body: {
    errors: [
      {
        code: 'ValidationException',
        status: '422',
        detail: 'The description field is required.',
        meta: { source_field: 'description', rule: 'required' },
      },
      {
        code: 'ValidationException',
        status: '422',
        detail: '"hodor" is not a valid IP address or CIDR range.',
        meta: { source_field: 'allowed_ips.0', rule: '' },
      },
      {
        code: 'ValidationException',
        status: '422',
        detail: 'The mystery field is odd.',
        meta: { source_field: 'mystery', rule: 'odd' },
      },
    ],
  },
})

describe('applyServerErrors', () => {
  it('maps panel fields to form fields, focuses the first, and puts unmapped ones in root.server', () => {
    const form = fakeForm()
    const mapped = applyServerErrors<Values>(form as never, validation, {
      description: 'description',
      allowed_ips: 'allowedIps',
    })
    expect(mapped).toBe(true)
    expect(form.errors.description).toEqual({
      type: 'server',
      message: 'The description field is required.',
    })
    expect(form.errors.allowedIps?.message).toBe('"hodor" is not a valid IP address or CIDR range.')
    expect(form.errors['root.server']?.message).toBe('The mystery field is odd.')
    expect(form.focused).toEqual(['description'])
  })

  it('puts errors without a field (wrong password, throttling) in root.server', () => {
    const form = fakeForm()
    const error = apiErrorFromResponse({
      status: 400,
      body: {
        errors: [
          {
            code: 'InvalidPasswordProvidedException',
            status: '400',
            detail: 'The password provided was invalid for this account.',
          },
        ],
      },
    })
    expect(
      applyServerErrors<Values>(form as never, error, { current_password: 'currentPassword' }),
    ).toBe(false)
    expect(form.errors['root.server']).toEqual({
      type: 'server',
      message: 'The password provided was invalid for this account.',
    })
    expect(form.setFocus).not.toHaveBeenCalled()
  })

  it('uses the friendly message for network failures and unknown errors', () => {
    const form = fakeForm()
    applyServerErrors<Values>(form as never, new ApiError({ status: 0, code: 'NetworkError' }))
    expect(form.errors['root.server']?.message).toBe(
      "Can't reach the panel. Check your connection and try again.",
    )
    const other = fakeForm()
    applyServerErrors<Values>(other as never, new Error('boom'))
    expect(other.errors['root.server']?.message).toBe('Something went wrong. Try again.')
  })

  it('puts its own fallback sentence in the interface language', async () => {
    await act(() => setLanguage('de'))
    const form = fakeForm()
    applyServerErrors<Values>(form as never, new TypeError('boom'))
    expect(form.errors['root.server']?.message).toBe(de.common.somethingWentWrong)
    applyServerErrors<Values>(form as never, apiErrorFromResponse({ status: 503, body: undefined }))
    expect(form.errors['root.server']?.message).toBe(de.common.errors.panelUnavailable)
  })
})
