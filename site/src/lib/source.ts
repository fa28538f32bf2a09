import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mediaFilesOf, parseSnapshot, type Snapshot } from '@velkomst/shared/schemas'

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

/**
 * Makes sure a snapshot folder exists and returns it. From the live CMS it downloads the
 * snapshot and its media into a cache folder first, so the rest of the build reads one kind of
 * source. Content that breaks the contract stops here, naming the document and the field.
 */
export async function prepareContent(
  settings: ReturnType<typeof contentSettings>,
): Promise<string> {
  if (settings.cmsUrl) {
    const snapshot = await fetchSnapshot(settings.cmsUrl)
    const mediaDir = path.join(settings.cacheDir, 'media')
    await mkdir(mediaDir, { recursive: true })
    for (const file of mediaFilesOf(snapshot)) {
      const target = path.join(mediaDir, file)
      if (existsSync(target)) continue
      const response = await fetch(`${settings.cmsUrl}/api/media/file/${encodeURIComponent(file)}`)
      if (!response.ok) {
        throw new ContentSourceError(
          `Could not download ${file} from the CMS (${response.status}).`,
        )
      }
      await writeFile(target, Buffer.from(await response.arrayBuffer()))
    }
    await writeFile(path.join(settings.cacheDir, 'snapshot.json'), JSON.stringify(snapshot))
    return settings.cacheDir
  }
  if (!existsSync(path.join(settings.contentDir, 'snapshot.json'))) {
    throw new ContentSourceError(
      `No content at ${settings.contentDir}/snapshot.json. Run \`npm run export\` (writes the ` +
        'CMS content there), set CONTENT_DIR to a snapshot folder, or set CMS_URL to build from ' +
        'a running CMS.',
    )
  }
  return settings.contentDir
}

async function fetchSnapshot(cmsUrl: string): Promise<Snapshot> {
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/site-snapshot`)
  } catch (error) {
    throw new ContentSourceError(`Cannot reach the CMS at ${cmsUrl}: ${String(error)}`)
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message?: string }[]
    } | null
    const reason = body?.errors?.[0]?.message
    throw new ContentSourceError(
      `The CMS at ${cmsUrl} answered ${response.status}${reason ? `:\n${reason}` : '.'}`,
    )
  }
  return parseSnapshot(await response.json())
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
