/**
 * Rules for the practical-welcome content: links in structured content (the newcomer checklist,
 * the municipality's pages in the settings) and the waste guide's fractions.
 */
import type { Problem } from './index'
import { checkHttpUrl, maxLengths } from './index'

const isBlank = (v: unknown) => v === null || v === undefined || v === ''

/** A path on this site: starts with one slash, no spaces, no backslashes, no scheme. */
const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/

/** An absolute http(s) link, or a path on the site (`/foreninger/`, `/en/associations/#x`). */
export function checkLink(value: unknown): Problem | null {
  if (isBlank(value)) return null
  if (typeof value !== 'string' || value.length > maxLengths.url) return { key: 'validation.link' }
  const v = value.trim()
  if (v.startsWith('/')) return SITE_PATH.test(v) ? null : { key: 'validation.link' }
  return checkHttpUrl(v) ? { key: 'validation.link' } : null
}

/** The first value that occurs more than once, or null. */
export function firstDuplicate<T>(values: readonly T[]): T | null {
  const seen = new Set<T>()
  for (const v of values) {
    if (seen.has(v)) return v
    seen.add(v)
  }
  return null
}
