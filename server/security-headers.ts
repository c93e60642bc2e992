import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers for every response, Talon's own and the panel's alike (the panel's own CSP etc.
 * describe the panel's pages, not ours, so they are overwritten).
 *
 * - script-src 'self' only: the SPA ships no inline scripts (theme.js is a file on purpose).
 * - style-src keeps 'unsafe-inline' because React `style={…}` props become inline style
 *   attributes; scripts never get it.
 * - img-src allows data: for the 2FA QR code and inline SVG icons.
 * - clipboard-write stays allowed for our own origin: the API-key dialog copies the secret.
 * - connect-src is 'self' (the Wings relay is same-origin); with WINGS_DIRECT the browser talks
 *   to the nodes itself, whose hosts Talon does not know, so wss:/https: are allowed then.
 */
const baseHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  // HSTS is decided per request below: sending it over plain http is meaningless, and sending it
  // for a deployment that is not https end-to-end would lock users out of a host.
  strictTransportSecurity: false,
  permissionsPolicy: {
    accelerometer: [],
    autoplay: [],
    camera: [],
    displayCapture: [],
    geolocation: [],
    gyroscope: [],
    magnetometer: [],
    microphone: [],
    midi: [],
    payment: [],
    publickeyCredentialsGet: [],
    usb: [],
    serial: [],
    hid: [],
    browsingTopics: [],
    clipboardRead: [],
    clipboardWrite: ['self'],
    fullscreen: ['self'],
  },
  removePoweredBy: true,
})

export const HSTS_VALUE = 'max-age=31536000'

/**
 * @param isHttps whether the browser reached Talon over https (directly or via a trusted proxy's
 *   X-Forwarded-Proto). No `includeSubDomains`: Talon cannot know that every sibling host is https.
 */
export function securityHeaders(
  isHttps: (c: Parameters<MiddlewareHandler>[0]) => boolean,
  options: { wingsDirect?: boolean } = {},
) {
  const handler: MiddlewareHandler = async (c, next) => {
    await baseHeaders(c, async () => {
      await next()
    })
    const csp = c.res.headers.get('Content-Security-Policy')
    if (options.wingsDirect && csp) {
      c.res.headers.set(
        'Content-Security-Policy',
        csp.replace("connect-src 'self'", "connect-src 'self' wss: https:"),
      )
    }
    if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS_VALUE)
    else c.res.headers.delete('Strict-Transport-Security')
  }
  return handler
}
