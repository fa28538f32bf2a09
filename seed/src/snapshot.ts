/**
 * `npm run snapshot -w @velkomst/seed -- <folder> [today]`: the demo content exactly as the site
 * reads it. The demo is seeded into a throwaway database and exported by the CMS's own export
 * (`cms/src/export`), so the snapshot always says what a real Velkomst would publish, with no
 * second mapping of the content contract to keep in step. For tests that need the real demo's
 * words on a built site (search finds "Badesøen" typed as "badesoen").
 */
import path from 'node:path'

import { writeSnapshot } from '@velkomst/cms/export'
import { startPayload } from '@velkomst/testing/payload'

import { seed } from './run'

export async function writeDemoSnapshot(outDir: string, today = new Date()) {
  const t = await startPayload('snapshot', () => import('@velkomst/cms/config'))
  try {
    await seed(t.payload, { today })
    return await writeSnapshot(t.payload, outDir)
  } finally {
    await t.cleanup()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [out, today] = process.argv.slice(2)
  if (!out) {
    console.error('Usage: npm run snapshot -w @velkomst/seed -- <folder> [today as ISO date]')
    process.exit(2)
  }
  const { snapshot } = await writeDemoSnapshot(
    path.resolve(out),
    today ? new Date(today) : undefined,
  )
  console.log(`Wrote the demo snapshot (${snapshot.associations.length} associations) to ${out}`)
  process.exit(0)
}
