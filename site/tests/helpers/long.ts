import { parseSnapshot, type Snapshot } from '@velkomst/shared/schemas'

/**
 * The longest values real content has, in every text field of a snapshot: a Danish compound
 * word, an email address and a web address that cannot break at a space, and a long name. The
 * walk is generic: every localized text (`{ da, en }`), every email address and web address, and
 * the plain-text fields below, whatever document they are in, so a new field or page kind is
 * covered as soon as it is in the fixture. Identifiers, slugs, dates, numbers and choices are
 * left as they are (the contract checks them).
 */
export const LONG_WORD =
  'Fællesskabsaktivitetskoordinationsudvalgsformandskabsvalgsforsamlingsreferatsgodkendelse'
export const LONG_EMAIL =
  'kontakt.til.foreningens.formand.og.kasserer@vridsloeselille-beboerforening-og-omegn.example.org'
export const LONG_URL =
  'https://www.foreningen-for-bevarelse-af-gamle-cykler-og-lange-navne.example.org/om-foreningen/kontakt-og-medlemskab?kilde=velkomstbrevet'

/** Plain strings (not localized) that are shown as text. */
const textKeys = new Set(['street', 'city', 'municipalityName', 'signatureName', 'credit', 'text'])

const longer = (value: string) => `${value} ${LONG_WORD}`

function walk(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) return LONG_URL
    if (/^[^\s@]+@[^\s@]+$/.test(value)) return LONG_EMAIL
    return textKeys.has(key) ? longer(value) : value
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, key))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
  const localized = entries.length === 2 && 'da' in value && 'en' in value
  if (localized && typeof (value as { da: unknown }).da === 'string') {
    const { da, en } = value as { da: string; en: string | null }
    return { da: longer(da), en: en === null ? null : longer(en) }
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k)]))
}

/** `snapshot` with every text field made long (see above), still a valid snapshot. */
export function withLongValues(snapshot: Snapshot): Snapshot {
  const long = walk(snapshot, '') as Snapshot
  // Every contact gets an address and a website, so every template shows both.
  for (const doc of [...long.venues, ...long.associations]) {
    doc.contact = { ...doc.contact, email: LONG_EMAIL, website: LONG_URL }
  }
  long.settings.contactEmail = LONG_EMAIL
  return parseSnapshot(long)
}
