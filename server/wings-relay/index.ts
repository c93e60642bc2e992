import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

import type { Context } from 'hono'

import type { TrustProxy } from '../config'
import { notFound } from '../talon-errors'
import type { TalonEnv } from '../talon-env'
import { relayHttp, type HttpRelayLimits } from './http-relay'
import { applyAnswerRewrite, wingsAnswerRewrite, type AnswerRewriter } from './rewrite'
import { createSigner, randomSecret, type WingsUrlSigner } from './signing'
import { createSocketRelay, type SocketRelayLimits } from './socket-relay'

export { applyAnswerRewrite, type AnswerRewriter } from './rewrite'
export { RELAY_PREFIX } from './signing'

/**
 * Talon's Wings relay (docs/relay.md): the answer rewrite the panel forwarder applies, and the
 * websocket relay main.ts mounts on the Node server's `upgrade` event.
 */
export interface WingsRelay {
  /** WINGS_DIRECT: answers pass untouched and nothing is relayed. */
  readonly direct: boolean
  readonly signer: WingsUrlSigner
  readonly panelOrigin: string
  readonly httpLimits?: Partial<HttpRelayLimits>
  /** The rewriter for a forwarded panel request, or null when its answer holds no Wings URL. */
  rewriterFor(method: string, path: string): AnswerRewriter | null
  /** True when the relay took the upgrade (its path); false leaves the socket to the caller. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Relayed sockets open now. */
  readonly openSockets: number
  close(): void
}

export interface WingsRelayOptions {
  panelOrigin: string
  trustProxy: TrustProxy
  /** TALON_SECRET; a random one when unset (one process only: see docs/relay.md). */
  secret?: string
  direct?: boolean
  limits?: Partial<SocketRelayLimits>
  httpLimits?: Partial<HttpRelayLimits>
  now?: () => number
}

export function createWingsRelay(options: WingsRelayOptions): WingsRelay {
  const direct = options.direct ?? false
  const signer = createSigner(options.secret ?? randomSecret(), options.now)
  const sockets = createSocketRelay({
    signer,
    panelOrigin: options.panelOrigin,
    trustProxy: options.trustProxy,
    limits: options.limits,
  })
  return {
    direct,
    signer,
    panelOrigin: options.panelOrigin,
    httpLimits: options.httpLimits,
    rewriterFor: (method, path) => wingsAnswerRewrite({ signer, direct }, method, path),
    handleUpgrade: (req, socket, head) => !direct && sockets.handleUpgrade(req, socket, head),
    get openSockets() {
      return sockets.open
    },
    close: () => sockets.close(),
  }
}

/** A forwarded answer, rewritten when the relay has a rewriter for it. */
export function rewriteAnswer(
  response: Response,
  rewriter: AnswerRewriter | null,
): Response | Promise<Response> {
  return rewriter ? applyAnswerRewrite(response, rewriter) : response
}

/** The Talon app's route for `/_talon/wings/*` over plain HTTP (downloads, uploads). */
export function relayHttpRoute(
  c: Context<TalonEnv>,
  relay: WingsRelay | undefined,
): Response | Promise<Response> {
  if (!relay || relay.direct) return notFound()
  return relayHttp(c, {
    signer: relay.signer,
    panelOrigin: relay.panelOrigin,
    limits: relay.httpLimits,
  })
}

export class RelayConfigError extends Error {
  override name = 'RelayConfigError'
}

/** TALON_SECRET (≥ 32 characters when set) and WINGS_DIRECT (1/true). */
export function relayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): {
  secret: string | undefined
  direct: boolean
} {
  const secret = env.TALON_SECRET?.trim() || undefined
  if (secret !== undefined && secret.length < 32) {
    throw new RelayConfigError(
      'TALON_SECRET must be at least 32 characters long (e.g. the output of `openssl rand -hex 32`).',
    )
  }
  const rawDirect = (env.WINGS_DIRECT ?? '').trim().toLowerCase()
  if (!['', '0', 'false', '1', 'true'].includes(rawDirect)) {
    throw new RelayConfigError(
      `WINGS_DIRECT must be 1/true or 0/false (got "${env.WINGS_DIRECT}").`,
    )
  }
  return { secret, direct: rawDirect === '1' || rawDirect === 'true' }
}
