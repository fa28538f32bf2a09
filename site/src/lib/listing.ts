import type { Occurrence } from '@velkomst/shared/recurrence'
import type { Association } from '@velkomst/shared/schemas'
import { parseDateKey } from '@velkomst/shared/time'
import type { Audience, WayToTakePart } from '@velkomst/shared/vocabulary'

import type { EventEntry, Model } from './model'
import { eventWays } from './participation'
import { query } from './query'

/** Items per list page; longer lists get numbered pages that work without JavaScript. */
export const PAGE_SIZE = 60

export type AssociationFilter =
  | { kind: 'all' }
  | { kind: 'category'; id: string; slug: string }
  | { kind: 'audience'; audience: Audience }
  | { kind: 'community'; id: string; slug: string }
  | { kind: 'way'; way: WayToTakePart }
  | { kind: 'social' }

export type EventFilter =
  | { kind: 'all' }
  | { kind: 'today' }
  | { kind: 'week' }
  | { kind: 'month' }
  | { kind: 'free' }
  | { kind: 'category'; id: string; slug: string }
  | { kind: 'audience'; audience: Audience }
  | { kind: 'community'; id: string; slug: string }
  | { kind: 'way'; way: WayToTakePart }

/** Audiences an audience page gathers: families with children also means children. */
export const audienceGroups: Record<'families' | 'young-people' | 'seniors', Audience[]> = {
  families: ['families', 'children'],
  'young-people': ['young-people'],
  seniors: ['seniors'],
}

/**
 * Whether an association belongs on an audience page: it names the audience, or its age range
 * says so (children's and youth ages need an upper bound, seniors' a lower one of 55 or more,
 * so "from 8 years" does not land on the seniors' page).
 */
export function isForAudience(a: Association, audience: keyof typeof audienceGroups): boolean {
  if (a.audiences.some((x) => audienceGroups[audience].includes(x))) return true
  const { min, max } = a.ageRange
  if (audience === 'seniors') return min !== null && min >= 55
  const [from, to] = audience === 'families' ? [0, 12] : [13, 24]
  return max !== null && max >= from && (min ?? 0) <= to
}

export function filterAssociations(model: Model, filter: AssociationFilter): Association[] {
  return query(model, `associations:${JSON.stringify(filter)}`, (m) =>
    computeAssociations(m, filter),
  )
}

/** How many associations a filter shows (what filter panels and counts read). */
export function associationCount(model: Model, filter: AssociationFilter): number {
  return query(
    model,
    `associations.count:${JSON.stringify(filter)}`,
    (m) => filterAssociations(m, filter).length,
  )
}

/** One numbered page of a filtered association list (the first is 1). */
export function associationPage(model: Model, filter: AssociationFilter, page: number) {
  return query(model, `associations.page:${JSON.stringify(filter)}:${page}`, (m) =>
    pageOf(filterAssociations(m, filter), page),
  )
}

function computeAssociations(model: Model, filter: AssociationFilter): Association[] {
  switch (filter.kind) {
    case 'all':
      return model.associations
    case 'category':
      return model.associations.filter((a) => a.categoryIds.includes(filter.id))
    case 'audience':
      return model.associations.filter((a) => a.audiences.includes(filter.audience))
    case 'community':
      return model.associations.filter((a) => a.communityIds.includes(filter.id))
    case 'way':
      return model.associations.filter((a) => a.waysToTakePart.includes(filter.way))
    case 'social':
      return model.associations.filter((a) => a.socialOffer)
  }
}

/** Calendar days `from`..`to` inclusive, as `YYYY-MM-DD`, for the date presets. */
export function presetRange(today: string, preset: 'today' | 'week' | 'month'): [string, string] {
  const p = parseDateKey(today)!
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day))
  if (preset === 'today') return [today, today]
  if (preset === 'week') {
    const toSunday = (7 - ((date.getUTCDay() + 6) % 7) - 1) % 7
    const sunday = new Date(date.getTime() + toSunday * 24 * 3600 * 1000)
    return [today, sunday.toISOString().slice(0, 10)]
  }
  const last = new Date(Date.UTC(p.year, p.month, 0))
  return [today, last.toISOString().slice(0, 10)]
}

/** One line in an events list: an event at one occurrence, with its following dates. */
export interface EventLine {
  entry: EventEntry
  occurrence: Occurrence
  /** Later occurrences of a recurring event, shown as "next times". */
  following: Occurrence[]
}

/** Each upcoming event once, at its next occurrence, with up to three following dates. */
export function asLines(entries: EventEntry[]): EventLine[] {
  return entries.map((entry) => ({
    entry,
    occurrence: entry.upcoming[0]!,
    following: entry.upcoming.slice(1, 4),
  }))
}

/**
 * Events for a list. Without a date preset each event appears once, at its next occurrence,
 * with its following dates; with one, every occurrence in the range is its own line, by day.
 */
export function filterEvents(model: Model, filter: EventFilter): EventLine[] {
  return query(model, `events:${JSON.stringify(filter)}`, (m) => computeEvents(m, filter))
}

/** How many lines a filtered event list has (what filter panels and counts read). */
export function eventCount(model: Model, filter: EventFilter): number {
  return query(
    model,
    `events.count:${JSON.stringify(filter)}`,
    (m) => filterEvents(m, filter).length,
  )
}

/** One numbered page of a filtered event list (the first is 1). */
export function eventPage(model: Model, filter: EventFilter, page: number): EventLine[] {
  return query(model, `events.page:${JSON.stringify(filter)}:${page}`, (m) =>
    pageOf(filterEvents(m, filter), page),
  )
}

