import { afterAll, describe, expect, it, vi } from 'vitest'

import { closeSearch, SearchShards, type ShardCounts } from '../../src/build/search'
import type { OutputStore } from '../../src/build/store'

/** An output store in memory. */
class MemoryStore implements OutputStore {
  readonly files = new Map<string, Uint8Array>()
  async write(file: string, bytes: Uint8Array) {
    this.files.set(file, bytes)
  }
  async remove(file: string) {
    this.files.delete(file)
  }
  async read(file: string) {
    const bytes = this.files.get(file)
    if (!bytes) throw new Error(`no ${file}`)
    return bytes
  }
  async flush() {}
}

const counts: ShardCounts = { main: 2, later: 4 }
const page = (url: string, later: boolean) =>
  `<!doctype html><html lang="${url.startsWith('/en/') ? 'en' : 'da'}"><head><title>${url}</title></head>` +
  `<body><main data-pagefind-body${later ? ' data-search-later' : ''}><h1>Side ${url}</h1></main></body></html>`
const fileOf = (url: string) => `${url.slice(1)}index.html`

/** Events further ahead (the later group) in both languages, and a few pages of the main group. */
function pages(search: SearchShards) {
  const urls = [
    ...Array.from({ length: 24 }, (_, i) => [`/arrangementer/a-${i}/`, true] as const),
    ...Array.from({ length: 24 }, (_, i) => [`/en/events/a-${i}/`, true] as const),
    ...Array.from({ length: 6 }, (_, i) => [`/foreninger/f-${i}/`, false] as const),
  ]
  return urls
    .map(([url, later]) => ({ url, later, rank: search.rank(url) }))
    .sort((a, b) => search.compare(a, b))
}

afterAll(() => closeSearch())

describe('search shards of a full build', () => {
  it('are written as soon as their pages are all in, and keep a page’s languages together', async () => {
    const store = new MemoryStore()
    const search = new SearchShards(undefined, () => counts)
    search.startFull(54, store)
    const all = pages(search)
    // The ranks follow the later shards, and both languages of a page share one.
    expect(new Set(all.map((p) => p.rank))).toEqual(new Set([0, 1, 2, 3]))
    for (const p of all.filter((x) => x.url.startsWith('/en/'))) {
      expect(p.rank).toBe(search.rank(p.url.replace('/en/events/', '/arrangementer/')))
    }
    const firstOfRank1 = all.findIndex((p) => p.rank === 1)
    for (const p of all.slice(0, firstOfRank1 + 1)) {
      await search.add(p.url, fileOf(p.url), page(p.url, p.later))
    }
    // Shard l0 is complete once a page of rank 1 came: it is written while the build goes on.
    await vi.waitFor(() => expect(store.files.has('pagefind/l0/pagefind-entry.json')).toBe(true))
    expect(store.files.has('pagefind/l1/pagefind-entry.json')).toBe(false)
    for (const p of all.slice(firstOfRank1 + 1)) {
      await search.add(p.url, fileOf(p.url), page(p.url, p.later))
    }
    const { pages: indexed, shards } = await search.finishFull(store)
    expect(indexed).toBe(54)
    expect(shards).toBe(6)
    for (const at of ['pagefind/', 'pagefind/m1/', 'pagefind/l1/', 'pagefind/l3/']) {
      expect(store.files.has(`${at}pagefind-entry.json`), at).toBe(true)
    }
  })

  it('after a failed build, let the next full build write every shard again', async () => {
    const search = new SearchShards(undefined, () => counts)
    const failed = new MemoryStore()
    search.startFull(54, failed)
    const all = pages(search)
    // The build fails while shards l0 and l1 are being written in the background.
    for (const p of all.filter((x) => x.rank <= 2)) {
      await search.add(p.url, fileOf(p.url), page(p.url, p.later))
    }
    await search.abandon()
    expect(failed.files.has('pagefind/l0/pagefind-entry.json')).toBe(true)
    const next = new MemoryStore()
    search.startFull(54, next)
    for (const p of all) await search.add(p.url, fileOf(p.url), page(p.url, p.later))
    await search.finishFull(next)
    for (const at of [
      'pagefind/',
      'pagefind/m1/',
      'pagefind/l0/',
      'pagefind/l1/',
      'pagefind/l3/',
    ]) {
      expect(next.files.has(`${at}pagefind-entry.json`), at).toBe(true)
    }
    // The same files as a build that never failed.
    const clean = new MemoryStore()
    const other = new SearchShards(undefined, () => counts)
    other.startFull(54, clean)
    for (const p of all) await other.add(p.url, fileOf(p.url), page(p.url, p.later))
    await other.finishFull(clean)
    expect([...next.files.keys()].sort()).toEqual([...clean.files.keys()].sort())
  })

  it('refuses a page that comes after pages of a later rank', async () => {
    const search = new SearchShards(undefined, () => counts)
    search.startFull(54, new MemoryStore())
    const all = pages(search)
    const last = all.at(-1)!
    await search.add(last.url, fileOf(last.url), page(last.url, last.later))
    const first = all[0]!
    await expect(search.add(first.url, fileOf(first.url), page(first.url, true))).rejects.toThrow(
      /came after pages of a later rank/,
    )
  })

  it('give an update the files a full build gives, whatever order the changes come in', async () => {
    const full = new MemoryStore()
    const a = new SearchShards(undefined, () => counts)
    a.startFull(54, full)
    for (const p of pages(a)) await a.add(p.url, fileOf(p.url), page(p.url, p.later))
    await a.finishFull(full)
    // The same site, every page arriving as a change, in reverse address order.
    const updated = new MemoryStore()
    const b = new SearchShards(undefined, () => counts)
    b.startFull(0, updated)
    await b.finishFull(updated)
    const changed = pages(b)
      .sort((x, y) => (x.url < y.url ? 1 : -1))
      .map((p) => ({ url: p.url, file: fileOf(p.url), html: page(p.url, p.later) }))
    for (const c of changed) await updated.write(c.file, new TextEncoder().encode(c.html))
    await b.update(changed, 54, updated)
    const index = (s: MemoryStore) =>
      new Map([...s.files].filter(([f]) => f.startsWith('pagefind/')))
    expect([...index(updated).keys()].sort()).toEqual([...index(full).keys()].sort())
    for (const [f, bytes] of index(full)) {
      expect(Buffer.from(index(updated).get(f)!).equals(Buffer.from(bytes)), f).toBe(true)
    }
  })
})
