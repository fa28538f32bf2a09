import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import type { RouteData } from 'astro'
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js'
import { mediaFilesOf, type Snapshot } from '@velkomst/shared/schemas'

import { buildModel, type Model } from '../lib/model'
import { contentHash, fingerprint } from './fingerprint'
import { keepPagesLoaded } from './page-modules'
import type { RenderPool } from './render-pool'
import { SearchShards, type ShardCounts } from './search'
import { FORMS_STYLESHEET, FORMS_STYLESHEET_SOURCE, formsStylesheet } from './forms-stylesheet'
import { sitemapEntry, sitemapFiles, type SitemapEntry } from './sitemap'
import type { OutputStore } from './store'
import type { ReadKey, Tracker } from './tracking'

/**
 * The part of Astro's build app the engine uses: the compiled site (`astro build`'s prerender
 * bundle), which renders one page for a request.
 */
export interface RenderApp {
  manifest: { routes: { routeData: RouteData }[] }
  routeCache: {
    clearAll(): void
    get(route: RouteData): { staticPaths?: { props?: unknown }[] } | undefined
  }
  render(request: Request, options: { routeData: RouteData }): Promise<Response>
}

export type BuildInput = {
  /** "Now" for this build: upcoming events, today's opening hours, the current quarter. */
  now: Date
  /** The folder with the media files the content names. */
  mediaDir: string
} & (
  | {
      /** The content, parsed and checked once (the content store does that). */
      snapshot: Snapshot
    }
  | {
      /**
       * For a full build in render workers, which hold the content: only the media files it
       * names, so this thread need not keep the content (50 MB at 10x a large municipality).
       */
      media: string[]
    }
)

export interface BuildReport {
  full: boolean
  outputs: number
  rendered: number
  /** Files whose bytes changed (pages, feeds, sitemap, search, media). */
  written: number
  removed: number
  searchShards: number
  ms: Record<'model' | 'plan' | 'render' | 'search' | 'total', number>
  /** Processor time of this process (user + system), and of Pagefind's service is not in it. */
  cpuMs: number
}

interface Output {
  /** The address, as Astro's static paths give it (`/foreninger/x`, `/feeds/da/events.ics`). */
  pathname: string
  route: RouteData
  props: unknown
}

interface RenderResult {
  bytes: Uint8Array
  /** What the output read (null: not recorded, in a one-shot build). */
  reads: Set<ReadKey> | null
  file: string
}

interface Rendered {
  file: string
  route: string
  props: string
  reads: Uint32Array
  hash: string
  sitemap: SitemapEntry | null
}

/**
 * Renders the site with Astro's compiled pages, and keeps what it needs to render it again
 * after a change: for every output (page, feed, GPX file) the reads it made and its bytes'
 * hash. One renderer for both: a full build renders every output; an update renders the
 * outputs that are new, whose parameters changed, or that read something whose value changed
 * (compared by fingerprint on the old and the new model), and writes only files whose bytes
 * changed. Sitemap and search follow from the pages' HTML.
 */
export class SiteEngine {
  private model: Model | null = null
  private outputs = new Map<string, Rendered>()
  private keyIds = new Map<ReadKey, number>()
  private keys: ReadKey[] = []
  private fingerprints: string[] = []
  private media = new Map<string, string>()
  private sitemapWritten = new Map<string, string>()
  private readonly search: SearchShards
  private readonly origin: URL

  constructor(
    private readonly options: {
      app: RenderApp
      tracker: Tracker
      /** The site's public address (Astro's `site`). */
      site: URL
      log?: (line: string) => void
      /** How many search shards a site of so many pages gets (tests use more, smaller ones). */
      shardCounts?: (pages: number) => ShardCounts
      /**
       * A compiled asset's text by its address (`/_astro/….css`), for `/forms.css`
       * (`forms-stylesheet.ts`); without it the site has none.
       */
      assetText?: (address: string) => Promise<string>
    },
  ) {
    this.search = new SearchShards(options.log, options.shardCounts)
    this.origin = options.site
    keepPagesLoaded(options.app)
  }

  /** Whether there is a previous build to update. */
  get built(): boolean {
    return this.model !== null
  }

