import { screen, within } from '@testing-library/react'

import { renderApp } from '@/test-kit/render'
import type { DemoUser } from '@/test-kit/render'

const titles = { '/account': 'Profile', '/account/security': 'Password & security' } as const

/**
 * A settings page signed in (/account: profile, language, email; /account/security: password,
 * two-factor), with the page's sections found by their headings.
 */
export async function renderAccount(
  who: DemoUser = 'demo',
  route: keyof typeof titles = '/account',
) {
  const utils = await renderApp({ route, signedInAs: who })
  await screen.findByRole('heading', { level: 1, name: titles[route] })
  return utils
}

export const section = (name: string) => within(screen.getByRole('region', { name }))

/** The panel's answer to a wrong current password (400, no field), shown under the password. */
export const INVALID_PASSWORD = 'The password provided was invalid for this account.'

/** Everything a control is described by (its error and any hint), as one string. */
export function describedText(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}
