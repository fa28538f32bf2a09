import slugifyLib from '@sindresorhus/slugify'

/** Danish letters transliterated the way Danes write them in URLs. */
const danish: [string, string][] = [
  ['æ', 'ae'],
  ['ø', 'oe'],
  ['å', 'aa'],
  ['Æ', 'Ae'],
  ['Ø', 'Oe'],
  ['Å', 'Aa'],
]

export const SLUG_MAX_LENGTH = 80

/** `Badesøen & Café` -> `badesoeen-og-cafe`. Empty input gives an empty string. */
export function slugify(value: string): string {
  const slug = slugifyLib(value, {
    customReplacements: [...danish, ['&', ' og ']],
    decamelize: false,
  })
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '')
}

export function isSlug(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= SLUG_MAX_LENGTH &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
  )
}
