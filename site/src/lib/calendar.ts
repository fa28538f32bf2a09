import { TZDate } from '@date-fns/tz'
import { ICalCalendar, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { Locale } from '@velkomst/shared/locales'
import { timeZone } from '@velkomst/shared/locales'
import { toRRule } from '@velkomst/shared/recurrence'
import type { Event, Venue } from '@velkomst/shared/schemas'
import { parseDateKey, zonedParts } from '@velkomst/shared/time'

import { plain } from './i18n'
import type { EventEntry, Model } from './model'
import { href } from '@velkomst/shared/routes'

const statusOf = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const

function exdates(event: Event): string | null {
  const days = event.recurrence?.excludedDates ?? []
  if (days.length === 0) return null
  const start = zonedParts(event.start)
  const two = (n: number) => String(n).padStart(2, '0')
  const values = days.map((day) => {
    const d = parseDateKey(day)!
    const date = `${d.year}${two(d.month)}${two(d.day)}`
    return event.allDay ? date : `${date}T${two(start.hour)}${two(start.minute)}00`
  })
  return event.allDay
    ? `EXDATE;VALUE=DATE:${values.join(',')}`
    : `EXDATE;TZID=${timeZone}:${values.join(',')}`
}

/**
 * The VTIMEZONE block. The library resolves Europe/Copenhagen to its IANA link target
 * Europe/Berlin (same rules since 1980); the block is renamed so its TZID matches the one every
 * DTSTART refers to and calendar apps show Copenhagen.
 */
const vtimezones = new Map<string, string | null>()
function vtimezone(tz: string): string | null {
  if (!vtimezones.has(tz)) {
    const block = tzlib_get_ical_block(tz)[0]
    const linked = block ? /^TZID:(.+)$/m.exec(block)?.[1]?.trim() : undefined
    vtimezones.set(tz, block ? (linked ? block.replaceAll(linked, tz) : block) : null)
  }
  return vtimezones.get(tz) ?? null
}

const newCalendar = (name: string, locale: Locale) =>
  new ICalCalendar({
    name,
    prodId: { company: 'Velkomst', product: 'velkomst-site', language: locale.toUpperCase() },
    timezone: { name: timeZone, generator: vtimezone },
    ttl: 3600,
  })

const END = 'END:VCALENDAR'

/** Where an event is, as its calendar entry says. */
function locationOf(event: Event, venue: Venue | undefined, locale: Locale): string | undefined {
  return venue
    ? `${plain(venue.name, locale)}, ${venue.address.street}, ${venue.address.postcode} ${venue.address.city}`
    : event.placeText
      ? plain(event.placeText, locale)
      : (event.onlineUrl ?? undefined)
}

/**
 * An event's start and end as dates in Copenhagen's time zone, so the local time there is
 * written next to TZID (a plain Date would be written in the build machine's time zone). Made
 * once per event: each costs time zone lookups, and an event is on two pages and in feeds.
 */
const zonedTimes = new WeakMap<Event, { start: TZDate; end: TZDate | null }>()

/**
 * A zoned date that is never changed: asked for in its own time zone (ical-generator asks for
 * every date it writes), it is itself rather than a new copy, which costs time zone lookups.
 */
class FixedZonedDate extends TZDate {
  override withTimeZone(zone: string): TZDate {
    return zone === this.timeZone ? this : super.withTimeZone(zone)
  }
}

function zonedTimesOf(event: Event): { start: TZDate; end: TZDate | null } {
  let times = zonedTimes.get(event)
  if (!times) {
    times = {
      start: new FixedZonedDate(event.start, timeZone),
      end: event.end ? new FixedZonedDate(event.end, timeZone) : null,
    }
    zonedTimes.set(event, times)
  }
  return times
}

/** Adds one event to `calendar`, in `locale`, linking to its page on `site`. */
function addEvent(
  calendar: ICalCalendar,
  event: Event,
  location: string | undefined,
  locale: Locale,
  site: URL,
): void {
  const url = new URL(href(locale, ['events', { slug: event.slug }]), site).href
  const { start, end } = zonedTimesOf(event)
  const rrule = event.recurrence ? `RRULE:${toRRule(event, event.recurrence)}` : null
  const exdate = exdates(event)
  calendar.createEvent({
    id: `event-${event.id}@${site.hostname}`,
    start,
    end: event.allDay ? (end ?? start) : end,
    allDay: event.allDay,
    timezone: event.allDay ? null : timeZone,
    summary: plain(event.title, locale),
    description: `${plain(event.summary, locale)}\n\n${url}`,
    url,
    location: location ?? null,
    status: statusOf[event.status],
    lastModified: new Date(event.updatedAt),
    // When this description of the event was made: its last change, so a feed's bytes change
    // only when its events do (not on every build).
    stamp: new Date(event.updatedAt),
    repeating: rrule ? [rrule, exdate].filter(Boolean).join('\r\n') : null,
  })
}

/**
 * One event's VEVENT block, as ical-generator writes it (lines folded). The same event is in
 * several feeds, so each block is made once per event, language, place and site address, and
 * kept as long as the event's document is (events are never changed in place).
 */
const blocks = new WeakMap<Event, Map<string, string>>()

function eventBlock(event: Event, venue: Venue | undefined, locale: Locale, site: URL): string {
  const location = locationOf(event, venue, locale)
  const key = `${locale}\n${site.href}\n${location ?? ''}`
  let known = blocks.get(event)
  if (!known) blocks.set(event, (known = new Map<string, string>()))
  const kept = known.get(key)
  if (kept !== undefined) return kept
  const calendar = newCalendar('', locale)
  addEvent(calendar, event, location, locale, site)
  const text = calendar.toString()
  const block = text.slice(text.indexOf('BEGIN:VEVENT'), text.lastIndexOf(END))
  known.set(key, block)
  return block
}

/**
 * An RFC 5545 calendar of events in one language: a VTIMEZONE for Europe/Copenhagen, times in
 * local time with TZID, one VEVENT per event with its RRULE (not one per occurrence), stable UIDs
 * from the event id, the status, and the event's page in the URL and description.
 */
export function calendarFor(
  model: Model,
  locale: Locale,
  name: string,
  entries: EventEntry[],
  site: URL,
): string {
  const empty = newCalendar(name, locale).toString()
  const events = entries.map(({ event }) =>
    eventBlock(event, event.venueId ? model.venue(event.venueId) : undefined, locale, site),
  )
  return `${empty.slice(0, empty.lastIndexOf(END))}${events.join('')}${END}`
}

/**
 * "Add to calendar" for one event as a `data:` link on its page, rather than one more file per
 * event and language (60,000 extra files at 30,000 events, and the build is bound by writing).
 */
export function calendarDataUrl(
  model: Model,
  locale: Locale,
  entry: EventEntry,
  site: URL,
): string {
  // One calendar with the event, written once: an event's page is its only use in a language.
  const { event } = entry
  const calendar = newCalendar(plain(event.title, locale), locale)
  const venue = event.venueId ? model.venue(event.venueId) : undefined
  addEvent(calendar, event, locationOf(event, venue, locale), locale, site)
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(calendar.toString())}`
}
