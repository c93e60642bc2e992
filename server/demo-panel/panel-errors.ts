// The panel's error envelope (app/Exceptions/Handler.php): one `errors[]` entry per problem, `code`
// is the exception's class basename and `status` the HTTP status *as a string*.

export interface ErrorEntry {
  code: string
  status: string
  detail: string
  meta?: { source_field: string; rule: string }
}

export const GENERIC_ERROR =
  'An unexpected error was encountered while processing this request, please try again.'
export const NOT_FOUND = 'The requested resource could not be found on the server.'

export class PanelError extends Error {
  readonly status: number
  readonly entries: ErrorEntry[]
  readonly headers: Record<string, string>

  constructor(status: number, entries: ErrorEntry[], headers: Record<string, string> = {}) {
    super(entries[0]?.detail ?? 'error')
    this.status = status
    this.entries = entries
    this.headers = headers
  }
}

export function panelError(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
): PanelError {
  return new PanelError(status, [{ code, status: String(status), detail }], headers)
}

/** DisplayException and its subclasses render as 400 with the class name as code. */
export const displayError = (detail: string, code = 'DisplayException'): PanelError =>
  panelError(400, code, detail)

export const badRequest = (detail: string): PanelError =>
  panelError(400, 'BadRequestHttpException', detail)

export const unauthenticated = (): PanelError =>
  panelError(401, 'AuthenticationException', 'Unauthenticated.')

export const accessDenied = (detail = 'This action is unauthorized.'): PanelError =>
  panelError(403, 'AccessDeniedHttpException', detail)

export const notFound = (detail = NOT_FOUND): PanelError =>
  panelError(404, 'NotFoundHttpException', detail)

export const csrfMismatch = (): PanelError =>
  panelError(419, 'HttpException', 'CSRF token mismatch.')

/** Uncaught PHP exceptions: the class basename leaks as `code`, the detail is always generic. */
export const serverError = (code = 'Exception'): PanelError => panelError(500, code, GENERIC_ERROR)

export const invalidPassword = (): PanelError =>
  displayError(
    'The password provided was invalid for this account.',
    'InvalidPasswordProvidedException',
  )

/** Laravel's RouteCollection message; the path has no leading slash. */
export const routeNotFound = (path: string): PanelError =>
  notFound(`The route ${path.replace(/^\//, '')} could not be found.`)

export function jsonError(error: PanelError): Response {
  const headers = new Headers(error.headers)
  headers.set('Content-Type', 'application/json')
  headers.set('Cache-Control', 'no-cache, private')
  return new Response(JSON.stringify({ errors: error.entries }), { status: error.status, headers })
}

/**
 * Non-JSON clients (no `Accept: …json`, no XHR header) get what a browser would: a redirect to the
 * login page for 401, a redirect back for validation errors, and an HTML error page otherwise.
 */
export function htmlError(error: PanelError, url: URL, referer: string | null): Response {
  const headers = new Headers(error.headers)
  headers.set('Cache-Control', 'no-cache, private')
  if (error.status === 401) {
    headers.set('Location', `${url.origin}/auth/login`)
    return new Response(null, { status: 302, headers })
  }
  if (error.status === 422) {
    headers.set('Location', referer ?? `${url.origin}/`)
    return new Response(null, { status: 302, headers })
  }
  headers.set('Content-Type', 'text/html; charset=UTF-8')
  const title = error.status === 419 ? 'Page Expired' : (error.entries[0]?.detail ?? 'Error')
  const body = `<!DOCTYPE html><html lang="en"><head><title>${error.status}</title></head><body><h1>${error.status} | ${escapeHtml(title)}</h1></body></html>`
  return new Response(body, { status: error.status, headers })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