function computeEvents(model: Model, filter: EventFilter): EventLine[] {
  const entries = model.upcomingEvents
  const once = asLines
  switch (filter.kind) {
    case 'all':
      return once(entries)
    case 'free':
      return once(entries.filter((e) => e.event.price.free))
    case 'category':
      return once(entries.filter((e) => e.event.categoryIds.includes(filter.id)))
    case 'audience':
      return once(entries.filter((e) => e.event.audiences.includes(filter.audience)))
    case 'community':
      return once(eventsInCommunity(model, filter.id))
    case 'way':
      return once(entries.filter((e) => eventWays(e.event).includes(filter.way)))
    default: {
      const [from, to] = presetRange(model.today, filter.kind)
      const lines: EventLine[] = []
      for (const entry of entries) {
        for (const occurrence of entry.upcoming) {
          if (occurrence.day > to) break
          if (occurrence.day >= from) lines.push({ entry, occurrence, following: [] })
        }
      }
      return lines.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
    }
  }
}

/** An event belongs to its own communities and to its venue's neighbourhood. */
export function eventCommunityIds(model: Model, entry: EventEntry): string[] {
  const venueCommunity = entry.event.venueId
    ? model.venue(entry.event.venueId)?.communityId
    : undefined
  return [...new Set([...entry.event.communityIds, ...(venueCommunity ? [venueCommunity] : [])])]
}

/** Upcoming events grouped by a key (built once per model), in start order within a group. */
function groupEvents(
  model: Model,
  name: string,
  keys: (m: Model, e: EventEntry) => string[],
): Map<string, EventEntry[]> {
  return query(model, `group:${name}`, (m) => {
    const groups = new Map<string, EventEntry[]>()
    for (const e of m.upcomingEvents) {
      for (const key of keys(m, e)) {
        const list = groups.get(key)
        if (list) list.push(e)
        else groups.set(key, [e])
      }
    }
    return groups
  })
}

export function eventsOfAssociation(model: Model, id: string): EventEntry[] {
  return query(
    model,
    `events.organizer:${id}`,
    (m) => groupEvents(m, 'organizer', (_, e) => e.event.organizerIds).get(id) ?? [],
  )
}

export function eventsAtVenue(model: Model, id: string): EventEntry[] {
  return query(
    model,
    `events.venue:${id}`,
    (m) =>
      groupEvents(m, 'venue', (_, e) => (e.event.venueId ? [e.event.venueId] : [])).get(id) ?? [],
  )
}

export function eventsInCommunity(model: Model, id: string): EventEntry[] {
  return query(
    model,
    `events.community:${id}`,
    (m) => groupEvents(m, 'community', (g, e) => eventCommunityIds(g, e)).get(id) ?? [],
  )
}

/** The first `count` upcoming events, each once (the home page's list). */
export function nextEvents(model: Model, count: number): EventLine[] {
  return query(model, `events.next:${count}`, (m) =>
    filterEvents(m, { kind: 'all' }).slice(0, count),
  )
}

/** Associations an audience page lists. */
export function associationsForAudience(
  model: Model,
  audience: keyof typeof audienceGroups,
): Association[] {
  return query(model, `associations.audience-page:${audience}`, (m) =>
    m.associations.filter((a) => isForAudience(a, audience)),
  )
}

/** The first `count` upcoming events for an audience page's groups. */
export function eventsForAudience(
  model: Model,
  audience: keyof typeof audienceGroups,
  count: number,
): EventLine[] {
  const wanted = audienceGroups[audience]
  return query(model, `events.audience-page:${audience}:${count}`, (m) =>
    asLines(
      m.upcomingEvents.filter((e) => e.event.audiences.some((x) => wanted.includes(x))),
    ).slice(0, count),
  )
}

/** Days ahead within which an event is in the main search index; later ones when asked for. */
export const SEARCH_SOON_DAYS = 14

/**
 * Where an event's page goes in search: `soon` (the main index, searched by default), `later`
 * (searched when someone looks for events), or null once it has ended (not searchable).
 */
export function searchTier(model: Model, eventId: string): 'soon' | 'later' | null {
  return query(model, `search.tier:${eventId}`, (m) => {
    const next = m.event(eventId)?.upcoming[0]
    if (!next) return null
    return next.day <= addDays(m.today, SEARCH_SOON_DAYS) ? 'soon' : 'later'
  })
}

/** The days within the next month on which an event happens (for in-browser date filters). */
export function daysWithinMonth(model: Model, entry: EventEntry): string[] {
  const last = addDays(model.today, 32)
  return [...new Set(entry.upcoming.filter((o) => o.day < last).map((o) => o.day))]
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const p = parseDateKey(day)!
  return new Date(Date.UTC(p.year, p.month - 1, p.day + days)).toISOString().slice(0, 10)
}

/** The items on one numbered page of a list (the first is 1). */
export const pageOf = <T>(items: T[], page: number, size = PAGE_SIZE): T[] =>
  items.slice((page - 1) * size, page * size)

/** Splits a list into pages of `PAGE_SIZE` (at least one page, possibly empty). */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]]
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages
}

/** Page numbers to link: first, last and two either side of the current one; null is a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2])
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const n of numbers) {
    const last = out.at(-1)
    if (typeof last === 'number' && n > last + 1) out.push(null)
    out.push(n)
  }
  return out
}
