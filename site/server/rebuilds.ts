import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import type { SiteBuild } from '@velkomst/shared/builds'

/** One build, as `GET /__builds` reports it (the shared description the CMS reads). */
export type BuildRecord = SiteBuild

export interface SiteBuilderOptions {
  /** Builds the complete site into `outDir`; rejects when the build fails. */
  build: (outDir: string) => Promise<void>
  /** Where builds are written, one folder each. */
  buildsDir: string
  /** The symlink the server serves; it points at the last good build. */
  liveLink: string
  /** Build folders kept, the live one included. */
  keep?: number
  log?: (line: string) => void
}

/**
 * Rebuilds the site when content changes: one build at a time; requests that arrive while a
 * build runs are coalesced into one next build; a build goes live only when it succeeded, by
 * renaming a fresh symlink over the live one (atomic: a request sees the old or the new site,
 * never half of one); a failed build leaves the last good site live and is recorded.
 */
export class SiteBuilder {
  private running: Promise<void> | null = null
  private pending: string[] = []
  private sequence = 0
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
    const { build, buildsDir, liveLink, log } = this.options
    await mkdir(buildsDir, { recursive: true })
    const name = `${Date.now()}-${++this.sequence}`
    const outDir = path.join(buildsDir, name)
    const startedAt = new Date()
    const t0 = performance.now()
    try {
      await build(outDir)
      const next = `${liveLink}.next-${name}`
      await symlink(outDir, next)
      await rename(next, liveLink)
      this.record({ startedAt, ms: performance.now() - t0, ok: true, reasons })
      log?.(`Site rebuilt in ${Math.round(performance.now() - t0)} ms (${reasons.join(', ')}).`)
      await this.prune(name)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.record({ startedAt, ms: performance.now() - t0, ok: false, reasons, error: message })
      log?.(`Site build failed; the last good site stays live. ${message}`)
      await rm(outDir, { recursive: true, force: true })
    }
  }

  private record(entry: BuildRecord) {
    this.history.unshift(entry)
    this.history.length = Math.min(this.history.length, 50)
  }

  private async prune(live: string) {
    const keep = this.options.keep ?? 2
    const folders = (await readdir(this.options.buildsDir)).filter((f) => f !== live).sort()
    const old = folders.slice(0, Math.max(0, folders.length - (keep - 1)))
    await Promise.all(
      old.map((f) => rm(path.join(this.options.buildsDir, f), { recursive: true, force: true })),
    )
  }
}

/**
 * The builder's HTTP face, for the CMS's publish hook: `POST /__rebuild` (202, the build runs
 * in the background) and `GET /__builds` (the last builds: when, how long, result). Both need
 * `Authorization: Bearer <token>`.
 */
export function rebuildRoutes(builder: SiteBuilder, token: string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0]
    if (path !== '/__rebuild' && path !== '/__builds') return false
    if (!token || req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401).end()
      return true
    }
    if (path === '/__builds' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ busy: builder.busy, builds: builder.history }))
      return true
    }
    if (path === '/__rebuild' && req.method === 'POST') {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
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

/** Runs `astro build` into `outDir`; on failure the error carries the build's last lines. */
export function astroBuild(siteDir: string, env: NodeJS.ProcessEnv) {
  return (outDir: string) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(path.join(siteDir, '..', 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: siteDir,
        env: { ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
      child.stdout.on('data', keep)
      child.stderr.on('data', keep)
      child.on('exit', (code) => {
        if (code === 0) resolve()
        else reject(new Error(buildErrorSummary(output)))
      })
    })
}

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
