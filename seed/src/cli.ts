import { getPayload } from 'payload'
import config from '@velkomst/cms/config'
import { schemaPush } from '@velkomst/cms/database'
import { isProduction, readConfig } from '@velkomst/shared/config'

import { users } from './data/users'
import { foreignContent, seed } from './run'

const FORCE = '--force-demo'

/**
 * `npm run seed`: loads the demo content into the database in force, then prints the logins.
 * `--if-empty` loads it only into a database without accounts (what `npm start` does). It
 * refuses in production and next to content the demo did not create, unless `--force-demo`.
 */
async function main() {
  const settings = readConfig('seed')
  const force = process.argv.includes(FORCE)
  if (isProduction(process.env) && !force) {
    throw new Error(
      `This is production (NODE_ENV=production): demo content is not loaded. Add ${FORCE} ` +
        'to load it anyway, e.g. on a staging copy.',
    )
  }
  const payload = await getPayload({ config })
  // Bring the database up to the committed migrations first (a no-op when it is current). A
  // database whose schema is pushed (tests, `next dev`'s own file) is left to the push: running
  // migrations on it would stop at Payload's "data loss?" prompt.
  if (!schemaPush()) await payload.db.migrate()
  const { totalDocs: accounts } = await payload.count({ collection: 'users', overrideAccess: true })
  if (process.argv.includes('--if-empty') && accounts > 0) {
    console.log('The database already has content; demo content was not loaded again.')
    return payload.destroy()
  }
  const foreign = force ? [] : await foreignContent(payload)
  if (foreign.length) {
    const lines = foreign.map(
      (f) => `  ${f.collection}: ${f.count} (e.g. ${f.examples.map((e) => `"${e}"`).join(', ')})`,
    )
    throw new Error(
      `The database holds content the demo did not create:\n${lines.join('\n')}\n` +
        `Demo content was not loaded, so it does not mix with it. Add ${FORCE} to load it anyway.`,
    )
  }
  console.log('Loading the Albertslund demo content:')
  const report = await seed(payload, { log: (line) => console.log(`  ${line}`) })
  const created = Object.values(report.created).reduce((a, b) => a + b, 0)
  console.log(`Seed finished in ${(report.ms / 1000).toFixed(1)} s: ${created} documents created.`)
  if (settings.NODE_ENV !== 'production' || settings.VELKOMST_DEMO) {
    console.log('Demo logins (demo content only):')
    for (const u of users) console.log(`  ${u.role.padEnd(19)} ${u.email.padEnd(26)} ${u.password}`)
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
