import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { href } from '@velkomst/shared/routes'
import { visitRequestForm } from '@velkomst/shared/newcomers'

/** The stylesheet's address on the site, for pages the CMS answers with. */
export const FORMS_STYLESHEET = '/forms.css'

/**
 * The CMS answers a refused form (when no script ran) with a page of its own; to look like the
 * site it links the site's stylesheet. Astro names stylesheets by their content hash, so after
 * the build the stylesheets of a form page are copied, in order, to one stable address.
 */
export async function writeFormsStylesheet(outDir: string): Promise<void> {
  const page = path.join(outDir, href('da', visitRequestForm.routes.form), 'index.html')
  const html = await readFile(page, 'utf8')
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+\.css)"/g)].map(
    (m) => m[1]!,
  )
  if (sheets.length === 0) throw new Error(`No stylesheet linked from ${page}`)
  const parts = await Promise.all(sheets.map((s) => readFile(path.join(outDir, s), 'utf8')))
  await writeFile(path.join(outDir, FORMS_STYLESHEET), parts.join('\n'))
}
