import { existsSync } from 'node:fs'
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import type { RouteData } from 'astro'
import type { Snapshot } from '@velkomst/shared/schemas'

import type { RenderApp } from './engine'
import type { RenderReply, RenderRequest, SitePath, WorkerSetup } from './render-worker'

/**
 * What a one-shot full build (`astro build`) needs to render in worker threads besides the main
 * one: the compiled site's entry, and the part of Astro's build state rendering reads (each
 * page's stylesheets, page script files, head scripts). Astro hands these to its own renderer
 * only; `compiledEntry` (in the integration) takes them as Astro sets them up.
 */
export interface CompiledEntry {
  /** The prerender bundle's entry module, as a `file://` URL. */
  entry: string
  internals: {
    pagesByKeys: Map<string, { styles?: unknown[] }>
    entrySpecifierToBundleMap: Map<string, string>
  }
  scripts: unknown[]
}

/**
 * `count` workers on `setup` (copied to each). A function of its own: a closure in
 * `RenderPool.start` that named the setup would keep this thread's copy of the content alive
 * for as long as anything created there lives (50 MB at 10x a large municipality).
 */
function spawn(bootstrap: URL, setup: WorkerSetup, count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(bootstrap, { workerData: setup }))
}

/**
 * Resolves when the worker has loaded the site and the content (its first message); rejects if
 * it fails or stops before. Its listeners go with it.
 */
function started(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (error) reject(error)
      else resolve()
    }
    const onMessage = () => done()
    const onError = (error: Error) => done(error)
    const onExit = (code: number) =>
      done(new Error(`A render worker stopped while starting (exit code ${code}).`))
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
  })
}

/**
 * Threads that render the compiled site for a one-shot full build: `astro build` renders about
 * 75,000 pages at 10x a large municipality, and rendering is most of that build's work. Every
 * worker loads the same compiled bundle and builds the same model from the same snapshot; the
 * main thread asks for pages by route and address and keeps everything else (writing, the
 * sitemap, search). The live builder renders in its own thread, recording what each page reads
 * for the next update; one-shot builds have no next update.
 */
export class RenderPool {
  private next = 0
  private readonly pending = new Map<
    number,
    { resolve: (reply: Uint8Array | SitePath[]) => void; reject: (error: Error) => void }
  >()
  private failure: Error | null = null

  private constructor(
    private readonly workers: Worker[],
    private readonly routes: Map<RouteData, number>,
  ) {
    for (const worker of workers) {
      worker.on('message', (replies: RenderReply[]) => {
        for (const reply of replies) {
          const job = this.pending.get(reply.id)
          if (!job) continue
          this.pending.delete(reply.id)
          if ('error' in reply) job.reject(new Error(reply.error))
          else job.resolve('paths' in reply ? reply.paths : reply.bytes)
        }
      })
      worker.on('error', (error: Error) => this.fail(error))
      worker.on('exit', (code) => {
        this.exited++
        if (code !== 0 && !this.closed) {
          this.fail(new Error(`A render worker stopped (exit code ${code}).`))
        }
      })
    }
  }

  /**
   * How many workers a build on this machine gets: one processor is left to the main thread
   * (writing files, the sitemap, sending pages to search) and Pagefind's indexing service. On
   * two processors one worker renders: measured at 1x a large municipality (8,362 outputs), the
   * build took 16.8 s with one worker, 21.1 s with two and 21.9 s without workers.
   */
  static size(): number {
    return Math.max(0, Math.min(3, os.availableParallelism() - 1))
  }

  /**
   * Starts `size` workers on the compiled site and the content; resolves when each has loaded
   * them. Null when there is nothing to gain (one processor).
   */
  static async start(options: {
    app: RenderApp
    compiled: CompiledEntry
    snapshot: Snapshot
    now: Date
    size?: number
  }): Promise<RenderPool | null> {
    const size = options.size ?? RenderPool.size()
    const bootstrap = new URL('./render-worker.mjs', import.meta.url)
    if (size < 1 || !existsSync(bootstrap)) return null
    const { internals } = options.compiled
    const setup: WorkerSetup = {
      entry: options.compiled.entry,
      snapshot: options.snapshot,
      now: options.now.toISOString(),
      pages: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles ?? [] }]),
      bundles: [...internals.entrySpecifierToBundleMap],
      scripts: options.compiled.scripts,
    }
    const workers = spawn(bootstrap, setup, size)
    try {
      await Promise.all(workers.map(started))
    } catch (error) {
      await Promise.all(workers.map((w) => w.terminate()))
      throw error
    }
    const routes = new Map(options.app.manifest.routes.map((r, i) => [r.routeData, i]))
    return new RenderPool(workers, routes)
  }

  get size(): number {
    return this.workers.length
  }

  /**
   * The site's paths for the content, as Astro's routes list them (asked of a worker: this
   * thread need not build the content model at all).
   */
  async paths(): Promise<{ pathname: string; route: RouteData }[]> {
    const byIndex = [...this.routes.keys()]
    const paths = (await this.ask(-1, '')) as SitePath[]
    return paths.map((p) => ({ pathname: p.pathname, route: byIndex[p.route]! }))
  }

  /** The bytes of the page `url` of `route`, rendered by the next worker in turn. */
  async render(route: RouteData, url: string): Promise<Uint8Array> {
    const index = this.routes.get(route)
    if (index === undefined) throw new Error(`No compiled route for ${url}.`)
    return (await this.ask(index, url)) as Uint8Array
  }

  /** Requests not yet sent, per worker: sent together once per turn of the event loop. */
  private readonly outbox = new Map<Worker, RenderRequest[]>()

  private ask(route: number, url: string): Promise<Uint8Array | SitePath[]> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.next++
    const worker = this.workers[id % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      const queued = this.outbox.get(worker)
      if (queued) queued.push({ id, route, url })
      else {
        this.outbox.set(worker, [{ id, route, url }])
        setImmediate(() => {
          const requests = this.outbox.get(worker)!
          this.outbox.delete(worker)
          worker.postMessage(requests)
        })
      }
    })
  }

  private closed = false
  private exited = 0

  /** Workers still running. */
  get running(): number {
    return this.workers.length - this.exited
  }

  /** Stops the workers (a build closes its pool once its pages are rendered; again is fine). */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private fail(error: Error) {
    this.failure ??= error
    for (const job of this.pending.values()) job.reject(error)
    this.pending.clear()
  }
}
