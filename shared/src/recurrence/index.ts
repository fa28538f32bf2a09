import * as rruleModule from 'rrule'

import { dateKey, fromZoned, parseDateKey, toDayKey, toInstant, zonedParts } from '../time'
import { weekdays, type MonthlyMode, type RecurrenceFrequency, type Weekday } from '../vocabulary'

// rrule ships CommonJS for Node and ESM for bundlers; take the class from whichever loaded.
const { RRule } = (rruleModule as { default?: typeof rruleModule }).default ?? rruleModule

/** How an event repeats. Times repeat at the same Copenhagen wall-clock time across DST. */
export interface Recurrence {
  frequency: RecurrenceFrequency
  /** Every n weeks/months; 1 when missing. */
  interval?: number | null
  /** Weekly: the days it happens (default: the start's weekday). */
  byWeekday?: readonly Weekday[] | null
  /** Monthly: on the same day of the month, or the same nth weekday (e.g. 2nd Tuesday). */
  monthlyMode?: MonthlyMode | null
  /** Last day it can happen, `YYYY-MM-DD`, inclusive. */
  until?: string | null
  /** Number of occurrences, counted before excluded dates are removed (as in RFC 5545). */
  count?: number | null
  /** Days it does not happen, `YYYY-MM-DD`. */
  excludedDates?: readonly string[] | null
}

export interface EventTiming {
  start: Date | string
  end?: Date | string | null
  allDay?: boolean | null
  recurrence?: Recurrence | null
}

export interface Occurrence {
  start: Date
  end: Date | null
  /** Copenhagen calendar day of the start, `YYYY-MM-DD`. */
  day: string
}

export interface Window {
  from: Date | string
  to: Date | string
}

const RRULE_DAYS = {
  mo: RRule.MO,
  tu: RRule.TU,
  we: RRule.WE,
  th: RRule.TH,
  fr: RRule.FR,
  sa: RRule.SA,
  su: RRule.SU,
} as const

/** Wall-clock time as a "floating" UTC date, the way rrule wants it. */
function floating(value: Date): Date {
  const p = zonedParts(value)
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute))
}

function fromFloating(value: Date): Date {
  return fromZoned(
    value.getUTCFullYear(),
    value.getUTCMonth() + 1,
    value.getUTCDate(),
    value.getUTCHours(),
    value.getUTCMinutes(),
  )
}

/** The nth weekday of the month a date is on: 1-4, or -1 for "last" when it is the 5th. */
export function weekdayOrdinal(day: number): number {
  const nth = Math.ceil(day / 7)
  return nth >= 5 ? -1 : nth
}

function ruleFor(timing: EventTiming, recurrence: Recurrence) {
  const start = toInstant(timing.start)
  const p = zonedParts(start)
  const dtstart = floating(start)
  const options: ConstructorParameters<typeof RRule>[0] = {
    dtstart,
    interval: Math.max(1, recurrence.interval ?? 1),
    freq: recurrence.frequency === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY,
    wkst: RRule.MO,
  }
  if (recurrence.frequency === 'weekly') {
    const days = recurrence.byWeekday?.length ? recurrence.byWeekday : [p.weekday]
    options.byweekday = days.map((d) => RRULE_DAYS[d])
  } else if (recurrence.monthlyMode === 'weekday-of-month') {
    options.byweekday = [RRULE_DAYS[p.weekday].nth(weekdayOrdinal(p.day))]
  } else {
    options.bymonthday = [p.day]
  }
  if (recurrence.count) options.count = recurrence.count
  if (recurrence.until) {
    const until = toDayKey(recurrence.until)
    const u = until ? parseDateKey(until) : null
    if (u) options.until = new Date(Date.UTC(u.year, u.month - 1, u.day, 23, 59, 59))
  }
  return new RRule(options)
}

/**
 * Occurrences of an event that overlap the window, in start order. A one-off event yields
 * itself when it overlaps. `limit` caps the result for open-ended windows.
 */
export function expandOccurrences(timing: EventTiming, window: Window, limit = 1000): Occurrence[] {
  const start = toInstant(timing.start)
  const end = timing.end ? toInstant(timing.end) : null
  const from = toInstant(window.from)
  const to = toInstant(window.to)
  const overlaps = (s: Date, e: Date | null) =>
    s.getTime() < to.getTime() && (e ?? s).getTime() >= from.getTime()

  if (!timing.recurrence) {
    return overlaps(start, end) ? [{ start, end, day: dateKey(start) }] : []
  }

  const wallDuration = end ? floating(end).getTime() - floating(start).getTime() : null
  const excluded = new Set((timing.recurrence.excludedDates ?? []).map(toDayKey))
  const rule = ruleFor(timing, timing.recurrence)
  // Look back by the event's length so an occurrence that began before the window but is still
  // running is included; look one day either side because floating time is not real time.
  const slack = (wallDuration ?? 0) + 36 * 3600 * 1000
  const candidates = rule.between(
    new Date(floating(from).getTime() - slack),
    new Date(floating(to).getTime() + 36 * 3600 * 1000),
    true,
  )
  const result: Occurrence[] = []
  for (const c of candidates) {
    const s = fromFloating(c)
    const e = wallDuration === null ? null : fromFloating(new Date(c.getTime() + wallDuration))
    const day = dateKey(s)
    if (excluded.has(day) || !overlaps(s, e)) continue
    result.push({ start: s, end: e, day })
    if (result.length >= limit) break
  }
  return result
}

/** The next occurrence that has not ended by `now`, or null. */
export function nextOccurrence(timing: EventTiming, now: Date = new Date()): Occurrence | null {
  const horizon = new Date(now.getTime() + 5 * 366 * 24 * 3600 * 1000)
  return expandOccurrences(timing, { from: now, to: horizon }, 1)[0] ?? null
}

function icalUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * The RFC 5545 RRULE value (without the `RRULE:` prefix) for a recurrence whose DTSTART is given
 * with `TZID=Europe/Copenhagen`. UNTIL is the end of the last local day, in UTC as RFC 5545
 * requires when DTSTART carries a time zone.
 */
export function toRRule(timing: EventTiming, recurrence: Recurrence): string {
  const parts: string[] = [
    `FREQ=${recurrence.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`,
    `INTERVAL=${Math.max(1, recurrence.interval ?? 1)}`,
  ]
  const p = zonedParts(toInstant(timing.start))
  const code = (d: Weekday) => d.toUpperCase()
  if (recurrence.frequency === 'weekly') {
    const days = recurrence.byWeekday?.length ? recurrence.byWeekday : [p.weekday]
    const ordered = weekdays.filter((d) => days.includes(d))
    parts.push(`BYDAY=${ordered.map(code).join(',')}`)
  } else if (recurrence.monthlyMode === 'weekday-of-month') {
    parts.push(`BYDAY=${weekdayOrdinal(p.day)}${code(p.weekday)}`)
  } else {
    parts.push(`BYMONTHDAY=${p.day}`)
  }
  if (recurrence.count) parts.push(`COUNT=${recurrence.count}`)
  else if (recurrence.until) {
    const until = toDayKey(recurrence.until)
    const u = until ? parseDateKey(until) : null
    if (u) {
      const lastLocalMoment = new Date(fromZoned(u.year, u.month, u.day + 1).getTime() - 1000)
      parts.push(`UNTIL=${icalUtc(lastLocalMoment)}`)
    }
  }
  parts.push('WKST=MO')
  return parts.join(';')
}
