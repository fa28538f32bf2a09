import { readConfig, type Config } from '@velkomst/shared/config'

export type CmsConfig = Config<'cms'>

/**
 * The CMS's settings: the one place it reads the environment. The variables, their defaults and
 * what production requires are listed in `shared/src/config/variables.ts`.
 */
export function cmsConfig(env: Record<string, string | undefined> = process.env): CmsConfig {
  return readConfig('cms', env)
}
