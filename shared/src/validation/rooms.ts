/**
 * Rules for venues' rooms to borrow ("lån af lokaler"): how many people a room holds, its price
 * and how to book it. The booking's link, email and phone are checked with the general rules
 * (`checkHttpUrl`, `checkEmail`, `checkPhone`); these add what a room needs as a whole.
 */
import type { Problem } from './index'

const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/** The most people a room to borrow is said to hold (a sports hall's floor, not a stadium). */
export const ROOM_CAPACITY_MAX = 5000

/** Capacity: empty (not said), or a whole number of people from 1 to `ROOM_CAPACITY_MAX`. */
export function checkCapacity(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= ROOM_CAPACITY_MAX
    ? null
    : { key: 'validation.room.capacity', params: { max: ROOM_CAPACITY_MAX } }
}

/** A room is free, or says what it costs (in Danish; English falls back to it). */
export function checkRoomPrice(free: unknown, text: unknown): Problem | null {
  return free === true || !isBlank(text) ? null : { key: 'validation.room.price' }
}

/** A room says how to book it: a link, an email address or a phone number, at least one. */
export function checkRoomBooking(booking: {
  url?: unknown
  email?: unknown
  phone?: unknown
}): Problem | null {
  return isBlank(booking.url) && isBlank(booking.email) && isBlank(booking.phone)
    ? { key: 'validation.room.booking' }
    : null
}
