/**
 * The API over real HTTP against the production build (`next start`), where Next parses the
 * URL, streams the body and runs src/proxy.ts: the malformed requests that depend on that (every
 * path, query and body case, and every field case for associations) get a 4xx with a message
 * and change nothing; the hardened access rows hold over REST and GraphQL; a signed-in cookie
 * sent from another site is not accepted.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { accessOverHttp, prepareHttpWorld, type HttpWorld } from '../helpers/accessOverHttp'
import { fetchCaller, type Answer, type Caller } from '../helpers/http'
import {
  graphqlCases,
  prepareTargets,
  restCases,
  type MalformedCase,
  type Targets,
} from '../helpers/malformed'
import { startCms, type RunningCms } from '../helpers/server'
import { apartFromTheClock, everything } from '../helpers/snapshot'

let cms: RunningCms | undefined
let api: Caller
let w: HttpWorld
let targets: Targets

beforeAll(async () => {
  cms = await startCms(
    'api',
    async (payload: Payload) => {
      w = await prepareHttpWorld(payload)
      targets = await prepareTargets(payload, w.world)
    },
    // Signed-in requests only from the admin's own address, as in production.
    (base) => ({ CMS_PUBLIC_URL: base }),
  )
  api = fetchCaller(cms.base)
})

afterAll(async () => cms?.stop())

/**
 * A Payload of this process on the server's database, to read what is stored. It first does
 * what the server's scheduler does at any tick (queue the next night's job), so the comparison
 * below meets that case on every run, not only when a tick falls in the test.
 */
async function storedAfterATick() {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config, key: `read-${Date.now()}` })
  try {
    await payload.jobs.handleSchedules({ allQueues: true })
    return await everything(payload, cms!.env.MEDIA_DIR)
  } finally {
    await payload.destroy()
  }
}

describe('malformed requests over HTTP', () => {
  it('get a 4xx with a message for paths, queries, bodies and associations’ fields; nothing changes', async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    // A Payload of its own (the one that prepared the database was destroyed, and stays cached).
    const local = await getPayload({ config, key: 'cases' })
    const all = [...restCases(local.config, targets), ...graphqlCases(local.config, targets)]
    const fieldCase = / (create with|update|save a draft with|filter) /
    const cases = all.filter(
      (k) => !fieldCase.test(k.name) || k.name.startsWith('associations:') || k.kind === 'graphql',
    )
    expect(cases.length).toBeGreaterThan(500)
    // Signing in records a session on the account: before the picture of what is stored.
    const token = await api.login('admin@test.dk', 'admin-password-1')
    const before = await everything(local, cms!.env.MEDIA_DIR)
    await local.destroy()
    const send = (k: MalformedCase): Promise<Answer> =>
      k.kind === 'rest'
        ? api.rest(k.method, k.path, { body: k.body, raw: k.raw, headers: k.headers, token })
        : api.graphql(k.query, { variables: k.variables, raw: k.raw, token })
    const failures: string[] = []
    for (const k of cases) {
      const answer = await send(k)
      const message = (answer.body.errors as { message?: string }[] | undefined)?.[0]?.message
      if (answer.status < 400 || answer.status > 499 || !message) {
        failures.push(`${k.name}: ${answer.status} ${answer.text.slice(0, 160)}`)
      }
    }
    expect(failures).toEqual([])
    // The server's scheduler may queue the next night's job meanwhile, on its own clock.
    const after = await storedAfterATick()
    expect(after['payload-jobs']).toContainEqual(
      expect.objectContaining({ meta: { scheduled: true } }),
    )
    expect(apartFromTheClock(after, local.config)).toEqual(apartFromTheClock(before, local.config))
  }, 600_000)
})

describe('a signed-in cookie', () => {
  it('counts only on requests from the admin’s own address', async () => {
    const login = await fetch(`${cms!.base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: cms!.base },
      body: JSON.stringify({ email: 'staff@test.dk', password: 'staff-password-1' }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).toMatch(/^payload-token=/)
    const me = async (headers: Record<string, string>) =>
      ((await (await fetch(`${cms!.base}/api/users/me`, { headers })).json()) as { user: unknown })
        .user
    expect(await me({ Cookie: cookie, Origin: cms!.base })).toMatchObject({
      email: 'staff@test.dk',
    })
    expect(await me({ Cookie: cookie, Origin: 'https://attacker.example' })).toBeNull()
    expect(await me({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  })
})

accessOverHttp(() => ({ api, w }))
