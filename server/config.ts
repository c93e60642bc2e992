import ipaddr from 'ipaddr.js'

/**
 * Which peers may tell Talon, through X-Forwarded-*, who the client is and which scheme/host it
 * used. `false`: nobody (Talon faces browsers directly). `true`: whoever connects (only safe when
 * Talon is reachable solely through the reverse proxy). A list: peers in these ranges.
 */
export type TrustProxy = boolean | readonly string[]

export interface TalonConfig {
  /** The panel's origin, e.g. `https://panel.example.com`; undefined ⇒ start the demo panel. */
  panelUrl: string | undefined
  port: number
  host: string
  trustProxy: TrustProxy
  dist: string
  upstreamTimeoutMs: number
  /** Origin users reach Talon at (PUBLIC_URL), sent upstream as X-Forwarded-Host/-Proto/-Port. */
  publicUrl: string | undefined
  /** DEMO=1: the demo panel may be served on a non-loopback address. */
  demo: boolean
  logLevel: LogLevel
  /** Most client connections held open at once (MAX_CONNECTIONS). */
  maxConnections: number
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024
export const DEFAULT_MAX_CONNECTIONS = 1024

/**
 * Validates PANEL_URL and reduces it to an origin. A path is refused rather than silently
 * dropped: Talon always forwards to `<origin><path>`, so a panel under a sub-path would get
 * requests at the wrong place and the admin should hear about it at startup, not per request.
 */
export function parsePanelUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new ConfigError(
      `PANEL_URL is not a valid URL: "${raw}". Expected something like https://panel.example.com`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PANEL_URL must start with http:// or https:// (got "${raw}").`)
  }
  if (url.username || url.password) {
    throw new ConfigError('PANEL_URL must not contain a user name or password.')
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new ConfigError(
      `PANEL_URL must be the panel's origin only, without a path, query or fragment (got "${raw}"; use "${url.origin}").`,
    )
  }
  return url.origin
}

/**
 * PUBLIC_URL: the origin users reach Talon at. It is what the panel is told the browser used
 * (X-Forwarded-Host/-Proto); the client's own Host header never reaches the panel.
 */
export function parsePublicUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new ConfigError(
      `PUBLIC_URL is not a valid URL: "${raw}". Expected something like https://talon.example.com`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL must start with http:// or https:// (got "${raw}").`)
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError(
      `PUBLIC_URL must be an origin only, like https://talon.example.com (got "${raw}").`,
    )
  }
  return url.origin
}

/** Is this listen address reachable only from this machine? */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '')
  if (bare === 'localhost') return true
  try {
    return ipaddr.process(bare).range() === 'loopback'
  } catch {
    return false
  }
}

/**
 * The demo panel's passwords are in the README: served on an address other machines can reach,
 * anyone could sign in. The Docker image listens on 0.0.0.0, so without PANEL_URL it must be
 * asked for the demo explicitly.
 */
export function demoRefusal(config: TalonConfig): string | undefined {
  if (config.panelUrl || config.demo || isLoopbackHost(config.host)) return undefined
  return (
    `PANEL_URL is not set, so Talon would serve its demo panel, whose sign-ins are published, ` +
    `on ${config.host}, which other machines can reach. Set PANEL_URL to your panel's URL, ` +
    `or set DEMO=1 to serve the demo there anyway.`
  )
}

/** TRUST_PROXY: unset/0/false ⇒ off; 1/true ⇒ any peer; otherwise a comma list of IPs/CIDRs or `loopback`. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim()
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return false
  if (value === '1' || value.toLowerCase() === 'true') return true
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const entry of entries) {
    if (entry === 'loopback') continue
    const ok = entry.includes('/') ? ipaddr.isValidCIDR(entry) : ipaddr.isValid(entry)
    if (!ok) {
      throw new ConfigError(
        `TRUST_PROXY entry "${entry}" is not an IP address, a CIDR range or "loopback". Use 1/true to trust any peer.`,
      )
    }
  }
  return entries
}

function parsePositiveInt(name: string, raw: string | undefined, fallback: number, max: number) {
  if (raw === undefined || raw.trim() === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0 || n > max) {
    throw new ConfigError(`${name} must be a whole number between 1 and ${max} (got "${raw}").`)
  }
  return n
}

function parseLogLevel(raw: string | undefined): LogLevel {
  const value = (raw ?? '').trim().toLowerCase()
  if (value === '') return 'info'
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}").`)
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): TalonConfig {
  const panel = env.PANEL_URL?.trim()
  const publicUrl = env.PUBLIC_URL?.trim()
  return {
    publicUrl: publicUrl ? parsePublicUrl(publicUrl) : undefined,
    demo: env.DEMO?.trim() === '1',
    logLevel: parseLogLevel(env.LOG_LEVEL),
    maxConnections: parsePositiveInt(
      'MAX_CONNECTIONS',
      env.MAX_CONNECTIONS,
      DEFAULT_MAX_CONNECTIONS,
      1_000_000,
    ),
    panelUrl: panel ? parsePanelUrl(panel) : undefined,
    port: env.PORT?.trim() === '0' ? 0 : parsePositiveInt('PORT', env.PORT, 8080, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    dist: env.DIST?.trim() || 'dist',
    upstreamTimeoutMs: parsePositiveInt(
      'UPSTREAM_TIMEOUT_MS',
      env.UPSTREAM_TIMEOUT_MS,
      DEFAULT_UPSTREAM_TIMEOUT_MS,
      10 * 60_000,
    ),
  }
}
