import type { Locale } from '@velkomst/shared/locales'
import type { MapFeature, Venue } from '@velkomst/shared/schemas'

import { counted, plain, type Translate } from './i18n'
import type { MapPlaceInput, MapRouteInput } from './static-map'
import { routeLetter } from './static-map'

export interface NumberedFeature {
  feature: MapFeature
  /** Position in the guide's own feature list (the GPX file names use it). */
  index: number
  /** "1", "2" … for places; "A", "B" … for routes: the same on the map and in the lists. */
  key: string
}

/** A guide's places numbered and its routes lettered, in the order the editor gave them. */
export function numberFeatures(features: readonly MapFeature[]) {
  const all = features.map((feature, index) => ({ feature, index }))
  const places = all
    .filter(({ feature }) => feature.kind === 'place')
    .map((f, i) => ({ ...f, key: String(i + 1) }))
  const routes = all
    .filter(({ feature }) => feature.kind === 'route')
    .map((f, i) => ({ ...f, key: routeLetter(i) }))
  return { places, routes }
}

export function guideMapInput(
  numbered: ReturnType<typeof numberFeatures>,
  locale: Locale,
): { places: MapPlaceInput[]; routes: MapRouteInput[] } {
  return {
    places: numbered.places.flatMap(({ feature, key }) =>
      feature.geometry.type === 'Point'
        ? [{ label: key, name: plain(feature.name, locale), at: feature.geometry.coordinates }]
        : [],
    ),
    routes: numbered.routes.flatMap(({ feature, key }) =>
      feature.geometry.type === 'LineString'
        ? [{ label: key, name: plain(feature.name, locale), line: feature.geometry.coordinates }]
        : [],
    ),
  }
}

/** "1–3" or "1" (and "A–B"): the range of keys a list uses. */
const range = (keys: string[]) =>
  keys.length > 1 ? `${keys[0]}–${keys[keys.length - 1]}` : (keys[0] ?? '')

/** What a map of numbered places shows: "12 steder (1–12)". */
export function placesContents(t: Translate, locale: Locale, count: number): string {
  const keys = Array.from({ length: count }, (_, i) => String(i + 1))
  return `${counted(t, locale, 'welcome.count.places', count)} (${range(keys)})`
}

/** The map's description: what it shows and how it matches the lists. */
export function mapContents(
  t: Translate,
  locale: Locale,
  numbered: ReturnType<typeof numberFeatures>,
): string {
  const parts: string[] = []
  if (numbered.routes.length > 0) {
    const routes = counted(t, locale, 'welcome.count.routes', numbered.routes.length)
    parts.push(`${routes} (${range(numbered.routes.map((r) => r.key))})`)
  }
  if (numbered.places.length > 0) {
    const places = counted(t, locale, 'welcome.count.places', numbered.places.length)
    parts.push(`${places} (${range(numbered.places.map((p) => p.key))})`)
  }
  return parts.join(t('welcome.map.and'))
}

/**
 * The venues that have coordinates, numbered in list order, as markers linked to their pages;
 * `keys` gives each mapped venue's number for the list.
 */
export function venueMapPlaces(
  venues: readonly Venue[],
  locale: Locale,
  hrefOf: (venue: Venue) => string,
): { places: MapPlaceInput[]; keys: Map<string, string> } {
  const keys = new Map<string, string>()
  const places: MapPlaceInput[] = []
  for (const v of venues) {
    if (!v.coordinates) continue
    const label = String(places.length + 1)
    keys.set(v.id, label)
    places.push({
      label,
      name: plain(v.name, locale),
      at: [v.coordinates.lng, v.coordinates.lat],
      href: hrefOf(v),
    })
  }
  return { places, keys }
}
