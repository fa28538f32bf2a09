import { readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  orderedSnapshot as ordered,
  parseSnapshot,
  snapshotCollections,
  type Snapshot,
  type SnapshotCollection,
} from '@velkomst/shared/schemas'
import { shiftQuarter } from '@velkomst/shared/quarter'

import { GenerationStore, type Manifest } from '../server/generations'
import { SiteEngine, type RenderApp } from '../src/build/engine'
import { closeSearch, type ShardCounts } from '../src/build/search'
import { FolderStore } from '../src/build/store'
import { Tracker } from '../src/build/tracking'
import { generateSnapshot } from '../bench/generate'
import { compileFixtureSite } from './helpers/build'
import { FIXTURE_NOW, writeFixture } from './helpers/fixture'

/**
 * The property the live site rests on: after any sequence of changes, the site the live
 * builder updated (only what each change touched, in generations) is the site a full build of
 * the same content gives, file by file, search index included. The changes are random but
 * reproducible (a seeded generator), over every collection of the content contract (found from
 * the contract itself, so a collection added later is covered), the settings and the clock:
 * create, update, slug and quarter changes, unpublish, publish again, delete.
 */
const SEED = Number(process.env.VELKOMST_PROPERTY_SEED ?? 20261120)
const STEPS = 14

// Small shards, so sequences move pages between shards and the shard count changes.
const shards = (pages: number): ShardCounts => ({ main: pages > 260 ? 4 : 2, later: 3 })

let root: string
let contentDir: string
let app: RenderApp
let site: URL
const tracker = new Tracker().install()

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'velkomst-incremental-'))
  contentDir = path.join(root, 'content')
  const start = generateSnapshot(
    { associations: 64, events: 90, venues: 6, communities: 4 },
    new Date(FIXTURE_NOW),
  )
  await writeFixture(contentDir, start)
  // The compiled site stays usable after the first build (see compileSite).
  await compileFixtureSite(root, async (compiled) => {
    app = compiled.app
    site = compiled.site
    const warmup = new SiteEngine({ app, tracker, site })
    await warmup.build(
      { snapshot: ordered(start), now: new Date(FIXTURE_NOW), mediaDir: media() },
      'full',
      new FolderStore(path.join(root, 'warmup')),
    )
  })
}, 300_000)

afterAll(async () => {
  await closeSearch()
})

const media = () => path.join(contentDir, 'media')

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  }
}
type Random = ReturnType<typeof random>

type Doc = Record<string, unknown> & { id: string }
const isText = (v: unknown): v is { da: string; en: string | null } =>
  !!v && typeof v === 'object' && typeof (v as { da?: unknown }).da === 'string' && 'en' in v

/** One random change to the content; returns what it did, for the failure message. */
function change(
  snapshot: Snapshot,
  unpublished: Map<SnapshotCollection, Doc[]>,
  r: Random,
  n: number,
): { snapshot: Snapshot; what: string } {
  const next = structuredClone(snapshot) as unknown as Record<string, unknown>
  if (r.next() < 0.08) {
    const settings = next.settings as Snapshot['settings']
    settings.siteName = { ...settings.siteName, da: `${settings.siteName.da} ${n}` }
    return { snapshot: next as unknown as Snapshot, what: 'settings: site name' }
  }
  // Round the collections in turn, so every one of them changes in every sequence.
  const collection = snapshotCollections[n % snapshotCollections.length]!
  const docs = next[collection] as Doc[]
  const waiting = unpublished.get(collection) ?? []
  const kinds = [
    'update',
    'update',
    'update',
    'create',
    'unpublish',
    'publish',
    'delete',
    'slug',
    'quarter',
  ]
  const kind = r.pick(kinds)
  const doc = docs.length > 0 ? r.pick(docs) : null
  switch (kind) {
    case 'create': {
      if (!doc) break
      const copy = structuredClone(doc)
      copy.id = String(100_000 + n)
      if (typeof copy.slug === 'string') copy.slug = `ny-${collection.toLowerCase()}-${n}`
      docs.push(copy)
      return { snapshot: next as unknown as Snapshot, what: `${collection}: create ${copy.id}` }
    }
    case 'unpublish':
    case 'delete': {
      if (!doc) break
      docs.splice(docs.indexOf(doc), 1)
      if (kind === 'unpublish') unpublished.set(collection, [...waiting, doc])
      return { snapshot: next as unknown as Snapshot, what: `${collection}: ${kind} ${doc.id}` }
    }
    case 'publish': {
      const again = waiting.length > 0 ? r.pick(waiting) : null
      if (!again || docs.some((d) => d.id === again.id)) break
      docs.push(again)
      unpublished.set(
        collection,
        waiting.filter((d) => d !== again),
      )
      return { snapshot: next as unknown as Snapshot, what: `${collection}: publish ${again.id}` }
    }
    case 'slug': {
      if (!doc || typeof doc.slug !== 'string') break
      doc.slug = `${doc.slug.slice(0, 40)}-${n}`
      return { snapshot: next as unknown as Snapshot, what: `${collection}: slug of ${doc.id}` }
    }
    case 'quarter': {
      if (!doc || typeof doc.quarter !== 'string') break
      doc.quarter = shiftQuarter(doc.quarter, r.pick([-1, 1, 2]))
      return { snapshot: next as unknown as Snapshot, what: `${collection}: quarter of ${doc.id}` }
    }
  }
  if (!doc) return { snapshot, what: `${collection}: nothing to change` }
  // An update: a text edited, or a field given the value another document of the collection
  // has (always of the right shape: dates, references, choices, images, numbers).
  const fields = Object.keys(doc).filter((k) => k !== 'id' && k !== 'slug')
  const field = r.pick(fields)
  const value = doc[field]
  if (isText(value) && r.next() < 0.6) {
    doc[field] = { ...value, da: `${value.da} ændret ${n}` }
  } else {
    const other = r.pick(docs)
    doc[field] = structuredClone(other[field])
  }
  return { snapshot: next as unknown as Snapshot, what: `${collection}: ${field} of ${doc.id}` }
}

