import { act, render, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { QRCodeSVG } from 'qrcode.react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { LANGUAGE_STORAGE_KEY } from '@/i18n/language'
import { activityQueries } from '@/api/activity'
import { twoFactorQueries } from '@/api/two-factor'
import { fault, answerWithPanelError, holdRequests } from '@/test-kit/faults'
import { panelFetch, resetDemoPanel, server } from '@/test-kit/msw'
import { recordRequests } from '@/test-kit/recorder'
import { demoUsers, totpCode } from '@/test-kit/render'

import { renderSection } from './test-kit'

const SETUP = '/api/client/account/two-factor'
const ACTIVITY = '/api/client/account/activity'
const DEMO_ME = { username: 'demo', email: 'demo@example.com' }

afterEach(() => {
  vi.restoreAllMocks()
})

const track = () => recordRequests()

/** Captures each GET /two-factor answer the panel sends (the setup the QR must encode). */
function captureSetups() {
  const setups: { image_url_data: string; secret: string }[] = []
  server.use(
    http.get(SETUP, async ({ request }) => {
      const response = await panelFetch(request)
      if (response.ok) {
        const body = (await response.clone().json()) as {
          data: { image_url_data: string; secret: string }
        }
        setups.push(body.data)
      }
      return response
    }),
  )
  return setups
}

function pathsOf(container: Element) {
  return [...container.querySelectorAll('path')].map((p) => p.getAttribute('d'))
}

async function openSetup(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Set up' }))
  return screen.findByRole('dialog', { name: 'Set up two-factor authentication' })
}

describe('two-factor status', () => {
  it('reads "off" from the own activity actor and never probes GET /two-factor', async () => {
    const requests = track()
    await renderSection('demo')
    expect(await screen.findByText('Two-factor authentication is off.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Set up' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Turn off' })).not.toBeInTheDocument()
    expect(requests.countOf('GET', SETUP)).toBe(0)
    const activity = requests.lines.find((l) => l.startsWith(`GET ${ACTIVITY}`))
    expect(activity).toContain('include=actor')
    expect(activity).toContain('sort=-timestamp')
  })

  it('reads "on" for an account with 2FA', async () => {
    await renderSection('secure')
    expect(await screen.findByText('Two-factor authentication is on.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Set up' })).not.toBeInTheDocument()
  })

  it('skips entries without a user actor (auth:fail) and other users', async () => {
    const entry = (actor: unknown) => ({
      object: 'activity_log',
      attributes: {
        id: 'a',
        event: 'auth:fail',
        relationships: { actor },
      },
    })
    server.use(
      http.get(ACTIVITY, () =>
        HttpResponse.json({
          object: 'list',
          data: [
            entry({ object: 'null_resource', attributes: null }),
            entry({
              object: 'user',
              attributes: { username: 'owner', email: 'owner@example.com', '2fa_enabled': false },
            }),
            entry({
              object: 'user',
              attributes: { username: 'secure', email: 'secure@example.com', '2fa_enabled': true },
            }),
          ],
          meta: {
            pagination: { total: 3, count: 3, per_page: 10, current_page: 1, total_pages: 1 },
          },
        }),
      ),
    )
    await renderSection('secure')
    expect(await screen.findByText('Two-factor authentication is on.')).toBeInTheDocument()
  })

  it('is "unknown" without an own entry, and Set up switches to "on" when the panel says it already is', async () => {
    server.use(
      http.get(ACTIVITY, () =>
        HttpResponse.json({
          object: 'list',
          data: [],
          meta: {
            pagination: { total: 0, count: 0, per_page: 10, current_page: 1, total_pages: 1 },
          },
        }),
      ),
    )
    const { user } = await renderSection('secure')
    expect(
      await screen.findByText("Talon couldn't confirm whether two-factor authentication is on."),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Set up' }))
    expect(
      await screen.findByText('Two-factor authentication is already on for this account.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Two-factor authentication is on.')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('treats the forced-2FA answer as "off, required"', async () => {
    answerWithPanelError('GET', ACTIVITY, {
      status: 400,
      code: 'TwoFactorAuthRequiredException',
      detail:
        'Two-factor authentication is required on this account in order to access this endpoint.',
    })
    await renderSection('demo')
    // The forced-2FA answer also reaches the app's session subscriber, which may re-render the
    // section: wait for the settled page rather than the first node that shows the text.
    await waitFor(() => {
      expect(screen.getByText('Two-factor authentication is off.')).toBeInTheDocument()
      expect(screen.getByText('Your panel requires two-factor authentication')).toBeInTheDocument()
    })
  })
})

describe('enrolment', () => {
  it('fetches the setup once per opening and draws the exact otpauth URL locally', async () => {
    const setups = captureSetups()
    const requests = track()
    // Held so the loading state is certain to show: with warm modules the answer can otherwise
    // land before the first assertion.
    const release = holdRequests('GET', SETUP)
    const { user, queryClient } = await renderSection('demo')
    const dialog = await openSetup(user)
    // Loading first, then the QR.
    expect(within(dialog).getByRole('status')).toHaveTextContent('Preparing your setup key')
    release()
    const qr = await within(dialog).findByRole('img', { name: /QR code/ })
    expect(requests.countOf('GET', SETUP)).toBe(1)
    expect(setups).toHaveLength(1)
    const { image_url_data: url, secret } = setups[0]!
    expect(url).toMatch(/^otpauth:\/\/totp\//)

    // Same modules as a QR of the panel's URL (so it encodes exactly that text).
    const reference = render(
      <QRCodeSVG
        value={url}
        size={208}
        level="M"
        marginSize={4}
        bgColor="#ffffff"
        fgColor="#000000"
      />,
    )
    expect(pathsOf(qr)).toEqual(pathsOf(reference.container))
    expect(pathsOf(qr).length).toBeGreaterThan(0)
    reference.unmount()
    const other = render(<QRCodeSVG value={url.replace(secret, 'A'.repeat(32))} marginSize={4} />)
    expect(pathsOf(qr)).not.toEqual(pathsOf(other.container))
    other.unmount()
    // Nothing drawn by a remote service.
    expect(qr.querySelector('img')).toBeNull()
    expect(qr.querySelector('svg')).not.toBeNull()

    // Secret in groups of four, copyable; manual-entry link.
    const grouped = secret.match(/.{1,4}/g)!.join(' ')
    expect(within(dialog).getByText(grouped)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Copy setup key' })).toBeInTheDocument()
    expect(
      within(dialog).getByRole('link', { name: /Open in an authenticator app/ }),
    ).toHaveAttribute('href', url)

    const code = within(dialog).getByLabelText('Authentication code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('pattern')

    // Focus/visibility changes and time do not refetch (each GET would mint a new secret).
    act(() => {
      window.dispatchEvent(new Event('focus'))
      document.dispatchEvent(new Event('visibilitychange'))
    })
    // A refetch would start synchronously inside those events: nothing is fetching.
    expect(queryClient.isFetching()).toBe(0)
    expect(requests.countOf('GET', SETUP)).toBe(1)

    // Closing drops the secret; opening again asks for a new one (exactly one more GET).
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.queryByText(grouped)).not.toBeInTheDocument()
    const again = await openSetup(user)
    await within(again).findByRole('img', { name: /QR code/ })
    expect(requests.countOf('GET', SETUP)).toBe(2)
    expect(setups[1]!.secret).not.toBe(secret)
    expect(within(again).queryByText(grouped)).not.toBeInTheDocument()
  })

  it('shows an error with a Retry that refetches exactly once per click', async () => {
    const requests = track()
    await fault({ method: 'GET', path: `${SETUP}$`, status: 500, times: 1 })
    const { user } = await renderSection('demo')
    const dialog = await openSetup(user)
    expect(await within(dialog).findByText("Couldn't start the setup")).toBeInTheDocument()
    expect(
      within(dialog).getByText('The panel ran into a problem. Try again in a moment.'),
    ).toBeInTheDocument()
    expect(requests.countOf('GET', SETUP)).toBe(1)
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await within(dialog).findByRole('img', { name: /QR code/ })
    expect(requests.countOf('GET', SETUP)).toBe(2)
  })

  it('explains a wrong code (clock drift) and a wrong password on the right fields, keeping the secret', async () => {
    const setups = captureSetups()
    const requests = track()
    const { user } = await renderSection('demo')
    const dialog = await openSetup(user)
    await within(dialog).findByRole('img', { name: /QR code/ })
    const { secret } = setups[0]!
    const code = within(dialog).getByLabelText('Authentication code')
    const password = within(dialog).getByLabelText('Password')

    // Client-side rules first.
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    expect(
      await within(dialog).findByText('Enter the 6-digit code from your authenticator app.'),
    ).toBeInTheDocument()
    expect(requests.countOf('POST', SETUP)).toBe(0)

    // Wrong code.
    const wrong = totpCode(secret) === '000000' ? '111111' : '000000'
    await user.type(code, wrong)
    await user.type(password, demoUsers.demo.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    const codeError = await within(dialog).findByText(/That code didn't work/)
    expect(codeError).toHaveTextContent("check that your phone's clock is set automatically")
    expect(code).toHaveAttribute('aria-invalid', 'true')
    expect(code.getAttribute('aria-describedby')).toContain(codeError.closest('p')!.id)
    expect(code).toHaveFocus()
    expect(password).toHaveValue(demoUsers.demo.password) // typed input kept

    // Wrong password.
    await user.clear(code)
    await user.type(code, totpCode(secret))
    await user.clear(password)
    await user.type(password, 'not-my-password')
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    expect(await within(dialog).findByText("That password isn't right.")).toBeInTheDocument()
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveFocus()

    // The QR and secret stayed the same: no second GET.
    expect(requests.countOf('GET', SETUP)).toBe(1)
  })

  it('keeps the typed input when the panel fails (500)', async () => {
    const setups = captureSetups()
    const { user } = await renderSection('demo')
    const dialog = await openSetup(user)
    await within(dialog).findByRole('img', { name: /QR code/ })
    await fault({ method: 'POST', path: `${SETUP}$`, status: 502, times: 1 })
    const value = totpCode(setups[0]!.secret)
    await user.type(within(dialog).getByLabelText('Authentication code'), value)
    await user.type(within(dialog).getByLabelText('Password'), demoUsers.demo.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("Can't reach the panel")
    expect(within(dialog).getByLabelText('Authentication code')).toHaveValue(value)
  })

  it('replaces the dialog with the recovery tokens: gated Done, download = exactly the tokens, then "on"', async () => {
    const setups = captureSetups()
    const issued: string[] = []
    server.use(
      http.post(SETUP, async ({ request }) => {
        const response = await panelFetch(request)
        if (response.ok) {
          const body = (await response.clone().json()) as { attributes: { tokens: string[] } }
          issued.push(...body.attributes.tokens)
        }
        return response
      }),
    )
    const { user, queryClient } = await renderSection('demo')
    await queryClient.prefetchQuery(activityQueries.list({ page: 1, perPage: 25 }))
    const dialog = await openSetup(user)
    await within(dialog).findByRole('img', { name: /QR code/ })
    await user.type(
      within(dialog).getByLabelText('Authentication code'),
      totpCode(setups[0]!.secret),
    )
    await user.type(within(dialog).getByLabelText('Password'), demoUsers.demo.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))

    const tokensDialog = await screen.findByRole('dialog', { name: 'Save your recovery tokens' })
    expect(screen.getAllByRole('dialog')).toHaveLength(1) // replaced, never stacked
    expect(issued).toHaveLength(10)
    const list = within(tokensDialog).getByRole('list', { name: 'Recovery tokens' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(issued)
    expect(
      within(tokensDialog).getByText("Save these now. They won't be shown again."),
    ).toBeInTheDocument()
    expect(within(tokensDialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()

    // The section already says "on"; activity data was invalidated; nothing secret cached.
    expect(screen.getByText('Two-factor authentication is on.')).toBeInTheDocument()
    expect(
      queryClient.getQueryState(activityQueries.list({ page: 1, perPage: 25 }).queryKey)
        ?.isInvalidated,
    ).toBe(true)
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain(issued[0])
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
    expect(
      JSON.stringify(queryClient.getQueryData(twoFactorQueries.status(DEMO_ME).queryKey)),
    ).toBe(JSON.stringify({ state: 'on', required: false }))

    // Esc and outside clicks do not dismiss it.
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Save your recovery tokens' })).toBeInTheDocument()

    // Download: a Blob holding exactly the tokens, its object URL revoked afterwards.
    let blob: Blob | undefined
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b
      return 'blob:talon/tokens'
    })
    const revokeObjectURL = vi.fn()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await user.click(within(tokensDialog).getByRole('button', { name: 'Download .txt' }))
    expect(click).toHaveBeenCalledTimes(1)
    const anchor = click.mock.contexts[0] as HTMLAnchorElement
    expect(anchor.download).toMatch(/^recovery-tokens-demo\.txt$/)
    expect(anchor.isConnected).toBe(false)
    expect((await blob!.text()).trim().split('\n')).toEqual(issued)
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:talon/tokens'), {
      timeout: 2500,
    })

    // Print: a print-only copy exists; window.print is called.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await user.click(within(tokensDialog).getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(document.querySelector('[data-print-recovery-tokens]')).toHaveTextContent(issued[9]!)

    // Done only after ticking the box.
    const done = within(tokensDialog).getByRole('button', { name: 'Done' })
    expect(done).toBeDisabled()
    await user.click(
      within(tokensDialog).getByLabelText('I have saved these recovery tokens somewhere safe'),
    )
    expect(done).toBeEnabled()
    await user.click(done)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(document.body).not.toHaveTextContent(issued[0]!)
    expect(document.querySelector('[data-print-recovery-tokens]')).toBeNull()
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeInTheDocument()
    // Only the account's (non-secret) interface language may be remembered on the device.
    expect({ ...localStorage, ...sessionStorage }).toEqual({ [LANGUAGE_STORAGE_KEY]: 'en' })
  })
})

describe('turning off', () => {
  it('asks for the password, reports a wrong one on the field, then turns 2FA off', async () => {
    const requests = track()
    const { user, queryClient } = await renderSection('secure')
    await queryClient.prefetchQuery(activityQueries.list({ page: 1, perPage: 25 }))
    await user.click(await screen.findByRole('button', { name: 'Turn off' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Turn off two-factor authentication?',
    })
    const password = within(dialog).getByLabelText('Password')
    await user.type(password, 'wrong-password')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    expect(await within(dialog).findByText("That password isn't right.")).toBeInTheDocument()
    expect(password).toHaveAttribute('aria-invalid', 'true')

    await user.clear(password)
    await user.type(password, demoUsers.secure.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Two-factor authentication is off.')).toBeInTheDocument()
    expect(
      queryClient.getQueryState(activityQueries.list({ page: 1, perPage: 25 }).queryKey)
        ?.isInvalidated,
    ).toBe(true)
    expect(requests.countOf('POST', `${SETUP}/disable`)).toBe(2)
    expect(requests.countOf('DELETE', SETUP)).toBe(0)
    // The password went in the body, never in a URL.
    expect(requests.lines.some((l) => l.includes('password'))).toBe(false)
  })

  it('falls back to DELETE /two-factor?password=… on panels older than v1.11.8', async () => {
    resetDemoPanel({ legacyTwoFactor: true })
    const requests = track()
    const { user } = await renderSection('secure')
    await user.click(await screen.findByRole('button', { name: 'Turn off' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Turn off two-factor authentication?',
    })
    await user.type(within(dialog).getByLabelText('Password'), 'wrong-password')
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    expect(await within(dialog).findByText("That password isn't right.")).toBeInTheDocument()

    await user.clear(within(dialog).getByLabelText('Password'))
    await user.type(within(dialog).getByLabelText('Password'), demoUsers.secure.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    expect(await screen.findByText('Two-factor authentication is off.')).toBeInTheDocument()
    const twoFactor = requests.lines.filter((l) => l.includes('/two-factor'))
    expect(twoFactor).toEqual([
      `POST ${SETUP}/disable`,
      `DELETE ${SETUP}?password=wrong-password`,
      `POST ${SETUP}/disable`,
      `DELETE ${SETUP}?password=${encodeURIComponent(demoUsers.secure.password)}`,
    ])
  })
})

describe('enrolment code field', () => {
  it('takes a code pasted with spaces or dashes, and clears a wrong one so the next can be typed', async () => {
    const setups = captureSetups()
    const { user } = await renderSection('demo')
    const dialog = await openSetup(user)
    await within(dialog).findByRole('img', { name: /QR code/ })
    const { secret } = setups[0]!
    const code = within(dialog).getByLabelText('Authentication code')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')

    await user.click(code)
    await user.paste('268-442')
    expect(code).toHaveValue('268442')

    // A wrong code: cleared and focused, and new typing lands.
    const wrong = totpCode(secret) === '000000' ? '111111' : '000000'
    await user.clear(code)
    await user.paste(`${wrong.slice(0, 3)} ${wrong.slice(3)}`)
    expect(code).toHaveValue(wrong)
    await user.type(within(dialog).getByLabelText('Password'), demoUsers.demo.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    expect(await within(dialog).findByText(/That code didn't work/)).toBeInTheDocument()
    await waitFor(() => expect(code).toHaveValue(''))
    expect(code).toHaveFocus()
    const good = totpCode(secret)
    await user.paste(`${good.slice(0, 3)} ${good.slice(3)}`)
    expect(code).toHaveValue(good)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    expect(
      await screen.findByRole('dialog', { name: 'Save your recovery tokens' }),
    ).toBeInTheDocument()
  })
})

describe('recovery tokens on screen', () => {
  /** A cancelable beforeunload, as a reload or closing the tab fires it: was leaving questioned? */
  function unloadIsQuestioned() {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  }

  it('refuses Back/links and questions a reload until the tokens are saved', async () => {
    const setups = captureSetups()
    const { user, router } = await renderSection('demo')
    const dialog = await openSetup(user)
    await within(dialog).findByRole('img', { name: /QR code/ })
    expect(unloadIsQuestioned()).toBe(false) // nothing to lose yet
    await user.type(
      within(dialog).getByLabelText('Authentication code'),
      totpCode(setups[0]!.secret),
    )
    await user.type(within(dialog).getByLabelText('Password'), demoUsers.demo.password)
    await user.click(within(dialog).getByRole('button', { name: 'Turn on' }))
    const tokens = await screen.findByRole('dialog', { name: 'Save your recovery tokens' })

    // In-app navigation (Back, a link, a redirect) is refused, and the dialog says why.
    // The guard's blocker registers in effects after the dialog paints: let them run first.
    await waitFor(() => expect(unloadIsQuestioned()).toBe(true))
    await act(async () => {})
    await act(() => router.navigate('/?elsewhere=1'))
    expect(router.state.location.search).toBe('')
    expect(await within(tokens).findByRole('alert')).toHaveTextContent(
      "You're still here: these tokens can't be shown again.",
    )
    expect(within(tokens).getAllByRole('listitem')).toHaveLength(10)
    // Reload / close tab: the browser asks first.
    expect(unloadIsQuestioned()).toBe(true)

    // Confirming they are saved ends the hold.
    await user.click(
      within(tokens).getByLabelText('I have saved these recovery tokens somewhere safe'),
    )
    expect(unloadIsQuestioned()).toBe(false)
    await user.click(within(tokens).getByRole('button', { name: 'Done' }))
    await act(() => router.navigate('/?elsewhere=1'))
    expect(router.state.location.search).toBe('?elsewhere=1')
  })
})
