import { createReadStream, existsSync, statSync, type Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import { useTranslations } from '@velkomst/shared/i18n'

import type { Manifest } from './generations'

/** Where the files of the site being served are. */
export interface SiteFiles {
  /** The file for a served path (`foreninger/x/index.html`), or null. */
  resolve(file: string): string | null
  /** True while there is nothing to serve yet (the first build is running or failed). */
  readonly empty?: boolean
  /** Set when the site has never been built successfully: what went wrong. */
  readonly failure?: string | null
}

/** A built site folder (`npm run serve`, `astro build`'s output). */
export class FolderFiles implements SiteFiles {
  constructor(private readonly dir: string) {}
  resolve(file: string): string | null {
    const full = path.join(this.dir, file)
    try {
      return statSync(full).isFile() ? full : null
    } catch {
      return null
    }
  }
}

/**
 * Pagefind's files named by their content (`…/fragment/da_1362d6d.pf_fragment`, an index, a
 * filter, a shard's metadata): a name stands for one content in every generation.
 */
const searchFileByContent = /^pagefind\/(.+\/)?[^/]*_[0-9a-f]{6,}\.pf_(fragment|index|filter|meta)$/

/** How long after a swap a search begun before it is still answered (see `LiveFiles`). */
export const SEARCH_OVERLAP_MS = 10 * 60_000

/**
 * The live site: the files a generation's manifest names, swapped whole on each build. A search
 * begun just before a swap still asks for the index files the page it loaded named: for ten
 * minutes those are also served from the generation before (whose files stay until the next
 * swap), so a resident searching while staff publish gets results, not a failed search. The
 * limit keeps text a publish removed (an erased name, say) from being served for long to
 * anyone who kept the old index.
 */
export class LiveFiles implements SiteFiles {
  private files: Map<string, string> | null = null
  private before: Map<string, string> | null = null
  private beforeUntil = 0
  failure: string | null = null

  constructor(
    private readonly buildsDir: string,
    private readonly clock: () => number = Date.now,
  ) {}

  get empty(): boolean {
    return this.files === null
  }

  /** Serves another generation: the swap is one assignment, so no request sees half of it. */
  use(manifest: Manifest): void {
    const dirs = manifest.dirs.map((d) => path.join(this.buildsDir, d))
    const files = new Map<string, string>()
    for (const [file, at] of Object.entries(manifest.files)) {
      files.set(file, path.join(dirs[at]!, file))
    }
    this.before = this.files
    this.beforeUntil = this.clock() + SEARCH_OVERLAP_MS
    this.files = files
    this.failure = null
  }

  resolve(file: string): string | null {
    const now = this.files?.get(file)
    if (now !== undefined) return now
    if (!searchFileByContent.test(file) || this.clock() > this.beforeUntil) return null
    return this.before?.get(file) ?? null
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.gpx': 'application/gpx+xml',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/**
 * What `/media/` may serve: raster images only, as their own type. An upload is the public's
 * input; a file that is not one of these (an HTML page or an SVG with a script named like an
 * image, say) is never served from the site's own address.
 */
export const mediaTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** The candidate files for a request path, as a static host tries them. */
function candidates(pathname: string): string[] | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  // Nothing outside the site, no hidden files, no tricks with separators or control characters.
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\0-\x1f\\]/.test(decoded)) return null
  const parts = decoded.split('/').filter(Boolean)
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null
  const rel = parts.join('/')
  if (decoded.endsWith('/')) return [rel ? `${rel}/index.html` : 'index.html']
  return [rel, `${rel}.html`, `${rel}/index.html`]
}

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  info: Stats,
  status: number,
  type: string,
) {
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
  const immutable = /\/_astro\//.test(req.url ?? '')
  const headers: Record<string, string | number> = {
    ...security,
    'Content-Type': type,
    'Content-Length': info.size,
    ETag: etag,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...security, ETag: etag })
    res.end()
    return
  }
  res.writeHead(status, headers)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

/** A small page of the server's own (nothing built yet), in both languages. */
function notice(res: ServerResponse, status: number, key: 'building' | 'failed') {
  const da = useTranslations('da')
  const en = useTranslations('en')
  const text = (t: typeof da) =>
    key === 'building' ? t('live.building.text') : t('live.failed.text')
  res.writeHead(status, {
    ...security,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': '10',
  })
  res.end(
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${da('live.building.title')}</title></head><body><main><h1>${da('live.building.title')}</h1><p>${text(da)}</p><div lang="en"><h2>${en('live.building.title')}</h2><p>${text(en)}</p></div></main></body></html>`,
  )
}

/**
 * Serves a built site: files as they are, unknown paths with the not-found page in the
 * language of the path (`/en/...` → the English one) and status 404. `/media/` serves images
 * only. Every answer says `X-Content-Type-Options: nosniff`. With live files and nothing built
 * yet it answers 503 with a short page saying so, in both languages.
 */
export function serveSite(
  site: SiteFiles | string,
  /** Handles a request first (e.g. the rebuild endpoint); returns true when it answered. */
  before?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Server {
  const files: SiteFiles = typeof site === 'string' ? new FolderFiles(site) : site
  return createServer((req, res) => {
    if (before?.(req, res)) return
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, Allow: 'GET, HEAD' }).end()
      return
    }
    if (files.empty) {
      notice(res, 503, files.failure ? 'failed' : 'building')
      return
    }
    void answer(req, res, files).catch(() => {
      if (!res.headersSent) res.writeHead(500, security)
      res.end()
    })
  })
}

async function answer(req: IncomingMessage, res: ServerResponse, files: SiteFiles) {
  const pathname = (req.url ?? '/').split('?')[0]!.split('#')[0]!
  const media = pathname.startsWith('/media/')
  for (const candidate of candidates(pathname) ?? []) {
    const file = files.resolve(candidate)
    if (!file) continue
    const ext = path.extname(candidate).toLowerCase()
    const type = media ? mediaTypes[ext] : (types[ext] ?? 'application/octet-stream')
    if (!type) break
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) continue
    send(req, res, file, info, 200, type)
    return
  }
  const english = pathname.startsWith('/en/')
  const page = files.resolve(english ? 'en/404/index.html' : '404.html')
  const info = page && existsSync(page) ? await stat(page) : null
  if (page && info) {
    send(req, res, page, info, 404, types['.html']!)
    return
  }
  res.writeHead(404, { ...security, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(useTranslations(english ? 'en' : 'da')('live.notFound'))
}

/** Starts the server on a port (0: any free one) and resolves with its address. */
export function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const shown = host.includes(':') ? `[${host}]` : host
      resolve(typeof address === 'object' && address ? `http://${shown}:${address.port}` : '')
    })
  })
}
