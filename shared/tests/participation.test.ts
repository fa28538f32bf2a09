import { describe, expect, it } from 'vitest'

import { dictionaries } from '../src/i18n/index'
import { reservedSlugs, segments } from '../src/routes'
import { ContractError, parseSnapshot, type Snapshot } from '../src/schemas/index'
import {
  checkCapacity,
  checkEmail,
  checkHttpUrl,
  checkPhone,
  checkRoomBooking,
  checkRoomPrice,
  ROOM_CAPACITY_MAX,
} from '../src/validation/index'
import { helpingWays, roomBorrowers, roomSizes, waysToTakePart } from '../src/vocabulary'

const at = '2026-11-23T12:00:00.000Z'
const text = (da: string, en: string | null = null) => ({ da, en })

const minimal = (): Snapshot => ({
  contractVersion: 1,
  generatedAt: at,
  settings: {
    siteName: text('Vild med Albertslund'),
    tagline: text('En genvej til dit nye liv'),
    municipalityName: 'Albertslund Kommune',
    contactPhone: '43686868',
    contactEmail: 'info@albertslund.dk',
    accessibilityStatementUrl: 'https://was.digst.dk/albertslund-dk',
    showDemoNotice: true,
    retentionDays: 180,
    links: { municipalityWelcome: null, wasteCalendar: null, bulkyWaste: null },
  },
  communities: [],
  categories: [],
  venues: [],
  associations: [],
  events: [],
  ticketOffers: [],
  pages: [],
  welcomeLetters: [],
  ambassadors: [],
  stories: [],
})

/** A venue, association and event as a snapshot from before this issue held them. */
const olderDocuments = () => ({
  venue: {
    id: 1,
    slug: 'forbraendingen',
    name: text('Forbrændingen'),
    description: null,
    address: { street: 'Kongsholmcentret 3', postcode: '2620', city: 'Albertslund' },
    coordinates: null,
    communityId: null,
    openingHours: { rules: [], note: null },
    accessibility: {
      stepFree: true,
      accessibleToilet: true,
      hearingLoop: false,
      accessibleParking: false,
      note: null,
    },
    contact: { phone: null, email: null, website: null },
    images: [],
    updatedAt: at,
  } as Record<string, unknown>,
  association: {
    id: 1,
    slug: 'skak',
    name: text('Skakklubben'),
    summary: text('Skak.'),
    description: null,
    logo: null,
    categoryIds: [],
    audiences: [],
    ageRange: { min: null, max: null },
    communityIds: [],
    venueIds: [],
    contact: { phone: null, email: null, website: null },
    membershipFee: { amount: null, text: null },
    languages: ['da'],
    socialOffer: false,
    waysToTakePart: ['come-along', 'help-out'],
    cvr: null,
    status: 'active',
    lastConfirmed: null,
    updatedAt: at,
  } as Record<string, unknown>,
  event: {
    id: 1,
    slug: 'skakaften',
    title: text('Skakaften'),
    summary: text('Skak.'),
    description: null,
    start: at,
    end: null,
    allDay: false,
    recurrence: null,
    venueId: '1',
    placeText: null,
    onlineUrl: null,
    organizerIds: ['1'],
    organizedByMunicipality: false,
    communityIds: [],
    categoryIds: [],
    audiences: [],
    price: { free: true, amount: null },
    registrationUrl: null,
    status: 'scheduled',
    volunteersWanted: { wanted: true, help: null },
    image: null,
    updatedAt: at,
  } as Record<string, unknown>,
})

const room = (over: Record<string, unknown> = {}) => ({
  id: '6745a1b2c3d4e5f6a7b8c9d0',
  name: text('Salen', 'The hall'),
  description: null,
  capacity: 120,
  borrowers: ['associations'],
  stepFree: true,
  accessibilityNote: null,
  price: { free: true, text: null },
  booking: { url: 'https://example.org/book', email: null, phone: null },
  ...over,
})

