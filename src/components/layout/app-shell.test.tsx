import { act, render, screen, waitFor, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'

import { Toaster } from '@/components/ui/toast'
import { de } from '@/i18n/de'
import { setLanguage } from '@/i18n/language'
import { toast } from '@/lib/toast-store'
import { apiErrorFor } from '@/test-kit/faults'
import { renderApp } from '@/test-kit/render'

import { RouteError } from './route-error'
import { RootLayout } from './root-layout'

describe('app shell in German', () => {
  it('renders the signed-in layout, its navigation and document titles in the account’s language', async () => {
    // Lena's account language is German (demo panel seed).
    const { user, path } = await renderApp({ route: '/', signedInAs: 'lena' })

    const nav = await screen.findByRole('navigation', { name: de.layout.nav.label })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([de.layout.nav.servers, de.layout.nav.account])
    expect(screen.getByRole('link', { name: de.layout.skipToContent })).toHaveAttribute(
      'href',
      '#main',
    )
    expect(screen.getByRole('button', { name: de.layout.signOut })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: de.layout.menu })).toBeInTheDocument()
    const theme = screen.getByRole('group', { name: de.layout.theme.legend })
    expect(within(theme).getByRole('radio', { name: de.layout.theme.dark })).toBeInTheDocument()
    expect(within(theme).getByRole('radio', { name: de.layout.theme.light })).toBeInTheDocument()
    expect(document.title).toBe(de.layout.documentTitle(de.layout.titles.servers))
    expect(document.title).toBe('Server · Talon')
    expect(document.documentElement.lang).toBe('de')

    // Navigating re-titles the document and announces the page, in German.
    await user.click(within(nav).getByRole('link', { name: de.layout.nav.account }))
    const settings = await screen.findByRole('navigation', { name: de.layout.settingsNav.label })
    await user.click(within(settings).getByRole('link', { name: de.layout.settingsNav.apiKeys }))
    await waitFor(() => expect(path()).toBe('/account/api'))
    await waitFor(() =>
      expect(document.title).toBe(de.layout.documentTitle(de.layout.titles.apiKeys)),
    )
    expect(
      screen.getAllByRole('status').some((el) => el.textContent === de.layout.titles.apiKeys),
    ).toBe(true)
  })

  it('shows the not-found page in German', async () => {
    await act(() => setLanguage('de'))
    await renderApp({ route: '/no/such/page' })
    expect(
      await screen.findByRole('heading', { level: 1, name: de.layout.notFound.title }),
    ).toBeInTheDocument()
    expect(screen.getByText(de.layout.notFound.description)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: de.layout.goToServers })).toHaveAttribute('href', '/')
    // The title follows in an effect after the page paints.
    await waitFor(() =>
      expect(document.title).toBe(de.layout.documentTitle(de.layout.titles.notFound)),
    )
  })

  it('explains a failed route in German, with the API error in German', async () => {
    await act(() => setLanguage('de'))
    const router = createMemoryRouter([
      {
        path: '/',
        Component: RootLayout,
        HydrateFallback: () => null,
        errorElement: <RouteError />,
        loader: async () => {
          throw await apiErrorFor(502)
        },
      },
    ])
    render(<RouterProvider router={router} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(de.layout.routeError.unreachableTitle)
    expect(alert).toHaveTextContent(de.common.errors.panelUnavailable)
    expect(screen.getByRole('button', { name: de.common.retryAction })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: de.layout.goToServers })).toBeInTheDocument()
  })

  it('labels the toasts in German', async () => {
    await act(() => setLanguage('de'))
    render(<Toaster />)
    act(() => {
      toast('Hallo')
    })
    expect(screen.getByRole('status', { name: de.common.notifications })).toHaveTextContent('Hallo')
    expect(screen.getByRole('button', { name: de.common.dismissNotification })).toBeInTheDocument()
  })
})