/** Every file of a folder, relative path → bytes. */
function folder(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) folder(full, base, out)
    else out.set(path.relative(base, full).split(path.sep).join('/'), readFileSync(full))
  }
  return out
}

/** Every file a generation serves, relative path → bytes. */
function served(buildsDir: string, manifest: Manifest): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const [file, at] of Object.entries(manifest.files)) {
    out.set(file, readFileSync(path.join(buildsDir, manifest.dirs[at]!, file)))
  }
  return out
}

function differences(updated: Map<string, Buffer>, full: Map<string, Buffer>): string[] {
  const out: string[] = []
  for (const [file, bytes] of full) {
    const mine = updated.get(file)
    if (!mine) out.push(`missing: ${file}`)
    else if (!mine.equals(bytes)) out.push(`differs: ${file}`)
  }
  for (const file of updated.keys()) if (!full.has(file)) out.push(`left over: ${file}`)
  return out
}

describe('an updated site equals a full build of the same content', () => {
  it(`after random changes to every collection, the settings and the clock (seed ${SEED})`, async () => {
    const r = random(SEED)
    const buildsDir = path.join(root, 'builds')
    let snapshot = ordered(
      parseSnapshot(JSON.parse(readFileSync(path.join(contentDir, 'snapshot.json'), 'utf8'))),
    )
    let now = new Date(FIXTURE_NOW)
    const live = new SiteEngine({ app, tracker, site, shardCounts: shards })
    let generation = new GenerationStore(buildsDir, null)
    await live.build({ snapshot, now, mediaDir: media() }, 'full', generation)
    let manifest = (await generation.commit()).manifest
    const unpublished = new Map<SnapshotCollection, Doc[]>()
    const history: string[] = []
    const touched = new Set<string>()
    let changes = 0
    for (let step = 1; step <= STEPS; step++) {
      // A few changes between builds, as publishes arriving during a build are coalesced.
      const count = 1 + r.int(3)
      for (let i = 0; i < count; i++) {
        const made = change(snapshot, unpublished, r, changes++)
        try {
          snapshot = ordered(parseSnapshot(made.snapshot))
          history.push(made.what)
          touched.add(made.what.split(':')[0]!)
        } catch {
          history.push(`${made.what} (refused by the contract; skipped)`)
        }
      }
      if (r.next() < 0.3) {
        now = new Date(now.getTime() + (1 + r.int(60)) * 3600 * 1000)
        history.push(`clock: ${now.toISOString()}`)
      }
      generation = new GenerationStore(buildsDir, manifest)
      const report = await live.build({ snapshot, now, mediaDir: media() }, 'update', generation)
      manifest = (await generation.commit()).manifest
      expect(report.full).toBe(false)

      const fullDir = path.join(root, `full-${step}`)
      const fresh = new SiteEngine({ app, tracker, site, shardCounts: shards })
      await fresh.build({ snapshot, now, mediaDir: media() }, 'full', new FolderStore(fullDir))
      expect(
        differences(served(buildsDir, manifest), folder(fullDir)),
        `after step ${step}:\n  ${history.join('\n  ')}`,
      ).toEqual([])
    }
    // The sequence reached every collection of the contract (and the settings).
    for (const collection of snapshotCollections) expect(touched, collection).toContain(collection)
  }, 900_000)
})
