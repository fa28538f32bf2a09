/**
 * Every malformed request over REST and GraphQL gets a 4xx with a message in the caller's
 * language, and nothing is stored. The cases are generated from the Payload config
 * (`helpers/malformed.ts`): every collection (Payload's own included) and global, every field
 * and field type, so a collection or field added later is covered without a new test. Each case
 * runs in Danish (and in English for every kind of message), signed in as an admin (so access is
 * never what stops it); the whole database, versions and the media folder are compared before
 * and after.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caller, type Answer, type Caller } from '../helpers/http'
import { buildWorld, type World } from '../helpers/fixtures'
import {
  badValues,
  graphqlCases,
  leavesOf,
  prepareTargets,
  restCases,
  serverOwned,
  type MalformedCase,
} from '../helpers/malformed'
import { startPayload, type TestPayload } from '../helpers/payload'
import { everything } from '../helpers/snapshot'

let t: TestPayload
let payload: Payload
let w: World
let token = ''
let da: Caller
let en: Caller
let before: unknown

let cases: MalformedCase[] = []

beforeAll(async () => {
  t = await startPayload('malformed')
  payload = t.payload
  w = await buildWorld(payload)
  const targets = await prepareTargets(payload, w)
  da = caller(payload, 'da')
  en = caller(payload, 'en')
  token = await da.login('admin@test.dk', 'admin-password-1')
  // A collection added later needs a stored document and a valid new one (prepareTargets);
  // without them its writes would only be refused for missing fields, which proves nothing.
  for (const { slug } of payload.config.collections) {
    if (slug.startsWith('payload-')) continue
    expect(targets.ids, `add a stored ${slug} to prepareTargets`).toHaveProperty([slug])
  }
  cases = [...restCases(payload.config, targets), ...graphqlCases(payload.config, targets)]
  before = await everything(payload)
}, 120_000)

afterAll(async () => t?.cleanup())

const send = (c: Caller, k: MalformedCase): Promise<Answer> =>
  k.kind === 'rest'
    ? c.rest(k.method, k.path, { body: k.body, raw: k.raw, headers: k.headers, token })
    : c.graphql(k.query, { variables: k.variables, raw: k.raw, token })

/** Every message in the answer: the top one and those beside each field. */
function messages(answer: Answer): string[] {
  const errors = (answer.body.errors ?? []) as {
    message?: string
    data?: { errors?: { message?: string }[] }
    extensions?: { data?: { errors?: { message?: string }[] } }
  }[]
  return errors.flatMap((e) => [
    e.message ?? '',
    ...(e.data?.errors ?? e.extensions?.data?.errors ?? []).map((f) => f.message ?? ''),
  ])
}

/** Danish messages already shown to differ from their English counterpart, by shape. */
const checkedLanguages = new Set<string>()
const shapeOf = (texts: string[]) =>
  texts
    .join('\n')
    .replace(/[“"»][^”"«]*[”"«]/g, '…')
    .replace(/\d+/g, '#')

/**
 * What is wrong with the answers to one case, or nothing. Each case is sent in Danish; a
 * message of a shape not seen before is also asked for in English, and must differ.
 */
async function problemsWith(k: MalformedCase): Promise<string | undefined> {
  const inDanish = await send(da, k)
  if (inDanish.status < 400 || inDanish.status > 499) {
    return `${k.name}: ${inDanish.status} ${inDanish.text.slice(0, 200)}`
  }
  const daMessages = messages(inDanish)
  if (!daMessages[0]) return `${k.name}: ${inDanish.status} without a message`
  const shape = shapeOf(daMessages)
  if (checkedLanguages.has(shape)) return undefined
  const enMessages = messages(await send(en, k))
  if (daMessages.join('\n') === enMessages.join('\n')) {
    return `${k.name}: the same message in Danish and English: ${daMessages[0]}`
  }
  checkedLanguages.add(shape)
  return undefined
}

/** The cases, grouped by what they are about (collection or global, and REST or GraphQL). */
const groups = () => {
  const byGroup = new Map<string, MalformedCase[]>()
  for (const k of cases) {
    const key = k.name.split(':')[0]!
    byGroup.set(key, [...(byGroup.get(key) ?? []), k])
  }
  return [...byGroup]
}

describe('malformed requests', () => {
  it('are generated for every collection and every field a client can write', () => {
    const names = new Set(cases.map((k) => k.name))
    for (const { slug, fields } of payload.config.collections) {
      expect(
        [...names].some((n) => n.startsWith(`${slug}:`)),
        slug,
      ).toBe(true)
      if (slug.startsWith('payload-')) continue
      for (const leaf of leavesOf(fields)) {
        if (serverOwned.has(leaf.path[0]!) || leaf.field.type === 'join') continue
        for (const { label } of badValues(leaf.field)) {
          expect(names, `${slug}.${leaf.path.join('.')}`).toContain(
            `${slug}: update ${leaf.path.join('.')} with ${label}`,
          )
        }
      }
    }
  })

  it('are each answered with a 4xx and a message in the caller’s language', async () => {
    const failures: string[] = []
    for (const [, group] of groups()) {
      for (const k of group) {
        const problem = await problemsWith(k)
        if (problem) failures.push(problem)
      }
    }
    expect(failures).toEqual([])
  }, 600_000)

  it('stored nothing: every document, version, setting and file is as it was', async () => {
    expect(await everything(payload)).toEqual(before)
  })
})