  /**
   * Builds the site for `input` into `store`: everything (`full`, or when there is no previous
   * build), or what changed since the previous build (`update`; `store` then holds the
   * previous build's files and receives only the changes).
   */
  async build(
    input: BuildInput,
    mode: 'full' | 'update',
    store: OutputStore,
    options: {
      /**
       * Worker threads for a one-shot full build (`astro build`): they render the pages and
       * nothing is recorded, so the next build after it is a full one.
       */
      pool?: RenderPool | null
    } = {},
  ): Promise<BuildReport> {
    try {
      return await this.buildOrThrow(input, mode, store, options.pool ?? null)
    } catch (error) {
      // What the engine knows may now be half updated: the next build renders everything.
      this.model = null
      // A failed full build may still be writing search shards in the background.
      await this.search.abandon()
      throw error
    }
  }

  private async buildOrThrow(
    input: BuildInput,
    mode: 'full' | 'update',
    store: OutputStore,
    pool: RenderPool | null,
  ): Promise<BuildReport> {
    const { tracker } = this.options
    const full = mode === 'full' || !this.model
    // Only a full build renders in workers; it records nothing to update from.
    const oneShot = full ? pool : null
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    const previous = full ? undefined : this.model!
    // A build in workers needs no model here: the workers have their own and list the outputs.
    const snapshot = 'snapshot' in input ? input.snapshot : null
    if (!oneShot && !snapshot) {
      throw new Error('A build without render workers needs the content, not only its media.')
    }
    const model = oneShot ? null : buildModel(snapshot!, input.now, previous)
    if (model) tracker.use(model)
    const tModel = performance.now()

    const outputs = oneShot ? this.outputsOf(await oneShot.paths()) : await this.enumerate()
    const byPath = new Map(outputs.map((o) => [o.pathname, o]))
    let todo: Output[]
    let changedKeys: Set<number> | null = null
    if (full) {
      this.outputs = new Map()
      this.keyIds = new Map()
      this.keys = []
      this.fingerprints = []
      this.media = new Map()
      this.sitemapWritten = new Map()
      todo = outputs
    } else {
      changedKeys = new Set()
      for (let id = 0; id < this.keys.length; id++) {
        if (tracker.fingerprintOf(this.keys[id]!, model!) !== this.fingerprints[id]) {
          changedKeys.add(id)
        }
      }
      todo = outputs.filter((o) => {
        const before = this.outputs.get(o.pathname)
        if (!before) return true
        if (before.route !== o.route.component || before.props !== fingerprint(o.props)) return true
        for (const id of before.reads) if (changedKeys!.has(id)) return true
        return false
      })
    }
    const removed = [...this.outputs.keys()].filter((p) => !byPath.has(p))
    const tPlan = performance.now()

    let written = 0
    const searchChanges: { url: string; file: string; html: string | null }[] = []
    if (full) this.search.startFull(outputs.filter((o) => o.route.type === 'page').length, store)
    let sitemapChanged = full
    for (const pathname of removed) {
      const gone = this.outputs.get(pathname)!
      this.outputs.delete(pathname)
      await store.remove(gone.file)
      searchChanges.push({ url: urlOf(pathname, true), file: gone.file, html: null })
      if (gone.sitemap) sitemapChanged = true
    }
    // The other files first (the feeds of every event are the largest renders: done before
    // the render thread's memory has grown), then pages in the order search indexes them (the
    // same whatever the build: a full build writes each later search shard as soon as its pages
    // are done).
    const order = new Map(
      todo.map((o) => {
        const isPage = o.route.type === 'page'
        const url = urlOf(o.pathname, isPage)
        return [o, { url, rank: isPage ? this.search.rank(url) : -1 }] as const
      }),
    )
    todo.sort((a, b) => this.search.compare(order.get(a)!, order.get(b)!))
    await window(
      todo,
      // A worker renders the pages it is sent one after another and replies eight at a time:
      // with 32 asked ahead it always has pages to render while this thread takes in the last
      // ones (with 8 it waited a third of the build at 10x).
      oneShot ? 32 * oneShot.size : 4,
      (o) => (oneShot ? this.renderIn(oneShot, o) : this.render(o)),
      async (o, result) => {
        const before = this.outputs.get(o.pathname)
        const isPage = o.route.type === 'page'
        const html = isPage ? new TextDecoder().decode(result.bytes) : null
        const url = urlOf(o.pathname, isPage)
        const sitemap = html !== null ? sitemapEntry(url, html, this.origin) : null
        const record: Rendered = oneShot
          ? { file: result.file, route: '', props: '', reads: NO_READS, hash: '', sitemap }
          : {
              file: result.file,
              route: o.route.component,
              props: fingerprint(o.props),
              reads: this.intern(result.reads!),
              hash: contentHash(result.bytes),
              sitemap,
            }
        this.outputs.set(o.pathname, record)
        if (!before || before.hash !== record.hash || before.file !== record.file) {
          written++
          await store.write(record.file, result.bytes)
          if (before && before.file !== record.file) await store.remove(before.file)
          if (html !== null && record.file === FORMS_STYLESHEET_SOURCE && this.options.assetText) {
            const css = await formsStylesheet(html, this.options.assetText)
            await store.write(FORMS_STYLESHEET, new TextEncoder().encode(css))
            written++
          }
          if (html !== null) {
            if (full) await this.search.add(url, record.file, html)
            else searchChanges.push({ url, file: record.file, html })
          }
          if (JSON.stringify(before?.sitemap ?? null) !== JSON.stringify(sitemap)) {
            sitemapChanged = true
          }
        }
      },
    )
    // A pool serves one build: its workers (each with the content model and the parts it kept)
    // are let go once the pages are rendered, before the sitemap and search index are written.
    if (oneShot) await oneShot.close()
    const tRender = performance.now()

    // What every read stands for on this model, for the next build to compare with.
    for (let id = 0; model && id < this.keys.length; id++) {
      if (full || changedKeys?.has(id) || this.fingerprints[id] === undefined) {
        this.fingerprints[id] = tracker.fingerprintOf(this.keys[id]!, model)
      }
    }
    written += await this.syncMedia(input, store)
    if (sitemapChanged) written += await this.writeSitemap(store)
    await store.flush()
    const tSearchStart = performance.now()
    let searchShards = 0
    if (full) searchShards = (await this.search.finishFull(store)).shards
    else if (searchChanges.length > 0) {
      const pages = [...this.outputs.values()].filter((r) => r.file.endsWith('.html')).length
      searchShards = (await this.search.update(searchChanges, pages, store)).shards.length
    }
    await store.flush()
    // After a build in workers (no model here) there is nothing to compare with: the next
    // build is a full one.
    this.model = model
    const tEnd = performance.now()
    return {
      full,
      outputs: outputs.length,
      rendered: todo.length,
      written,
      removed: removed.length,
      searchShards,
      ms: {
        model: Math.round(tModel - t0),
        plan: Math.round(tPlan - tModel),
        render: Math.round(tRender - tPlan),
        search: Math.round(tEnd - tSearchStart),
        total: Math.round(tEnd - t0),
      },
      cpuMs: cpuSince(cpu0),
    }
  }

