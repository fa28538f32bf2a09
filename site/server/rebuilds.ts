import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { SiteBuild } from '@velkomst/shared/builds'

/** One build, as `GET /__builds` reports it (the shared description the CMS reads). */
export type BuildRecord = SiteBuild

export interface SiteBuilderOptions {
  /**
   * Builds the site for these reasons and makes it live; rejects (and leaves the last good
   * site live) when the build fails.
   */
  build: (reasons: string[]) => Promise<void>
  /** A build taking longer fails with a message saying so; `onTimeout` stops it. */
  timeoutMs?: number
  onTimeout?: () => void
  log?: (line: string) => void
}

export class BuildTimeout extends Error {
  override name = 'BuildTimeout'
}

/**
 * Rebuilds the site when content changes: one build at a time; requests that arrive while a
 * build runs are coalesced into one next build; a failed or timed-out build leaves the last
 * good site live and is recorded (staff read the records in the admin).
 */
export class SiteBuilder {
  private running: Promise<void> | null = null
  private pending: string[] = []
  readonly history: BuildRecord[] = []

  constructor(private readonly options: SiteBuilderOptions) {}

  /** Asks for a build; returns when the build that will include this request has finished. */
  request(reason: string): Promise<void> {
    this.pending.push(reason)
    this.running ??= this.drain().finally(() => {
      this.running = null
    })
    return this.running
  }

  get busy(): boolean {
    return this.running !== null
  }

  private async drain() {
    while (this.pending.length > 0) {
      const reasons = this.pending
      this.pending = []
      await this.buildOnce(reasons)
    }
  }

  private async buildOnce(reasons: string[]) {
    const { build, log, timeoutMs, onTimeout } = this.options
    const startedAt = new Date()
    const t0 = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      const timeout = new Promise<never>((_, reject) => {
        if (!timeoutMs) return
        timer = setTimeout(() => {
          onTimeout?.()
          reject(
            new BuildTimeout(
              `The build took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
            ),
          )
        }, timeoutMs)
      })
      await Promise.race([build(reasons), timeout])
      this.record({ startedAt, ms: performance.now() - t0, ok: true, reasons })
      log?.(`Site rebuilt in ${Math.round(performance.now() - t0)} ms (${reasons.join(', ')}).`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.record({ startedAt, ms: performance.now() - t0, ok: false, reasons, error: message })
      log?.(`Site build failed; the last good site stays live. ${message}`)
    } finally {
      clearTimeout(timer)
    }
  }

  private record(entry: BuildRecord) {
    this.history.unshift(entry)
    this.history.length = Math.min(this.history.length, 50)
  }
}

/** Compares a presented token with the expected one in constant time. */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (!expected || !presented?.startsWith('Bearer ')) return false
  const a = Buffer.from(presented.slice('Bearer '.length))
  const b = Buffer.from(expected)
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time the same.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(b, b), false)
}

/**
 * The builder's HTTP face, for the CMS's publish hook: `POST /__rebuild` (202, the build runs
 * in the background) and `GET /__builds` (the last builds: when, how long, result). Both need
 * `Authorization: Bearer <token>`, compared in constant time.
 */
export function rebuildRoutes(builder: SiteBuilder, token: string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0]
    if (path !== '/__rebuild' && path !== '/__builds') return false
    if (!tokenMatches(req.headers.authorization, token)) {
      res.writeHead(401).end()
      return true
    }
    if (path === '/__builds' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      res.end(JSON.stringify({ busy: builder.busy, builds: builder.history }))
      return true
    }
    if (path === '/__rebuild' && req.method === 'POST') {
      let body = ''
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString()
        if (body.length > 10_000) req.destroy()
      })
      req.on('end', () => {
        let reason = 'requested'
        try {
          const given = (JSON.parse(body || '{}') as { reason?: unknown }).reason
          if (typeof given === 'string' && given) reason = given.slice(0, 200)
        } catch {
          /* a bare POST is a request too */
        }
        void builder.request(reason)
        res.writeHead(202).end()
      })
      return true
    }
    res.writeHead(405).end()
    return true
  }
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are what it removes
const ansi = /\u001b\[[0-9;]*m/g

/**
 * What staff need from a failed build's output: the error message (for a content problem it
 * names the document and field), not the stack trace under it. Astro prints the message just
 * above "Location:"/"Stack trace:", after its own timestamped log lines. Falls back to the last
 * lines when the output has another shape.
 */
export function buildErrorSummary(output: string): string {
  const lines = output
    .replace(ansi, '')
    .split('\n')
    .filter((line) => line.trim())
  const trace = lines.findIndex((line) => /^\s*(Location:|Stack trace:)/.test(line))
  if (trace <= 0) return lines.slice(-8).join('\n')
  let start = trace
  while (start > 0 && !isBuildLog(lines[start - 1] ?? '') && trace - start < 12) start--
  return lines.slice(start, trace).join('\n')
}

/** Astro's own progress lines ("22:17:25 [build] …", " generating static routes "). */
const isBuildLog = (line: string) =>
  /^\d\d:\d\d:\d\d /.test(line) || /^\s*(generating|building) /i.test(line)

/**
 * Rebuilds on a timer so time-dependent pages stay right without anyone publishing: past events
 * leave "upcoming", today's opening hours and the current quarter move on. Returns a stop
 * function. `minutes` ≤ 0 turns it off.
 */
export function scheduleRebuilds(builder: SiteBuilder, minutes: number): () => void {
  if (!(minutes > 0)) return () => undefined
  const timer = setInterval(() => void builder.request('scheduled'), minutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
