import type { Event } from '../../payload-types'
import {
  day,
  defineCollection,
  idOf,
  ids,
  optionalText,
  str,
  text,
  type WithLocales,
} from '../contract'

type Volunteers = NonNullable<Event['volunteersWanted']>
type Read = Omit<
  WithLocales<Event, 'title' | 'summary' | 'description' | 'placeText'>,
  'volunteersWanted'
> & { volunteersWanted?: WithLocales<Volunteers, 'help'> }

export const events = defineCollection({
  key: 'events',
  slug: 'events',
  images: (e: Read) => [e.image],
  imageFields: ['image'],
  map: (e: Read, { image }) => {
    const r = e.recurrence
    return {
      id: String(e.id),
      slug: e.slug ?? '',
      title: text(e.title),
      summary: text(e.summary),
      description: optionalText(e.description),
      start: e.start,
      end: str(e.end),
      allDay: Boolean(e.allDay),
      recurrence:
        r && (r.frequency === 'weekly' || r.frequency === 'monthly')
          ? {
              frequency: r.frequency,
              interval: typeof r.interval === 'number' && r.interval > 0 ? r.interval : 1,
              byWeekday: r.byWeekday ?? [],
              monthlyMode: r.monthlyMode ?? null,
              until: day(r.until),
              count: r.count ?? null,
              excludedDates: (r.excludedDates ?? [])
                .map((x) => day(x.date))
                .filter((d): d is string => d !== null),
            }
          : null,
      venueId: idOf(e.venue),
      placeText: optionalText(e.placeText),
      onlineUrl: str(e.onlineUrl),
      organizerIds: ids(e.organizers),
      organizedByMunicipality: Boolean(e.organizedByMunicipality),
      residents:
        e.organizedByResidents && e.resident?.organiser?.trim()
          ? { organiser: e.resident.organiser, email: str(e.resident.contactEmail) }
          : null,
      communityIds: ids(e.communities),
      categoryIds: ids(e.categories),
      audiences: e.audiences ?? [],
      languages: e.languages ?? [],
      price: { free: e.price?.free !== false, amount: e.price?.amount ?? null },
      registrationUrl: str(e.registrationUrl),
      status: e.status,
      volunteersWanted: {
        wanted: Boolean(e.volunteersWanted?.wanted),
        help: optionalText(e.volunteersWanted?.help),
      },
      waysToTakePart: e.waysToTakePart ?? [],
      image: image(e.image),
      updatedAt: e.updatedAt,
    }
  },
})