  /** Every output of the site for the current model, with the parameters its route gave it. */
  private async enumerate(): Promise<Output[]> {
    const { app, tracker } = this.options
    app.routeCache.clearAll()
    const paths = await tracker.untracked(() => new StaticPaths(app as never).getAll())
    return this.outputsOf(paths, (route, index) =>
      route.pathname ? undefined : app.routeCache.get(route)?.staticPaths?.[index]?.props,
    )
  }

  /**
   * The outputs of the routes' paths (the same address from two routes: the first wins, as in
   * Astro's own build), with their parameters when `props` is given (only updates compare them).
   */
  private outputsOf(
    paths: { pathname: string; route: RouteData }[],
    props?: (route: RouteData, index: number) => unknown,
  ): Output[] {
    const seen = new Map<RouteData, number>()
    const outputs: Output[] = []
    const unique = new Set<string>()
    for (const { pathname, route } of paths) {
      const index = seen.get(route) ?? 0
      seen.set(route, index + 1)
      const key = fileOf(pathname, route.type === 'page')
      if (unique.has(key)) continue
      unique.add(key)
      outputs.push({ pathname, route, props: props?.(route, index) })
    }
    return outputs
  }

  /** An output rendered by a worker (a one-shot build): its bytes, no reads. */
  private async renderIn(pool: RenderPool, o: Output): Promise<RenderResult> {
    const isPage = o.route.type === 'page'
    const url = new URL(urlOf(o.pathname, isPage), this.origin)
    let bytes: Uint8Array
    try {
      bytes = await pool.render(o.route, url.href)
    } catch (error) {
      throw new Error(`Could not render ${o.pathname}: ${messageOf(error)}`, { cause: error })
    }
    return { bytes, reads: null, file: fileOf(o.pathname, isPage) }
  }

