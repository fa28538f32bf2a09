import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { searchDocument } from '../lib/search-index'

/** HTML files under `dir` (relative paths), the search bundle's own folder left out. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(`pagefind${path.sep}`))
}

const BATCH = 64

/** `/foreninger/skakklubben/` for `foreninger/skakklubben/index.html`, as Pagefind would. */
const urlOf = (file: string) =>
  `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')

/**
 * Builds the search index of a built site into `<out>/pagefind`: one index per language (from
 * each page's `<html lang>`), of the pages that carry `data-pagefind-body`, each as
 * `searchDocument` gives it (the page's main content plus the folded spellings of æ, ø and å).
 * Pages are handed to Pagefind in batches, so memory stays flat on a large site.
 */
export async function buildSearchIndex(out: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const files = (await htmlFiles(out)).sort()
    let pages = 0
    // Read and prepare one batch while Pagefind indexes the previous one; pages are sent in
    // path order, so the same site gives the same index.
    let indexing: Promise<unknown> = Promise.resolve()
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH)
      const documents = await Promise.all(
        batch.map(async (f) => searchDocument(await readFile(path.join(out, f), 'utf8'))),
      )
      await indexing
      indexing = Promise.all(
        documents.map(async (content, j) => {
          if (content === null) return
          const added = await index.addHTMLFile({ url: urlOf(batch[j]!), content })
          if (added.errors.length)
            throw new Error(`Pagefind (${batch[j]}): ${added.errors.join('; ')}`)
          pages++
        }),
      )
      // Awaited with the next batch; a failure meanwhile is not an unhandled rejection.
      indexing.catch(() => undefined)
    }
    await indexing
    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return { pages }
  } finally {
    await pagefind.close()
  }
}
