/**
 * The four ways to take part and venues' rooms to borrow: the fields take what they should and
 * refuse what they should in the editor's language (nothing stored changes), only staff change
 * a venue's rooms, and the export gives the site what the contract says.
 */
import { initI18n } from '@payloadcms/translations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { translate } from '@velkomst/shared/i18n'
import { parseSnapshot } from '@velkomst/shared/schemas'
import { ROOM_CAPACITY_MAX } from '@velkomst/shared/validation'

import type { Venue } from '../../src/payload-types'
import { buildSnapshot } from '../../src/export/snapshot'
import { expectFieldError, fieldErrors } from '../helpers/expectations'
import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let venue: Venue
type User = Parameters<Payload['update']>[0]['user']
const users: Record<'staff' | 'admin' | 'editor' | 'ambassador', User> = {} as never

type Room = Omit<NonNullable<Venue['rooms']>[number], 'id'>
const room = (over: Partial<Room> = {}): Room => ({
  name: 'Salen',
  capacity: 80,
  borrowers: ['associations', 'residents'],
  stepFree: true,
  price: { free: true },
  booking: { url: 'https://example.org/book' },
  ...over,
})

const english = async () =>
  initI18n({ config: payload.config.i18n, context: 'api', language: 'en' })

beforeAll(async () => {
  t = await startPayload('participation')
  payload = t.payload
  const association = await payload.create({
    collection: 'associations',
    data: { ...valid.association(1), _status: 'published' },
  })
  venue = await payload.create({
    collection: 'venues',
    data: { ...valid.venue(1), rooms: [room()], _status: 'published' },
  })
  // The first account becomes admin whatever it asks for.
  await payload.create({
    collection: 'users',
    data: { email: 'first@test.dk', password: 'first-password-1', role: 'admin' },
  })
  for (const role of ['staff', 'admin', 'ambassador'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@test.dk`, password: `${role}-password-1`, role },
    })
    users[role] = { ...user, collection: 'users' } as User
  }
  const editor = await payload.create({
    collection: 'users',
    data: {
      email: 'editor@test.dk',
      password: 'editor-password-1',
      role: 'association-editor',
      associations: [association.id],
    },
  })
  users.editor = { ...editor, collection: 'users' } as User
})
afterAll(async () => t?.cleanup())

/** Refused with the message on the path; the stored venue, every language, is unchanged. */
async function refuses(data: { rooms: Room[] }, path: string, message: string, en = false) {
  const before = await payload.findByID({ collection: 'venues', id: venue.id, locale: 'all' })
  await expectFieldError(
    payload.update({
      collection: 'venues',
      id: venue.id,
      data,
      ...(en ? { req: { i18n: await english() } } : {}),
    }),
    path,
    message,
  )
  const after = await payload.findByID({ collection: 'venues', id: venue.id, locale: 'all' })
  expect(after).toEqual(before)
}

describe('the four ways to take part', () => {
  it('are offered on associations and events, the fourth included', async () => {
    const a = await payload.create({
      collection: 'associations',
      data: {
        ...valid.association(2),
        waysToTakePart: ['come-along', 'help-out', 'co-organise', 'initiate'],
        helpNeeded: 'Trænere til børneholdene.',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'associations',
      id: a.id,
      locale: 'en',
      data: { helpNeeded: 'Coaches for the children’s teams.' },
    })
    const e = await payload.create({
      collection: 'events',
      data: { ...valid.event(a.id, 2), waysToTakePart: ['initiate'], _status: 'published' },
    })
    expect(e.waysToTakePart).toEqual(['initiate'])
    const snapshot = parseSnapshot(await buildSnapshot(payload))
    const exported = snapshot.associations.find((x) => x.id === String(a.id))!
    expect(exported.waysToTakePart).toEqual(['come-along', 'help-out', 'co-organise', 'initiate'])
    expect(exported.helpNeeded).toEqual({
      da: 'Trænere til børneholdene.',
      en: 'Coaches for the children’s teams.',
    })
    expect(snapshot.events.find((x) => x.id === String(e.id))?.waysToTakePart).toEqual(['initiate'])
  })

  it('refuse a way that is not one of the four, and too long a "help needed"', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'events',
        data: {
          ...valid.event(1, 3),
          waysToTakePart: ['cheer'] as never,
          _status: 'published',
        },
      }),
    )
    expect(errors.map((e) => e.path)).toContain('waysToTakePart')
    await expectFieldError(
      payload.create({
        collection: 'associations',
        data: { ...valid.association(3), helpNeeded: 'x'.repeat(501) },
      }),
      'helpNeeded',
      'Teksten er for lang: 501 tegn, højst 500.',
    )
  })
})

describe('rooms to borrow: validation', () => {
  it('keeps a valid room, with a stable row id, in both languages', async () => {
    const [stored] = venue.rooms ?? []
    expect(stored).toMatchObject({ name: 'Salen', capacity: 80, stepFree: true })
    const en = await payload.update({
      collection: 'venues',
      id: venue.id,
      locale: 'en',
      data: { rooms: [{ ...stored, name: 'The hall' }] },
    })
    expect(en.rooms?.[0]?.id).toBe(stored?.id)
    const da = await payload.findByID({ collection: 'venues', id: venue.id, locale: 'da' })
    expect(da.rooms?.[0]?.name).toBe('Salen')
    venue = da
  })

  it.each([
    [0, 'Skriv antal personer som et helt tal fra 1 til 5000.'],
    [-3, 'Skriv antal personer som et helt tal fra 1 til 5000.'],
    [2.5, 'Skriv antal personer som et helt tal fra 1 til 5000.'],
    [ROOM_CAPACITY_MAX + 1, 'Skriv antal personer som et helt tal fra 1 til 5000.'],
  ])('refuses a capacity of %s', async (capacity, message) => {
    await refuses({ rooms: [room({ capacity })] }, 'rooms.0.capacity', message)
  })

  it('refuses a room that is neither free nor priced', async () => {
    await refuses(
      { rooms: [room({ price: { free: false, text: '' } })] },
      'rooms.0.price.text',
      'Skriv, hvad det koster at låne lokalet, eller marker det som gratis.',
    )
  })

  it('refuses a room without any way to book it', async () => {
    await refuses(
      { rooms: [room({ booking: { url: '', email: '', phone: '' } })] },
      'rooms.0.booking.url',
      'Skriv, hvordan man booker lokalet: et link, en e-mailadresse eller et telefonnummer.',
    )
  })

  it.each([
    [{ url: 'javascript:alert(1)' }, 'rooms.0.booking.url', /https:\/\//],
    [{ email: 'sal@' }, 'rooms.0.booking.email', /e-mailadresse/],
    [{ phone: '12 34' }, 'rooms.0.booking.phone', /8 cifre/],
  ])('refuses a booking of %j', async (booking, path, message) => {
    const before = await payload.findByID({ collection: 'venues', id: venue.id, locale: 'all' })
    const errors = await fieldErrors(
      payload.update({ collection: 'venues', id: venue.id, data: { rooms: [room({ booking })] } }),
    )
    expect(errors.find((e) => e.path === path)?.message).toMatch(message)
    expect(await payload.findByID({ collection: 'venues', id: venue.id, locale: 'all' })).toEqual(
      before,
    )
  })

  it('refuses a room without a Danish name', async () => {
    await refuses(
      { rooms: [room({ name: '' })] },
      'rooms.0.name',
      translate('da', 'validation.required'),
    )
  })

  it('gives every message in English to an editor using the admin in English', async () => {
    await refuses(
      { rooms: [room({ capacity: 0 })] },
      'rooms.0.capacity',
      'Enter the number of people as a whole number from 1 to 5000.',
      true,
    )
    await refuses(
      { rooms: [room({ price: { free: false } })] },
      'rooms.0.price.text',
      'Say what it costs to borrow the room, or mark it as free.',
      true,
    )
    await refuses(
      { rooms: [room({ booking: {} })] },
      'rooms.0.booking.url',
      'Say how to book the room: a link, an email address or a phone number.',
      true,
    )
  })

  it('takes an English price left empty: the Danish one is shown', async () => {
    const priced = await payload.update({
      collection: 'venues',
      id: venue.id,
      data: { rooms: [room({ price: { free: false, text: '300 kr. pr. aften' } })] },
    })
    const row = priced.rooms![0]!
    const en = await payload.update({
      collection: 'venues',
      id: venue.id,
      locale: 'en',
      data: { rooms: [{ ...row, price: { free: false, text: '' } }] },
    })
    expect(en.rooms?.[0]?.price?.free).toBe(false)
    const snapshot = parseSnapshot(await buildSnapshot(payload))
    const exported = snapshot.venues.find((v) => v.id === String(venue.id))!
    expect(exported.rooms[0]?.price).toEqual({
      free: false,
      text: { da: '300 kr. pr. aften', en: null },
    })
  })
})

describe('rooms to borrow: who may change them', () => {
  const change = (user: User) =>
    payload.update({
      collection: 'venues',
      id: venue.id,
      data: { rooms: [room({ name: `Sal af ${String((user as { role?: string }).role)}` })] },
      overrideAccess: false,
      user,
    })

  it.each(['staff', 'admin'] as const)('%s may add and change rooms', async (role) => {
    const updated = await change(users[role])
    expect(updated.rooms?.[0]?.name).toBe(`Sal af ${role}`)
  })

  it.each(['editor', 'ambassador'] as const)(
    'an %s may not, and the rooms stay as they were',
    async (role) => {
      const before = await payload.findByID({ collection: 'venues', id: venue.id })
      await expect(change(users[role])).rejects.toMatchObject({ status: 403 })
      expect(await payload.findByID({ collection: 'venues', id: venue.id })).toEqual(before)
    },
  )

  it('the public reads a published venue’s rooms, and never a draft’s', async () => {
    const published = await payload.findByID({
      collection: 'venues',
      id: venue.id,
      overrideAccess: false,
    })
    expect(published.rooms?.length).toBe(1)
    await payload.update({
      collection: 'venues',
      id: venue.id,
      draft: true,
      data: { rooms: [room(), room({ name: 'Kælderen' })] },
    })
    const seen = await payload.findByID({
      collection: 'venues',
      id: venue.id,
      overrideAccess: false,
    })
    expect(seen.rooms?.map((r) => r.name)).not.toContain('Kælderen')
    const snapshot = parseSnapshot(await buildSnapshot(payload))
    expect(
      snapshot.venues.find((v) => v.id === String(venue.id))?.rooms.map((r) => r.name.da),
    ).not.toContain('Kælderen')
  })
})

describe('rooms to borrow: the export', () => {
  it('maps every field, English where written, and the row id as the room’s id', async () => {
    const v = await payload.create({
      collection: 'venues',
      data: {
        ...valid.venue(2),
        rooms: [
          room({
            name: 'Værkstedet',
            description: 'Høvlebænke.',
            capacity: 12,
            borrowers: ['residents'],
            stepFree: false,
            accessibilityNote: 'Tre trin ned.',
            price: { free: false, text: '50 kr.' },
            booking: { url: '', email: 'vaerksted@example.org', phone: '43 68 70 00' },
          }),
        ],
        _status: 'published',
      },
    })
    const row = v.rooms![0]!
    const untranslated = await payload.findByID({
      collection: 'venues',
      id: v.id,
      locale: 'en',
      fallbackLocale: false,
    })
    const enRow = untranslated.rooms![0]!
    await payload.update({
      collection: 'venues',
      id: v.id,
      locale: 'en',
      data: {
        rooms: [{ ...enRow, name: 'The workshop', price: { ...enRow.price, text: 'DKK 50' } }],
      },
    })
    const snapshot = parseSnapshot(await buildSnapshot(payload))
    expect(snapshot.venues.find((x) => x.id === String(v.id))?.rooms).toEqual([
      {
        id: row.id,
        name: { da: 'Værkstedet', en: 'The workshop' },
        description: { da: 'Høvlebænke.', en: null },
        capacity: 12,
        borrowers: ['residents'],
        stepFree: false,
        accessibilityNote: { da: 'Tre trin ned.', en: null },
        price: { free: false, text: { da: '50 kr.', en: 'DKK 50' } },
        booking: { url: null, email: 'vaerksted@example.org', phone: '43 68 70 00' },
      },
    ])
  })

  it('does not show the price text of a room marked free', async () => {
    const v = await payload.create({
      collection: 'venues',
      data: {
        ...valid.venue(3),
        rooms: [room({ price: { free: true, text: 'gammel pris' } })],
        _status: 'published',
      },
    })
    const snapshot = parseSnapshot(await buildSnapshot(payload))
    expect(snapshot.venues.find((x) => x.id === String(v.id))?.rooms[0]?.price).toEqual({
      free: true,
      text: null,
    })
  })
})
