/**
 * The new access rows over REST and GraphQL, through the same handlers the Next routes use (the
 * Local API rows are in access.int.test.ts; the same suite runs against `next start` in
 * tests/e2e/api.e2e.test.ts).
 */
import { afterAll, beforeAll } from 'vitest'

import { accessOverHttp, prepareHttpWorld, type HttpWorld } from '../helpers/accessOverHttp'
import { caller, type Caller } from '../helpers/http'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let api: Caller
let w: HttpWorld

beforeAll(async () => {
  t = await startPayload('access-http')
  w = await prepareHttpWorld(t.payload)
  api = caller(t.payload)
})
afterAll(async () => t?.cleanup())

accessOverHttp(() => ({ api, w }))
