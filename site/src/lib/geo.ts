import type { MapFeature } from '@velkomst/shared/schemas'

const EARTH_RADIUS_M = 6_371_008.8

/** Great-circle distance in metres between two [lng, lat] points. */
export function distance([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h))
}

/** A route's length in metres (0 for a place). */
export function lengthOf(feature: MapFeature): number {
  if (feature.geometry.type !== 'LineString') return 0
  const c = feature.geometry.coordinates
  let total = 0
  for (let i = 1; i < c.length; i++) total += distance(c[i - 1]!, c[i]!)
  return total
}

/** A link that opens the place (or the route's start and end) in OpenStreetMap. */
export function externalMapUrl(feature: MapFeature): string {
  if (feature.geometry.type === 'Point') {
    const [lng, lat] = feature.geometry.coordinates
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
  }
  const c = feature.geometry.coordinates
  const [sLng, sLat] = c[0]!
  const [eLng, eLat] = c[c.length - 1]!
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${sLat}%2C${sLng}%3B${eLat}%2C${eLng}`
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A GPX 1.1 track for a route, for phones and GPS devices. */
export function gpx(name: string, description: string | null, feature: MapFeature): string {
  if (feature.geometry.type !== 'LineString') throw new TypeError('Only routes have a GPX track')
  const points = feature.geometry.coordinates
    .map(([lng, lat]) => `      <trkpt lat="${lat}" lon="${lng}"></trkpt>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Velkomst" xmlns="http://www.topografix.com/GPX/1/1">
  <trk>
    <name>${xml(name)}</name>${description ? `\n    <desc>${xml(description)}</desc>` : ''}
    <trkseg>
${points}
    </trkseg>
  </trk>
</gpx>
`
}
