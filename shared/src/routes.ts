import { defaultLocale, localeDefinition, locales, type Locale } from './i18n/locales'
import type { Audience, RoomBorrower, RoomSize, WayToTakePart } from './vocabulary'

/**
 * Localized paths. A route is a list of parts: segment keys (translated per language) and slugs
 * (the same in every language). `/foreninger/kategori/sport/` and
 * `/en/associations/category/sport/` are the same route, so every page has its equivalent.
 */
export const segments = {
  home: { da: '', en: '' },
  associations: { da: 'foreninger', en: 'associations' },
  venues: { da: 'steder', en: 'venues' },
  events: { da: 'arrangementer', en: 'events' },
  communities: { da: 'faellesskaber', en: 'communities' },
  welcome: { da: 'velkommen', en: 'welcome' },
  search: { da: 'soeg', en: 'search' },
  guides: { da: 'guider', en: 'guides' },
  newInTown: { da: 'ny-i-kommunen', en: 'new-in-town' },
  for: { da: 'for', en: 'for' },
  notFound: { da: '404', en: '404' },
  // newcomers' voice: ambassadors, visit requests, the survey, privacy
  ambassadors: { da: 'ambassadoerer', en: 'ambassadors' },
  visit: { da: 'besoeg', en: 'visit' },
  survey: { da: 'fortael-os', en: 'tell-us' },
  sent: { da: 'tak', en: 'thank-you' },
  privacy: { da: 'privatliv', en: 'privacy' },
  // taking part: the four ways, volunteering, rooms to borrow
  takePart: { da: 'vaer-med', en: 'take-part' },
  volunteer: { da: 'bliv-frivillig', en: 'volunteer' },
  rooms: { da: 'laan-et-lokale', en: 'borrow-a-room' },
  // residents' activities: the form, its confirmation, a corrected submission sent again
  add: { da: 'tilfoej', en: 'add' },
  resubmitted: { da: 'sendt-igen', en: 'sent-again' },
  // good stories
  stories: { da: 'historier', en: 'stories' },
  // filters and pagination
  category: { da: 'kategori', en: 'category' },
  audience: { da: 'maalgruppe', en: 'audience' },
  community: { da: 'faellesskab', en: 'community' },
  social: { da: 'sociale-tilbud', en: 'social-offers' },
  free: { da: 'gratis', en: 'free' },
  today: { da: 'i-dag', en: 'today' },
  week: { da: 'denne-uge', en: 'this-week' },
  month: { da: 'denne-maaned', en: 'this-month' },
  page: { da: 'side', en: 'page' },
  way: { da: 'deltagelse', en: 'way' },
  size: { da: 'stoerrelse', en: 'size' },
  stepFree: { da: 'uden-trin', en: 'step-free' },
  // the four ways to take part, as they appear in paths
  'way-come-along': { da: 'observerende', en: 'show-support' },
  'way-help-out': { da: 'aktiv', en: 'join-in' },
  'way-co-organise': { da: 'medskabende', en: 'help-make-it-happen' },
  'way-initiate': { da: 'initiativtager', en: 'bring-the-idea' },
  // rooms' size bands and who may borrow them, as they appear in paths
  'size-small': { da: 'lille', en: 'small' },
  'size-medium': { da: 'mellem', en: 'medium' },
  'size-large': { da: 'stor', en: 'large' },
  'borrower-associations': { da: 'foreninger', en: 'associations' },
  'borrower-residents': { da: 'borgere', en: 'residents' },
  // audiences, as they appear in paths
  'aud-families': { da: 'boernefamilier', en: 'families' },
  'aud-children': { da: 'boern', en: 'children' },
  'aud-young-people': { da: 'unge', en: 'young-people' },
  'aud-adults': { da: 'voksne', en: 'adults' },
  'aud-seniors': { da: 'seniorer', en: 'seniors' },
  'aud-newcomers': { da: 'nytilflyttede', en: 'newcomers' },
} as const satisfies Record<string, Record<Locale, string>>

export type RouteKey = keyof typeof segments

/**
 * Every word the site's own paths use, in every language (`i-dag`, `gratis`, `sociale-tilbud`,
 * `side` …): a document whose slug were one of them would share an address with a list or a
 * filter page. Read from the segment table, so a route added there is reserved too.
 */
export const reservedSlugs: ReadonlySet<string> = new Set(
  Object.values(segments)
    .flatMap((words) => Object.values(words) as string[])
    .filter(Boolean),
)
export type RoutePart = RouteKey | { slug: string }
export type Route = readonly RoutePart[]

export const audienceSegment = (audience: Audience): RouteKey => `aud-${audience}`
export const waySegment = (way: WayToTakePart): RouteKey => `way-${way}`
export const sizeSegment = (size: RoomSize): RouteKey => `size-${size}`
export const borrowerSegment = (borrower: RoomBorrower): RouteKey => `borrower-${borrower}`

function partText(part: RoutePart, locale: Locale): string {
  return typeof part === 'string' ? segments[part][locale] : part.slug
}

/** `/foreninger/skakklub/` for ['associations', {slug: 'skakklub'}]; `/en/associations/…` in English. */
export function href(locale: Locale, route: Route): string {
  const prefix = localeDefinition(locale).pathPrefix
  const parts = [prefix, ...route.map((p) => partText(p, locale))].filter(Boolean)
  return parts.length ? `/${parts.join('/')}/` : '/'
}

/** Shorthand for the common "section, then optional slug" route. */
export function pathFor(locale: Locale, key: RouteKey, slug?: string): string {
  return href(locale, slug ? [key, { slug }] : [key])
}

/** The same page in every language, for the language switch, hreflang and the sitemap. */
export function alternates(route: Route): { locale: Locale; path: string }[] {
  return locales.map((l) => ({ locale: l.code, path: href(l.code, route) }))
}

/** The locale a built path belongs to. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/').filter(Boolean)[0]
  return locales.find((l) => l.pathPrefix && l.pathPrefix === first)?.code ?? defaultLocale
}

/** Each language's path words, read back as the default language's (`events` → `arrangementer`). */
const toDefaultWord = new Map(
  locales.map((l) => [
    l.code,
    new Map(
      Object.values(segments)
        .filter((words) => words[l.code])
        .map((words) => [words[l.code] as string, words[defaultLocale] as string]),
    ),
  ]),
)

/**
 * The same page's path in the default language (`/en/events/skakaften/` →
 * `/arrangementer/skakaften/`), from the path alone: each word is read back through the segment
 * table, anything else is a slug (slugs are never path words, see `reservedSlugs`). For where only
 * the address is known, e.g. keeping a page's languages in the same search shard.
 */
export function defaultLocalePath(path: string): string {
  const locale = localeOfPath(path)
  const parts = path.split('/').filter(Boolean)
  if (localeDefinition(locale).pathPrefix) parts.shift()
  const words = toDefaultWord.get(locale)!
  return href(
    defaultLocale,
    parts.map((part) => ({ slug: words.get(part) ?? part })),
  )
}

export { defaultLocale }

/** The stable address of a quarter's free-tickets page (`/velkommen/2026-q4/`): the QR code's target. */
export const welcomePath = (locale: Locale, quarter: string) =>
  href(locale, ['welcome', { slug: quarter.toLowerCase() }])
