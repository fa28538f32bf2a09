/** Localization with fallback, versions and restore, and image uploads. */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

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

  const stored = async (filename: string) => {
    const file = path.join(process.env.MEDIA_DIR!, filename)
    return { exists: fs.existsSync(file), meta: await sharp(file).metadata() }
  }

  it('stores an image under the extension of what it is, whatever it was called', async () => {
    for (const name of ['logo.html', 'logo.svg', 'logo', 'logo.png.js']) {
      const data = await png()
      const m = await payload.create({
        collection: 'media',
        data: { alt: 'Logo' },
        file: { data, mimetype: 'text/html', name, size: data.length },
      })
      expect(m.filename, name).toMatch(/^logo[\w.-]*\.png$/)
      expect(m.filename).not.toMatch(/\.(html|svg|js)/)
      expect(m.mimeType).toBe('image/png')
      expect((await stored(m.filename!)).meta.format).toBe('png')
    }
    const files = fs.readdirSync(process.env.MEDIA_DIR!)
    expect(files.filter((f) => /\.(html|svg|js)$/.test(f))).toEqual([])
  })

  it('strips the camera’s metadata, GPS position included, from the original and every size', async () => {
    const data = await sharp({
      create: { width: 1400, height: 900, channels: 3, background: '#336' },
    })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Telefon', Model: 'Kamera' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 40/1 12/1' },
      })
      .toBuffer()
    const input = await sharp(data).metadata()
    expect(input.exif?.toString('latin1')).toContain('Telefon')
    const m = await payload.create({
      collection: 'media',
      data: { alt: 'Søen' },
      file: { data, mimetype: 'image/jpeg', name: 'soeen.jpg', size: data.length },
    })
    const files = [m.filename!, ...Object.values(m.sizes ?? {}).map((s) => s.filename!)]
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const { meta } = await stored(file)
      expect(meta.exif, file).toBeUndefined()
      expect(meta.xmp, file).toBeUndefined()
    }
  })

  it('refuses an image with more pixels than it can take, from its header, storing nothing', async () => {
    // A PNG of a few bytes whose header says 20,000 × 20,000: decoding it would take gigabytes.
    const small = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const huge = Buffer.from(small)
    huge.writeUInt32BE(20_000, 16)
    huge.writeUInt32BE(20_000, 20)
    huge.writeUInt32BE(zlib.crc32(huge.subarray(12, 29)), 29)
    expect((await sharp(huge, { limitInputPixels: false }).metadata()).width).toBe(20_000)
    const before = await payload.count({ collection: 'media' })
    const files = fs.readdirSync(process.env.MEDIA_DIR!).length
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: { data: huge, mimetype: 'image/png', name: 'bombe.png', size: huge.length },
      }),
    ).rejects.toMatchObject({
      status: 413,
      message: expect.stringContaining('20000 × 20000 pixels, højst 50 millioner pixels'),
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
    expect(fs.readdirSync(process.env.MEDIA_DIR!).length).toBe(files)
  })
})
