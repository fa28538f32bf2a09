/**
 * The tile source for guide maps. None by default (the site then loads nothing from outside);
 * production sets MAP_TILE_URL, e.g. OpenStreetMap's
 * `https://tile.openstreetmap.org/{z}/{x}/{y}.png` with its attribution.
 */
export function mapTiles(
  env: NodeJS.ProcessEnv = process.env,
): { url: string; attribution: string } | null {
  const url = env.MAP_TILE_URL?.trim()
  if (!url) return null
  if (!/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/.test(url)) {
    throw new Error(`MAP_TILE_URL must be an https URL with {z}, {x} and {y}: ${url}`)
  }
  return {
    url,
    attribution:
      env.MAP_TILE_ATTRIBUTION ??
      '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }
}
