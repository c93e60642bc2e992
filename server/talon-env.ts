import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ClientView } from './client-view'

/** With @hono/node-server, `c.env` holds the raw Node request/response (absent under app.request()). */
export interface TalonEnv {
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined
  Variables: {
    client: ClientView
    path: string
    query: string
    /** When the request arrived (epoch ms): upstream deadlines count from here. */
    startedAt: number
    requestId: string
    /** Set when the client went away before its answer: logged as an abort, not an error. */
    aborted: boolean
  }
}
