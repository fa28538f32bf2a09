import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

export interface BuildRecord {
  startedAt: Date
  ms: number
  ok: boolean
  /** What asked for the build (coalesced requests are all listed). */
  reasons: string[]
  error?: string
}

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
