/**
 * Validation rules shared by the CMS (field `validate`) and anything that imports content.
 * Each rule returns null when the value is fine, or a problem naming a dictionary key
 * (`validation.*`) and its parameters, so the message is given in the reader's language.
 */
import { isDemoPassword } from '../demo'
import { danishPhoneDigits } from '../format/index'
import { isWithinQuarter, parseQuarter } from '../quarter'
import { isSlug, SLUG_MAX_LENGTH } from '../slug'
import { dateKey, parseClock, toDayKey, toInstant } from '../time'
import type { KeysUnder } from '../i18n/index'
import type { Recurrence } from '../recurrence/index'

export interface Problem {
  key: KeysUnder<'validation'>
  params?: Record<string, string | number>
}

const problem = (key: Problem['key'], params?: Problem['params']): Problem =>
  params ? { key, params } : { key }

const isBlank = (v: unknown) => v === null || v === undefined || v === ''

/** Maximum lengths of texts, by kind. */
export const maxLengths = {
  name: 120,
  summary: 300,
  description: 5000,
  note: 500,
  url: 2000,
  short: 200,
} as const

export function checkMaxLength(value: unknown, max: number): Problem | null {
  if (typeof value !== 'string') return null
  return value.length > max ? problem('validation.tooLong', { max, length: value.length }) : null
}

export function checkSlug(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return isSlug(value) ? null : problem('validation.slug.format', { max: SLUG_MAX_LENGTH })
}

export function checkCvr(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return typeof value === 'string' && /^\d{8}$/.test(value.replace(/\s/g, ''))
    ? null
    : problem('validation.cvr')
}

/** Danish numbers: 8 digits, optional +45. International numbers: + and 7-15 digits (E.164). */
export function checkPhone(value: unknown, international = false): Problem | null {
  if (isBlank(value)) return null
  if (typeof value !== 'string') return problem('validation.phone.danish')
  if (international) {
    return /^\+[1-9]\d{6,14}$/.test(value.replace(/[\s().-]/g, ''))
      ? null
      : problem('validation.phone.international')
  }
  return danishPhoneDigits(value) ? null : problem('validation.phone.danish')
}

// The HTML living standard's definition of a valid e-mail address (what <input type=email> accepts).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/

export function checkEmail(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value.trim())
    ? null
    : problem('validation.email')
}

/** Only absolute http(s) links: no `javascript:`, `data:` or relative paths. */
export function checkHttpUrl(value: unknown): Problem | null {
  if (isBlank(value)) return null
  if (typeof value !== 'string' || value.length > maxLengths.url) return problem('validation.url')
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
      ? null
      : problem('validation.url')
  } catch {
    return problem('validation.url')
  }
}

/** Denmark, Bornholm and Ertholmene included; the Faroe Islands and Greenland are not. */
export const denmarkBounds = { minLat: 54.5, maxLat: 57.8, minLng: 8.0, maxLng: 15.25 } as const

export function checkCoordinates(lat: unknown, lng: unknown): Problem | null {
  if (isBlank(lat) && isBlank(lng)) return null
  if (typeof lat !== 'number' || typeof lng !== 'number') {
    return problem('validation.coordinates.both')
  }
  const b = denmarkBounds
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng
    ? null
    : problem('validation.coordinates.outsideDenmark')
}

export function checkClock(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return typeof value === 'string' && parseClock(value) !== null
    ? null
    : problem('validation.clock')
}

/** Opening hours: closing must come after opening on the same day. */
export function checkOpeningHours(opens: unknown, closes: unknown): Problem | null {
  if (typeof opens !== 'string' || typeof closes !== 'string') return null
  const o = parseClock(opens)
  const c = parseClock(closes)
  if (o === null || c === null) return null
  return c > o ? null : problem('validation.openingHours.closesBeforeOpens')
}

export function checkDateKey(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return toDayKey(value) ? null : problem('validation.date')
}

/** An end (instant or day) must not be before its start. */
export function checkEndAfterStart(start: unknown, end: unknown): Problem | null {
  if (isBlank(start) || isBlank(end)) return null
  try {
    return toInstant(end as string).getTime() >= toInstant(start as string).getTime()
      ? null
      : problem('validation.endBeforeStart')
  } catch {
    return problem('validation.date')
  }
}

