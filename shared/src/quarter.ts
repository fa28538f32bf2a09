import { dateKey, fromZoned, toDayKey, toInstant, zonedParts } from './time'

/** A calendar quarter written `YYYY-Qn`, e.g. `2026-Q3`. */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`

export interface Quarter {
  year: number
  quarter: 1 | 2 | 3 | 4
}

const QUARTER = /^(\d{4})-Q([1-4])$/

export function parseQuarter(value: string): Quarter | null {
  const m = QUARTER.exec(value.trim())
  if (!m) return null
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] }
}

export function isQuarterKey(value: unknown): value is QuarterKey {
  return typeof value === 'string' && QUARTER.test(value)
}

export function quarterKey(q: Quarter): QuarterKey {
  return `${q.year}-Q${q.quarter}`
}

/** The quarter that the Copenhagen calendar day of `at` belongs to. */
export function quarterOf(at: Date | string | number = new Date()): QuarterKey {
  const p = zonedParts(toInstant(at))
  return quarterKey({ year: p.year, quarter: (Math.floor((p.month - 1) / 3) + 1) as 1 | 2 | 3 | 4 })
}

export function shiftQuarter(key: string, by: number): QuarterKey {
  const q = parseQuarter(key)
  if (!q) throw new RangeError(`Not a quarter: ${key}`)
  const index = q.year * 4 + (q.quarter - 1) + by
  return quarterKey({ year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 })
}

export const nextQuarter = (key: string) => shiftQuarter(key, 1)
export const previousQuarter = (key: string) => shiftQuarter(key, -1)

export interface QuarterBounds {
  /** First calendar day, `YYYY-MM-DD`. */
  firstDay: string
  /** Last calendar day, `YYYY-MM-DD`. */
  lastDay: string
  /** Midnight in Copenhagen at the start of the first day. */
  start: Date
  /** Midnight in Copenhagen at the start of the next quarter (exclusive end). */
  end: Date
}

export function quarterBounds(key: string): QuarterBounds {
  const q = parseQuarter(key)
  if (!q) throw new RangeError(`Not a quarter: ${key}`)
  const firstMonth = (q.quarter - 1) * 3 + 1
  const start = fromZoned(q.year, firstMonth, 1)
  const next = parseQuarter(nextQuarter(key)) as Quarter
  const end = fromZoned(next.year, (next.quarter - 1) * 3 + 1, 1)
  const lastDay = dateKey(new Date(end.getTime() - 12 * 3600 * 1000))
  return { firstDay: dateKey(start), lastDay, start, end }
}

/** Whether a calendar day (`YYYY-MM-DD`) or an instant lies within the quarter. */
export function isWithinQuarter(day: string | Date, key: string): boolean {
  const b = quarterBounds(key)
  const d = toDayKey(day)
  return d !== null && d >= b.firstDay && d <= b.lastDay
}
