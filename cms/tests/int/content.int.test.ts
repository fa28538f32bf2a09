/** Localization with fallback, versions and restore, and image uploads. */
import fs from 'node:fs'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startPayload('content')
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe('Danish and English', () => {
  it('stores both languages and falls back to Danish where English is missing', async () => {
    const a = await payload.create({
      collection: 'associations',
      locale: 'da',
      data: {
        ...valid.association(1),
        name: 'Albertslund Skakklub',
        summary: 'Vi spiller skak hver tirsdag.',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'associations',
      id: a.id,
      locale: 'en',
      data: { summary: 'We play chess every Tuesday.' },
    })

    const en = await payload.findByID({ collection: 'associations', id: a.id, locale: 'en' })
    expect(en.summary).toBe('We play chess every Tuesday.')
    expect(en.name).toBe('Albertslund Skakklub') // fallback

    const da = await payload.findByID({ collection: 'associations', id: a.id, locale: 'da' })
    expect(da.summary).toBe('Vi spiller skak hver tirsdag.')

    const noFallback = await payload.findByID({
      collection: 'associations',
      id: a.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(noFallback.name ?? null).toBeNull()

    const all = await payload.findByID({ collection: 'associations', id: a.id, locale: 'all' })
    expect(all.summary).toEqual({
      da: 'Vi spiller skak hver tirsdag.',
      en: 'We play chess every Tuesday.',
    })
  })
})

describe('versions', () => {
  it('keeps every published change and restores an earlier one', async () => {
    const v = await payload.create({
      collection: 'venues',
      data: { ...valid.venue(1), name: 'Musikcafeen', _status: 'published' },
    })
    await payload.update({ collection: 'venues', id: v.id, data: { description: 'Første tekst' } })
    await payload.update({ collection: 'venues', id: v.id, data: { description: 'Anden tekst' } })

    const versions = await payload.findVersions({
      collection: 'venues',
      where: { parent: { equals: v.id } },
      sort: 'createdAt',
    })
    expect(versions.totalDocs).toBe(3)
    const first = versions.docs.find((d) => d.version.description === 'Første tekst')
    expect(first).toBeDefined()

    await payload.restoreVersion({ collection: 'venues', id: first!.id })
    const restored = await payload.findByID({ collection: 'venues', id: v.id })
    expect(restored.description).toBe('Første tekst')
    expect(restored.name).toBe('Musikcafeen')
  })

  it('leaves the published document alone while a draft is pending', async () => {
    const e = await payload.create({
      collection: 'pages',
      data: { ...valid.page(9), summary: 'Offentlig', _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: e.id,
      data: { summary: 'Kladde' },
      draft: true,
    })
    expect((await payload.findByID({ collection: 'pages', id: e.id })).summary).toBe('Offentlig')
    expect((await payload.findByID({ collection: 'pages', id: e.id, draft: true })).summary).toBe(
      'Kladde',
    )
  })
})

describe('images', () => {
  const png = () =>
    sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f7d5b' } })
      .png()
      .toBuffer()

  it('stores an image with its sizes and requires alt text unless decorative', async () => {
    const data = await png()
    const file = { data, mimetype: 'image/png', name: 'badesoeen.png', size: data.length }
    const m = await payload.create({
      collection: 'media',
      data: { alt: 'Badesøen en sommerdag' },
      file,
    })
    expect(m.width).toBe(1600)
    expect(m.sizes?.card?.width).toBe(640)
    expect(m.sizes?.social?.height).toBe(630)
    expect(fs.existsSync(`${process.env.MEDIA_DIR}/${m.filename}`)).toBe(true)

    const before = await payload.count({ collection: 'media' })
    await expect(
      payload.create({ collection: 'media', data: {}, file: { ...file, name: 'no-alt.png' } }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'alt',
            message: expect.stringMatching(/marker det som pynt/),
          }),
        ],
      },
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)

    const deco = await payload.create({
      collection: 'media',
      data: { decorative: true },
      file: { ...file, name: 'pynt.png' },
    })
    expect(deco.decorative).toBe(true)
  })

  it('refuses a file that is not an image, with a clear message', async () => {
    const data = Buffer.from('%PDF-1.4 this is not an image')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: { data, mimetype: 'image/png', name: 'fake.png', size: data.length },
      }),
    ).rejects.toThrow(
      'Filen er ikke et billede, eller den er beskadiget. Upload et JPEG-, PNG-, WebP- eller AVIF-billede.',
    )
  })

  it('refuses an image that cannot be decoded', async () => {
    const whole = await png()
    const data = whole.subarray(0, 200) // a PNG header with the picture cut off
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: { data, mimetype: 'image/png', name: 'cut.png', size: data.length },
      }),
    ).rejects.toThrow(/ikke et billede, eller den er beskadiget/)
  })
})
