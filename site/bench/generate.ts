import type { Snapshot } from '@velkomst/shared/schemas'
import { dateKey } from '@velkomst/shared/time'
import { audiences, weekdays } from '@velkomst/shared/vocabulary'

import { fixtureSnapshot } from '../tests/helpers/fixture'

export interface Scale {
  associations: number
  events: number
  venues: number
  communities: number
}

/** The "10x a large municipality". */
export const large10x: Scale = { associations: 3000, events: 30000, venues: 300, communities: 60 }

const words = [
  'sport',
  'kor',
  'skak',
  'strik',
  'løb',
  'fodbold',
  'maling',
  'natur',
  'bridge',
  'dans',
]
const text = (da: string, en: string | null) => ({ da, en })

/**
 * A synthetic snapshot of a given size, built on the fixture's settings, categories and pages.
 * Deterministic: the same scale gives the same content. A third of the events repeat weekly
 * for eight weeks; the rest are spread over the next six months from `now`.
 */
export function generateSnapshot(scale: Scale, now: Date): Snapshot {
  const base = fixtureSnapshot()
  const updatedAt = now.toISOString()
  const categories = words.map((w, i) => ({
    id: String(i + 1),
    slug: `kategori-${i + 1}`,
    name: text(`Kategori ${w}`, `Category ${w}`),
    group: 'activity' as const,
  }))
  const communities = Array.from({ length: scale.communities }, (_, i) => ({
    id: String(i + 1),
    slug: `faellesskab-${i + 1}`,
    name: text(`Fællesskab ${i + 1}`, i % 3 ? `Community ${i + 1}` : null),
    kind: i % 4 ? ('neighbourhood' as const) : ('interest' as const),
    description: text(`Kvarteret nummer ${i + 1}.`, `Neighbourhood number ${i + 1}.`),
    updatedAt,
  }))
  const venueTemplate = base.venues[0]!
  const venues = Array.from({ length: scale.venues }, (_, i) => ({
    ...venueTemplate,
    id: String(i + 1),
    slug: `sted-${i + 1}`,
    name: text(`Sted ${i + 1}`, `Venue ${i + 1}`),
    communityId: String((i % scale.communities) + 1),
    images: [],
    updatedAt,
  }))
  const associationTemplate = base.associations[0]!
  const associations = Array.from({ length: scale.associations }, (_, i) => ({
    ...associationTemplate,
    id: String(i + 1),
    slug: `forening-${i + 1}`,
    name: text(
      `Forening for ${words[i % words.length]} ${i + 1}`,
      i % 4 ? `Association ${i + 1}` : null,
    ),
    summary: text(
      `Vi mødes og dyrker ${words[i % words.length]} sammen, nummer ${i + 1}.`,
      i % 4 ? `We meet for ${words[i % words.length]}, number ${i + 1}.` : null,
    ),
    logo: null,
    categoryIds: [String((i % categories.length) + 1)],
    audiences: [audiences[i % audiences.length]!],
    communityIds: [String((i % scale.communities) + 1)],
    venueIds: [String((i % scale.venues) + 1)],
    socialOffer: i % 7 === 0,
    updatedAt,
  }))
  const eventTemplate = base.events[0]!
  const day = 24 * 3600 * 1000
  const events = Array.from({ length: scale.events }, (_, i) => {
    const start = new Date(now.getTime() + ((i * 7919) % 180) * day + ((i % 10) + 8) * 3600 * 1000)
    const recurring = i % 3 === 0
    return {
      ...eventTemplate,
      id: String(i + 1),
      slug: `arrangement-${i + 1}`,
      title: text(
        `Arrangement ${i + 1}: ${words[i % words.length]}`,
        i % 4 ? `Event ${i + 1}` : null,
      ),
      summary: text(`Kom og vær med til ${words[i % words.length]}.`, i % 4 ? 'Come along.' : null),
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
      recurrence: recurring
        ? {
            frequency: 'weekly' as const,
            interval: 1,
            byWeekday: [weekdays[i % 7]!],
            monthlyMode: null,
            until: null,
            count: 8,
            excludedDates: [],
          }
        : null,
      venueId: String((i % scale.venues) + 1),
      organizerIds: [String((i % scale.associations) + 1)],
      communityIds: [],
      categoryIds: [String((i % categories.length) + 1)],
      audiences: [audiences[i % audiences.length]!],
      status: i % 50 === 0 ? ('cancelled' as const) : ('scheduled' as const),
      updatedAt,
    }
  })
  // About one good story per eight associations, each about an association, one of its events
  // and its community, dated over the last year.
  const storyTemplate = base.stories[0]!
  const stories = Array.from(
    { length: Math.max(3, Math.round(scale.associations / 8)) },
    (_, i) => {
      const association = associations[(i * 5) % associations.length]!
      const event = events.find((e) => e.organizerIds.includes(association.id))
      return {
        ...storyTemplate,
        id: String(i + 1),
        slug: `historie-${i + 1}`,
        title: text(
          `Historie ${i + 1}: ${words[i % words.length]}`,
          i % 3 ? `Story ${i + 1}` : null,
        ),
        summary: text(
          `En god historie om ${words[i % words.length]}.`,
          i % 3 ? 'A good story.' : null,
        ),
        image: null,
        publishedOn: dateKey(new Date(now.getTime() - ((i * 37) % 365) * day)),
        associationIds: [association.id],
        eventIds: event ? [event.id] : [],
        communityIds: association.communityIds,
        updatedAt,
      }
    },
  )
  return {
    ...base,
    generatedAt: updatedAt,
    stories,
    categories,
    communities,
    venues,
    associations,
    events,
    pages: base.pages,
  }
}