function withDocs(docs: ReturnType<typeof olderDocuments>) {
  const snapshot = minimal() as unknown as Record<string, unknown[]>
  snapshot.venues = [docs.venue]
  snapshot.associations = [docs.association]
  snapshot.events = [docs.event]
  return snapshot
}

describe('the four ways to take part', () => {
  it('are the community policy’s four, in its order, and two of them ask for a hand', () => {
    expect(waysToTakePart).toEqual(['come-along', 'help-out', 'co-organise', 'initiate'])
    expect(helpingWays).toEqual(['help-out', 'co-organise'])
  })

  it('each have a name, a title and the policy’s text in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      const dict = dictionaries[locale] as Record<string, string>
      for (const way of waysToTakePart) {
        for (const part of ['name', 'title', 'text']) {
          expect(dict[`participation.way.${way}.${part}`], `${locale} ${way} ${part}`).toBeTruthy()
        }
        expect(dict[`vocab.wayToTakePart.${way}`], `${locale} ${way}`).toBeTruthy()
      }
    }
  })

  it('have their own paths, distinct in each language and reserved from slugs', () => {
    for (const locale of ['da', 'en'] as const) {
      const words = waysToTakePart.map((way) => segments[`way-${way}`][locale])
      expect(new Set(words).size).toBe(4)
      for (const word of words) expect(reservedSlugs.has(word), word).toBe(true)
    }
    for (const key of ['takePart', 'volunteer', 'rooms'] as const) {
      expect(segments[key].da).not.toBe(segments[key].en)
    }
  })
})

describe('the contract, for what this issue added', () => {
  it('reads a snapshot from before rooms, help needed and events’ ways', () => {
    const parsed = parseSnapshot(withDocs(olderDocuments()))
    expect(parsed.venues[0]?.rooms).toEqual([])
    expect(parsed.associations[0]?.helpNeeded).toBeNull()
    expect(parsed.events[0]?.waysToTakePart).toEqual([])
  })

  it('reads rooms, help needed and the fourth way', () => {
    const docs = olderDocuments()
    docs.venue.rooms = [room(), room({ id: 'b-2', capacity: null, borrowers: [] })]
    docs.association.waysToTakePart = ['initiate']
    docs.association.helpNeeded = text('Trænere.', 'Coaches.')
    docs.event.waysToTakePart = ['come-along', 'initiate']
    const parsed = parseSnapshot(withDocs(docs))
    expect(parsed.venues[0]?.rooms.map((r) => [r.id, r.capacity])).toEqual([
      ['6745a1b2c3d4e5f6a7b8c9d0', 120],
      ['b-2', null],
    ])
    expect(parsed.associations[0]?.waysToTakePart).toEqual(['initiate'])
    expect(parsed.associations[0]?.helpNeeded).toEqual(text('Trænere.', 'Coaches.'))
    expect(parsed.events[0]?.waysToTakePart).toEqual(['come-along', 'initiate'])
  })

  it.each([
    [
      'a way it does not know',
      (d: ReturnType<typeof olderDocuments>) => {
        d.event.waysToTakePart = ['cheer']
      },
      'events[0] (slug "skakaften"): waysToTakePart.0',
    ],
    [
      'a borrower it does not know',
      (d: ReturnType<typeof olderDocuments>) => {
        d.venue.rooms = [room({ borrowers: ['companies'] })]
      },
      'venues[0] (slug "forbraendingen"): rooms.0.borrowers.0',
    ],
    [
      'a capacity of 0',
      (d: ReturnType<typeof olderDocuments>) => {
        d.venue.rooms = [room({ capacity: 0 })]
      },
      'rooms.0.capacity',
    ],
    [
      'a fractional capacity',
      (d: ReturnType<typeof olderDocuments>) => {
        d.venue.rooms = [room({ capacity: 12.5 })]
      },
      'rooms.0.capacity',
    ],
    [
      'a room id that cannot be an anchor',
      (d: ReturnType<typeof olderDocuments>) => {
        d.venue.rooms = [room({ id: 'a b"><script>' })]
      },
      'rooms.0.id',
    ],
    [
      'a room without a name',
      (d: ReturnType<typeof olderDocuments>) => {
        d.venue.rooms = [room({ name: null })]
      },
      'rooms.0.name',
    ],
  ])('refuses %s, naming the document and the field', (_, spoil, where) => {
    const docs = olderDocuments()
    spoil(docs)
    expect(() => parseSnapshot(withDocs(docs))).toThrow(ContractError)
    expect(() => parseSnapshot(withDocs(docs))).toThrow(where)
  })
})

