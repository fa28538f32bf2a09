/**
 * Every validation rule rejects bad input through the Local API with its message, and leaves
 * what was stored unchanged.
 */
import { initI18n } from '@payloadcms/translations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import type { Association, Event, Page, TicketOffer, Venue } from '../../src/payload-types'
import { reservedSlugs } from '@velkomst/shared/routes'

import { expectFieldError } from '../helpers/expectations'
import { caller } from '../helpers/http'
import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let association: Association
let event: Event
let venue: Venue
let offer: TicketOffer
let page: Page

beforeAll(async () => {
  t = await startPayload('validation')
  payload = t.payload
  association = await payload.create({
    collection: 'associations',
    data: { ...valid.association(1), cvr: '12345678', _status: 'published' },
  })
  event = await payload.create({
    collection: 'events',
    data: { ...valid.event(association.id), _status: 'published' },
  })
  venue = await payload.create({
    collection: 'venues',
    data: {
      ...valid.venue(1),
      coordinates: { lat: 55.68, lng: 12.33 },
      openingHours: { rules: [{ weekday: 'mo', opens: '09:00', closes: '17:00' }] },
      _status: 'published',
    },
  })
  offer = await payload.create({
    collection: 'ticket-offers',
    data: { ...valid.ticketOffer(1), _status: 'published' },
  })
  page = await payload.create({
    collection: 'pages',
    data: { ...valid.page(1), _status: 'published' },
  })
})
afterAll(async () => t?.cleanup())

type Slug = 'associations' | 'events' | 'venues' | 'ticket-offers' | 'pages'

/** Rejects the update with the message on the path, and the stored document stays as it was. */
async function rejectsUpdate(
  collection: Slug,
  doc: { id: number },
  data: Record<string, unknown>,
  path: string,
  message: string | RegExp,
) {
  const before = await payload.findByID({ collection, id: doc.id, depth: 0 })
  await expectFieldError(payload.update({ collection, id: doc.id, data: data }), path, message)
  const after = await payload.findByID({ collection, id: doc.id, depth: 0 })
  expect(after).toEqual(before)
}

describe('slugs', () => {
  it('are made from the Danish name and stay when the name changes', async () => {
    const c = await payload.create({
      collection: 'communities',
      data: { name: 'Hersted Øster Landsby', kind: 'neighbourhood' },
    })
    expect(c.slug).toBe('hersted-oester-landsby')
    const renamed = await payload.update({
      collection: 'communities',
      id: c.id,
      data: { name: 'Herstedøster' },
    })
    expect(renamed.slug).toBe('hersted-oester-landsby')
  })

  it('get a number when the generated slug is taken', async () => {
    const a = await payload.create({
      collection: 'categories',
      data: { name: 'Fodbold', group: 'activity' },
    })
    const b = await payload.create({
      collection: 'categories',
      data: { name: 'Fodbold', group: 'activity' },
    })
    expect([a.slug, b.slug]).toEqual(['fodbold', 'fodbold-2'])
  })

  it('typed by hand are refused when taken, with a clear message', async () => {
    const before = await payload.count({ collection: 'categories' })
    await expectFieldError(
      payload.create({
        collection: 'categories',
        data: { name: 'Noget andet', slug: 'fodbold', group: 'activity' },
      }),
      'slug',
      'Adressen "fodbold" er allerede i brug. Vælg en anden.',
    )
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(before.totalDocs)
  })

  it('typed by hand are normalised', async () => {
    const c = await payload.create({
      collection: 'categories',
      data: { name: 'Svømning', slug: 'Svømning Og Vand', group: 'activity' },
    })
    expect(c.slug).toBe('svoemning-og-vand')
  })

  const inPath = [
    ['associations', () => valid.association(40)],
    ['events', () => valid.event(association.id, 40)],
    ['venues', () => valid.venue(40)],
    ['communities', () => valid.community(40)],
    ['pages', () => valid.page(40)],
  ] as const

  it('the site uses itself are refused in every collection whose slug is in a path', async () => {
    for (const [collection, data] of inPath) {
      for (const slug of reservedSlugs) {
        await expectFieldError(
          payload.create({ collection, data: { ...data(), slug }, draft: true }),
          'slug',
          `Adressen “${slug}” bruger hjemmesiden selv (til en liste eller et filter). Vælg en anden.`,
        )
      }
    }
    // Every word of the route table, in both languages.
    for (const word of ['i-dag', 'today', 'gratis', 'free', 'sociale-tilbud', 'side', 'kategori']) {
      expect(reservedSlugs.has(word), word).toBe(true)
    }
  })

  it('generated from a name the site uses step aside with a number', async () => {
    const e = await payload.create({
      collection: 'events',
      data: { ...valid.event(association.id, 41), title: 'I dag' },
      draft: true,
    })
    expect(e.slug).toBe('i-dag-2')
  })

  it('that are in no path may be any word: audience pages, categories', async () => {
    const audience = await payload.create({
      collection: 'pages',
      data: { title: 'Unge', slug: 'unge', kind: 'audience', audience: 'young-people' },
      draft: true,
    })
    expect(audience.slug).toBe('unge')
    const category = await payload.create({
      collection: 'categories',
      data: { name: 'Gratis', group: 'activity' },
    })
    expect(category.slug).toBe('gratis')
  })
})

