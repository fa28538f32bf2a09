import { fork, type ChildProcess } from 'node:child_process'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { FromBuilder, ToBuilder } from './builder'
import {
  liveManifest,
  manifestName,
  pointLiveLink,
  readManifest,
  type Manifest,
} from './generations'
import type { LiveFiles } from './static'

export interface LiveSiteOptions {
  /** Where generations are written (SITE_BUILDS_DIR). */
  buildsDir: string
  /** The link to the live generation's manifest (SITE_LIVE_LINK), kept across restarts. */
  liveLink: string
  /** What the server serves; swapped to each new generation. */
  files: LiveFiles
  /** The builder's environment (CMS_URL, SITE_URL … are read there). */
  env: NodeJS.ProcessEnv
  log?: (line: string) => void
}

/**
 * The server's side of the live builder: starts the builder process when a build is asked for
 * (again after it stopped, crashed or was stopped for taking too long: the next build is then a
 * full one), sends it build requests, and makes each new generation live by swapping the
 * manifest the server serves and the live link. Deletes what no longer serves anyone.
 */
export class LiveSite {
  private child: ChildProcess | null = null
  private next = 0
  private readonly waiting = new Map<
    number,
    { resolve: (m: string) => void; reject: (e: Error) => void }
  >()
  private current: Manifest | null = null
  private previous: Manifest | null = null

  constructor(private readonly options: LiveSiteOptions) {}

  /** Serves the generation the live link names, if any: the last good site, at once. */
  async resume(): Promise<boolean> {
    const file = await liveManifest(this.options.liveLink)
    if (!file) return false
    try {
      this.current = await readManifest(file)
      this.options.files.use(this.current)
      return true
    } catch {
      return false
    }
  }

  /** Builds and makes the result live; rejects with the builder's message when it fails. */
  async build(reasons: string[]): Promise<void> {
    const file = await this.ask(reasons)
    const manifest = await readManifest(file)
    this.options.files.use(manifest)
    await pointLiveLink(this.options.liveLink, file)
    this.previous = this.current
    this.current = manifest
    void this.collectGarbage().catch((error: unknown) =>
      this.options.log?.(`Could not clean old builds: ${String(error)}`),
    )
  }

  /** Stops the builder (a build that takes too long; the server stopping). */
  stop(): void {
    this.child?.kill('SIGKILL')
  }

  private ask(reasons: string[]): Promise<string> {
    const child = this.spawn()
    const id = ++this.next
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      child.send({ type: 'build', id, reasons } satisfies ToBuilder)
    })
  }

  private spawn(): ChildProcess {
    if (this.child && this.child.exitCode === null && this.child.connected) return this.child
    const child = fork(path.join(import.meta.dirname, 'builder.ts'), [], {
      env: { ...this.options.env, ASTRO_TELEMETRY_DISABLED: '1' },
      execArgv: ['--import', import.meta.resolve('tsx')],
      // Astro compiles into a folder under site/ (the builder names it per process).
      cwd: path.resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('message', (message: FromBuilder) => {
      const waiting = this.waiting.get(message.id)
      if (!waiting) return
      this.waiting.delete(message.id)
      if (message.type === 'built') {
        this.options.log?.(`Site builder: ${message.summary}`)
        waiting.resolve(message.manifest)
      } else waiting.reject(new Error(message.error))
    })
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = null
      for (const [id, waiting] of this.waiting) {
        this.waiting.delete(id)
        waiting.reject(new Error(`The site builder stopped (${signal ?? `exit ${code}`}).`))
      }
    })
    this.child = child
    return child
  }

  /**
   * Deletes generation folders and manifests neither the live nor the previous generation uses,
   * and files the live generation replaced in folders the previous one still needs (once it is
   * not needed any more, at the next swap).
   */
  private garbage: string[] = []
  private async collectGarbage() {
    const { buildsDir } = this.options
    const stale = async (entry: string) => {
      const info = await stat(path.join(buildsDir, entry)).catch(() => null)
      return info !== null && Date.now() - info.mtimeMs > 30 * 60_000
    }
    const keep = [this.current, this.previous].filter((m): m is Manifest => m !== null)
    const dirs = new Set(keep.flatMap((m) => m.dirs))
    const manifests = new Set(keep.map((m) => manifestName(m.id)))
    const entries = await readdir(buildsDir).catch(() => [] as string[])
    const named = new Set(entries.filter((e) => e.endsWith('.json')))
    for (const entry of entries) {
      if (entry.startsWith('.') || entry.endsWith('.part')) continue
      if (entry.endsWith('.json') ? manifests.has(entry) : dirs.has(entry)) continue
      // A folder without a manifest is a generation being written, unless nothing has
      // touched it for a while (a build that was stopped).
      if (!entry.endsWith('.json') && !named.has(`${entry}.json`) && !(await stale(entry))) continue
      await rm(path.join(buildsDir, entry), { recursive: true, force: true })
    }
    const served = (dir: string, file: string) =>
      keep.some((m) => {
        const at = m.files[file]
        return at !== undefined && m.dirs[at] === dir
      })
    for (const item of this.garbage) {
      const [dir, file] = JSON.parse(item) as [string, string]
      if (!served(dir, file)) await rm(path.join(buildsDir, dir, file), { force: true })
    }
    // Files the new generation replaced: the previous generation still serves them for now.
    this.garbage = []
    if (this.current && this.previous) {
      // (Folders the live generation does not use at all go whole, above, next time.)
      const used = new Set(this.current.dirs)
      for (const [file, at] of Object.entries(this.previous.files)) {
        const dir = this.previous.dirs[at]!
        if (!used.has(dir)) continue
        const now = this.current.files[file]
        if (now === undefined || this.current.dirs[now] !== dir) {
          this.garbage.push(JSON.stringify([dir, file]))
        }
      }
    }
  }
}
