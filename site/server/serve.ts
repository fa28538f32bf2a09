import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { ConfigError } from '@velkomst/shared/config'

import { liveConfig } from '../src/config'
import { LiveSite } from './live'
import { rebuildRoutes, scheduleRebuilds, SiteBuilder } from './rebuilds'
import { listen, LiveFiles, serveSite } from './static'

/**
 * `npm run serve -w @velkomst/site`: serves the built site (dist/) on SITE_PORT (4321).
 * With SITE_LIVE=1 (what `npm start` uses) it builds the site itself from CMS_URL and rebuilds
 * it when the CMS asks (POST /__rebuild with SITE_REBUILD_TOKEN), swapping builds atomically.
 * It never stops because a build failed: it serves the last good build (or a page saying the
 * site is being built) and reports the failure at /__builds, which the admin shows.
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
// 127.0.0.1 unless SITE_HOST (or HOST) says otherwise: nothing is reachable from outside by default.
const host = config.SITE_HOST ?? config.HOST ?? '127.0.0.1'

if (config.SITE_LIVE) {
  // Configurable so a second instance (the journey tests) does not share them with `npm start`.
  const buildsDir = path.resolve(siteDir, config.SITE_BUILDS_DIR)
  const liveLink = path.resolve(siteDir, config.SITE_LIVE_LINK)
  mkdirSync(buildsDir, { recursive: true })
  const files = new LiveFiles(buildsDir)
  const live = new LiveSite({
    buildsDir,
    liveLink,
    files,
    // The builder reads the site's settings (CMS_URL, SITE_URL …) from this environment.
    env: process.env,
    log: (line) => console.log(line),
  })
  const builder = new SiteBuilder({
    build: (reasons) => live.build(reasons),
    timeoutMs: config.SITE_BUILD_TIMEOUT_MINUTES * 60_000,
    onTimeout: () => live.stop(),
    log: (line) => console.log(line),
  })
  const resumed = await live.resume()
  const server = serveSite(files, rebuildRoutes(builder, config.SITE_REBUILD_TOKEN ?? ''))
  const url = await listen(server, port, host)
  console.log(
    resumed
      ? `Site: ${url}/ (English: ${url}/en/), the last build while the new one is made`
      : `Site: ${url}/ (English: ${url}/en/), being built`,
  )
  // The first build; when it fails the server stays up and says so (no earlier build to show).
  void builder.request('start').then(() => {
    const first = builder.history[0]
    if (first?.ok) console.log('Site built; rebuilt on publish.')
    else {
      if (files.empty) files.failure = first?.error ?? 'unknown'
      console.error(`The site could not be built:\n${first?.error ?? ''}`)
    }
  })
  // Hourly by default (SITE_REBUILD_MINUTES; 0 turns it off).
  scheduleRebuilds(builder, config.SITE_REBUILD_MINUTES)
  const stop = () => {
    live.stop()
    server.close()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
} else {
  const dir = path.resolve(siteDir, config.SITE_OUT_DIR)
  const url = await listen(serveSite(dir), port, host)
  console.log(`Site: ${url}/ (English: ${url}/en/)`)
}
