/**
 * Errors Talon itself produces, in the panel's own envelope (contract §5) so the SPA's single
 * error parser handles them like any panel error: `{"errors":[{"code","status","detail"}]}`.
 */
export type TalonErrorCode =
  | 'BadRequestHttpException'
  | 'AccessDeniedHttpException'
  | 'NotFoundHttpException'
  | 'MethodNotAllowedHttpException'
  | 'PostTooLargeException'
  | 'RequestTimeoutHttpException'
  | 'BadGatewayException'
  | 'GatewayTimeoutException'
  | 'HttpException'

export function panelError(
  status: number,
  code: TalonErrorCode,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const body = JSON.stringify({ errors: [{ code, status: String(status), detail }] })
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'application/json',
      // Talon's own errors are about this request only; never let a cache keep them.
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}

export const notFound = () =>
  panelError(
    404,
    'NotFoundHttpException',
    'The requested resource could not be found on the server.',
  )
