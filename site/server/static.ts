import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

import sirv from 'sirv'

type Handler = ReturnType<typeof sirv>

/**
 * Serves a built site folder: files as they are, unknown paths with the not-found page in the
 * language of the path (`/en/...` → the English one), with status 404. `dir` may be a symlink
 * that a rebuild swaps to a new build: each request follows it, so a request is answered wholly
 * from the old build or wholly from the new one.
 */
export function serveSite(
  link: string,
  /** Handles a request first (e.g. the rebuild endpoint); returns true when it answered. */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Server {
  let current: { target: string; files: Handler } | null = null
  const handler = () => {
    const target = realpathSync(link)
    if (current?.target !== target) {
      current = {
        target,
        files: sirv(target, { dev: false, etag: true, dotfiles: false, extensions: ['html'] }),
      }
    }
    return current
  }
  return createServer((req, res) => {
    if (before?.(req, res)) return
    const { target: dir, files } = handler()
    files(req, res, () => {
      const english = (req.url ?? '/').startsWith('/en/')
      const page = english ? path.join(dir, 'en', '404', 'index.html') : path.join(dir, '404.html')
      readFile(page).then(
        (body) => {
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
          res.end(body)
        },
        () => {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
          res.end('Not found')
        },
      )
    })
  })
}

/** Starts the server on a port (0: any free one) and resolves with its address. */
export function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? `http://${host}:${address.port}` : '')
    })
  })
}
