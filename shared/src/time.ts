import { TZDate, tzOffset } from '@date-fns/tz'

import { timeZone } from './i18n/locales'
import { weekdays, type Weekday } from './vocabulary'

/** A wall-clock moment in Europe/Copenhagen, months 1-12. */
export interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** ISO weekday code, Monday first. */
  weekday: Weekday
}

export function toInstant(value: Date | string | number): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return date
}

/**
 * Copenhagen's offset changes only on whole hours (01:00 UTC), so it is looked up once per
 * quarter of an hour and remembered: asking Intl for every date cost seconds in large builds.
 */
const QUARTER_HOUR = 15 * 60 * 1000
const offsets = new Map<number, number>()

function offsetAt(ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR)
  let offset = offsets.get(bucket)
  if (offset === undefined) {
    if (offsets.size > 200_000) offsets.clear()
    offset = tzOffset(timeZone, new Date(bucket * QUARTER_HOUR))
    offsets.set(bucket, offset)
  }
  return offset
}

/** The wall-clock reading of an instant in Europe/Copenhagen. */
export function zonedParts(value: Date | string | number): ZonedParts {
  const ms = toInstant(value).getTime()
  const z = new Date(ms + offsetAt(ms) * 60_000)
  return {
    year: z.getUTCFullYear(),
    month: z.getUTCMonth() + 1,
    day: z.getUTCDate(),
    hour: z.getUTCHours(),
    minute: z.getUTCMinutes(),
    weekday: weekdays[(z.getUTCDay() + 6) % 7] as Weekday,
  }
}

/**
 * The instant at which Copenhagen's clocks read the given wall-clock time. A time that does
 * not exist (the hour skipped in spring) moves forward; one that exists twice (autumn) is the
 * second of the two (standard time), as the date library has it. Out-of-range parts roll over as in `Date.UTC` (day 32 is the 1st of the
 * next month). Computed from the cached offsets (the same answers as `TZDate`, tested for
 * every quarter hour over years), because building a zoned date per occurrence dominated
 * large builds.
 */
export function fromZoned(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const before = offsetAt(wall - DAY_MS)
  const after = offsetAt(wall + DAY_MS)
  let best: number | null = null
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset * 60_000
    if (offsetAt(instant) === offset && (best === null || instant > best)) best = instant
  }
  // In the skipped hour no instant reads this time: keep the offset from before the change.
  return new Date(best ?? wall - before * 60_000)
}

const DAY_MS = 24 * 3600 * 1000

/** `fromZoned` as the date library computes it; the reference the fast path is tested against. */
export function fromZonedReference(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, 0, timeZone).getTime())
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD` of the Copenhagen calendar day the instant falls on. */
/** The calendar day `days` after a `YYYY-MM-DD` day (negative: before). */
export function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export function dateKey(value: Date | string | number): string {
  const p = zonedParts(value)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/**
 * The Copenhagen calendar day of a day-valued field: `YYYY-MM-DD` is taken as it is; a full
 * timestamp (what a date picker stores) is read in Copenhagen. Null when it is not a date.
 */
export function toDayKey(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateKey(value)
  if (typeof value !== 'string') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseDateKey(value) ? value : null
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : dateKey(instant)
}

/** Parses `YYYY-MM-DD` into its parts, or null. */
export function parseDateKey(key: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return { year, month, day }
}

/** Minutes east of UTC that Copenhagen is at the given instant (60 or 120). */
export function copenhagenOffsetMinutes(value: Date | string | number): number {
  return offsetAt(toInstant(value).getTime())
}

/** ISO 8601 with Copenhagen's offset, for `<time datetime>` and JSON-LD: `2026-06-01T17:00:00+02:00`. */
export function isoWithOffset(value: Date | string | number): string {
  const instant = toInstant(value)
  const p = zonedParts(instant)
  const offset = copenhagenOffsetMinutes(instant)
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** Parses `HH:MM` (24-hour) into minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim())
  if (!m) return null
  return Number(m[1]) * 60 + Number(m[2])
}
