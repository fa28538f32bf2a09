import type { Association, Event } from '@velkomst/shared/schemas'
import { helpingWays, waysToTakePart, type WayToTakePart } from '@velkomst/shared/vocabulary'

import type { EventEntry, Model } from './model'
import { query } from './query'

/**
 * An event's ways to take part: what its organisers chose, and "join in and lend a hand" when it
 * wants volunteers (the older flag says the same thing), in the policy's order.
 */
export function eventWays(event: Event): WayToTakePart[] {
  const ways = new Set(event.waysToTakePart)
  if (event.volunteersWanted.wanted) ways.add('help-out')
  return waysToTakePart.filter((w) => ways.has(w))
}

const helps = (ways: readonly WayToTakePart[]) =>
  ways.some((w) => (helpingWays as readonly WayToTakePart[]).includes(w))

/** The helping ways a listing asks for ("volunteers", "co-organisers"), in the policy's order. */
export const wantedHelp = (ways: readonly WayToTakePart[]): WayToTakePart[] =>
  helpingWays.filter((w) => ways.includes(w))

/** Upcoming events that ask for a hand or for co-organisers, by their next occurrence. */
export function volunteerEvents(model: Model): EventEntry[] {
  return query(model, 'volunteer.events', (m) =>
    m.upcomingEvents.filter((e) => helps(eventWays(e.event))),
  )
}

/** Associations that ask for a hand or for co-organisers, by name. */
export function volunteerAssociations(model: Model): Association[] {
  return query(model, 'volunteer.associations', (m) =>
    m.associations.filter((a) => helps(a.waysToTakePart)),
  )
}

/** The anchor of a way's section on the "take part" page. */
export const wayAnchor = (way: WayToTakePart) => `way-${way}`
