import type {
  Event as SchemaEvent,
  NGO,
  Offer,
  OpeningHoursSpecification,
  Place,
  WebSite,
  WithContext,
} from 'schema-dts'
import type { Locale } from '@velkomst/shared/locales'
import type { Association, TicketOffer, Venue } from '@velkomst/shared/schemas'
import { isoWithOffset } from '@velkomst/shared/time'
import type { Weekday } from '@velkomst/shared/vocabulary'

import { plain } from './i18n'
import { mediaUrl } from './images'
import type { EventEntry, Model } from './model'
import { roomAnchor } from './rooms'
import { href } from '@velkomst/shared/routes'

/**
 * schema.org JSON-LD for the page types, typed with schema-dts. The `<script>` body is escaped
 * so that text such as `</script>` in content cannot end the element.
 */
export function jsonLdScript(data: object | object[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
}

const dayNames: Record<Weekday, string> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
}

const address = (venue: Venue) =>
  ({
    '@type': 'PostalAddress',
    streetAddress: venue.address.street,
    postalCode: venue.address.postcode,
    addressLocality: venue.address.city,
    addressCountry: 'DK',
  }) as const

type PlaceNode = Exclude<Place, string>

function place(venue: Venue, locale: Locale, site: URL): PlaceNode {
  const hours: OpeningHoursSpecification[] = venue.openingHours.rules.map((r) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: dayNames[r.weekday] as never,
    opens: r.opens,
    closes: r.closes,
    ...(r.validFrom ? { validFrom: r.validFrom } : {}),
    ...(r.validTo ? { validThrough: r.validTo } : {}),
  }))
  const features = (
    [
      ['stepFree', 'Step-free access'],
      ['accessibleToilet', 'Accessible toilet'],
      ['hearingLoop', 'Hearing loop'],
      ['accessibleParking', 'Accessible parking'],
    ] as const
  ).map(([key, name]) => ({
    '@type': 'LocationFeatureSpecification' as const,
    name,
    value: venue.accessibility[key],
  }))
  return {
    '@type': 'Place',
    name: plain(venue.name, locale),
    url: new URL(href(locale, ['venues', { slug: venue.slug }]), site).href,
    address: address(venue),
    ...(venue.coordinates
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: venue.coordinates.lat,
            longitude: venue.coordinates.lng,
          },
        }
      : {}),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
    amenityFeature: features,
    isAccessibleForFree: true,
  }
}

/** A venue, with the rooms it lends out as the places it contains. */
export function venueJsonLd(venue: Venue, locale: Locale, site: URL): WithContext<Place> {
  const url = new URL(href(locale, ['venues', { slug: venue.slug }]), site).href
  const rooms: PlaceNode[] = venue.rooms.map((room) => ({
    '@type': 'Place',
    name: plain(room.name, locale),
    url: `${url}#${roomAnchor(room)}`,
    ...(room.capacity !== null ? { maximumAttendeeCapacity: room.capacity } : {}),
    amenityFeature: {
      '@type': 'LocationFeatureSpecification',
      name: 'Step-free access',
      value: room.stepFree,
    },
    isAccessibleForFree: room.price.free,
  }))
  return {
    '@context': 'https://schema.org',
    ...place(venue, locale, site),
    ...(rooms.length ? { containsPlace: rooms } : {}),
  }
}

export function associationJsonLd(a: Association, locale: Locale, site: URL): WithContext<NGO> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: plain(a.name, locale),
    description: plain(a.summary, locale),
    url: new URL(href(locale, ['associations', { slug: a.slug }]), site).href,
    ...(a.contact.email ? { email: a.contact.email } : {}),
    ...(a.contact.phone ? { telephone: a.contact.phone } : {}),
    ...(a.contact.website ? { sameAs: a.contact.website } : {}),
    ...(a.cvr ? { taxID: a.cvr } : {}),
    ...(a.logo ? { logo: new URL(mediaUrl(a.logo.filename), site).href } : {}),
    knowsLanguage: a.languages,
  }
}

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const

export function eventJsonLd(
  model: Model,
  entry: EntryWithOccurrence,
  locale: Locale,
  site: URL,
): WithContext<SchemaEvent> {
  const { event } = entry.entry
  const venue = event.venueId ? model.venue(event.venueId) : undefined
  const online = event.onlineUrl
    ? { '@type': 'VirtualLocation' as const, url: event.onlineUrl }
    : undefined
  const physical = venue
    ? place(venue, locale, site)
    : event.placeText
      ? ({ '@type': 'Place', name: plain(event.placeText, locale) } satisfies PlaceNode)
      : undefined
  const locations = [physical, online].filter((l) => l !== undefined)
  const organizers: ({ '@type': 'NGO' | 'Organization'; name: string } & Record<string, string>)[] =
    event.organizerIds
      .map((id) => model.association(id))
      .filter((a) => a !== undefined)
      .map((a) => ({
        '@type': 'NGO' as const,
        name: plain(a.name, locale),
        url: new URL(href(locale, ['associations', { slug: a.slug }]), site).href,
      }))
  // Residents or an informal group: their name, and the address they chose to show.
  if (event.residents) {
    organizers.push({
      '@type': 'Organization',
      name: event.residents.organiser,
      ...(event.residents.email ? { email: event.residents.email } : {}),
    })
  }
  const url = new URL(href(locale, ['events', { slug: event.slug }]), site).href
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: plain(event.title, locale),
    description: plain(event.summary, locale),
    url,
    startDate: isoWithOffset(entry.occurrence.start),
    ...(entry.occurrence.end ? { endDate: isoWithOffset(entry.occurrence.end) } : {}),
    eventStatus: eventStatus[event.status],
    eventAttendanceMode:
      physical && online
        ? 'https://schema.org/MixedEventAttendanceMode'
        : online
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    ...(locations.length ? { location: locations.length === 1 ? locations[0]! : locations } : {}),
    ...(organizers.length ? { organizer: organizers } : {}),
    offers: {
      '@type': 'Offer',
      price: event.price.free ? 0 : (event.price.amount ?? 0),
      priceCurrency: 'DKK',
      url: event.registrationUrl ?? url,
      availability: 'https://schema.org/InStock',
    },
    ...(event.image ? { image: new URL(mediaUrl(event.image.filename), site).href } : {}),
  }
}

export interface EntryWithOccurrence {
  entry: EventEntry
  occurrence: { start: Date; end: Date | null }
}

const availability = {
  available: 'https://schema.org/InStock',
  'sold-out': 'https://schema.org/SoldOut',
  withdrawn: 'https://schema.org/Discontinued',
} as const

export function offerJsonLd(
  offer: TicketOffer,
  locale: Locale,
  pageUrl: string,
): WithContext<Offer> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Offer',
    name: plain(offer.title, locale),
    price: 0,
    priceCurrency: 'DKK',
    availability: availability[offer.status],
    validFrom: offer.validFrom,
    validThrough: offer.validTo,
    url: pageUrl,
    ...(offer.totalAvailable !== null
      ? { inventoryLevel: { '@type': 'QuantitativeValue', value: offer.totalAvailable } }
      : {}),
  }
}

export function websiteJsonLd(model: Model, locale: Locale, site: URL): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: plain(model.settings.siteName, locale),
    url: new URL(href(locale, []), site).href,
    inLanguage: locale,
    publisher: { '@type': 'GovernmentOrganization', name: model.settings.municipalityName },
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL(href(locale, ['search']), site).href}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    } as never,
  }
}
