/**
 * Distances on the globe, shared by the site (route lengths, maps) and the seed (demo routes
 * whose lengths must agree with their texts).
 */

/** The mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8

/** Great-circle distance in metres between two [lng, lat] points (haversine). */
export function distance(
  [lng1, lat1]: readonly [number, number],
  [lng2, lat2]: readonly [number, number],
): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h))
}

/** The length of a line of [lng, lat] points, in metres. */
export function lineLength(line: readonly (readonly [number, number])[]): number {
  let total = 0
  for (let i = 1; i < line.length; i++) total += distance(line[i - 1]!, line[i]!)
  return total
}
