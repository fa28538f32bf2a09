import { quarterOf, type QuarterKey } from '@velkomst/shared/quarter'
import { expandOccurrences, type Occurrence } from '@velkomst/shared/recurrence'
import { isActiveOn } from '@velkomst/shared/newcomers'
import type {
  Ambassador,
  Association,
  Category,
  Community,
  Event,
  Page,
  Snapshot,
  Story,
  TicketOffer,
  Venue,
} from '@velkomst/shared/schemas'
import { dateKey, fromZoned, parseDateKey } from '@velkomst/shared/time'

/** How far ahead the site lists occurrences, and how long an ended event keeps its page. */
export const HORIZON_DAYS = 366
export const ENDED_KEPT_DAYS = 90
const DAY = 24 * 3600 * 1000

export interface EventEntry {
  event: Event
  /** Occurrences that have not ended, within the horizon, in order. */
  upcoming: Occurrence[]
  /** The last occurrence that has ended, for the "has taken place" page of a past event. */
  last: Occurrence | null
}

export interface Model {
  snapshot: Snapshot
  settings: Snapshot['settings']
  /** The moment the site is built for: "upcoming" and "this quarter" are relative to it. */
  now: Date
  today: string
  quarter: QuarterKey
  categories: Category[]
  communities: Community[]
  venues: Venue[]
  /** Listed associations (closed ones are left out). */
  associations: Association[]
  /** Events with a page: upcoming ones first by their next occurrence, then recently ended. */
  events: EventEntry[]
  upcomingEvents: EventEntry[]
  offers: TicketOffer[]
  pages: Page[]
  /** Welcome ambassadors whose period includes the build's day, by name. */
  ambassadors: Ambassador[]
  /** Good stories, newest first (by the day they are dated, then the newest id). */
  stories: Story[]
  category: (id: string) => Category | undefined
  community: (id: string) => Community | undefined
  venue: (id: string) => Venue | undefined
  association: (id: string) => Association | undefined
  event: (id: string) => EventEntry | undefined
  story: (id: string) => Story | undefined
  /**
   * Each event's entry (null: no page), kept so the next model for the same moment reuses the
   * entries of events that did not change instead of expanding every recurrence again.
   */
  entries: WeakMap<Event, EventEntry | null>
}

function startOfDay(day: string): Date {
  const p = parseDateKey(day)
  if (!p) throw new RangeError(`Not a day: ${day}`)
  return fromZoned(p.year, p.month, p.day)
}

const byName = <T extends { name: { da: string } }>(a: T, b: T) =>
  a.name.da.localeCompare(b.name.da, 'da')

const newestFirst = (a: Story, b: Story) =>
  a.publishedOn !== b.publishedOn
    ? a.publishedOn < b.publishedOn
      ? 1
      : -1
    : Number(b.id) - Number(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/**
 * The model the pages read, built from a snapshot for a moment. `previous` (a model of an older
 * snapshot) lends the entries of events that did not change when it was built for the same
 * moment; the result is the same as without it.
 */
export function buildModel(snapshot: Snapshot, now: Date, previous?: Model): Model {
  const today = dateKey(now)
  const horizon = new Date(now.getTime() + HORIZON_DAYS * DAY)
  const keptFrom = new Date(startOfDay(today).getTime() - ENDED_KEPT_DAYS * DAY)
  const reuse = previous?.now.getTime() === now.getTime() ? previous.entries : undefined

  const entries: EventEntry[] = []
  const entryOf = new WeakMap<Event, EventEntry | null>()
  for (const event of snapshot.events) {
    let entry = reuse?.get(event)
    if (entry === undefined) entry = eventEntry(event, now, today, horizon, keptFrom)
    entryOf.set(event, entry)
    if (entry) entries.push(entry)
  }
  const upcomingEvents = entries
    .filter((e) => e.upcoming.length > 0)
    .sort(
      (a, b) =>
        a.upcoming[0]!.start.getTime() - b.upcoming[0]!.start.getTime() ||
        a.event.title.da.localeCompare(b.event.title.da, 'da'),
    )
  const events = [...upcomingEvents, ...entries.filter((e) => e.upcoming.length === 0)]

  const index = <T extends { id: string }>(items: T[]) => {
    const map = new Map(items.map((i) => [i.id, i]))
    return (id: string) => map.get(id)
  }
  const associations = snapshot.associations.filter((a) => a.status !== 'closed').sort(byName)
  const eventIndex = new Map(events.map((e) => [e.event.id, e]))

  return {
    snapshot,
    settings: snapshot.settings,
    now,
    today,
    quarter: quarterOf(now),
    categories: [...snapshot.categories].sort(byName),
    communities: [...snapshot.communities].sort(byName),
    venues: [...snapshot.venues].sort(byName),
    associations,
    events,
    upcomingEvents,
    offers: snapshot.ticketOffers,
    pages: snapshot.pages,
    ambassadors: snapshot.ambassadors
      .filter((a) => isActiveOn(a, today))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    stories: [...snapshot.stories].sort(newestFirst),
    category: index(snapshot.categories),
    community: index(snapshot.communities),
    venue: index(snapshot.venues),
    association: index(associations),
    event: (id) => eventIndex.get(id),
    story: index(snapshot.stories),
    entries: entryOf,
  }
}

function eventEntry(
  event: Event,
  now: Date,
  today: string,
  horizon: Date,
  keptFrom: Date,
): EventEntry | null {
  // All-day occurrences last the whole day; timed ones until they end (or start, if no end).
  const from = event.allDay ? startOfDay(today) : now
  const upcoming = expandOccurrences(event, { from, to: horizon }, 500)
  let last: Occurrence | null = null
  if (upcoming.length === 0) {
    const past = expandOccurrences(event, { from: keptFrom, to: from }, 500)
    last = past.at(-1) ?? null
    if (!last) return null
  }
  return { event, upcoming, last }
}
