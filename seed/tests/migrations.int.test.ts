/**
 * The committed migrations build the whole schema: a database made only from them (no schema
 * push, as in production) takes the complete demo content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { startPayload, type TestPayload } from './helpers/payload'
import { seed } from '../src/run'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  process.env.VELKOMST_DB_PUSH = 'false'
  t = await startPayload('migrations')
  payload = t.payload
})
afterAll(async () => {
  delete process.env.VELKOMST_DB_PUSH
  await t?.cleanup()
})

describe('committed migrations', () => {
  it.skipIf(process.env.VELKOMST_TEST_DB === 'mongodb')(
    'create every table the content model needs',
    async () => {
      await payload.db.migrate()
      const report = await seed(payload, { today: new Date('2026-11-23T09:00:00Z') })
      expect(report.created.associations).toBeGreaterThanOrEqual(40)
      expect(report.created.events).toBeGreaterThan(20)
      const page = await payload.find({
        collection: 'pages',
        where: { slug: { equals: 'legepladser' } },
        locale: 'en',
      })
      expect(page.docs[0]?.mapFeatures?.[0]?.name).toBe('The playground at Badesøen')
    },
  )
})
