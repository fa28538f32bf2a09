/**
 * The one locale table. Payload's `localization`, the admin languages, Astro's routes, the
 * sitemap's i18n option, hreflang and Pagefind's language are all derived from it.
 */
export const locales = [
  {
    code: 'da',
    /** The language's own name, shown in the language switch. */
    label: 'Dansk',
    /** BCP 47 tag for `<html lang>` and hreflang. */
    htmlLang: 'da',
    /** Locale handed to Intl formatters. */
    intl: 'da-DK',
    /** URL prefix below the site root; the default language lives at `/`. */
    pathPrefix: '',
  },
  {
    code: 'en',
    label: 'English',
    htmlLang: 'en',
    intl: 'en-GB',
    pathPrefix: 'en',
  },
] as const

export type LocaleDefinition = (typeof locales)[number]
export type Locale = LocaleDefinition['code']

export const defaultLocale: Locale = 'da'
export const localeCodes: readonly Locale[] = locales.map((l) => l.code)

/** Every date and time in the product is shown and interpreted in this zone. */
export const timeZone = 'Europe/Copenhagen'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value)
}

export function localeDefinition(code: Locale): LocaleDefinition {
  const found = locales.find((l) => l.code === code)
  if (!found) throw new Error(`Unknown locale: ${String(code)}`)
  return found
}

/** Picks the supported locale for an arbitrary language tag (`en-US` -> `en`), else the default. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return isLocale(base) ? base : defaultLocale
}