describe('deleting what published content uses', () => {
  it('a venue a published event is at is refused, naming the event; unused, it goes', async () => {
    const hall = await payload.create({
      collection: 'venues',
      data: { ...valid.venue(50), name: 'Hallen', _status: 'published' },
    })
    await payload.create({
      collection: 'events',
      data: {
        ...valid.event(association.id, 50),
        title: 'Lynskak i Hallen',
        venue: hall.id,
        _status: 'published',
      },
    })
    const refused = payload.delete({ collection: 'venues', id: hall.id })
    await expect(refused).rejects.toMatchObject({ status: 409 })
    await expect(refused).rejects.toThrow(/Lynskak i Hallen \(arrangement\)/)
    expect(await payload.findByID({ collection: 'venues', id: hall.id })).toBeTruthy()
    const empty = await payload.create({
      collection: 'venues',
      data: { ...valid.venue(51), _status: 'published' },
    })
    await payload.create({
      collection: 'events',
      data: { ...valid.event(association.id, 51), venue: empty.id },
      draft: true,
    })
    // Only a draft uses it: nothing on the website changes.
    await expect(payload.delete({ collection: 'venues', id: empty.id })).resolves.toBeTruthy()
  })

  it('an association that organizes a published event or has a published offer is refused', async () => {
    const club = await payload.create({
      collection: 'associations',
      data: { ...valid.association(52), name: 'Skakklubben', _status: 'published' },
    })
    await payload.create({
      collection: 'ticket-offers',
      data: {
        ...valid.ticketOffer(52),
        title: 'Fribillet til skak',
        target: { relationTo: 'associations', value: club.id },
        _status: 'published',
      },
    })
    const refused = payload.delete({ collection: 'associations', id: club.id })
    await expect(refused).rejects.toThrow(/Fribillet til skak \(fribillet\)/)
    // In English for an English-speaking caller, over REST.
    const api = caller(payload, 'en')
    const staff = await payload.create({
      collection: 'users',
      data: { email: 'sletter@test.dk', password: 'sletter-password-1', role: 'staff' },
    })
    const token = await api.login(staff.email, 'sletter-password-1')
    const answer = await api.rest('DELETE', `/associations/${club.id}`, { token })
    expect(answer.status).toBe(409)
    expect(JSON.stringify(answer.body)).toContain('Fribillet til skak (free ticket offer)')
    expect(JSON.stringify(answer.body)).toContain('cannot be deleted while published content')
  })
})

