/**
 * What a change to a story touches on the live site: the builder renders again only the pages
 * that show the story (its page, the list, the home page while it is among the latest, the pages
 * of what it is about) and the feeds, and writes only files whose bytes changed. Checked by the
 * files an update writes, after each kind of change: edit, unpublish, publish again, delete.
 */
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderedSnapshot, type Snapshot } from '@velkomst/shared/schemas'

import { SiteEngine, type RenderApp } from '../src/build/engine'
import { closeSearch } from '../src/build/search'
import { FolderStore, type OutputStore } from '../src/build/store'
import { Tracker } from '../src/build/tracking'
import { compileFixtureSite } from './helpers/build'
import { FIXTURE_NOW, fixtureSnapshot, writeFixture } from './helpers/fixture'

let root: string
let app: RenderApp
let site: URL
let engine: SiteEngine
let snapshot: Snapshot
const tracker = new Tracker().install()
const now = new Date(FIXTURE_NOW)

/** A folder that also remembers which files an update wrote or removed. */
class RecordingStore implements OutputStore {
  readonly touched = new Set<string>()
  constructor(private readonly inner: FolderStore) {}
  write(file: string, bytes: Uint8Array) {
    this.touched.add(file)
    return this.inner.write(file, bytes)
  }
  remove(file: string) {
    this.touched.add(file)
    return this.inner.remove(file)
  }
  read(file: string) {
    return this.inner.read(file)
  }
  flush() {
    return this.inner.flush()
  }
}

const content = () => path.join(root, 'content')
const folder = () => new FolderStore(path.join(root, 'site'))

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'velkomst-story-updates-'))
  // A fourth story, so one of them is not on the home page (which shows the latest three).
  const start = fixtureSnapshot()
  start.stories.push({
    ...start.stories[2]!,
    id: '4',
    slug: 'gammel-historie',
    title: { da: 'En gammel historie', en: 'An old story' },
    publishedOn: '2025-05-01',
    associationIds: ['2'],
  })
  snapshot = orderedSnapshot(start)
  await writeFixture(content(), snapshot)
  await compileFixtureSite(root, async (compiled) => {
    app = compiled.app
    site = compiled.site
    engine = new SiteEngine({ app, tracker, site })
    await engine.build({ snapshot, now, mediaDir: path.join(content(), 'media') }, 'full', folder())
  })
}, 300_000)

afterAll(async () => {
  await closeSearch()
})

/** Applies a change, updates the site, and returns the pages and feeds written. */
async function update(change: (s: Snapshot) => void): Promise<string[]> {
  const next = structuredClone(snapshot)
  change(next)
  snapshot = orderedSnapshot(next)
  const store = new RecordingStore(folder())
  const report = await engine.build(
    { snapshot, now, mediaDir: path.join(content(), 'media') },
    'update',
    store,
  )
  expect(report.full).toBe(false)
  return [...store.touched]
    .filter((f) => f.endsWith('.html') || f.startsWith('feeds/'))
    .filter((f) => !f.startsWith('pagefind/'))
    .sort()
}

const both = (da: string, en: string) => [da, en]
const storyPages = (slug: string) =>
  both(`historier/${slug}/index.html`, `en/stories/${slug}/index.html`)
const lists = both('historier/index.html', 'en/stories/index.html')
const feeds = both('feeds/da/stories.atom', 'feeds/en/stories.atom')
const home = both('index.html', 'en/index.html')
const chessPages = [
  ...both('foreninger/skakklubben/index.html', 'en/associations/skakklubben/index.html'),
  ...both('arrangementer/skakaften/index.html', 'en/events/skakaften/index.html'),
  ...both('faellesskaber/hyldespjaeldet/index.html', 'en/communities/hyldespjaeldet/index.html'),
]

describe('a change to a story renders again exactly the pages that show it', () => {
  it('an edited title: its page, the lists, the home page, what it is about, the feeds', async () => {
    const written = await update((s) => {
      s.stories.find((x) => x.id === '1')!.title = { da: 'Skak og kage', en: 'Chess and cake' }
    })
    expect(written).toEqual(
      [...storyPages('skak-i-faelleshuset'), ...lists, ...feeds, ...home, ...chessPages].sort(),
    )
  })

  it('an edited Danish text: the Danish page and feed only (lists show the title and summary; the English page has its own text)', async () => {
    const written = await update((s) => {
      const story = s.stories.find((x) => x.id === '1')!
      story.body = { ...story.body, da: [{ type: 'paragraph', children: [{ text: 'Ny tekst.' }] }] }
    })
    expect(written).toEqual(
      ['historier/skak-i-faelleshuset/index.html', 'feeds/da/stories.atom'].sort(),
    )
  })

  it('an old story not on the home page: the home page and other listings stay as they are', async () => {
    const written = await update((s) => {
      s.stories.find((x) => x.id === '4')!.summary = { da: 'Ændret.', en: 'Changed.' }
    })
    expect(written).toEqual(
      [
        ...storyPages('gammel-historie'),
        ...lists,
        ...feeds,
        ...both('foreninger/kun-dansk/index.html', 'en/associations/kun-dansk/index.html'),
      ].sort(),
    )
  })

  it('unpublished (or deleted): its page goes, and every page that showed it changes', async () => {
    let removed: Snapshot['stories'][number] | undefined
    const written = await update((s) => {
      removed = s.stories.find((x) => x.id === '1')
      s.stories = s.stories.filter((x) => x.id !== '1')
    })
    // The old story moves up onto the home page in its place.
    expect(written).toEqual(
      [...storyPages('skak-i-faelleshuset'), ...lists, ...feeds, ...home, ...chessPages].sort(),
    )
    const again = await update((s) => {
      s.stories.push(removed!)
    })
    expect(again).toEqual(
      [...storyPages('skak-i-faelleshuset'), ...lists, ...feeds, ...home, ...chessPages].sort(),
    )
  })

  it('a change elsewhere (another association) does not touch the stories pages', async () => {
    const written = await update((s) => {
      const a = s.associations.find((x) => x.id === '3')!
      a.summary = { ...a.summary, da: `${a.summary.da} Ændret.` }
    })
    expect(written.filter((f) => f.includes('historier') || f.includes('stories'))).toEqual([])
  })
})
