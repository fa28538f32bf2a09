/**
 * The live site's files across a swap: everything is served from the new generation, and a
 * search begun before the swap can still fetch the index files its page named (Pagefind's
 * files named by their content), from the generation before, for ten minutes or until the next
 * swap.
 */
import { describe, expect, it } from 'vitest'

import type { Manifest } from '../../server/generations'
import { LiveFiles, SEARCH_OVERLAP_MS } from '../../server/static'

const generation = (id: string, files: string[]): Manifest => ({
  id,
  dirs: [id],
  files: Object.fromEntries(files.map((f) => [f, 0])),
})

const oldSearch = [
  'pagefind/pagefind.da_beebd056f2.pf_meta',
  'pagefind/fragment/da_1362d6d.pf_fragment',
  'pagefind/index/da_ecf5ac8.pf_index',
  'pagefind/filter/en_3435a79.pf_filter',
  'pagefind/later-3/fragment/en_8f1a228.pf_fragment',
]

describe('the live files across a swap', () => {
  const files = new LiveFiles('/builds')
  files.use(
    generation('g1', [
      'index.html',
      'foreninger/gammel/index.html',
      'pagefind/pagefind-entry.json',
      'pagefind/shards.json',
      ...oldSearch,
    ]),
  )
  files.use(
    generation('g2', [
      'index.html',
      'pagefind/pagefind-entry.json',
      'pagefind/shards.json',
      'pagefind/fragment/da_aaaaaaa.pf_fragment',
    ]),
  )

  it('serves every file the new generation has from it', () => {
    expect(files.resolve('index.html')).toBe('/builds/g2/index.html')
    expect(files.resolve('pagefind/pagefind-entry.json')).toBe(
      '/builds/g2/pagefind/pagefind-entry.json',
    )
    expect(files.resolve('pagefind/fragment/da_aaaaaaa.pf_fragment')).toBe(
      '/builds/g2/pagefind/fragment/da_aaaaaaa.pf_fragment',
    )
  })

  it("serves the search's files named by their content from the generation before", () => {
    for (const file of oldSearch) expect(files.resolve(file)).toBe(`/builds/g1/${file}`)
  })

  it('does not serve a page, or a search file named otherwise, the new generation left out', () => {
    const before = new LiveFiles('/builds')
    before.use(generation('a', ['foreninger/gammel/index.html', 'pagefind/pagefind-ui.js']))
    before.use(generation('b', ['index.html']))
    expect(before.resolve('foreninger/gammel/index.html')).toBeNull()
    expect(before.resolve('pagefind/pagefind-ui.js')).toBeNull()
    expect(before.resolve('pagefind/../foreninger/gammel/index.html')).toBeNull()
  })

  it('serves them for ten minutes after the swap, not longer', () => {
    let now = 1_000_000
    const timed = new LiveFiles('/builds', () => now)
    timed.use(generation('g1', oldSearch))
    timed.use(generation('g2', ['index.html']))
    now += SEARCH_OVERLAP_MS
    expect(timed.resolve(oldSearch[0]!)).toBe(`/builds/g1/${oldSearch[0]}`)
    now += 1
    for (const file of oldSearch) expect(timed.resolve(file)).toBeNull()
  })

  it('forgets the generation before at the next swap', () => {
    const later = new LiveFiles('/builds')
    later.use(generation('g1', oldSearch))
    later.use(generation('g2', ['index.html']))
    later.use(generation('g3', ['index.html']))
    for (const file of oldSearch) expect(later.resolve(file)).toBeNull()
  })
})
