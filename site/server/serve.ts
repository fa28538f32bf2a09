import path from 'node:path'

import { ConfigError } from '@velkomst/shared/config'

import { liveConfig } from '../src/config'
import { astroBuild, rebuildRoutes, scheduleRebuilds, SiteBuilder } from './rebuilds'
import { listen, serveSite } from './static'

/**
 * `npm run serve -w @velkomst/site`: serves the built site (dist/) on SITE_PORT (4321).
 * With SITE_LIVE=1 (what `npm start` uses) it builds the site itself from CMS_URL and rebuilds
 * it when the CMS asks (POST /__rebuild with SITE_REBUILD_TOKEN), swapping builds atomically.
 */
const siteDir = path.resolve(import.meta.dirname, '..')
const config = (() => {
  try {
    return liveConfig()
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  }
})()
const port = config.SITE_PORT
const host = config.SITE_HOST

if (config.SITE_LIVE) {
  // Configurable so a second instance (the journey tests) does not share them with `npm start`.
  const liveLink = path.resolve(siteDir, config.SITE_LIVE_LINK)
  const builder = new SiteBuilder({
    // The build itself reads the site's settings (CMS_URL, SITE_URL …) from this environment.
    build: astroBuild(siteDir, process.env),
    buildsDir: path.resolve(siteDir, config.SITE_BUILDS_DIR),
    liveLink,
    log: (line) => console.log(line),
  })
  await builder.request('start')
  const first = builder.history[0]
  if (!first?.ok) {
    console.error(`The site could not be built:\n${first?.error ?? ''}`)
    process.exit(1)
  }
  // Hourly by default (SITE_REBUILD_MINUTES; 0 turns it off).
  scheduleRebuilds(builder, config.SITE_REBUILD_MINUTES)
  const server = serveSite(liveLink, rebuildRoutes(builder, config.SITE_REBUILD_TOKEN ?? ''))
  const url = await listen(server, port, host)
  console.log(`Site: ${url}/ (English: ${url}/en/), rebuilt on publish`)
} else {
  const dir = path.resolve(siteDir, config.SITE_OUT_DIR)
  const url = await listen(serveSite(dir), port, host)
  console.log(`Site: ${url}/ (English: ${url}/en/)`)
}
