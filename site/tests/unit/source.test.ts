import { createServer, type Server } from 'node:http'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mediaFilesOf, type Snapshot } from '@velkomst/shared/schemas'

import { siteConfig } from '../../src/config'
import { ContentStore, loadContent } from '../../src/build/content-store'
import { ContentSourceError, contentSettings } from '../../src/lib/source'
import { fixtureSnapshot } from '../helpers/fixture'

/** A stand-in for the CMS's `/api/site-snapshot`: whole content, or changes since a version. */
let server: Server
let url: string
let snapshot: unknown
let cmsFailure: string | null
let changes: { version: string; changes: unknown } | null
let downloads: string[]
let fileVersion: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x')
    if (u.pathname === '/api/site-snapshot' && cmsFailure) {
      res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: cmsFailure }] }))
    } else if (u.pathname === '/api/site-snapshot') {
      const since = u.searchParams.get('since')
      res.writeHead(200, { 'Content-Type': 'application/json' })
      if (since && changes) res.end(JSON.stringify({ ...changes, full: false }))
      else res.end(JSON.stringify({ version: 'e1.1', full: true, snapshot }))
    } else if (u.pathname.startsWith('/api/media/file/')) {
      downloads.push(decodeURIComponent(u.pathname.slice('/api/media/file/'.length)))
      res.writeHead(200, { 'Content-Type': 'image/png' })
      res.end(Buffer.from(`file ${u.pathname} ${fileVersion}`))
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  snapshot = fixtureSnapshot()
  cmsFailure = null
  changes = null
  downloads = []
  fileVersion = 'v1'
})

const cache = () => mkdtempSync(path.join(os.tmpdir(), 'velkomst-source-'))

describe('content from the live CMS', () => {
  it('downloads the published content and its media, checked once', async () => {
    const cacheDir = cache()
    const content = await loadContent({ cmsUrl: url, contentDir: '/nonexistent', cacheDir })
    expect(content.snapshot.venues).toHaveLength(2)
    expect(content.mediaDir).toBe(path.join(cacheDir, 'media'))
    expect(existsSync(path.join(cacheDir, 'media', 'lake-640x400.webp'))).toBe(true)
    // Every image the site shows, wherever it is shown (an ambassador's photo too).
    const files = mediaFilesOf(content.snapshot)
    expect(files.some((f) => f.startsWith('amina'))).toBe(true)
    for (const file of files)
      expect(existsSync(path.join(cacheDir, 'media', file)), file).toBe(true)
  })

  it('then asks only for what changed, and applies it in the contract’s order', async () => {
    const store = new ContentStore({ cmsUrl: url, contentDir: '/x', cacheDir: cache() })
    const first = await store.refresh()
    const base = first.snapshot
    const changed = { ...base.associations[0]!, summary: { da: 'Ny tekst', en: null } }
    const added = { ...base.associations[0]!, id: '900', slug: 'aaa-foerst' }
    changes = {
      version: 'e1.2',
      changes: {
        collections: {
          associations: { upsert: [changed, added], remove: [base.associations[1]!.id] },
        },
      },
    }
    const second = await store.refresh()
    const after = second.snapshot
    expect(second.changed).toBe(true)
    expect(after.associations.map((a) => a.id)).toContain('900')
    expect(after.associations.map((a) => a.id)).not.toContain(base.associations[1]!.id)
    expect(after.associations[0]!.slug).toBe('aaa-foerst')
    expect(after.associations.find((a) => a.id === changed.id)!.summary.da).toBe('Ny tekst')
    // What did not change is the same object: the build's change tracking relies on it.
    expect(after.venues).toBe(base.venues)
    expect(after.associations.find((a) => a.id === base.associations[2]!.id)).toBe(
      base.associations[2],
    )
  })

  it('refuses a changed document that breaks the contract, naming it and the field', async () => {
    const store = new ContentStore({ cmsUrl: url, contentDir: '/x', cacheDir: cache() })
    await store.refresh()
    changes = {
      version: 'e1.2',
      changes: {
        collections: {
          venues: { upsert: [{ ...(snapshot as Snapshot).venues[1], address: null }], remove: [] },
        },
      },
    }
    await expect(store.refresh()).rejects.toThrow(/venues \(slug "forbraendingen"\): address/)
  })

  it('fetches a media file again when the image changed under the same name', async () => {
    const cacheDir = cache()
    const store = new ContentStore({ cmsUrl: url, contentDir: '/x', cacheDir })
    await store.refresh()
    const lake = path.join(cacheDir, 'media', 'lake-640x400.webp')
    expect(readFileSync(lake, 'utf8')).toContain('v1')
    downloads = []
    // Nothing changed: nothing is downloaded again.
    store.forget()
    await store.refresh()
    expect(downloads).toEqual([])
    // The image was replaced (same file names, a new version): its files are fetched again.
    const next = fixtureSnapshot()
    const image = next.venues[0]!.images[0]!
    next.venues[0]!.images[0] = { ...image, updatedAt: '2026-10-21T10:00:00.000Z' }
    snapshot = next
    fileVersion = 'v2'
    store.forget()
    await store.refresh()
    expect(downloads).toContain('lake-640x400.webp')
    expect(readFileSync(lake, 'utf8')).toContain('v2')
  })

  it('refuses content that breaks the contract, naming the document and field', async () => {
    const bad = fixtureSnapshot() as unknown as { venues: Record<string, unknown>[] }
    bad.venues[1] = { ...bad.venues[1], address: null }
    snapshot = bad
    await expect(loadContent({ cmsUrl: url, contentDir: '/x', cacheDir: cache() })).rejects.toThrow(
      /venues\[1\] \(slug "forbraendingen"\): address/,
    )
  })

  it("passes on the CMS's own explanation when its export fails", async () => {
    cmsFailure =
      'Content does not match the contract:\n  associations[3] (slug "Ikke en adresse"): slug: not a valid slug'
    await expect(loadContent({ cmsUrl: url, contentDir: '/x', cacheDir: cache() })).rejects.toThrow(
      /answered 500:\n.*associations\[3\] \(slug "Ikke en adresse"\): slug/s,
    )
  })

  it('says what to do when there is no content and no CMS', async () => {
    const settings = contentSettings(siteConfig({ CONTENT_DIR: '/nonexistent-velkomst' }))
    await expect(loadContent(settings)).rejects.toThrow(ContentSourceError)
    await expect(loadContent(settings)).rejects.toThrow(/npm run export/)
  })

  it('says when the CMS cannot be reached', async () => {
    await expect(
      loadContent({ cmsUrl: 'http://127.0.0.1:9', contentDir: '/x', cacheDir: os.tmpdir() }),
    ).rejects.toThrow(/Cannot reach the CMS at http:\/\/127\.0\.0\.1:9/)
  })
})
