import type { Image } from '@velkomst/shared/schemas'

import type { Venue } from '../../payload-types'
import {
  contact,
  day,
  defineCollection,
  idOf,
  ids,
  optionalText,
  str,
  text,
  type WithLocales,
} from '../contract'

type Hours = NonNullable<Venue['openingHours']>
type Access = NonNullable<Venue['accessibility']>
type Room = NonNullable<Venue['rooms']>[number]
type RoomPrice = NonNullable<Room['price']>
type Read = Omit<
  WithLocales<Venue, 'name' | 'description'>,
  'openingHours' | 'accessibility' | 'rooms'
> & {
  openingHours?: WithLocales<Hours, 'note'>
  accessibility?: WithLocales<Access, 'note'>
  rooms?:
    | (Omit<WithLocales<Room, 'name' | 'description' | 'accessibilityNote'>, 'price'> & {
        price?: WithLocales<RoomPrice, 'text'> | null
      })[]
    | null
}

export const venues = defineCollection({
  key: 'venues',
  slug: 'venues',
  images: (v: Read) => v.images ?? [],
  imageFields: ['images'],
  map: (v: Read, { image }) => ({
    id: String(v.id),
    slug: v.slug ?? '',
    name: text(v.name),
    description: optionalText(v.description),
    address: v.address,
    coordinates:
      typeof v.coordinates?.lat === 'number' && typeof v.coordinates.lng === 'number'
        ? { lat: v.coordinates.lat, lng: v.coordinates.lng }
        : null,
    communityId: idOf(v.community),
    openingHours: {
      rules: (v.openingHours?.rules ?? []).map((r) => ({
        validFrom: day(r.validFrom),
        validTo: day(r.validTo),
        weekday: r.weekday,
        opens: r.opens,
        closes: r.closes,
      })),
      note: optionalText(v.openingHours?.note),
    },
    accessibility: {
      stepFree: Boolean(v.accessibility?.stepFree),
      accessibleToilet: Boolean(v.accessibility?.accessibleToilet),
      hearingLoop: Boolean(v.accessibility?.hearingLoop),
      accessibleParking: Boolean(v.accessibility?.accessibleParking),
      note: optionalText(v.accessibility?.note),
    },
    contact: contact(v.contact),
    images: ids(v.images)
      .map((id) => image(id))
      .filter((i): i is Image => i !== null),
    rooms: (v.rooms ?? []).map((r) => ({
      id: String(r.id),
      name: text(r.name),
      description: optionalText(r.description),
      capacity: typeof r.capacity === 'number' ? r.capacity : null,
      borrowers: r.borrowers ?? [],
      stepFree: Boolean(r.stepFree),
      accessibilityNote: optionalText(r.accessibilityNote),
      price: {
        free: Boolean(r.price?.free),
        // A free room's price text may linger in the field, hidden in the admin: not shown.
        text: r.price?.free ? null : optionalText(r.price?.text),
      },
      booking: {
        url: str(r.booking?.url),
        email: str(r.booking?.email),
        phone: str(r.booking?.phone),
      },
    })),
    updatedAt: v.updatedAt,
  }),
})
