import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cmsConfig, type CmsConfig } from './config'

/** The `cms/` folder, whatever the working directory: relative paths resolve against it. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const srcDir = path.join(cmsRoot, 'src')
export const migrationsDir = path.join(srcDir, 'migrations')

/** Where the embedded database lives (VELKOMST_DATA_DIR, relative to cms/). */
export const dataDir = (config: CmsConfig = cmsConfig()) =>
  path.resolve(cmsRoot, config.VELKOMST_DATA_DIR ?? 'data')

/** Where uploaded images are stored (MEDIA_DIR, relative to cms/). */
export const mediaDir = (config: CmsConfig = cmsConfig()) =>
  path.resolve(cmsRoot, config.MEDIA_DIR ?? 'media')