describe('events', () => {
  it('refuse an end before the start', () =>
    rejectsUpdate(
      'events',
      event,
      { end: '2026-12-01T16:00:00.000Z' },
      'end',
      'Slut kan ikke ligge før start.',
    ))

  it('refuse a repetition that never ends', () =>
    rejectsUpdate(
      'events',
      event,
      { recurrence: { frequency: 'weekly' } },
      'recurrence.frequency',
      'En gentagelse skal slutte: angiv en slutdato eller et antal gange.',
    ))

  it('refuse a repetition that ends before it starts', () =>
    rejectsUpdate(
      'events',
      event,
      { recurrence: { frequency: 'weekly', until: '2026-11-01T12:00:00.000Z' } },
      'recurrence.frequency',
      'Gentagelsen slutter, før arrangementet begynder.',
    ))

  it('refuse a negative price', () =>
    rejectsUpdate(
      'events',
      event,
      { price: { free: false, amount: -20 } },
      'price.amount',
      'Tallet kan ikke være negativt.',
    ))

  it('refuse a paid event without a price', () =>
    rejectsUpdate('events', event, { price: { free: false } }, 'price.amount', /Angiv en pris/))

  it('refuse links that are not http(s)', async () => {
    await rejectsUpdate(
      'events',
      event,
      { registrationUrl: 'javascript:alert(1)' },
      'registrationUrl',
      /https:\/\//,
    )
    await rejectsUpdate(
      'events',
      event,
      { onlineUrl: 'data:text/html,x' },
      'onlineUrl',
      /https:\/\//,
    )
  })

  it('refuse an event with no place', () =>
    rejectsUpdate(
      'events',
      event,
      { placeText: '', venue: null, onlineUrl: '' },
      'venue',
      'Angiv et sted, en adresse eller et onlinelink.',
    ))

  it('refuse an event with no organizer', () =>
    rejectsUpdate(
      'events',
      event,
      { organizers: [], organizedByMunicipality: false },
      'organizers',
      /mindst én arrangør/,
    ))

  it('accept a valid weekly repetition', async () => {
    const e = await payload.update({
      collection: 'events',
      id: event.id,
      data: { recurrence: { frequency: 'weekly', count: 8, byWeekday: ['tu'] } },
    })
    expect(e.recurrence?.count).toBe(8)
  })
})

describe('associations', () => {
  it('refuse a CVR number that is not 8 digits', () =>
    rejectsUpdate(
      'associations',
      association,
      { cvr: '1234567' },
      'cvr',
      'Et CVR-nummer har 8 cifre.',
    ))

  it('refuse a minimum age above the maximum', () =>
    rejectsUpdate(
      'associations',
      association,
      { ageRange: { min: 18, max: 12 } },
      'ageRange.min',
      'Mindstealderen er højere end den højeste alder.',
    ))

  it('refuse a negative membership fee', () =>
    rejectsUpdate(
      'associations',
      association,
      { membershipFee: { amount: -100 } },
      'membershipFee.amount',
      'Tallet kan ikke være negativt.',
    ))

  it('refuse a phone number that is not Danish unless marked international', async () => {
    await rejectsUpdate(
      'associations',
      association,
      { contact: { phone: '+46 8 123 456 78' } },
      'contact.phone',
      /dansk telefonnummer/,
    )
    const ok = await payload.update({
      collection: 'associations',
      id: association.id,
      data: { contact: { phone: '+46 8 123 456 78', phoneInternational: true } },
    })
    expect(ok.contact?.phone).toBe('+46 8 123 456 78')
  })

  it('refuse an invalid email and a javascript: website', async () => {
    await rejectsUpdate(
      'associations',
      association,
      { contact: { email: 'kontakt@forening' } },
      'contact.email',
      /gyldig e-mailadresse/,
    )
    await rejectsUpdate(
      'associations',
      association,
      { contact: { website: 'javascript:alert(document.cookie)' } },
      'contact.website',
      /https:\/\//,
    )
  })

  it('refuse an over-long summary', () =>
    rejectsUpdate(
      'associations',
      association,
      { summary: 'x'.repeat(301) },
      'summary',
      'Teksten er for lang: 301 tegn, højst 300.',
    ))

  it('refuse a missing Danish name but accept a missing English one', async () => {
    await rejectsUpdate('associations', association, { name: '' }, 'name', 'Skal udfyldes.')
    const en = await payload.update({
      collection: 'associations',
      id: association.id,
      data: { name: '' },
      locale: 'en',
    })
    expect(en.name).toBe('Forening 1')
  })
})

