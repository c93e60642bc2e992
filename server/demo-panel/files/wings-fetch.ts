import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

import type { FakeWings } from '../wings/daemon'
import { handleWingsHttp } from '../wings/http-routes'
import { filesPanel } from './wings-http'

// The fake Wings' plain-HTTP routes as a fetch handler, for tests that run the demo panel in
// process without its loopback listeners (the SPA's unit tests through MSW): hand it a request
// for a URL the panel gave out (`http://<node fqdn>:<port>/download/file?token=…`, `…/upload/file`)
// and it answers like the node's listener would. Returns null for a host that is no node.

export async function wingsFetch(
  wings: FakeWings,
  request: Request,
  /** Wings' `remote`, the only origin its CORS header names. */
  panelOrigin = 'http://127.0.0.1:8081',
): Promise<Response | null> {
  const url = new URL(request.url)
  const panel = filesPanel(wings)
  const node = panel?.store.nodes.find(
    (n) =>
      n.fqdn === url.hostname &&
      String(n.daemonListen) === (url.port || (url.protocol === 'https:' ? '443' : '80')),
  )
  if (!panel || !node) return null
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? Buffer.alloc(0)
      : Buffer.from(await request.arrayBuffer())
  const req = Readable.from(body.length > 0 ? [body] : []) as Readable & Record<string, unknown>
  req.method = request.method
  req.url = `${url.pathname}${url.search}`
  req.headers = Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v]))
  return await new Promise<Response>((resolve) => {
    const headers = new Headers()
    let status = 200
    const chunks: Buffer[] = []
    const res = {
      headersSent: false,
      setHeader(name: string, value: string | number) {
        headers.set(name, String(value))
      },
      writeHead(code: number, extra: Record<string, string | number> = {}) {
        status = code
        for (const [name, value] of Object.entries(extra)) headers.set(name, String(value))
        res.headersSent = true
        return res
      },
      end(data?: Buffer | string) {
        if (data !== undefined) chunks.push(Buffer.from(data))
        const bytes = Buffer.concat(chunks)
        resolve(
          new Response(status === 204 || request.method === 'HEAD' ? null : new Uint8Array(bytes), {
            status,
            headers,
          }),
        )
      },
      destroy() {
        resolve(Response.error())
      },
    }
    void handleWingsHttp({
      wings,
      nodeId: node.id,
      panelOrigin,
      req: req as unknown as IncomingMessage,
      res: res as unknown as ServerResponse,
    })
  })
}
