import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  kind: 'sqlite' | 'mongodb'
  cleanup: () => Promise<void>
}

/** A MongoDB URL with its own database name, so parallel suites never share data. */
function mongoUrlFor(base: string, name: string): string {
  const url = new URL(base)
  url.pathname = `/velkomst_test_${name}_${process.pid}_${Date.now().toString(36)}`
  return url.toString()
}

/**
 * Boots Payload on a fresh database: a temporary SQLite file, or, in the test project that
 * Vitest runs for MongoDB (VELKOMST_TEST_DB=mongodb, only when MONGODB_TEST_URL is set), a fresh
 * MongoDB database. Environment is set before the config is imported, because the config chooses
 * its adapter and paths when it loads.
 */
export async function startPayload(name: string): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `velkomst-${name}-`))
  const mongo =
    process.env.VELKOMST_TEST_DB === 'mongodb' ? process.env.MONGODB_TEST_URL : undefined
  process.env.DATABASE_URL = mongo ? mongoUrlFor(mongo, name) : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    kind: mongo ? 'mongodb' : 'sqlite',
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