describe('venues', () => {
  it('publish without opening-hours rules as the admin sends them (an empty list as 0)', async () => {
    const updated = await payload.update({
      collection: 'venues',
      id: venue.id,
      data: { openingHours: { rules: 0 }, _status: 'published' } as never,
      depth: 0,
    })
    expect(updated.openingHours?.rules ?? []).toEqual([])
  })

  it('refuse closing before opening', () =>
    rejectsUpdate(
      'venues',
      venue,
      { openingHours: { rules: [{ weekday: 'tu', opens: '18:00', closes: '10:00' }] } },
      'openingHours.rules.0.closes',
      'Lukketid skal ligge efter åbningstid.',
    ))

  it('refuse a clock that is not HH:MM', () =>
    rejectsUpdate(
      'venues',
      venue,
      { openingHours: { rules: [{ weekday: 'tu', opens: '9', closes: '17:00' }] } },
      'openingHours.rules.0.opens',
      /TT:MM/,
    ))

  it('refuse coordinates outside Denmark', () =>
    rejectsUpdate(
      'venues',
      venue,
      { coordinates: { lat: 12.33, lng: 55.68 } },
      'coordinates.lat',
      /uden for Danmark/,
    ))
})

describe('ticket offers', () => {
  it('refuse a malformed quarter', () =>
    rejectsUpdate(
      'ticket-offers',
      offer,
      { quarter: '2026-Q5' },
      'quarter',
      'Skriv kvartalet som ÅÅÅÅ-Qn, fx 2026-Q3.',
    ))

  it('refuse validity outside the quarter', () =>
    rejectsUpdate(
      'ticket-offers',
      offer,
      { validTo: '2027-01-15T12:00:00.000Z' },
      'validTo',
      'Datoen ligger uden for kvartalet 2026-Q4.',
    ))

  it('refuse negative ticket counts', async () => {
    await rejectsUpdate(
      'ticket-offers',
      offer,
      { ticketsPerHousehold: -1 },
      'ticketsPerHousehold',
      'Tallet kan ikke være negativt.',
    )
    await rejectsUpdate(
      'ticket-offers',
      offer,
      { totalAvailable: -5 },
      'totalAvailable',
      'Tallet kan ikke være negativt.',
    )
  })

  it('are valid for the whole quarter when no dates are given', () => {
    expect(String(offer.validFrom).slice(0, 10)).toBe('2026-10-01')
    expect(String(offer.validTo).slice(0, 10)).toBe('2026-12-31')
  })
})

describe('pages', () => {
  it('refuse a place whose GeoJSON is not a point in Denmark', () =>
    rejectsUpdate(
      'pages',
      page,
      {
        mapFeatures: [
          {
            kind: 'place',
            name: 'Legeplads',
            geometry: { type: 'Point', coordinates: [55.68, 12.33] },
          },
        ],
      },
      'mapFeatures.0.geometry',
      /uden for Danmark/,
    ))

  it('refuse a route that is not a line', () =>
    rejectsUpdate(
      'pages',
      page,
      {
        mapFeatures: [
          {
            kind: 'route',
            name: 'Rundtur',
            geometry: { type: 'Point', coordinates: [12.33, 55.68] },
          },
        ],
      },
      'mapFeatures.0.geometry',
      /LineString/,
    ))
})

describe('messages in the editor’s language', () => {
  it('are English for an editor using the admin in English', async () => {
    const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: 'en' })
    await expectFieldError(
      payload.update({
        collection: 'associations',
        id: association.id,
        data: { cvr: '123' },
        req: { i18n },
      }),
      'cvr',
      'A CVR number has 8 digits.',
    )
  })
})
