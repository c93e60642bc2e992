// The Talon server relaying 500 concurrent console sockets on loopback to the demo panel's fake
// Wings (issue 15). One websocket credential (`GET /api/client/servers/:id/websocket` through
// Talon) serves every socket: the relayed URL is valid 30 minutes and the JWT 10, far longer
// than this run, and it spares the panel 500 token requests. Each client sends Origin = Talon's
// origin, as a browser on Talon's pages would, and authenticates with the JWT.
//
// Latency: `send stats` is answered by Wings to the asking socket only, so the time to that
// answer is one round trip. As many direct sockets (to the fake Wings itself, Origin = the
// panel's origin, as the relay connects) are open as relayed ones. Two measurements, each
// alternating relayed and direct so both see the same machine: one round trip at a time (the
// relay's own delay), and bursts where every socket of one kind asks at once (500 frames through
// the relay together). Wings also broadcasts a `stats` frame to every socket once a second; a
// sentinel socket that never asks records those broadcasts, and a sample or burst that one
// crossed is dropped (an answer might have been the broadcast).
//
// RSS: the Talon process's VmRSS (/proc), as the load phase samples it: idle (signed in, no
// socket), every 250 ms while the sockets are open (peak), and `settleSeconds` after they closed.
import { readFileSync } from 'node:fs'
import WebSocket from 'ws'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function rssMB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : undefined
  } catch {
    return undefined
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const round2 = (n) => (typeof n === 'number' ? Math.round(n * 100) / 100 : n)

/**
 * Opens one socket, authenticates, and resolves with a small client: `ask()` times a `send
 * stats` round trip. Rejects (with a reason) when the handshake or the auth fails.
 */
function openClient(url, origin, token, counters) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin, perMessageDeflate: false })
    let authed = false
    let waiting = null
    const client = {
      ws,
      statsAt: [],
      unexpectedClose: false,
      ask() {
        return new Promise((done) => {
          const t0 = performance.now()
          waiting = (at) => done({ t0, ms: at - t0 })
          ws.send(JSON.stringify({ event: 'send stats' }))
        })
      },
    }
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error('no auth success within 30 s'))
    }, 30_000)
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer)
      reject(new Error(`handshake answered ${res.statusCode}`))
      res.resume()
    })
    ws.on('open', () => ws.send(JSON.stringify({ event: 'auth', args: [token] })))
    ws.on('message', (data) => {
      const at = performance.now()
      let frame
      try {
        frame = JSON.parse(data.toString())
      } catch {
        return
      }
      if (frame.event === 'auth success' && !authed) {
        authed = true
        clearTimeout(timer)
        resolve(client)
      } else if (frame.event === 'jwt error') {
        counters.jwtErrors++
        if (!authed) {
          clearTimeout(timer)
          reject(new Error(`jwt error: ${frame.args?.[0]}`))
        }
      } else if (frame.event === 'stats') {
        client.statsAt.push(at)
        if (waiting) {
          const w = waiting
          waiting = null
          w(at)
        }
      }
    })
    ws.on('close', (code) => {
      if (!client.closing) {
        client.unexpectedClose = true
        counters.unexpectedCloses[code] = (counters.unexpectedCloses[code] ?? 0) + 1
      }
    })
    ws.on('error', (error) => {
      counters.socketErrors++
      clearTimeout(timer)
      reject(error)
    })
  })
}

