import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { readConfig } from '@velkomst/shared/config'

export interface TestPayload {
  payload: Payload
  kind: 'sqlite' | 'mongodb'
  /** The temporary folder holding the database and media. */
  dir: string
  cleanup: () => Promise<void>
}

/** A MongoDB URL with its own database name, so parallel suites never share data. */
function mongoUrlFor(base: string, name: string): string {
  const url = new URL(base)
  url.pathname = `/velkomst_test_${name}_${process.pid}_${Date.now().toString(36)}`
  return url.toString()
}

/**
 * Boots Payload on a fresh database: a temporary SQLite file, or, in the Vitest project for
 * MongoDB (VELKOMST_TEST_DB=mongodb, only when MONGODB_TEST_URL is set), a fresh MongoDB
 * database. The environment is set before `loadConfig` imports the CMS's config, because the
 * config chooses its adapter and paths when it loads.
 */
export async function startPayload(
  name: string,
  loadConfig: () => Promise<{ default: SanitizedConfig | Promise<SanitizedConfig> }>,
): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `velkomst-${name}-`))
  const tests = readConfig('tests')
  const mongo = tests.VELKOMST_TEST_DB === 'mongodb' ? tests.MONGODB_TEST_URL : undefined
  process.env.DATABASE_URL = mongo ? mongoUrlFor(mongo, name) : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'velkomst-test-secret-not-for-production'
  const { default: config } = await loadConfig()
  const payload = await getPayload({ config: await config })
  return {
    payload,
    kind: mongo ? 'mongodb' : 'sqlite',
    dir,
    cleanup: async () => {
      if (mongo) {
        const db = payload.db as unknown as { connection?: { dropDatabase: () => Promise<void> } }
        await db.connection?.dropDatabase().catch(() => undefined)
      }
      await payload.destroy().catch(() => undefined)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
