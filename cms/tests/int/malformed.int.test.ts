/**
 * Every malformed request over REST and GraphQL gets a 4xx with a message in the caller's
 * language, and nothing is stored. The cases are generated from the Payload config
 * (`helpers/malformed.ts`): every collection (Payload's own included) and global, every field
 * and field type, so a collection or field added later is covered without a new test. Each case
 * runs in Danish and in English, signed in as an admin (so access is never what stops it); the
 * whole database, versions and the media folder are compared before and after.
 */
import fs from 'node:fs'

import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caller, type Answer, type Caller } from '../helpers/http'
import { buildWorld, valid, type World } from '../helpers/fixtures'
import {
  badValues,
  graphqlCases,
  leavesOf,
  restCases,
  serverOwned,
  type MalformedCase,
} from '../helpers/malformed'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let w: World
let token = ''
let da: Caller
let en: Caller
let before: unknown

const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/** Everything stored: documents in every language, drafts, versions, globals, media files. */
async function everything(p: Payload) {
  const out: Record<string, unknown> = {}
  for (const { slug, versions } of p.config.collections) {
    const collection = slug as 'users'
    const base = { collection, locale: 'all' as const, depth: 0, overrideAccess: true }
    out[slug] = (
      await p.find({ ...base, draft: true, pagination: false, showHiddenFields: true })
    ).docs
    if (versions)
      out[`${slug} versions`] = (await p.findVersions({ ...base, pagination: false })).docs
  }
  for (const { slug } of p.config.globals) {
    out[`global ${slug}`] = await p.findGlobal({ slug: slug, locale: 'all' })
  }
  out.media = fs.readdirSync(process.env.MEDIA_DIR!).sort()
  return out
}

let cases: MalformedCase[] = []

beforeAll(async () => {
  t = await startPayload('malformed')
  payload = t.payload
  w = await buildWorld(payload)
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2f7d5b' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Et billede' },
    file: { data: png, mimetype: 'image/png', name: 'billede.png', size: png.length },
  })
  const letter = await payload.create({
    collection: 'welcome-letters',
    data: {
      quarter: '2031-Q1',
      greeting: lexical('Hej'),
      signatureName: 'B',
      signatureTitle: 'B',
    } as never,
  })
  da = caller(payload, 'da')
  en = caller(payload, 'en')
  token = await da.login('admin@test.dk', 'admin-password-1')
  const targets = {
    ids: {
      associations: w.ownAssociation.id,
      events: w.ownEvent.id,
      venues: w.publishedVenue.id,
      communities: w.community.id,
      categories: w.category.id,
      'ticket-offers': w.publishedOffer.id,
      pages: w.publishedPage.id,
      media: image.id,
      'welcome-letters': letter.id,
      users: w.otherEditor.id,
    },
    fixtures: {
      associations: valid.association(900),
      events: valid.event(w.ownAssociation.id, 900),
      venues: valid.venue(900),
      communities: valid.community(900),
      categories: valid.category(900),
      'ticket-offers': valid.ticketOffer(900),
      pages: valid.page(900),
      'welcome-letters': {
        quarter: '2032-Q1',
        greeting: lexical('Hej'),
        signatureName: 'B',
        signatureTitle: 'B',
      },
      users: { email: 'ny@test.dk', password: 'ny-adgangskode-1', role: 'association-editor' },
    },
  }
  // A collection added later needs a stored document and a valid new one here; without them
  // its writes would only be refused for missing fields, which proves nothing.
  for (const { slug } of payload.config.collections) {
    if (slug.startsWith('payload-')) continue
    expect(targets.ids, `add a stored ${slug} document to this test`).toHaveProperty([slug])
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

/** What is wrong with the answers to one case, or nothing. */
async function problemsWith(k: MalformedCase): Promise<string | undefined> {
  const [inDanish, inEnglish] = [await send(da, k), await send(en, k)]
  if (inDanish.status < 400 || inDanish.status > 499) {
    return `${k.name}: ${inDanish.status} ${inDanish.text.slice(0, 200)}`
  }
  const [daMessages, enMessages] = [messages(inDanish), messages(inEnglish)]
  if (!daMessages[0]) return `${k.name}: ${inDanish.status} without a message`
  if (daMessages.join('\n') === enMessages.join('\n')) {
    return `${k.name}: the same message in Danish and English: ${daMessages[0]}`
  }
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
