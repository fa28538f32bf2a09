import type { MapFeature } from '@velkomst/shared/schemas'

import { distance, EARTH_RADIUS_M, lineLength } from '@velkomst/shared/geo'

export { distance, EARTH_RADIUS_M }

/** A route's length in metres (0 for a place). */
export function lengthOf(feature: MapFeature): number {
  return feature.geometry.type === 'LineString' ? lineLength(feature.geometry.coordinates) : 0
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
