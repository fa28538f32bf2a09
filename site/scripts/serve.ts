import path from 'node:path'

import { astroBuild, rebuildRoutes, scheduleRebuilds, SiteBuilder } from '../src/server/rebuilds'
import { listen, serveSite } from '../src/server/static'

/**
 * `npm run serve -w @velkomst/site`: serves the built site (dist/) on SITE_PORT (4321).
 * With SITE_LIVE=1 (what `npm start` uses) it builds the site itself from CMS_URL and rebuilds
 * it when the CMS asks (POST /__rebuild with SITE_REBUILD_TOKEN), swapping builds atomically.
 */
const siteDir = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.SITE_PORT ?? 4321)
const host = process.env.SITE_HOST ?? '127.0.0.1'

if (process.env.SITE_LIVE === '1') {
  // Configurable so a second instance (the journey tests) does not share them with `npm start`.
  const liveLink = path.resolve(siteDir, process.env.SITE_LIVE_LINK ?? '.live')
  const builder = new SiteBuilder({
    build: astroBuild(siteDir, process.env),
    buildsDir: path.resolve(siteDir, process.env.SITE_BUILDS_DIR ?? '.builds'),
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
  scheduleRebuilds(builder, Number(process.env.SITE_REBUILD_MINUTES ?? 60))
  const server = serveSite(liveLink, rebuildRoutes(builder, process.env.SITE_REBUILD_TOKEN ?? ''))
  const url = await listen(server, port, host)
  console.log(`Site: ${url}/ (English: ${url}/en/), rebuilt on publish`)
} else {
  const dir = path.resolve(siteDir, process.env.SITE_OUT_DIR ?? 'dist')
  const url = await listen(serveSite(dir), port, host)
  console.log(`Site: ${url}/ (English: ${url}/en/)`)
}
