import type { MapTiles } from 'virtual:velkomst/build'

import type { SiteConfig } from '../config'

/**
 * The tile source for guide maps. None by default (the site then loads nothing from outside);
 * production sets MAP_TILE_URL, e.g. OpenStreetMap's
 * `https://tile.openstreetmap.org/{z}/{x}/{y}.png` with its attribution.
 */
export function mapTiles(config: SiteConfig): MapTiles | null {
  return config.MAP_TILE_URL
    ? { url: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION }
    : null
}
