import { defaultLocale, localeDefinition, locales, type Locale } from '@velkomst/shared/locales'

/**
 * Localized paths. Each page has a key; its path segment differs per language
 * (`/foreninger/` and `/en/associations/`). Every page has its equivalent in every language.
 */
export const segments = {
  home: { da: '', en: '' },
  associations: { da: 'foreninger', en: 'associations' },
  venues: { da: 'steder', en: 'venues' },
  events: { da: 'arrangementer', en: 'events' },
  communities: { da: 'faellesskaber', en: 'communities' },
  welcome: { da: 'velkommen', en: 'welcome' },
  search: { da: 'soeg', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>

export type RouteKey = keyof typeof segments

/** `/foreninger/skakklub/` for ('da', 'associations', 'skakklub'); `/en/associations/skakklub/` in English. */
export function pathFor(locale: Locale, key: RouteKey, slug?: string): string {
  const prefix = localeDefinition(locale).pathPrefix
  const parts = [prefix, segments[key][locale], slug].filter((p): p is string => Boolean(p))
  return parts.length ? `/${parts.join('/')}/` : '/'
}

/** The same page in every language, for the language switch and hreflang. */
export function alternates(key: RouteKey, slug?: string): { locale: Locale; path: string }[] {
  return locales.map((l) => ({ locale: l.code, path: pathFor(l.code, key, slug) }))
}

export { defaultLocale }
