/**
 * Texts are trimmed before validation and stored trimmed, in every collection and field (the
 * fields are read from the config, so a field added later is covered): `"09:00 "` passed the CMS
 * once and then failed every site build.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, valid, type World } from '../helpers/fixtures'
import { caller } from '../helpers/http'
import { leavesOf, serverOwned } from '../helpers/malformed'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let w: World
let storyId: number

beforeAll(async () => {
  t = await startPayload('trim')
  payload = t.payload
  w = await buildWorld(payload)
  storyId = (
    await payload.create({
      collection: 'stories',
      data: { ...valid.story(w.ownAssociation.id), _status: 'published' },
    })
  ).id
})
afterAll(async () => t?.cleanup())

/** A value each kind of field accepts, when the stored document has none. */
const samples: Record<string, string> = {
  phone: '43 68 68 68',
  email: 'kontakt@albertslund.dk',
  website: 'https://albertslund.dk',
  onlineUrl: 'https://albertslund.dk/live',
  registrationUrl: 'https://albertslund.dk/tilmelding',
  cvr: '12345678',
  postcode: '2620',
}

const ids = (): Record<string, number> => ({
  associations: w.ownAssociation.id,
  events: w.ownEvent.id,
  venues: w.publishedVenue.id,
  communities: w.community.id,
  categories: w.category.id,
  'ticket-offers': w.publishedOffer.id,
  pages: w.publishedPage.id,
  stories: storyId,
  users: w.otherEditor.id,
})

const at = (doc: unknown, path: string[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], doc)

const nest = (path: string[], value: unknown) =>
  path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>

describe('texts', () => {
  it('are stored without surrounding spaces, in every text field of every collection', async () => {
    const failures: string[] = []
    let checked = 0
    for (const [slug, id] of Object.entries(ids())) {
      const collection = slug as 'associations'
      const fields = payload.collections[collection].config.fields
      for (const leaf of leavesOf(fields)) {
        if (!['text', 'textarea', 'email'].includes(leaf.field.type)) continue
        const name = leaf.path.at(-1)!
        if (leaf.arrayAt !== undefined || serverOwned.has(leaf.path[0]!) || name === 'id') continue
        const stored = at(
          await payload.findByID({ collection, id, depth: 0, draft: true }),
          leaf.path,
        )
        const value =
          typeof stored === 'string' && stored
            ? stored
            : name === 'slug'
              ? `ny-adresse-${++checked}`
              : (samples[name] ?? 'Tekst med mellemrum')
        try {
          await payload.update({
            collection,
            id,
            data: nest(leaf.path, `  ${value} \t\n`),
            draft: Boolean(payload.collections[collection].config.versions),
          })
          const after = at(
            await payload.findByID({ collection, id, depth: 0, draft: true }),
            leaf.path,
          )
          if (after !== value)
            failures.push(`${slug}.${leaf.path.join('.')}: ${JSON.stringify(after)}`)
        } catch (error) {
          failures.push(`${slug}.${leaf.path.join('.')}: refused (${(error as Error).message})`)
        }
        checked++
      }
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(30)
  })

  it('in rows of a list too: opening hours "09:00 " are stored as 09:00', async () => {
    const venue = await payload.update({
      collection: 'venues',
      id: w.publishedVenue.id,
      data: { openingHours: { rules: [{ weekday: 'mo', opens: '09:00 ', closes: ' 17:00' }] } },
    })
    expect(venue.openingHours?.rules?.[0]).toMatchObject({ opens: '09:00', closes: '17:00' })
    const page = await payload.update({
      collection: 'pages',
      id: w.publishedPage.id,
      data: {
        mapFeatures: [
          {
            kind: 'place',
            name: '  Badesøen ',
            geometry: { type: 'Point', coordinates: [12.35, 55.68] },
          },
        ],
      },
    })
    expect(page.mapFeatures?.[0]?.name).toBe('Badesøen')
  })

  it('in the site settings, and over REST as over the Local API', async () => {
    const settings = await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: ' Vild med Albertslund  ', contactEmail: ' albertslund@albertslund.dk ' },
    })
    expect(settings).toMatchObject({
      siteName: 'Vild med Albertslund',
      contactEmail: 'albertslund@albertslund.dk',
    })
    const api = caller(payload)
    const token = await api.login('staff@test.dk', 'staff-password-1')
    const answer = await api.rest('PATCH', `/venues/${w.publishedVenue.id}`, {
      token,
      body: { openingHours: { rules: [{ weekday: 'tu', opens: '10:00\t', closes: '16:00 ' }] } },
    })
    expect(answer.status).toBe(200)
    const stored = await payload.findByID({ collection: 'venues', id: w.publishedVenue.id })
    expect(stored.openingHours?.rules?.[0]).toMatchObject({ opens: '10:00', closes: '16:00' })
  })
})
