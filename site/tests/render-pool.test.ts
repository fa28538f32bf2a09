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
import v8 from 'node:v8'
import vm from 'node:vm'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mediaFilesOf, orderedSnapshot, type Snapshot } from '@velkomst/shared/schemas'

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
let releasedWhileRunning: boolean | null = null
let refused: unknown = null

/** Whether `ref`'s object is collected after a few full garbage collections. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  const tick = () => new Promise((resolve) => setImmediate(resolve))
  for (let i = 0; i < 5; i++) {
    // Reading a WeakRef keeps its object until the job ends: collect in a job of its own.
    gc()
    await tick()
    if (ref.deref() === undefined) return true
    await tick()
  }
  return false
}

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
  const mediaDir = path.join(contentDir, 'media')
  const input = { snapshot, now, mediaDir }
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
      // As `astro build` does: this thread keeps only the media files the content names.
      const media = { media: mediaFilesOf(snapshot), now, mediaDir }
      pooled = await engine.build(media, 'full', new FolderStore(path.join(root, 'pooled')), {
        pool,
      })
      runningAfter = pool?.running ?? -1
    } finally {
      await pool?.close()
    }
    // After a build in workers the engine knows no reads: an update is a full build again.
    again = await engine.build(input, 'update', new FolderStore(path.join(root, 'again')))
    refused = await engine
      .build({ media: [], now, mediaDir }, 'full', new FolderStore(path.join(root, 'none')))
      .catch((error: unknown) => error)

    // The workers have their own copy of the content; this thread's goes once they started
    // (loaded in a function of its own, as the integration does).
    const start = async () => {
      const content = orderedSnapshot(
        generateSnapshot({ associations: 30, events: 60, venues: 5, communities: 4 }, now),
      )
      const pool = await RenderPool.start({
        app: compiled.app,
        compiled: compiled.entry!,
        snapshot: content,
        now,
        size: 1,
      })
      return { pool, ref: new WeakRef<Snapshot>(content) }
    }
    const { pool: held, ref } = await start()
    try {
      expect(held?.running).toBe(1)
      releasedWhileRunning = await collected(ref)
    } finally {
      await held?.close()
    }
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

  it('keeps no copy of the content in this thread once the workers have theirs', () => {
    expect(releasedWhileRunning).toBe(true)
  })

  it('copies the media the content names when given only their names', () => {
    const media = [...files(path.join(root, 'pooled')).keys()].filter((f) => f.startsWith('media'))
    expect(media.length).toBeGreaterThan(0)
  })

  it('refuses a build without workers that has only the media, not the content', () => {
    expect(String(refused)).toContain('needs the content')
  })

  it('is followed by a full build, since nothing was recorded to update from', () => {
    expect(again.full).toBe(true)
    expect(again.rendered).toBe(single.rendered)
  })
})
