import { createServer, type Server } from 'node:http'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let server: Server
let received: { reason: string; auth: string | undefined }[] = []

const settle = () => new Promise((r) => setTimeout(r, 300))

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      received.push({
        reason: (JSON.parse(body) as { reason: string }).reason,
        auth: req.headers.authorization,
      })
      res.writeHead(202)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/__rebuild`
  process.env.SITE_REBUILD_TOKEN = 'rebuild-token'
  t = await startPayload('rebuild')
  payload = t.payload
})
afterAll(async () => {
  delete process.env.SITE_REBUILD_URL
  delete process.env.SITE_REBUILD_TOKEN
  server.close()
  await t?.cleanup()
})
beforeEach(() => {
  received = []
})

describe('publishing asks the site to rebuild', () => {
  it('on publish, with the token, naming the document', async () => {
    const doc = await payload.create({
      collection: 'associations',
      data: { name: 'Ny forening', summary: 'Hej.', status: 'active', _status: 'published' },
    })
    await settle()
    expect(received).toEqual([
      { reason: `associations ${doc.id} create`, auth: 'Bearer rebuild-token' },
    ])
  })

  it('not for a draft that was never published', async () => {
    await payload.create({
      collection: 'associations',
      data: { name: 'Kladde', summary: 'Hej.', status: 'active' },
      draft: true,
    })
    await settle()
    expect(received).toEqual([])
  })

  it('on unpublish and on delete of published content', async () => {
    const doc = await payload.create({
      collection: 'venues',
      data: {
        name: 'Nyt sted',
        address: { street: 'Vej 1', postcode: '2620', city: 'Albertslund' },
        _status: 'published',
      },
    })
    await settle()
    received = []
    await payload.update({ collection: 'venues', id: doc.id, data: { _status: 'draft' } })
    await settle()
    expect(received.map((r) => r.reason)).toEqual([`venues ${doc.id} update`])
    received = []
    // Deleting it now (unpublished) changes nothing on the site.
    await payload.delete({ collection: 'venues', id: doc.id })
    await settle()
    expect(received).toEqual([])
    const live = await payload.create({
      collection: 'categories',
      data: { name: 'Slettes', group: 'activity' },
    })
    await settle()
    received = []
    await payload.delete({ collection: 'categories', id: live.id })
    await settle()
    expect(received.map((r) => r.reason)).toEqual([`categories ${live.id} delete`])
  })

  it('not while seeding or importing', async () => {
    await payload.create({
      collection: 'categories',
      data: { name: 'Import', group: 'activity' },
      context: { seed: true },
    })
    await settle()
    expect(received).toEqual([])
  })

  it('when the site settings change', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { showDemoNotice: false } })
    await settle()
    expect(received.map((r) => r.reason)).toEqual(['site-settings update'])
  })
})
