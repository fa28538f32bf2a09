import { readConfig, type Config } from '@velkomst/shared/config'

export type SiteConfig = Config<'site'>
export type LiveConfig = Config<'live'>

type Env = Record<string, string | undefined>

/** A site build's settings: the one place the build reads the environment. */
export const siteConfig = (env: Env = process.env): SiteConfig => readConfig('site', env)

/** The live site server's settings (`npm start`, `npm run serve`). */
export const liveConfig = (env: Env = process.env): LiveConfig => readConfig('live', env)

/** Where the site is served when SITE_URL does not say. */
export const defaultSiteUrl = (port = 4321) => `http://localhost:${port}`
