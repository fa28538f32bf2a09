import { describe, expect, it } from 'vitest'

import { buildModel } from '../../src/lib/model'
import {
  associationJsonLd,
  eventJsonLd,
  jsonLdScript,
  offerJsonLd,
  venueJsonLd,
} from '../../src/lib/structured-data'
import { fixtureSnapshot, FIXTURE_NOW } from '../helpers/fixture'

const site = new URL('https://velkommen.example.dk')
const model = buildModel(fixtureSnapshot(), new Date(FIXTURE_NOW))

describe('schema.org JSON-LD', () => {
  it('describes an event with status, Copenhagen times, location, organizer and offer', () => {
    const entry = model.event('3')!
    const ld = eventJsonLd(
      model,
      { entry, occurrence: entry.upcoming[0]! },
      'en',
      site,
    ) as unknown as Record<string, unknown>
    expect(ld['@type']).toBe('Event')
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(ld.startDate).toBe('2026-10-30T19:00:00+01:00')
    expect(ld.location).toMatchObject({ '@type': 'Place', address: { postalCode: '2620' } })
    expect(ld.offers).toMatchObject({ '@type': 'Offer', price: 150, priceCurrency: 'DKK' })
    expect(ld.url).toBe('https://velkommen.example.dk/en/events/aflyst-koncert/')
    const chess = model.event('1')!
    const chessLd = eventJsonLd(model, { entry: chess, occurrence: chess.upcoming[0]! }, 'da', site)
    expect(chessLd).toMatchObject({ organizer: [{ '@type': 'NGO', name: 'Albertslund Skakklub' }] })
  })

  it('describes a venue with opening hours and accessibility features', () => {
    const ld = venueJsonLd(
      model.venues.find((v) => v.slug === 'badesoeen')!,
      'da',
      site,
    ) as unknown as Record<string, unknown>
    expect(ld['@type']).toBe('Place')
    expect(ld.openingHoursSpecification).toContainEqual(
      expect.objectContaining({
        dayOfWeek: 'https://schema.org/Tuesday',
        opens: '08:00',
        closes: '12:00',
      }),
    )
    expect(ld.amenityFeature).toContainEqual(
      expect.objectContaining({ name: 'Hearing loop', value: false }),
    )
  })

  it('lists a venue’s rooms to borrow as the places it contains', () => {
    const ld = venueJsonLd(
      model.venues.find((v) => v.slug === 'forbraendingen')!,
      'en',
      site,
    ) as unknown as Record<string, unknown>
    expect(ld.containsPlace).toEqual([
      expect.objectContaining({
        '@type': 'Place',
        name: 'The hall',
        url: 'https://velkommen.example.dk/en/venues/forbraendingen/#room-sal',
        maximumAttendeeCapacity: 200,
        isAccessibleForFree: false,
        amenityFeature: expect.objectContaining({ name: 'Step-free access', value: true }),
      }),
      expect.objectContaining({ name: 'Værkstedet', isAccessibleForFree: true }),
    ])
    expect(
      venueJsonLd(
        model.venues.find((v) => v.slug === 'badesoeen')!,
        'da',
        site,
      ),
    ).toHaveProperty('containsPlace')
  })

  it('describes an association as an NGO and a free ticket as an Offer', () => {
    const a = associationJsonLd(model.association('1')!, 'en', site) as unknown as Record<
      string,
      unknown
    >
    expect(a).toMatchObject({
      '@type': 'NGO',
      name: 'Albertslund Chess Club',
      knowsLanguage: ['da', 'en', 'uk'],
    })
    const o = offerJsonLd(
      model.offers[1]!,
      'da',
      'https://velkommen.example.dk/velkommen/',
    ) as unknown as Record<string, unknown>
    expect(o).toMatchObject({
      '@type': 'Offer',
      price: 0,
      availability: 'https://schema.org/SoldOut',
    })
  })

  it('escapes the script body so content cannot close the element', () => {
    const body = jsonLdScript({ name: '</script><script>alert(1)</script>' })
    expect(body).not.toContain('<')
    expect(JSON.parse(body)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})