describe('rooms: vocabularies', () => {
  it('label who may borrow in both languages, and keep size bands few', () => {
    for (const b of roomBorrowers) {
      expect(dictionaries.da[`vocab.roomBorrower.${b}`]).toBeTruthy()
      expect(dictionaries.en[`vocab.roomBorrower.${b}`]).toBeTruthy()
    }
    expect(roomSizes.length).toBeLessThanOrEqual(4)
  })
})

describe('rooms: validation', () => {
  it('takes a capacity that is empty or a whole number from 1 to the maximum', () => {
    for (const ok of [null, undefined, '', 1, 2, 40, ROOM_CAPACITY_MAX]) {
      expect(checkCapacity(ok), String(ok)).toBeNull()
    }
    for (const bad of [0, -1, 1.5, ROOM_CAPACITY_MAX + 1, Number.NaN, Infinity, '12', true]) {
      expect(checkCapacity(bad), String(bad)).toEqual({
        key: 'validation.room.capacity',
        params: { max: ROOM_CAPACITY_MAX },
      })
    }
  })

  it('wants a room free or priced in words', () => {
    expect(checkRoomPrice(true, null)).toBeNull()
    expect(checkRoomPrice(true, '')).toBeNull()
    expect(checkRoomPrice(false, '300 kr. pr. aften')).toBeNull()
    for (const blank of [null, undefined, '', '   ']) {
      expect(checkRoomPrice(false, blank)).toEqual({ key: 'validation.room.price' })
      expect(checkRoomPrice(undefined, blank)).toEqual({ key: 'validation.room.price' })
    }
  })

  it('wants at least one way to book, whichever it is', () => {
    const ways = { url: 'https://example.org/book', email: 'sal@example.org', phone: '43686868' }
    const keys = Object.keys(ways) as (keyof typeof ways)[]
    // Every combination of given and blank: only "all blank" is refused.
    for (let mask = 0; mask < 8; mask++) {
      const booking = Object.fromEntries(
        keys.map((k, i) => [k, mask & (1 << i) ? ways[k] : [null, '', ' '][i]]),
      )
      expect(checkRoomBooking(booking), JSON.stringify(booking)).toEqual(
        mask === 0 ? { key: 'validation.room.booking' } : null,
      )
    }
    expect(checkRoomBooking({})).toEqual({ key: 'validation.room.booking' })
  })

  it('checks the booking’s link, email and phone with the general rules', () => {
    expect(checkHttpUrl('javascript:alert(1)')).toEqual({ key: 'validation.url' })
    expect(checkEmail('sal@')).toEqual({ key: 'validation.email' })
    expect(checkPhone('12 34')).toEqual({ key: 'validation.phone.danish' })
  })

  it('has its messages in both languages, with the same placeholders', () => {
    for (const key of [
      'validation.room.capacity',
      'validation.room.price',
      'validation.room.booking',
    ] as const) {
      expect(dictionaries.da[key]).toBeTruthy()
      expect(dictionaries.en[key]).toBeTruthy()
      expect(dictionaries.da[key].includes('{max}')).toBe(dictionaries.en[key].includes('{max}'))
    }
  })
})