  private async render(o: Output): Promise<RenderResult> {
    const { app, tracker } = this.options
    const isPage = o.route.type === 'page'
    const url = new URL(urlOf(o.pathname, isPage), this.origin)
    const { value: bytes, reads } = await tracker.recording(async () => {
      let response: Response
      try {
        response = await app.render(new Request(url), { routeData: o.route })
      } catch (error) {
        throw new Error(`Could not render ${o.pathname}: ${messageOf(error)}`, { cause: error })
      }
      return new Uint8Array(await response.arrayBuffer())
    })
    return { bytes, reads, file: fileOf(o.pathname, isPage) }
  }

  private intern(reads: Set<ReadKey>): Uint32Array {
    const ids = new Uint32Array(reads.size)
    let i = 0
    for (const key of reads) {
      let id = this.keyIds.get(key)
      if (id === undefined) {
        id = this.keys.length
        this.keys.push(key)
        this.keyIds.set(key, id)
      }
      ids[i++] = id
    }
    return ids
  }

  /** Copies the media the content names (again when a file changed); removes the rest. */
  private async syncMedia(input: BuildInput, store: OutputStore): Promise<number> {
    const wanted = new Map<string, string>()
    let written = 0
    for (const name of 'media' in input ? input.media : mediaFilesOf(input.snapshot)) {
      const source = path.join(input.mediaDir, name)
      const info = await stat(source).catch(() => null)
      if (!info) throw new Error(`The content names the image ${name}, but ${source} is missing.`)
      const version = `${info.size}:${info.mtimeMs}:${info.ino}`
      wanted.set(name, version)
      if (this.media.get(name) !== version) {
        await store.write(`media/${name}`, await readFile(source))
        written++
      }
    }
    for (const name of this.media.keys()) {
      if (!wanted.has(name)) await store.remove(`media/${name}`)
    }
    this.media = wanted
    return written
  }

  private async writeSitemap(store: OutputStore): Promise<number> {
    const entries = [...this.outputs.values()].flatMap((r) => (r.sitemap ? [r.sitemap] : []))
    const made = new Set<string>()
    let written = 0
    for (const [name, text] of sitemapFiles(entries, this.origin)) {
      made.add(name)
      const hash = contentHash(text)
      if (this.sitemapWritten.get(name) === hash) continue
      await store.write(name, new TextEncoder().encode(text))
      this.sitemapWritten.set(name, hash)
      written++
    }
    for (const name of [...this.sitemapWritten.keys()]) {
      if (!made.has(name)) {
        await store.remove(name)
        this.sitemapWritten.delete(name)
      }
    }
    return written
  }
}

const NO_READS = new Uint32Array(0)

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start)
  return Math.round((used.user + used.system) / 1000)
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The address to ask Astro for (and a browser's): pages end in `/` (the site's `trailingSlash:
 * 'always'`); other outputs as their route names them.
 */
export function urlOf(pathname: string, isPage: boolean): string {
  if (!isPage) return pathname
  return `${pathname.replace(/\/+$/, '')}/`
}

/** The file an output is written to, as Astro's `build.format: 'directory'` names it. */
export function fileOf(pathname: string, isPage: boolean): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '')
  if (!isPage) return trimmed
  if (trimmed === '') return 'index.html'
  if (trimmed === '404' || trimmed === '500') return `${trimmed}.html`
  return `${trimmed}/index.html`
}

/**
 * Runs `work` over the items with up to `width` at a time, and `then` for each in the items'
 * order (so what follows sees the outputs in address order).
 */
async function window<T, R>(
  items: T[],
  width: number,
  work: (item: T) => Promise<R>,
  then: (item: T, result: R) => Promise<void>,
) {
  // Only the jobs in flight: a build holds the few outputs being made, not every page it rendered.
  const started = new Map<number, Promise<R>>()
  const start = (i: number) => {
    const job = work(items[i]!)
    // Awaited in order below; this only keeps a failure ahead of its turn from going unheard.
    job.catch(() => undefined)
    started.set(i, job)
  }
  for (let i = 0; i < Math.min(width, items.length); i++) start(i)
  for (let i = 0; i < items.length; i++) {
    const result = await started.get(i)!
    started.delete(i)
    if (i + width < items.length) start(i + width)
    await then(items[i]!, result)
  }
}
