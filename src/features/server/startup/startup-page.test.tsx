import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { clearFailures, FAILURE_MESSAGES, failRequests, holdRequests } from '@/test-kit/faults'
import { recordRequests } from '@/test-kit/recorder'
import { renderApp } from '@/test-kit/render'

import { installFakeWings, uninstallFakeWings } from '../test/fake-wings'

vi.mock('@/features/server/console/terminal-view', () => import('../test/fake-terminal'))

beforeEach(() => installFakeWings())
afterEach(() => uninstallFakeWings())

const STARTUP = '/server/1a7ce997/startup'

/** The box of one variable (a group named by the variable). */
const card = (name: string) => ({ box: screen.getByRole('group', { name }) })

describe('startup page', () => {
  it('shows the rendered command, the image choice and one fitting control per variable', async () => {
    await renderApp({ signedInAs: 'demo', route: STARTUP })
    const command = await screen.findByRole('region', { name: 'Startup command' })
    expect(
      within(command).getByText('java -Xms128M -XX:MaxRAMPercentage=95.0 -jar server.jar'),
    ).toBeVisible()
    expect(within(command).getByRole('button', { name: 'Copy startup command' })).toBeVisible()

    const image = screen.getByRole('combobox', { name: 'Image' })
    expect(
      within(image)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Java 21 — ghcr.io/pterodactyl/yolks:java_21',
      'Java 17 — ghcr.io/pterodactyl/yolks:java_17',
    ])

    expect(screen.getByRole('switch', { name: 'Online Mode' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    expect(screen.getByRole('switch', { name: 'Whitelist' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    const difficulty = screen.getByRole('combobox', { name: 'Difficulty' })
    expect(difficulty).toHaveValue('normal')
    const players = screen.getByRole('spinbutton', { name: 'Max Players' })
    expect(players).toHaveAttribute('min', '1')
    expect(players).toHaveAttribute('max', '100')
    expect(players).toHaveAccessibleDescription(/From 1 to 100\. A whole number\./)
    expect(screen.getByRole('textbox', { name: 'Message of the Day' })).toHaveAttribute(
      'maxlength',
      '59',
    )
    const build = screen.getByRole('textbox', { name: 'Build Number' })
    expect(build).toHaveAttribute('readonly')
    expect(within(card('Build Number').box).getByText('Read-only')).toBeVisible()
    // Hidden variables never reach the page.
    expect(screen.queryByText('RCON Password')).not.toBeInTheDocument()
  })

  it('saves a switch at once and shows the saved tick', async () => {
    const puts = recordRequests({ method: 'PUT', path: '/startup/variable' })
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const online = await screen.findByRole('switch', { name: 'Online Mode' })
    await user.click(online)
    expect(online).toHaveAttribute('aria-checked', 'false')
    expect(await within(card('Online Mode').box).findByText('Saved')).toBeVisible()
    await waitFor(() => expect(puts.bodies).toEqual([{ key: 'ONLINE_MODE', value: '0' }]))
  })

  it("puts the panel's message on an out-of-range number and keeps what was typed", async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const players = await screen.findByRole('spinbutton', { name: 'Max Players' })
    await user.clear(players)
    await user.type(players, '250')
    expect(screen.getByText(/Not saved yet/)).toBeVisible()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('The value must be between 1 and 100.')).toBeVisible()
    expect(players).toHaveValue(250)
    expect(players).toHaveAttribute('aria-invalid', 'true')
    expect(players).toHaveAccessibleDescription(/The value must be between 1 and 100\./)
    // Escape goes back to the saved value and clears the message.
    await user.keyboard('{Escape}')
    expect(players).toHaveValue(20)
    expect(screen.queryByText('The value must be between 1 and 100.')).not.toBeInTheDocument()
  })

  it('saves text on leaving the field and updates the command', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const jar = await screen.findByRole('textbox', { name: 'Server Jar File' })
    await user.clear(jar)
    await user.type(jar, 'paper.jar')
    await user.tab()
    expect(
      await screen.findByText('java -Xms128M -XX:MaxRAMPercentage=95.0 -jar paper.jar'),
    ).toBeVisible()
  })

  it('sends one save at a time; the latest wanted value goes next', async () => {
    const puts = recordRequests({ method: 'PUT', path: '/startup/variable' })
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const whitelist = await screen.findByRole('switch', { name: 'Whitelist' })
    const release = holdRequests('PUT', '/api/client/servers/1a7ce997/startup/variable')
    await user.click(whitelist) // → false, held
    await user.click(whitelist) // → true, waits
    await user.click(whitelist) // → false, waits instead
    await user.click(whitelist) // → true, waits instead
    expect(puts.count).toBe(1)
    release()
    await waitFor(() =>
      expect(puts.bodies).toEqual([
        { key: 'WHITELIST', value: 'false' },
        { key: 'WHITELIST', value: 'true' },
      ]),
    )
    expect(whitelist).toHaveAttribute('aria-checked', 'true')
    expect(await within(card('Whitelist').box).findByText('Saved')).toBeVisible()
    expect(puts.count).toBe(2)
  })

  it('changes the Docker image', async () => {
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const image = await screen.findByRole('combobox', { name: 'Image' })
    await user.selectOptions(image, 'ghcr.io/pterodactyl/yolks:java_17')
    expect(await screen.findByText('Image changed. It applies on the next start.')).toBeVisible()
    expect(image).toHaveValue('ghcr.io/pterodactyl/yolks:java_17')
  })

  it('explains an image an administrator set by hand', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/7b5c3f60/startup' })
    const image = await screen.findByRole('textbox', { name: 'Image' })
    expect(image).toHaveValue('ghcr.io/parkervcp/steamcmd:proton')
    expect(image).toHaveAccessibleDescription(/set this server's image by hand/)
  })

  it('an edit not yet saved is still saved when the user goes to another tab', async () => {
    const puts = recordRequests({ method: 'PUT', path: '/startup/variable' })
    const { user, router } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const motd = await screen.findByRole('textbox', { name: 'Message of the Day' })
    await user.clear(motd)
    await user.type(motd, 'Welcome back')
    expect(puts.count).toBe(0)
    // Navigating without a blur (a keyboard shortcut, the browser's back button): the field
    // unmounts with focus and still saves.
    await act(() => router.navigate('/server/1a7ce997/network'))
    expect(await screen.findByText('2 of 3 allocations used')).toBeVisible()
    await waitFor(() =>
      expect(puts.bodies).toEqual([{ key: 'SERVER_MOTD', value: 'Welcome back' }]),
    )
  })

  it('explains a failed load and retries', async () => {
    await failRequests('GET', '/api/client/servers/1a7ce997/startup', '500')
    const { user } = await renderApp({ signedInAs: 'demo', route: STARTUP })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText("Couldn't load the startup settings")).toBeVisible()
    expect(within(alert).getByText(FAILURE_MESSAGES['500'])).toBeVisible()
    await clearFailures()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('switch', { name: 'Online Mode' })).toBeVisible()
  })

  it('is closed to a subuser without startup.read', async () => {
    await renderApp({ signedInAs: 'demo', route: '/server/e6a19d08/startup' })
    expect(await screen.findByText("You can't open this page")).toBeVisible()
  })
})
