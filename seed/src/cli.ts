import { getPayload } from 'payload'
import { readConfig } from '@velkomst/shared/config'
import config from '@velkomst/cms/config'
import { schemaPush } from '@velkomst/cms/database'

import { users } from './data/users'
import { seed } from './run'

/** `npm run seed`: loads the demo content into the database in force, then prints the logins. */
async function main() {
  const payload = await getPayload({ config })
  // Bring the database up to the committed migrations first (a no-op when it is current). A
  // database whose schema is pushed (tests, `next dev`'s own file) is left to the push: running
  // migrations on it would stop at Payload's "data loss?" prompt.
  if (!schemaPush()) await payload.db.migrate()
  const { totalDocs: accounts } = await payload.count({ collection: 'users', overrideAccess: true })
  if (process.argv.includes('--if-empty') && accounts > 0) {
    console.log('The database already has content; demo content was not loaded again.')
  } else {
    console.log('Loading the Albertslund demo content:')
    const report = await seed(payload, { log: (line) => console.log(`  ${line}`) })
    const created = Object.values(report.created).reduce((a, b) => a + b, 0)
    console.log(
      `Seed finished in ${(report.ms / 1000).toFixed(1)} s: ${created} documents created.`,
    )
  }
  const settings = readConfig('seed')
  if (settings.NODE_ENV !== 'production' || settings.VELKOMST_DEMO) {
    console.log('Demo logins (demo content only):')
    for (const u of users) console.log(`  ${u.role.padEnd(19)} ${u.email.padEnd(26)} ${u.password}`)
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