export async function relaySockets({
  base,
  panelUrl,
  pid,
  cookie,
  server = '1a7ce997',
  sockets = 500,
  samples = 1000,
  bursts = 10,
  settleSeconds = 10,
}) {
  const res = await fetch(`${base}/api/client/servers/${server}/websocket`, {
    headers: { accept: 'application/json', cookie },
  })
  if (!res.ok) throw new Error(`GET /api/client/servers/${server}/websocket answered ${res.status}`)
  const { data } = await res.json()
  const relayed = new URL(data.socket, base)
  relayed.protocol = 'ws:'
  const direct = Buffer.from(relayed.searchParams.get('u') ?? '', 'base64url').toString('utf8')
  if (!direct.startsWith('ws')) throw new Error('the relayed URL carries no Wings URL')
  const talonOrigin = new URL(base).origin
  const panelOrigin = new URL(panelUrl).origin

  const counters = { socketErrors: 0, jwtErrors: 0, unexpectedCloses: {} }
  const openErrors = {}
  await sleep(2000)
  const rss = { idle: rssMB(pid), samples: [] }
  const sampler = setInterval(() => rss.samples.push(rssMB(pid)), 250)

  // Open in batches of 50: 500 handshakes at once would measure the loopback accept queue.
  const t0 = performance.now()
  const clients = []
  for (let i = 0; i < sockets; i += 50) {
    const batch = await Promise.allSettled(
      Array.from({ length: Math.min(50, sockets - i) }, () =>
        openClient(relayed.href, talonOrigin, data.token, counters),
      ),
    )
    for (const r of batch) {
      if (r.status === 'fulfilled') clients.push(r.value)
      else {
        const why = r.reason instanceof Error ? r.reason.message : String(r.reason)
        openErrors[why] = (openErrors[why] ?? 0) + 1
      }
    }
  }
  const openSeconds = (performance.now() - t0) / 1000
  const directClients = []
  for (let i = 0; i < sockets; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, sockets - i) }, () =>
        openClient(direct, panelOrigin, data.token, counters),
      ),
    )
    directClients.push(...batch)
  }
  const sentinel = await openClient(direct, panelOrigin, data.token, counters)
  await sleep(1000)
  const rssWithSockets = rssMB(pid)

  const crossed = (from, to) => sentinel.statsAt.some((at) => at >= from - 1 && at <= to + 5)
  const single = []
  for (let i = 0; i < samples * 2 && clients.length > 0; i++) {
    const viaRelay = i % 2 === 0
    const client = viaRelay
      ? clients[(i / 2) % clients.length]
      : directClients[((i - 1) / 2) % directClients.length]
    single.push({ viaRelay, ...(await client.ask()) })
  }
  const bursts_ = []
  for (let round = 0; round < bursts * 2 && clients.length > 0; round++) {
    const viaRelay = round % 2 === 0
    const asked = performance.now()
    const answers = await Promise.all((viaRelay ? clients : directClients).map((c) => c.ask()))
    bursts_.push({ viaRelay, asked, done: performance.now(), ms: answers.map((a) => a.ms) })
  }
  await sleep(50)
  const kept = single.filter((s) => !crossed(s.t0, s.t0 + s.ms))
  const relayMs = kept.filter((s) => s.viaRelay).map((s) => s.ms)
  const directMs = kept.filter((s) => !s.viaRelay).map((s) => s.ms)
  const keptBursts = bursts_.filter((b) => !crossed(b.asked, b.done))
  const burstRelayMs = keptBursts.filter((b) => b.viaRelay).flatMap((b) => b.ms)
  const burstDirectMs = keptBursts.filter((b) => !b.viaRelay).flatMap((b) => b.ms)
  const openAtEnd = clients.filter((c) => c.ws.readyState === WebSocket.OPEN).length

  for (const c of [...clients, ...directClients, sentinel]) {
    c.closing = true
    c.ws.close(1000)
  }
  await sleep(1000)
  clearInterval(sampler)
  await sleep(settleSeconds * 1000 - 1000)
  const rssAfter = rssMB(pid)

  for (const list of [relayMs, directMs, burstRelayMs, burstDirectMs]) list.sort((a, b) => a - b)
  const stats = (list) => ({
    samples: list.length,
    p50: round2(percentile(list, 50)),
    p99: round2(percentile(list, 99)),
    max: round2(list.at(-1)),
  })
  const relay = stats(relayMs)
  const dir = stats(directMs)
  const burstRelay = stats(burstRelayMs)
  const burstDirect = stats(burstDirectMs)
  const peak = Math.max(...rss.samples.filter((v) => v !== undefined))
  return {
    server,
    sockets,
    opened: clients.length,
    openSeconds: round2(openSeconds),
    openAtEnd,
    openErrors,
    ...counters,
    latencyMs: {
      relay,
      direct: dir,
      addedP50: round2(relay.p50 - dir.p50),
      addedP99: round2(relay.p99 - dir.p99),
      droppedSamples: single.length - kept.length,
    },
    burstLatencyMs: {
      bursts,
      relay: burstRelay,
      direct: burstDirect,
      addedP50: round2(burstRelay.p50 - burstDirect.p50),
      addedP99: round2(burstRelay.p99 - burstDirect.p99),
      droppedBursts: bursts_.length - keptBursts.length,
    },
    settleSeconds,
    rssMB: { idle: rss.idle, withSockets: rssWithSockets, peak, after: rssAfter },
  }
}
