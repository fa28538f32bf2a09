import type { Room, Venue } from '@velkomst/shared/schemas'
import {
  roomBorrowers,
  roomSizes,
  type RoomBorrower,
  type RoomSize,
} from '@velkomst/shared/vocabulary'

import type { Model } from './model'
import { pageOf } from './listing'
import { query } from './query'

/**
 * The size bands of the "Borrow a room" page, by the people a room holds: a few, so that the
 * filter pages stay few (one per band) whatever the rooms are. Bounds are inclusive.
 */
export const sizeBands: Record<RoomSize, { min: number; max: number | null }> = {
  small: { min: 1, max: 20 },
  medium: { min: 21, max: 60 },
  large: { min: 61, max: null },
}

/** The band a room's capacity falls in; null when the venue did not say how many it holds. */
export function roomSize(capacity: number | null): RoomSize | null {
  if (capacity === null) return null
  return (
    roomSizes.find((size) => {
      const { min, max } = sizeBands[size]
      return capacity >= min && (max === null || capacity <= max)
    }) ?? null
  )
}

/** One room with the venue it is at. */
export interface RoomEntry {
  venue: Venue
  room: Room
}

export type RoomFilter =
  | { kind: 'all' }
  | { kind: 'size'; size: RoomSize }
  | { kind: 'stepFree' }
  | { kind: 'community'; id: string; slug: string }
  | { kind: 'borrower'; borrower: RoomBorrower }

/** Every room to borrow, venue by venue (venues by name), each venue's rooms in its own order. */
export function allRooms(model: Model): RoomEntry[] {
  return query(model, 'rooms', (m) =>
    [...m.venues]
      .sort((a, b) => a.name.da.localeCompare(b.name.da, 'da'))
      .flatMap((venue) => venue.rooms.map((room) => ({ venue, room }))),
  )
}

function matches(entry: RoomEntry, filter: RoomFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true
    case 'size':
      return roomSize(entry.room.capacity) === filter.size
    case 'stepFree':
      return entry.room.stepFree
    case 'community':
      return entry.venue.communityId === filter.id
    case 'borrower':
      return entry.room.borrowers.includes(filter.borrower)
  }
}

export function filterRooms(model: Model, filter: RoomFilter): RoomEntry[] {
  return query(model, `rooms:${JSON.stringify(filter)}`, (m) =>
    allRooms(m).filter((e) => matches(e, filter)),
  )
}

/** How many rooms a filter shows (what filter panels and counts read). */
export function roomCount(model: Model, filter: RoomFilter): number {
  return query(model, `rooms.count:${JSON.stringify(filter)}`, (m) => filterRooms(m, filter).length)
}

/** One numbered page of a filtered room list (the first is 1). */
export function roomPage(model: Model, filter: RoomFilter, page: number): RoomEntry[] {
  return query(model, `rooms.page:${JSON.stringify(filter)}:${page}`, (m) =>
    pageOf(filterRooms(m, filter), page),
  )
}

/**
 * The filters with rooms to show: at most three size bands, step-free, the communities that have
 * rooms and the two kinds of borrower, so a few pages whatever the number of rooms.
 */
export function roomFilters(model: Model): RoomFilter[] {
  const all: RoomFilter[] = [
    { kind: 'all' },
    ...roomSizes.map((size) => ({ kind: 'size' as const, size })),
    { kind: 'stepFree' },
    ...model.communities.map((c) => ({ kind: 'community' as const, id: c.id, slug: c.slug })),
    ...roomBorrowers.map((borrower) => ({ kind: 'borrower' as const, borrower })),
  ]
  return all.filter((f) => f.kind === 'all' || roomCount(model, f) > 0)
}

/** The anchor of a room on its venue's page. */
export const roomAnchor = (room: Room) => `room-${room.id}`
