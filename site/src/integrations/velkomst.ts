import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { mediaFilesOf } from '@velkomst/shared/schemas'

import { prepareContent, readSnapshot } from '../lib/source'

/**
 * After the pages are written: copy the media they use next to them, and build the Pagefind
 * index (one per language, from each page's `<html lang>`), so `astro build` alone yields the
 * complete static site.
 */
export function velkomst(): AstroIntegration {
  return {
    name: 'velkomst',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const source = process.env.VELKOMST_CONTENT_READY ?? (await prepareContent())
        const snapshot = await readSnapshot(source)
        const files = mediaFilesOf(snapshot)
        await mkdir(path.join(out, 'media'), { recursive: true })
        await Promise.all(
          files.map((f) => copyFile(path.join(source, 'media', f), path.join(out, 'media', f))),
        )
        logger.info(`Copied ${files.length} media files.`)

        const started = performance.now()
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: out })
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(
          `Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`,
        )
      },
    },
  }
}
