import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseSnapshot, type Snapshot } from '@velkomst/shared/schemas'

import type { SiteConfig } from '../config'

/** The `site/` folder, whatever the working directory (for the build's own tools and tests). */
export const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export class ContentSourceError extends Error {
  override name = 'ContentSourceError'
}

/**
 * Where the content comes from. `CMS_URL` builds from the live CMS (its published content),
 * otherwise `CONTENT_DIR` (default `site/content/`, written by `npm run export`).
 */
export function contentSettings(config: SiteConfig, root = siteRoot) {
  return {
    cmsUrl: config.CMS_URL ?? null,
    contentDir: path.resolve(root, config.CONTENT_DIR),
    cacheDir: path.join(root, '.cache', 'cms-content'),
  }
}

export async function readSnapshot(dir: string): Promise<Snapshot> {
  const raw = await readFile(path.join(dir, 'snapshot.json'), 'utf8')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new ContentSourceError(`${dir}/snapshot.json is not valid JSON: ${String(error)}`)
  }
  return parseSnapshot(json)
}
