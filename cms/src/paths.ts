import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The `cms/` folder, whatever the working directory: relative paths resolve against it. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const srcDir = path.join(cmsRoot, 'src')
export const dataDir = process.env.VELKOMST_DATA_DIR
  ? path.resolve(cmsRoot, process.env.VELKOMST_DATA_DIR)
  : path.join(cmsRoot, 'data')
export const mediaDir = process.env.MEDIA_DIR
  ? path.resolve(cmsRoot, process.env.MEDIA_DIR)
  : path.join(cmsRoot, 'media')
export const migrationsDir = path.join(srcDir, 'migrations')
