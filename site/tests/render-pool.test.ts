/**
 * A one-shot build (`astro build`) renders in worker threads (`src/build/render-pool.ts`); the
 * live builder renders in its own thread. Both must give the same site, file by file, search
 * index included, and the workers must really be used (they depend on how Astro sets up its
 * compiled site: if that changes, this fails instead of builds quietly going slower).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderedSnapshot } from '@velkomst/shared/schemas'

import { SiteEngine, type BuildReport } from '../src/build/engine'
import { RenderPool } from '../src/build/render-pool'
import { closeSearch } from '../src/build/search'
import { FolderStore } from '../src/build/store'
import { Tracker } from '../src/build/tracking'
import { generateSnapshot } from '../bench/generate'
import { compileFixtureSite } from './helpers/build'
import { FIXTURE_NOW, writeFixture } from './helpers/fixture'

let root: string
let single: BuildReport
let pooled: BuildReport
let workers = 0
let runningAfter = -1
let again: BuildReport

/** Every file under `dir`, by its path relative to it. */
function files(dir: string, at = ''): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  for (const name of readdirSync(path.join(dir, at))) {
    const rel = path.join(at, name)
    if (statSync(path.join(dir, rel)).isDirectory()) {
      for (const [k, v] of files(dir, rel)) found.set(k, v)
    } else found.set(rel, readFileSync(path.join(dir, rel)))
  }
  return found
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'velkomst-pool-'))
  const contentDir = path.join(root, 'content')
  const now = new Date(FIXTURE_NOW)
  const snapshot = orderedSnapshot(
    generateSnapshot({ associations: 30, events: 60, venues: 5, communities: 4 }, now),
  )
  await writeFixture(contentDir, snapshot)
  const input = { snapshot, now, mediaDir: path.join(contentDir, 'media') }
  await compileFixtureSite(root, async (compiled) => {
    const tracker = new Tracker().install()
    const engine = new SiteEngine({ app: compiled.app, tracker, site: compiled.site })
    single = await engine.build(input, 'full', new FolderStore(path.join(root, 'single')))
    expect(compiled.entry).not.toBeNull()
    const pool = await RenderPool.start({
      app: compiled.app,
      compiled: compiled.entry!,
      snapshot,
      now,
      size: 2,
    })
    try {
      workers = pool?.size ?? 0
      pooled = await engine.build(input, 'full', new FolderStore(path.join(root, 'pooled')), {
        pool,
      })
      runningAfter = pool?.running ?? -1
    } finally {
      await pool?.close()
    }
    // After a build in workers the engine knows no reads: an update is a full build again.
    again = await engine.build(input, 'update', new FolderStore(path.join(root, 'again')))
  })
}, 300_000)

afterAll(async () => {
  await closeSearch()
})

describe('rendering in worker threads', () => {
  it('uses two workers', () => {
    expect(workers).toBe(2)
    expect(pooled.full).toBe(true)
    expect(pooled.rendered).toBe(single.rendered)
    expect(single.rendered).toBeGreaterThan(200)
  })

  it('gives the same site as one thread, file by file, search included', () => {
    const a = files(path.join(root, 'single'))
    const b = files(path.join(root, 'pooled'))
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort())
    expect([...a.keys()].some((f) => f.startsWith('pagefind'))).toBe(true)
    const differ = [...a].filter(([f, bytes]) => !bytes.equals(b.get(f)!)).map(([f]) => f)
    expect(differ).toEqual([])
  })

  it('lets its workers go once the pages are rendered (before the search index is written)', () => {
    expect(runningAfter).toBe(0)
  })

  it('is followed by a full build, since nothing was recorded to update from', () => {
    expect(again.full).toBe(true)
    expect(again.rendered).toBe(single.rendered)
  })
})