export function checkAgeRange(min: unknown, max: unknown): Problem | null {
  for (const v of [min, max]) {
    if (!isBlank(v) && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 120)) {
      return problem('validation.age.invalid')
    }
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return problem('validation.age.minAboveMax')
  }
  return null
}

export function checkNonNegative(value: unknown, { integer = false } = {}): Problem | null {
  if (isBlank(value)) return null
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    return problem('validation.nonNegative')
  }
  return integer && !Number.isInteger(value) ? problem('validation.wholeNumber') : null
}

export function checkQuarter(value: unknown): Problem | null {
  if (isBlank(value)) return null
  return typeof value === 'string' && parseQuarter(value)
    ? null
    : problem('validation.quarter.format')
}

/** A validity window must lie inside its quarter. */
export function checkWithinQuarter(quarter: unknown, day: unknown): Problem | null {
  if (typeof quarter !== 'string' || !parseQuarter(quarter) || isBlank(day)) return null
  if (!(day instanceof Date) && typeof day !== 'string') return problem('validation.date')
  return isWithinQuarter(day, quarter) ? null : problem('validation.quarter.outside', { quarter })
}

/** A recurrence must end (a last date or a count) and must not end before it starts. */
export function checkRecurrence(
  start: unknown,
  recurrence: Partial<Recurrence> | null | undefined,
): Problem | null {
  if (!recurrence?.frequency) return null
  const { until, count, interval } = recurrence
  if (!isBlank(interval) && (!Number.isInteger(interval) || interval < 1 || interval > 52)) {
    return problem('validation.recurrence.interval')
  }
  if (!isBlank(count) && (!Number.isInteger(count) || count < 1 || count > 500)) {
    return problem('validation.recurrence.count')
  }
  if (isBlank(until) && isBlank(count)) return problem('validation.recurrence.neverEnds')
  if (!isBlank(until)) {
    const day = toDayKey(until)
    if (!day) return problem('validation.date')
    if (!isBlank(start)) {
      const startDay = dateKey(toInstant(start as string))
      if (day < startDay) return problem('validation.recurrence.endsBeforeStart')
    }
  }
  return null
}

type Position = [number, number]

function checkPosition(p: unknown): Problem | null {
  if (!Array.isArray(p) || p.length < 2) return problem('validation.geojson.shape')
  const [lng, lat] = p as Position
  return checkCoordinates(lat, lng)
}

/**
 * A map feature's geometry as GeoJSON (RFC 7946): a Point for a place, a LineString for a
 * route, [longitude, latitude] inside Denmark.
 */
export function checkGeometry(value: unknown, kind: 'place' | 'route'): Problem | null {
  if (isBlank(value)) return problem('validation.geojson.required')
  const g = value as { type?: unknown; coordinates?: unknown }
  if (kind === 'place') {
    if (g.type !== 'Point') return problem('validation.geojson.point')
    return checkPosition(g.coordinates)
  }
  if (g.type !== 'LineString') return problem('validation.geojson.line')
  if (!Array.isArray(g.coordinates) || g.coordinates.length < 2) {
    return problem('validation.geojson.line')
  }
  if (g.coordinates.length > 10000) return problem('validation.geojson.tooLarge')
  for (const p of g.coordinates) {
    const bad = checkPosition(p)
    if (bad) return bad
  }
  return null
}

/** The fewest characters a password may have: staff and admins can change more, so more. */
export function passwordMinLength(role: unknown): number {
  return role === 'admin' || role === 'staff' ? 12 : 10
}

/** Long enough for a pass phrase or a password manager's output; bcrypt-style limits aside. */
export const PASSWORD_MAX_LENGTH = 256

/**
 * Outside a demonstration, none of the demo's public passwords (`@velkomst/shared/demo`), for any
 * account: they are in the README.
 */
export function checkNotDemoPassword(value: unknown, demonstration: boolean): Problem | null {
  return !demonstration && isDemoPassword(value) ? problem('validation.password.demo') : null
}

/** A new password for an account with this role (the confirmation is checked by the form). */
export function checkPassword(value: unknown, role: unknown): Problem | null {
  if (isBlank(value) || typeof value !== 'string') return problem('validation.required')
  const min = passwordMinLength(role)
  if (value.length < min) return problem('validation.password.short', { min })
  if (value.length > PASSWORD_MAX_LENGTH) {
    return problem('validation.password.long', { max: PASSWORD_MAX_LENGTH })
  }
  return null
}

export * from './welcome'
export * from './tickets'
export * from './rooms'
