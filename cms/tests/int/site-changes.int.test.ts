import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import {
  applyChanges,
  snapshotCollections,
  type Snapshot,
  type SnapshotCollection,
} from '@velkomst/shared/schemas'

import { quarterOf } from '@velkomst/shared/quarter'
import { dateKey } from '@velkomst/shared/time'

import { changeLog } from '../../src/export/changes'
import { siteSnapshotEndpoint } from '../../src/export/endpoint'
import { buildSnapshot } from '../../src/export/snapshot'
import { startPayload, type TestPayload } from '../helpers/payload'
import { valid } from '../helpers/fixtures'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startPayload('site-changes')
  payload = t.payload
})
afterAll(async () => {
  await t?.cleanup()
})

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          { type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

/** The hooks write to the change feed once the write is committed. */
const settle = () => new Promise((r) => setTimeout(r, 300))
const comparable = (s: Snapshot) => ({ ...s, generatedAt: '' })

/** What the endpoint answers, called as Payload would call it. */
async function ask(query: Record<string, string>, headers: Record<string, string> = {}) {
  const handler = siteSnapshotEndpoint.handler as (req: unknown) => Promise<Response>
  return handler({ payload, query, headers: new Headers(headers) })
}

/** Creates a published document of each collection the contract has. */
async function oneOfEach(n: number): Promise<Record<SnapshotCollection, number>> {
  const published = { _status: 'published' as const }
  const association = await payload.create({
    collection: 'associations',
    data: { ...valid.association(n), ...published },
  })
  const quarter = `2031-Q${n}`
  const offer = await payload.create({
    collection: 'ticket-offers',
    data: { ...valid.ticketOffer(n), quarter, ...published },
  })
  const ids = {
    communities: (await payload.create({ collection: 'communities', data: valid.community(n) })).id,
    categories: (await payload.create({ collection: 'categories', data: valid.category(n) })).id,
    venues: (
      await payload.create({ collection: 'venues', data: { ...valid.venue(n), ...published } })
    ).id,
    associations: association.id,
    events: (
      await payload.create({
        collection: 'events',
        data: { ...valid.event(association.id, n), ...published },
      })
    ).id,
    ticketOffers: offer.id,
    pages: (await payload.create({ collection: 'pages', data: { ...valid.page(n), ...published } }))
      .id,
    welcomeLetters: (
      await payload.create({
        collection: 'welcome-letters',
        data: {
          quarter,
          status: 'approved',
          greeting: paragraph('Velkommen.'),
          signatureName: 'Borgmester',
          signatureTitle: 'Borgmester',
          offers: [offer.id],
        } as never,
      })
    ).id,
    ambassadors: (
      await payload.create({
        collection: 'ambassadors',
        data: { name: `Ambassadør ${n}`, showPublicly: true, languages: ['da'] },
      })
    ).id,
    stories: (
      await payload.create({
        collection: 'stories',
        data: { ...valid.story(association.id, n), ...published },
      })
    ).id,
  }
  // Every collection of the contract is covered here; a new one fails this line until it is.
  expect(Object.keys(ids).sort()).toEqual([...snapshotCollections].sort())
  return ids
}

const slugOf = (key: SnapshotCollection) =>
  ({
    communities: 'communities',
    categories: 'categories',
    venues: 'venues',
    associations: 'associations',
    events: 'events',
    ticketOffers: 'ticket-offers',
    pages: 'pages',
    welcomeLetters: 'welcome-letters',
    ambassadors: 'ambassadors',
    stories: 'stories',
  })[key] as 'pages'

describe('the change feed', () => {
  it('gives what changed since a version: applied to that version, it is the content now', async () => {
    const first = await oneOfEach(1)
    await settle()
    const before = await buildSnapshot(payload)
    const since = changeLog.version
    const second = await oneOfEach(2)
    // An update, an unpublish and a delete in every collection.
    for (const key of snapshotCollections) {
      const collection = slugOf(key)
      if (key === 'welcomeLetters') {
        await payload.update({
          collection: 'welcome-letters',
          id: first[key],
          data: { signatureName: 'Ny borgmester' },
        })
        await payload.update({
          collection: 'welcome-letters',
          id: second[key],
          data: { status: 'draft' } as never,
        })
        continue
      }
      if (key === 'ambassadors') {
        // Renamed; and one who no longer wants to be shown leaves the site.
        await payload.update({ collection: 'ambassadors', id: first[key], data: { name: 'Ny' } })
        await payload.update({
          collection: 'ambassadors',
          id: second[key],
          data: { showPublicly: false },
        })
        continue
      }
      const text =
        key === 'categories' || key === 'communities' || key === 'venues' || key === 'associations'
          ? 'name'
          : 'title'
      await payload.update({
        collection,
        id: first[key],
        data: { [text]: `Ændret ${key}` },
      })
      if (key === 'communities' || key === 'categories') {
        await payload.delete({ collection, id: second[key] })
      } else {
        await payload.update({ collection, id: second[key], data: { _status: 'draft' } as never })
      }
    }
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Ny undertitel' } })
    await settle()

    const answer = (await (await ask({ since })).json()) as {
      full: boolean
      version: string
      changes: Parameters<typeof applyChanges>[1]
    }
    expect(answer.full).toBe(false)
    expect(answer.version).toBe(changeLog.version)
    const now = await buildSnapshot(payload)
    expect(comparable(applyChanges(before, answer.changes).snapshot)).toEqual(comparable(now))
    // The documents that were not touched are not sent again.
    expect(
      answer.changes.collections.associations?.upsert.map((a) => (a as { id: string }).id),
    ).toEqual([String(first.associations)])
  })

  it('re-sends an offer when tickets handed out make it sold out, and when a correction undoes it', async () => {
    // One instant for the quarter and the day, so the day is in the quarter even at midnight.
    const now = new Date()
    const offer = await payload.create({
      collection: 'ticket-offers',
      data: {
        ...valid.ticketOffer(8),
        quarter: quarterOf(now),
        totalAvailable: 2,
        _status: 'published',
      } as never,
    })
    await settle()
    const statusAfter = async (change: () => Promise<unknown>) => {
      const before = await buildSnapshot(payload)
      const since = changeLog.version
      await change()
      await settle()
      const answer = (await (await ask({ since })).json()) as {
        changes: Parameters<typeof applyChanges>[1]
      }
      const now = await buildSnapshot(payload)
      expect(comparable(applyChanges(before, answer.changes).snapshot)).toEqual(comparable(now))
      return now.ticketOffers.find((o) => o.id === String(offer.id))?.status
    }
    const handedOut = {
      offer: offer.id,
      count: 2,
      handedOutOn: dateKey(now),
      source: 'staff',
    }
    let record: { id: number } | undefined
    expect(
      await statusAfter(async () => {
        record = await payload.create({
          collection: 'ticket-redemptions',
          data: handedOut as never,
        })
      }),
    ).toBe('sold-out')
    expect(
      await statusAfter(() => payload.delete({ collection: 'ticket-redemptions', id: record!.id })),
    ).toBe('available')
  })

  it('re-sends the documents that show an image when the image changes', async () => {
    const data = await sharp({
      create: { width: 800, height: 500, channels: 3, background: '#2f7d5b' },
    })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Klubhuset' },
      file: { data, mimetype: 'image/png', name: 'klubhus.png', size: data.length },
    })
    const association = await payload.create({
      collection: 'associations',
      data: { ...valid.association(7), logo: image.id, _status: 'published' },
    })
    // An ambassador's photo is shown only with consent: the public may not filter on it.
    const ambassador = await payload.create({
      collection: 'ambassadors',
      data: { name: 'Fotograferet', showPublicly: true, photo: image.id, photoConsent: true },
    })
    await settle()
    const before = await buildSnapshot(payload)
    const since = changeLog.version
    await payload.update({
      collection: 'media',
      id: image.id,
      data: { alt: 'Klubhuset om vinteren' },
    })
    await settle()
    const answer = (await (await ask({ since })).json()) as {
      changes: Parameters<typeof applyChanges>[1]
    }
    const sent = answer.changes.collections.associations?.upsert as {
      id: string
      logo: { alt: { da: string } }
    }[]
    expect(sent.map((a) => a.id)).toEqual([String(association.id)])
    expect(sent[0]!.logo.alt.da).toBe('Klubhuset om vinteren')
    const ambassadors = answer.changes.collections.ambassadors?.upsert as {
      id: string
      photo: { alt: { da: string } } | null
    }[]
    expect(ambassadors.map((a) => a.id)).toEqual([String(ambassador.id)])
    expect(ambassadors[0]!.photo?.alt.da).toBe('Klubhuset om vinteren')
    expect(comparable(applyChanges(before, answer.changes).snapshot)).toEqual(
      comparable(await buildSnapshot(payload)),
    )
  })

  it('sends everything again when it cannot say (an unknown or reset version)', async () => {
    const whole = (await (await ask({ since: 'ffff.1' })).json()) as {
      full: boolean
      snapshot: Snapshot
    }
    expect(whole.full).toBe(true)
    expect(comparable(whole.snapshot)).toEqual(comparable(await buildSnapshot(payload)))
    const version = changeLog.version
    changeLog.reset()
    expect(((await (await ask({ since: version })).json()) as { full: boolean }).full).toBe(true)
  })

  it('keeps the whole content per version: asked again, it is not built again', async () => {
    const first = await ask({})
    const version = first.headers.get('x-content-version')!
    expect(version).toBe(changeLog.version)
    const again = await ask({}, { 'if-none-match': `"${version}"` })
    expect(again.status).toBe(304)
    await payload.create({ collection: 'categories', data: valid.category(9) })
    await settle()
    const changed = await ask({}, { 'if-none-match': `"${version}"` })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('x-content-version')).not.toBe(version)
  })
})
