/**
 * Rules for recording free tickets handed out (ticket uptake), shared by the admin and the ticket
 * desk's page so both say the same thing in the same words.
 */
import { toDayKey } from '../time'
import type { Problem } from './index'

/** The most tickets one record may hold: a desk hands out a household's tickets at a time. */
export const MAX_TICKETS_PER_RECORD = 50

/** A whole number of tickets from 1 to `max`. */
export function checkTicketCount(value: unknown, max = MAX_TICKETS_PER_RECORD): Problem | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max
    ? null
    : { key: 'validation.tickets.count', params: { max } }
}

/** Recording `count` more must not take the offer past its total (no total: no limit). */
export function checkWithinTotal(
  used: number,
  count: number,
  total: number | null | undefined,
): Problem | null {
  if (total === null || total === undefined) return null
  const remaining = Math.max(0, total - used)
  return count <= remaining
    ? null
    : { key: 'validation.tickets.overTotal', params: { remaining, total } }
}

/**
 * The day tickets were handed out: a real day, not after `today`, within the offer's validity.
 * (Days are `YYYY-MM-DD` in Copenhagen; the caller formats the dates in the message.)
 */
export function checkHandedOutDay(
  day: unknown,
  { today, validFrom, validTo }: { today: string; validFrom: string; validTo: string },
): Problem | null {
  const key = toDayKey(day)
  if (!key) return { key: 'validation.date' }
  if (key > today) return { key: 'validation.tickets.future' }
  if (key < validFrom || key > validTo) {
    return { key: 'validation.tickets.outsideValidity', params: { from: validFrom, to: validTo } }
  }
  return null
}

/** How an offer stands once its uptake is counted: sold out when every ticket is handed out. */
export function statusWithUptake<S extends string>(
  status: S,
  total: number | null | undefined,
  used: number,
): S | 'sold-out' {
  if (status !== 'available') return status
  return total !== null && total !== undefined && used >= total ? 'sold-out' : status
}
