import type { Image } from '@velkomst/shared/schemas'

import type { Venue } from '../../payload-types'
import {
  contact,
  day,
  defineCollection,
  idOf,
  ids,
  optionalText,
  text,
  type WithLocales,
} from '../contract'

type Hours = NonNullable<Venue['openingHours']>
type Access = NonNullable<Venue['accessibility']>
type Read = Omit<WithLocales<Venue, 'name' | 'description'>, 'openingHours' | 'accessibility'> & {
  openingHours?: WithLocales<Hours, 'note'>
  accessibility?: WithLocales<Access, 'note'>
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
    updatedAt: v.updatedAt,
  }),
})
