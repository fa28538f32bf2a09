import path from 'node:path'

import { getPayload } from 'payload'

import config from '../src/payload.config'
import { writeSnapshot } from '../src/export/write'

/**
 * `npm run export [-- <folder>]`: writes the published content as a snapshot (the content
 * contract) plus its media, for building the site without a running CMS.
 * Default folder: `site/content/` in the repository.
 */
const outDir = path.resolve(
  // npm's own variable: the folder `npm run export` was typed in, not the workspace's.
  // eslint-disable-next-line no-restricted-syntax
  process.env.INIT_CWD ?? process.cwd(),
  process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'site', 'content'),
)
const started = performance.now()
const payload = await getPayload({ config })
try {
  const { snapshot, files } = await writeSnapshot(payload, outDir)
  const ms = Math.round(performance.now() - started)
  console.log(
    `Exported ${snapshot.associations.length} associations, ${snapshot.events.length} events, ` +
      `${snapshot.venues.length} venues, ${snapshot.pages.length} pages, ${files} media files ` +
      `to ${path.relative(process.cwd(), outDir) || '.'} in ${ms} ms.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
