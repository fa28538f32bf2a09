import * as pagefind from 'pagefind'

import { defaultLocalePath } from '@velkomst/shared/routes'

import { searchDocument } from '../lib/search-index'
import { contentHash } from './fingerprint'
import type { OutputStore } from './store'

/**
 * The site's search, as Pagefind indexes split into shards so a change re-indexes a small part:
 *
 * - a page is searchable when its `<main>` has `data-pagefind-body` (Base.astro sets it for
 *   detail pages); it goes to the **main** group, or to the **later** group when `<main>` also
 *   has `data-search-later` (events further ahead, searched when someone looks for events);
 * - within a group a page's shard follows from a hash of its address in the default language
 *   (`defaultLocalePath`), so its Danish and English versions share a shard; the number of
 *   shards grows with the site;
 * - every shard is a Pagefind index of its pages, always added in the same order (`rank`: the
 *   later group's shard of the page, then its address), so a shard's files depend only on its
 *   pages: re-indexing a shard after a change gives exactly the files a full build gives;
 * - a full build renders pages in that order, so each later shard is complete, and written,
 *   while the rest of the site is still rendering (`add`);
 * - the first main shard that has pages lives at `/pagefind/` (with Pagefind's script and
 *   WebAssembly); the others at `/pagefind/<shard>/`, listed in `/pagefind/shards.json`, which
 *   the search page reads to merge them (`site/src/lib/search-client.ts`).
 */
export const SHARDS_FILE = 'pagefind/shards.json'

export interface ShardsManifest {
  /** Merged into every search, after `/pagefind/` itself. */
  main: string[]
  /** Merged when someone searches for events (events further ahead). */
  later: string[]
}

type Group = 'main' | 'later'

interface Member {
  /** The page's address, e.g. `/foreninger/skakklub/`. */
  url: string
  file: string
  shard: string
}

export type ShardCounts = Record<Group, number>

/** Shards per group for a site of `pages` HTML pages (powers of two, so it rarely changes). */
export function shardCounts(pages: number): ShardCounts {
  const power = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)))
  return {
    main: Math.min(4, power(Math.ceil(pages / 20_000))),
    later: Math.min(64, power(Math.ceil(pages / 4_000))),
  }
}

const bodyPattern = /<main\b[^>]*\sdata-pagefind-body[\s>=]/
const laterPattern = /<main\b[^>]*\sdata-search-later[\s>=]/

function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Where a page goes in search, or null when it is not searchable. */
export function classify(
  url: string,
  html: string,
  counts: Record<Group, number>,
  hash = keyHash(url),
): { group: Group; shard: string } | null {
  if (!bodyPattern.test(html)) return null
  const group: Group = laterPattern.test(html) ? 'later' : 'main'
  const n = hash % counts[group]
  return { group, shard: `${group === 'main' ? 'm' : 'l'}${n}` }
}

/** What places a page in its shards: a hash of its address in the default language. */
function keyHash(url: string): number {
  return hash32(defaultLocalePath(new URL(url, 'http://x').pathname))
}

const byAddress = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const shardOrder = (a: string, b: string) =>
  a[0] === b[0] ? Number(a.slice(1)) - Number(b.slice(1)) : a[0] === 'm' ? -1 : 1

export class SearchShards {
  private members = new Map<string, Member>()
  private counts: Record<Group, number> = { main: 1, later: 1 }
  /** Where each shard lives now. */
  private location = new Map<string, string>()
  /** The files at each location (relative to it), with their hashes. */
  private written = new Map<string, Map<string, string>>()
  private manifest = ''
  /** Full builds stream pages into open indexes as they are rendered. */
  private streaming = new Map<
    string,
    { index: Promise<pagefind.PagefindIndex>; added: Promise<void>[] }
  >()

  constructor(
    private readonly log: (line: string) => void = () => undefined,
    private readonly countsFor: (pages: number) => ShardCounts = shardCounts,
  ) {}

  /** A later shard of a full build whose pages have all come, being written (one at a time). */
  private finishing: Promise<void> = Promise.resolve()
  private finished = new Set<string>()
  /** The rank of the last page added to a full build. */
  private rankSoFar = 0
  private store: OutputStore | null = null

  /**
   * A full build starts: nothing is known; pages arrive through `add`, in the order `compare`
   * sorts them.
   */
  startFull(pageCount: number, store: OutputStore) {
    this.members = new Map()
    this.location = new Map()
    this.written = new Map()
    this.manifest = ''
    this.counts = this.countsFor(pageCount)
    this.streaming = new Map()
    this.finishing = Promise.resolve()
    this.finished = new Set()
    this.rankSoFar = 0
    this.store = store
  }

