import type { Venue } from './schemas'
import { parseDateKey } from './time'
import { weekdays, type Weekday } from './vocabulary'

type Rule = Venue['openingHours']['rules'][number]

export function weekdayOf(day: string): Weekday {
  const p = parseDateKey(day)!
  const js = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
  return weekdays[(js + 6) % 7]!
}

const inForce = (rule: Rule, day: string) =>
  (rule.validFrom === null || rule.validFrom <= day) &&
  (rule.validTo === null || rule.validTo >= day)

/** Today's opening hours: `[opens, closes]` pairs (none: closed today). */
export function hoursOn(venue: Venue, day: string): [string, string][] {
  const weekday = weekdayOf(day)
  return venue.openingHours.rules
    .filter((r) => r.weekday === weekday && inForce(r, day))
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map((r) => [r.opens, r.closes])
}

export interface Season {
  validFrom: string | null
  validTo: string | null
  current: boolean
  days: { weekday: Weekday; hours: [string, string][] }[]
}

/** Rules grouped by the period they apply to; the one in force today first. */
export function seasons(venue: Venue, today: string): Season[] {
  const groups = new Map<string, Rule[]>()
  for (const rule of venue.openingHours.rules) {
    const key = `${rule.validFrom ?? ''}|${rule.validTo ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), rule])
  }
  const list = [...groups.values()].map((rules) => {
    const { validFrom, validTo } = rules[0]!
    return {
      validFrom,
      validTo,
      current: inForce(rules[0]!, today),
      days: weekdays.map((weekday) => ({
        weekday,
        hours: rules
          .filter((r) => r.weekday === weekday)
          .sort((a, b) => a.opens.localeCompare(b.opens))
          .map((r) => [r.opens, r.closes] as [string, string]),
      })),
    }
  })
  // Past seasons are left out; the current one comes first, then coming ones by start.
  return list
    .filter((s) => s.validTo === null || s.validTo >= today)
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
    )
}

/** "17.00" (da) / "17:00" (en) from "17:00". */
export const clock = (value: string, locale: 'da' | 'en') =>
  locale === 'da' ? value.replace(':', '.') : value
