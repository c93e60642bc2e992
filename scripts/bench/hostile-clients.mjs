// Issue 20's availability scenario, measured on loopback against a running Talon + demo panel
// (faults on): 64 requests hanging on one slow panel route, 100 slow uploads trickling bodies and
// 100 silent bodies (200 slow clients), and meanwhile a signed-in user's GET /api/client/account.
// Reports that user's latencies, the status each attacker got, and Talon's RSS idle → peak →
// after they have gone.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'

const HANGING = 64
const SLOW_UPLOADS = 100
const SILENT_BODIES = 100
const UPLOAD_BYTES = 900 * 1024
const CHUNK = 16 * 1024
const CHUNK_EVERY_MS = 250
const USER_REQUESTS = 20
const SETTLE_SECONDS = 30
// Long enough for the silent bodies' 10 s idle limit to have answered them.
const ATTACK_SECONDS = 12
const WARM_UP_REQUESTS = 500

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function rssMB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : undefined
  } catch {
    return undefined
  }
}

/** A raw client on its own socket: sends `head`, then whatever `body()` writes. */
function rawClient(port, head) {
  const socket = net.connect(port, '127.0.0.1')
  let received = ''
  let status
  socket.on('data', (c) => {
    received += c.toString('latin1')
    status ??= /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]
  })
  socket.on('error', () => undefined)
  const closed = new Promise((resolve) => socket.on('close', resolve))
  socket.write(head)
  return { socket, closed, status: () => status ?? (socket.destroyed ? 'closed' : 'pending') }
}

function tally(values) {
  const out = {}
  for (const v of values) out[v] = (out[v] ?? 0) + 1
  return out
}

async function timedGet(url, headers) {
  const t0 = performance.now()
  const status = await new Promise((resolve) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
    })
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.on('error', () => resolve('error'))
  })
  return { ms: Math.round((performance.now() - t0) * 10) / 10, status }
}

export async function hostileClients({ base, panelUrl, pid, cookie }) {
  const port = Number(new URL(base).port)
  const user = { accept: 'application/json', cookie }
  const fault = await fetch(`${panelUrl}/__demo/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: '^/api/client/account/activity$', method: 'GET', hang: true }),
  })
  if (fault.status !== 204)
    throw new Error(`the demo panel refused the hang fault (${fault.status})`)

  // "Idle" is a server that has served ordinary traffic (first requests grow the heap), at rest.
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await timedGet(`${base}/api/client/account`, user)
  await sleep(2000)
  const baseline = await timedGet(`${base}/api/client/account`, user)
  const rss = { idle: rssMB(pid), peak: 0, samples: [] }
  const attackStart = Date.now()
  const sampler = setInterval(() => {
    const v = rssMB(pid)
    if (v !== undefined) rss.peak = Math.max(rss.peak, v)
  }, 250)

  // 64 requests hanging upstream (no cookie: an anonymous script on the user's own address).
  const hanging = Array.from({ length: HANGING }, (_, i) =>
    rawClient(
      port,
      `GET /api/client/account/activity?i=${i} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n`,
    ),
  )
  // 100 slow uploads: a declared ~1 MiB body trickled 16 KiB every 250 ms.
  const uploadHead = (i) =>
    `PUT /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n` +
    `Content-Type: application/json\r\nCookie: pterodactyl_session=slow-${i}\r\n` +
    `Content-Length: ${UPLOAD_BYTES}\r\n\r\n`
  const uploads = Array.from({ length: SLOW_UPLOADS }, (_, i) => rawClient(port, uploadHead(i)))
  const chunk = Buffer.alloc(CHUNK, 'a')
  let sent = 0
  const trickle = setInterval(() => {
    if (sent + CHUNK > UPLOAD_BYTES) return
    sent += CHUNK
    for (const u of uploads) if (!u.socket.destroyed) u.socket.write(chunk)
  }, CHUNK_EVERY_MS)
  // 100 silent bodies: headers and 9 bytes of a declared 100, then nothing.
  const silent = Array.from({ length: SILENT_BODIES }, () =>
    rawClient(
      port,
      `PUT /api/client/account/email HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nContent-Length: 100\r\n\r\n{"email":`,
    ),
  )

  // Let the hanging requests reach the panel and turn "slow" (2 s) before the user arrives —
  // the situation of the issue, where the user came after the pool had filled.
  await sleep(3000)
  const during = []
  for (let i = 0; i < USER_REQUESTS; i++) {
    during.push(await timedGet(`${base}/api/client/account`, user))
    await sleep(250)
  }
  await sleep(Math.max(0, attackStart + ATTACK_SECONDS * 1000 - Date.now()))
  const attackers = {
    hanging: tally(hanging.map((c) => c.status())),
    slowUploads: tally(uploads.map((c) => c.status())),
    silentBodies: tally(silent.map((c) => c.status())),
  }

  // They go: every attacker socket closed, the fault cleared.
  clearInterval(trickle)
  for (const c of [...hanging, ...uploads, ...silent]) c.socket.destroy()
  await Promise.all([...hanging, ...uploads, ...silent].map((c) => c.closed))
  await fetch(`${panelUrl}/__demo/faults`, { method: 'DELETE' })
  for (let s = 0; s < SETTLE_SECONDS; s++) {
    await sleep(1000)
    rss.samples.push(rssMB(pid))
  }
  clearInterval(sampler)
  const after = await timedGet(`${base}/api/client/account`, user)
  rss.after = rss.samples.at(-1)
  rss.settle = rss.samples
  rss.afterVsIdle = Math.round((rss.after / rss.idle - 1) * 1000) / 10

  const latencies = during.map((r) => r.ms).sort((a, b) => a - b)
  return {
    scenario: {
      hanging: HANGING,
      slowUploads: SLOW_UPLOADS,
      silentBodies: SILENT_BODIES,
      uploadBytes: UPLOAD_BYTES,
      userRequests: USER_REQUESTS,
      settleSeconds: SETTLE_SECONDS,
      attackSeconds: ATTACK_SECONDS,
      warmUpRequests: WARM_UP_REQUESTS,
    },
    user: {
      baselineMs: baseline.ms,
      duringMs: {
        p50: latencies[Math.floor(latencies.length / 2)],
        max: latencies.at(-1),
      },
      statuses: tally(during.map((r) => r.status)),
      afterMs: after.ms,
      afterStatus: after.status,
      underOneSecond: latencies.at(-1) < 1000 && during.every((r) => r.status === 200),
    },
    attackers,
    rssMB: {
      idle: rss.idle,
      peak: rss.peak,
      after: rss.after,
      settleSamples: rss.settle,
      afterVsIdlePercent: rss.afterVsIdle,
      within20Percent: rss.after <= rss.idle * 1.2,
    },
  }
}