  /**
   * Where the page of `url` comes in the order pages go into shards: first by its later group's
   * shard (a later shard's pages all have the same rank), then by address (`compare`).
   */
  rank(url: string): number {
    return keyHash(url) % this.counts.later
  }

  /** The order pages go into shards, for addresses ranked with `rank`. */
  compare(a: { url: string; rank: number }, b: { url: string; rank: number }): number {
    return a.rank - b.rank || byAddress(a.url, b.url)
  }

  /**
   * A page of a full build (pages must arrive in the order `compare` gives). Pages are sent to
   * Pagefind's service as they come, without waiting for each (it takes them in the order
   * sent), but no more than a few hundred at a time: the service indexes more slowly than the
   * site renders, and pages waiting to be sent would pile up in memory. When the rank moves on,
   * the later shards of the ranks passed have all their pages: they are written in the
   * background while the build goes on.
   */
  async add(url: string, file: string, html: string): Promise<void> {
    const hash = keyHash(url)
    const rank = hash % this.counts.later
    if (rank < this.rankSoFar) {
      throw new Error(`Search: ${url} came after pages of a later rank (see SearchShards.compare).`)
    }
    if (rank > this.rankSoFar) {
      for (let r = this.rankSoFar; r < rank; r++) this.finishEarly(`l${r}`)
      this.rankSoFar = rank
    }
    const place = classify(url, html, this.counts, hash)
    if (!place) return
    this.members.set(file, { url, file, shard: place.shard })
    let open = this.streaming.get(place.shard)
    if (!open) {
      open = { index: newIndex(), added: [] }
      this.streaming.set(place.shard, open)
    }
    const page = forSearch(html)
    const added = open.index.then((i) => addPage(i, url, page))
    // Awaited when the build finishes; this only keeps an early failure from going unheard.
    added.catch(() => undefined)
    open.added.push(added)
    this.inFlight.add(added)
    void added.finally(() => this.inFlight.delete(added)).catch(() => undefined)
    while (this.inFlight.size >= 256) await Promise.race(this.inFlight).catch(() => undefined)
  }

  private readonly inFlight = new Set<Promise<void>>()

  /** Writes a later shard of a full build whose pages have all come, after those before it. */
  private finishEarly(shard: string) {
    const open = this.streaming.get(shard)
    if (!open) return
    const store = this.store!
    this.finished.add(shard)
    this.finishing = this.finishing.then(async () => {
      await Promise.all(open.added)
      // A later shard is never the first main shard, which alone lives at /pagefind/.
      this.location.set(shard, `pagefind/${shard}/`)
      await this.writeShard(shard, await open.index, store)
    })
    // Awaited in finishFull; this only keeps a failure from going unheard until then.
    this.finishing.catch(() => undefined)
  }

  /**
   * After a failed build: waits for the shards still being written (their errors are the
   * build's, already reported) and closes the indexes left open in Pagefind's service, so the
   * next full build starts from nothing.
   */
  async abandon(): Promise<void> {
    await this.finishing.catch(() => undefined)
    const open = [...this.streaming.values()]
    this.streaming = new Map()
    this.finishing = Promise.resolve()
    this.finished = new Set()
    this.store = null
    for (const { index, added } of open) {
      await Promise.allSettled(added)
      // Closing an index that was written (and so closed) already only fails quietly.
      await index.then((i) => i.deleteIndex()).catch(() => undefined)
    }
  }

  async finishFull(store: OutputStore): Promise<{ pages: number; shards: number }> {
    await this.finishing
    const open = this.streaming
    const shards = [...open.keys()].sort(shardOrder)
    this.place(shards, store)
    for (const shard of shards) {
      const { index, added } = open.get(shard)!
      if (!this.finished.has(shard)) {
        await Promise.all(added)
        await this.writeShard(shard, await index, store)
      }
      // Written (its index closed): nothing left for `abandon` to close.
      open.delete(shard)
    }
    this.store = null
    await this.writeManifest(store)
    return { pages: this.members.size, shards: shards.length }
  }

