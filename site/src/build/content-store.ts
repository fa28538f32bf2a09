import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  applyChanges,
  orderedSnapshot as ordered,
  parseSnapshot,
  imagesOf,
  type Snapshot,
  type SnapshotChanges,
} from '@velkomst/shared/schemas'

import { ContentSourceError, readSnapshot } from '../lib/source'

/** What `GET /api/site-snapshot?since=` answers (cms/src/export/endpoint.ts). */
type Answer =
  | { version: string; full: true; snapshot: unknown }
  | { version: string; full: false; changes: SnapshotChanges }

export interface Content {
  snapshot: Snapshot
  /** Where the media files the snapshot names are. */
  mediaDir: string
  /** Whether anything changed since the last time. */
  changed: boolean
}

/**
 * The live builder's content: the published snapshot, loaded and checked once, then kept up to
 * date with what changed (the CMS's change feed), so a publish costs the CMS and the builder
 * only the changed documents. From a snapshot folder (CONTENT_DIR) it reads the whole file.
 * Media files are downloaded into a cache keyed by each image's identity (id and last change),
 * so a file replaced under the same name is fetched again.
 */
export class ContentStore {
  private snapshot: Snapshot | null = null
  private version: string | null = null

  constructor(
    private readonly source: { cmsUrl: string | null; contentDir: string; cacheDir: string },
  ) {}

  /** Forget the version: the next refresh reads everything (e.g. after a failed build). */
  forget(): void {
    this.version = null
  }

  async refresh(): Promise<Content> {
    const { cmsUrl, contentDir, cacheDir } = this.source
    if (!cmsUrl) {
      const snapshot = ordered(await readSnapshot(contentDir))
      this.snapshot = snapshot
      return { snapshot, mediaDir: path.join(contentDir, 'media'), changed: true }
    }
    const answer = await this.ask(cmsUrl)
    let changed = true
    if (answer.full) {
      this.snapshot = ordered(parseSnapshot(answer.snapshot))
    } else if (this.snapshot) {
      const { snapshot, changed: any } = applyChanges(this.snapshot, answer.changes)
      this.snapshot = snapshot
      changed = any
    } else {
      throw new ContentSourceError('The CMS sent changes to content this builder never had.')
    }
    const snapshot = this.snapshot
    const mediaDir = path.join(cacheDir, 'media')
    await downloadMedia(cmsUrl, snapshot, mediaDir)
    this.version = answer.version
    return { snapshot, mediaDir, changed }
  }

  private async ask(cmsUrl: string): Promise<Answer> {
    const url = `${cmsUrl}/api/site-snapshot?since=${encodeURIComponent(this.version ?? '')}`
    let response: Response
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
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
    return (await response.json()) as Answer
  }
}

/**
 * Downloads the media files the snapshot names that the cache does not hold in the same
 * version. The cache remembers, per file name, which image (id and last change) it holds.
 */
async function downloadMedia(cmsUrl: string, snapshot: Snapshot, mediaDir: string) {
  await mkdir(mediaDir, { recursive: true })
  const indexFile = path.join(mediaDir, '.index.json')
  const held = existsSync(indexFile)
    ? (JSON.parse(await readFile(indexFile, 'utf8')) as Record<string, string>)
    : {}
  let changed = false
  for (const image of imagesOf(snapshot)) {
    const identity = `${image.id}:${image.updatedAt ?? ''}`
    for (const file of [image.filename, ...Object.values(image.sizes).map((s) => s.filename)]) {
      const target = path.join(mediaDir, file)
      if (held[file] === identity && existsSync(target)) continue
      const response = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(file)}`)
      if (!response.ok) {
        throw new ContentSourceError(
          `Could not download ${file} from the CMS (${response.status}).`,
        )
      }
      // Written beside and renamed, so a build never copies a half-written file.
      await writeFile(`${target}.part`, Buffer.from(await response.arrayBuffer()))
      await rename(`${target}.part`, target)
      held[file] = identity
      changed = true
    }
  }
  if (changed) await writeFile(indexFile, JSON.stringify(held))
}

/**
 * The content for one build, loaded and checked once: from the live CMS (CMS_URL; its
 * published content, media downloaded into the cache) or from a snapshot folder (CONTENT_DIR,
 * written by `npm run export`). Content that breaks the contract stops here, naming the
 * document and the field.
 */
export async function loadContent(source: {
  cmsUrl: string | null
  contentDir: string
  cacheDir: string
}): Promise<Content> {
  if (!source.cmsUrl && !existsSync(path.join(source.contentDir, 'snapshot.json'))) {
    throw new ContentSourceError(
      `No content at ${source.contentDir}/snapshot.json. Run \`npm run export\` (writes the ` +
        'CMS content there), set CONTENT_DIR to a snapshot folder, or set CMS_URL to build from ' +
        'a running CMS.',
    )
  }
  return new ContentStore(source).refresh()
}

/** A snapshot folder for the dev server (which reads `snapshot.json` itself). */
export async function prepareContentDir(source: {
  cmsUrl: string | null
  contentDir: string
  cacheDir: string
}): Promise<string> {
  const content = await loadContent(source)
  if (!source.cmsUrl) return source.contentDir
  await writeFile(path.join(source.cacheDir, 'snapshot.json'), JSON.stringify(content.snapshot))
  return source.cacheDir
}
