import type { Panel } from '../panel'
import type { DemoMail, Server, User } from '../store'

// The panel's mail notifications (app/Notifications/*), kept in the store instead of sent, so
// a person (or a browser test) can read them at GET /__demo/mail. Only what a recipient sees:
// subject, lines and the one action link.

export function sendMail(panel: Panel, mail: Omit<DemoMail, 'sentAt'>): void {
  panel.store.mail.push({ ...mail, sentAt: panel.now() })
}

/** AccountCreated: the set-your-password link is a password-reset link with a fresh token. */
export function accountCreatedMail(
  panel: Panel,
  origin: string,
  user: User,
  token: string,
): Omit<DemoMail, 'sentAt'> {
  return {
    to: user.email,
    subject: 'Account Created',
    lines: [
      `Hello ${user.nameFirst} ${user.nameLast}!`,
      `You are receiving this email because an account has been created for you on ${panel.options.appName}.`,
      `Username: ${user.username}`,
      `Email: ${user.email}`,
    ],
    action: {
      text: 'Setup Your Account',
      url: `${origin}/auth/password/reset/${token}?email=${encodeURIComponent(user.email)}`,
    },
  }
}

/** SendPasswordReset. */
export function passwordResetMail(origin: string, user: User, token: string) {
  return {
    to: user.email,
    subject: 'Reset Password',
    lines: [
      'You are receiving this email because we received a password reset request for your account.',
      'If you did not request a password reset, no further action is required.',
    ],
    action: {
      text: 'Reset Password',
      url: `${origin}/auth/password/reset/${token}?email=${encodeURIComponent(user.email)}`,
    },
  }
}

/** AddedToServer. */
export function addedToServerMail(origin: string, user: User, server: Server) {
  return {
    to: user.email,
    subject: 'Added To Server',
    lines: [
      `Hello ${user.nameFirst}!`,
      'You have been added as a subuser for the following server, allowing you certain control over the server.',
      `Server Name: ${server.name}`,
    ],
    action: { text: 'Visit Server', url: `${origin}/server/${server.identifier}` },
  }
}

/** RemovedFromServer. */
export function removedFromServerMail(origin: string, user: User, server: Server) {
  return {
    to: user.email,
    subject: 'Removed From Server',
    lines: [
      `Hello ${user.nameFirst}.`,
      'You have been removed as a subuser for the following server.',
      `Server Name: ${server.name}`,
    ],
    action: { text: 'Visit Panel', url: `${origin}/` },
  }
}