  /**
   * Pages that changed since the last build (html null: gone): the shards they leave or join
   * are indexed again from all their pages, read back from the store when unchanged.
   */
  async update(
    changed: { url: string; file: string; html: string | null }[],
    pageCount: number,
    store: OutputStore,
  ): Promise<{ shards: string[] }> {
    const dirty = new Set<string>()
    const fresh = new Map<string, string>()
    const counts = this.countsFor(pageCount)
    if (counts.main !== this.counts.main || counts.later !== this.counts.later) {
      // The number of shards changed: pages move between shards, so all are indexed again.
      this.counts = counts
      const changedFiles = new Set(changed.map((c) => c.file))
      const all = [...this.members.values()]
      this.members = new Map()
      for (const member of all) {
        if (changedFiles.has(member.file)) continue
        const html = decode(await store.read(member.file))
        const place = classify(member.url, html, counts)
        if (!place) continue
        this.members.set(member.file, { ...member, shard: place.shard })
        fresh.set(member.file, html)
        dirty.add(place.shard)
      }
    }
    for (const { url, file, html } of changed) {
      const before = this.members.get(file)
      if (before) {
        dirty.add(before.shard)
        this.members.delete(file)
      }
      const place = html === null ? null : classify(url, html, this.counts)
      if (place && html !== null) {
        this.members.set(file, { url, file, shard: place.shard })
        fresh.set(file, html)
        dirty.add(place.shard)
      }
    }
    const live = [...new Set([...this.members.values()].map((m) => m.shard))].sort(shardOrder)
    for (const shard of this.place(live, store)) dirty.add(shard)
    const rebuilt = live.filter((s) => dirty.has(s))
    for (const shard of rebuilt) {
      const members = [...this.members.values()]
        .filter((m) => m.shard === shard)
        .map((m) => ({ ...m, rank: this.rank(m.url) }))
        .sort((a, b) => this.compare(a, b))
      const index = await newIndex()
      const pages = await Promise.all(
        members.map(async (m) => fresh.get(m.file) ?? decode(await store.read(m.file))),
      )
      await Promise.all(members.map((m, i) => addPage(index, m.url, forSearch(pages[i]!))))
      await this.writeShard(shard, index, store)
    }
    await this.writeManifest(store)
    return { shards: rebuilt }
  }

  /**
   * Places the shards that have pages (the first main one at `/pagefind/`), removes the files
   * of places no longer used, and returns the shards that moved (they are written again).
   */
  private place(shards: string[], store: OutputStore): string[] {
    const first = shards.find((s) => s.startsWith('m'))
    const next = new Map(
      shards.map((s) => [s, s === first ? 'pagefind/' : `pagefind/${s}/`] as const),
    )
    const moved = shards.filter((s) => this.location.get(s) !== next.get(s))
    const used = new Set(next.values())
    for (const [at, files] of this.written) {
      if (used.has(at)) continue
      for (const name of files.keys()) void store.remove(`${at}${name}`)
      this.written.delete(at)
    }
    this.location = next
    return moved
  }

  private async writeShard(shard: string, index: pagefind.PagefindIndex, store: OutputStore) {
    const at = this.location.get(shard)!
    const main = at === 'pagefind/'
    const { files, errors } = await index.getFiles()
    if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`)
    await index.deleteIndex()
    const before = this.written.get(at) ?? new Map<string, string>()
    const after = new Map<string, string>()
    for (const f of files) {
      const name = f.path.replaceAll('\\', '/')
      // Only `/pagefind/` carries Pagefind's script, WebAssembly and UI files.
      if (!main && !indexFile.test(name)) continue
      const hash = contentHash(f.content)
      after.set(name, hash)
      if (before.get(name) !== hash) await store.write(`${at}${name}`, f.content)
    }
    for (const name of before.keys()) {
      if (!after.has(name)) await store.remove(`${at}${name}`)
    }
    this.written.set(at, after)
  }

  private async writeManifest(store: OutputStore) {
    const placed = [...this.location].filter(([, at]) => at !== 'pagefind/')
    const manifest: ShardsManifest = {
      main: placed.filter(([s]) => s.startsWith('m')).map(([, at]) => `/${at}`),
      later: placed.filter(([s]) => s.startsWith('l')).map(([, at]) => `/${at}`),
    }
    const text = JSON.stringify(manifest)
    if (text !== this.manifest) {
      await store.write(SHARDS_FILE, new TextEncoder().encode(text))
      this.manifest = text
    }
    this.log(`Search: ${this.members.size} pages in ${this.location.size} shards.`)
  }
}

const indexFile = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/)/
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/**
 * What Pagefind needs of a page: its language (`<html lang>`) and its `<main>` (only `<main>`
 * is indexed; header, footer and skip link are left out of search anyway, and Pagefind takes
 * a result's title from the page's h1). Sending less makes indexing faster, and a full build
 * and an update send the same.
 */
/**
 * What Pagefind indexes for a page (`searchDocument`: its main content in its language, with
 * æ and ø spelled as the index spells them).
 */
function forSearch(html: string): string {
  return searchDocument(html) ?? html
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

async function addPage(index: pagefind.PagefindIndex, url: string, html: string) {
  const added = await index.addHTMLFile({ url, content: html })
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
}

/** Ends Pagefind's indexing service (a full build's last step; the live builder keeps it). */
export const closeSearch = () => pagefind.close()
