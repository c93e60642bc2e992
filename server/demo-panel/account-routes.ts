import { allInput, input } from './context'
import { invalidPassword } from './panel-errors'
import { hashSecret, verifySecret } from './hashing'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from './panel'
import type { User } from './store'
import { uniqueRule, validate } from './validation'

// AccountController: profile, e-mail and password. Both updates authorize the password *before*
// validating (FormRequest::authorize runs first), so a wrong password wins over a bad e-mail.

const accountItem = (user: User): Record<string, unknown> => ({
  object: 'user',
  attributes: {
    id: user.id,
    admin: user.rootAdmin,
    username: user.username,
    email: user.email,
    first_name: user.nameFirst,
    last_name: user.nameLast,
    language: user.language,
  },
})

const passwordMatches = (value: unknown, user: User): boolean =>
  typeof value === 'string' && verifySecret(value, user.passwordHash)

export function registerAccountRoutes(panel: Panel, route: RouteFn): void {
  const account = { type: 'user' as const }

  route(
    'GET',
    '/api/client/account',
    client(panel, (_rc, { user }) => json(accountItem(user))),
  )

  route(
    'PUT',
    '/api/client/account/email',
    client(panel, (rc, { user }) => {
      if (!passwordMatches(input(rc, 'password'), user)) throw invalidPassword()
      validate(allInput(rc), {
        email: [
          'required',
          'email',
          'between:1,191',
          // unique:users,email ignoring the user's own row; MySQL's collation compares case-insensitively.
          uniqueRule((value) =>
            panel.store.users.some(
              (u) =>
                u.id !== user.id &&
                typeof value === 'string' &&
                u.email.toLowerCase() === value.toLowerCase(),
            ),
          ),
        ],
      }).throwIfFailed()
      const original = user.email
      const next = String(input(rc, 'email'))
      user.email = next
      user.updatedAt = panel.now()
      if (original !== next) {
        logActivity(panel, rc, {
          event: 'user:account.email-changed',
          subjects: [{ ...account, id: user.id }],
          properties: { old: original, new: next },
        })
      }
      return noContent()
    }),
  )

  route(
    'PUT',
    '/api/client/account/password',
    client(panel, (rc, { user }) => {
      if (!passwordMatches(input(rc, 'current_password'), user)) throw invalidPassword()
      validate(allInput(rc), {
        password: ['required', 'string', 'confirmed', 'min:8'],
      }).throwIfFailed()
      // The update and logoutOtherDevices() both re-hash: every other session's stored hash goes
      // stale (their next request is a 401); the client layer re-stores it for this session.
      user.passwordHash = hashSecret(String(input(rc, 'password')))
      user.updatedAt = panel.now()
      if (user.rememberToken !== null && panel.sessions.readRemember(rc.request)) {
        rc.cookies.push(
          panel.sessions.rememberCookie(
            user.id,
            user.rememberToken,
            user.passwordHash,
            panel.now(),
          ),
        )
      }
      logActivity(panel, rc, {
        event: 'user:account.password-changed',
        subjects: [{ ...account, id: user.id }],
      })
      return noContent()
    }),
  )
}
