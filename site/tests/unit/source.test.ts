import { createServer, type Server } from 'node:http'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteConfig } from '../../src/config'
import { ContentSourceError, contentSettings, prepareContent } from '../../src/lib/source'
import { fixtureSnapshot } from '../helpers/fixture'

let server: Server
let url: string
let snapshot: unknown = fixtureSnapshot()
let cmsFailure: string | null = null

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/api/site-snapshot' && cmsFailure) {
      res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: cmsFailure }] }))
    } else if (req.url === '/api/site-snapshot') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(snapshot))
    } else if (req.url?.startsWith('/api/media/file/')) {
      res.writeHead(200, { 'Content-Type': 'image/png' })
      res.end(Buffer.from(`file ${req.url}`))
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

describe('content from the live CMS', () => {
  it('downloads the published snapshot and its media into a folder the build reads', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'velkomst-source-'))
    const dir = await prepareContent({ cmsUrl: url, contentDir: '/nonexistent', cacheDir })
    expect(dir).toBe(cacheDir)
    const written = JSON.parse(readFileSync(path.join(dir, 'snapshot.json'), 'utf8')) as {
      venues: unknown[]
    }
    expect(written.venues).toHaveLength(2)
    expect(existsSync(path.join(dir, 'media', 'lake-640x400.webp'))).toBe(true)
  })

  it('refuses content that breaks the contract, naming the document and field', async () => {
    const bad = fixtureSnapshot() as unknown as { venues: Record<string, unknown>[] }
    bad.venues[1] = { ...bad.venues[1], address: null }
    snapshot = bad
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'velkomst-source-'))
    await expect(prepareContent({ cmsUrl: url, contentDir: '/x', cacheDir })).rejects.toThrow(
      /venues\[1\] \(slug "forbraendingen"\): address/,
    )
    snapshot = fixtureSnapshot()
  })

  it("passes on the CMS's own explanation when its export fails", async () => {
    cmsFailure =
      'Content does not match the contract:\n  associations[3] (slug "Ikke en adresse"): slug: not a valid slug'
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'velkomst-source-'))
    await expect(prepareContent({ cmsUrl: url, contentDir: '/x', cacheDir })).rejects.toThrow(
      /answered 500:\n.*associations\[3\] \(slug "Ikke en adresse"\): slug/s,
    )
    cmsFailure = null
  })

  it('says what to do when there is no content and no CMS', async () => {
    const settings = contentSettings(siteConfig({ CONTENT_DIR: '/nonexistent-velkomst' }))
    await expect(prepareContent(settings)).rejects.toThrow(ContentSourceError)
    await expect(prepareContent(settings)).rejects.toThrow(/npm run export/)
  })

  it('says when the CMS cannot be reached', async () => {
    await expect(
      prepareContent({ cmsUrl: 'http://127.0.0.1:9', contentDir: '/x', cacheDir: os.tmpdir() }),
    ).rejects.toThrow(/Cannot reach the CMS at http:\/\/127\.0\.0\.1:9/)
  })
})
