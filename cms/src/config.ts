import { ConfigError, isProduction, readConfig, type Config } from '@velkomst/shared/config'

export type CmsConfig = Config<'cms'>

/**
 * The CMS's settings: the one place it reads the environment. The variables, their defaults and
 * what production requires are listed in `shared/src/config/variables.ts`. In production the
 * admin's public address must be https: sign-in cookies are then marked Secure and would never
 * come back over plain http.
 */
export function cmsConfig(env: Record<string, string | undefined> = process.env): CmsConfig {
  const config = readConfig('cms', env)
  if (isProduction(env) && config.CMS_PUBLIC_URL?.startsWith('http://')) {
    throw new ConfigError([
      `CMS_PUBLIC_URL=${JSON.stringify(config.CMS_PUBLIC_URL)} must start with https:// in ` +
        'production: sign-in cookies are only sent over HTTPS there.',
    ])
  }
  return config
}

/**
 * A demonstration (VELKOMST_DEMO=true, which `npm start` is unless told otherwise) or not
 * production at all (development, tests): the demo's public passwords work only here.
 */
export function isDemonstration(config: CmsConfig = cmsConfig()): boolean {
  return config.NODE_ENV !== 'production' || config.VELKOMST_DEMO === true
}
