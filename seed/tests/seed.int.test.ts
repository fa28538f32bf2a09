import { spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { expandOccurrences } from '@velkomst/shared/recurrence'
import { quarterOf, nextQuarter, previousQuarter } from '@velkomst/shared/quarter'

import { startPayload, type TestPayload } from './helpers/payload'
import { foreignContent, seed, type SeedReport } from '../src/run'
import { associations } from '../src/data/associations'

let t: TestPayload
let payload: Payload
let first: SeedReport
const today = new Date('2026-11-23T09:00:00Z')

beforeAll(async () => {
  t = await startPayload('seed')
  payload = t.payload
  first = await seed(payload, { today })
})
afterAll(async () => t?.cleanup())

const snapshot = async () => {
  const out: Record<string, unknown> = {}
  for (const collection of [
    'communities',
    'categories',
    'venues',
    'associations',
    'events',
    'ticket-offers',
    'pages',
    'media',
    'users',
    'ambassadors',
    'visit-requests',
    'survey-answers',
    'stories',
  ] as const) {
    const r = await payload.find({
      collection,
      pagination: false,
      draft: true,
      depth: 0,
      locale: 'all',
      sort: 'id',
    })
    out[collection] = r.docs
  }
  out.settings = await payload.findGlobal({ slug: 'site-settings', locale: 'all' })
  return out
}

describe('the demo seed', () => {
  it('loads the named venues, about a dozen communities and about 40 associations', async () => {
    const venues = await payload.find({
      collection: 'venues',
      pagination: false,
      select: { slug: true },
    })
    expect(venues.docs.map((v) => v.slug)).toEqual(
      expect.arrayContaining([
        'badesoeen',
        'forbraendingen',
        'musikcafeen',
        'albertslund-bibliotek',
        'albertslund-biograf',
      ]),
    )
    expect((await payload.count({ collection: 'communities' })).totalDocs).toBe(12)
    expect((await payload.count({ collection: 'associations' })).totalDocs).toBe(
      associations.length,
    )
    expect(associations.length).toBeGreaterThanOrEqual(40)
  })

  it('publishes everything, in both languages where English was written', async () => {
    const drafts = await payload.count({
      collection: 'associations',
      where: { _status: { not_equals: 'published' } },
    })
    expect(drafts.totalDocs).toBe(0)
    const chess = await payload.find({
      collection: 'associations',
      where: { slug: { equals: 'albertslund-skakklub' } },
      locale: 'en',
    })
    expect(chess.docs[0]?.summary).toBe('We play chess every Tuesday evening. All levels welcome.')
    const knitting = await payload.find({
      collection: 'associations',
      where: { slug: { equals: 'strikkecafeen' } },
      locale: 'en',
      fallbackLocale: false,
    })
    expect(knitting.docs[0]?.summary ?? null).toBeNull()
  })

  it('gives a few hundred event occurrences over the coming six months', async () => {
    const all = await payload.find({ collection: 'events', pagination: false, depth: 0 })
    const window = { from: today, to: new Date(today.getTime() + 182 * 24 * 3600 * 1000) }
    const occurrences = all.docs.flatMap((e) =>
      expandOccurrences(
        {
          start: e.start,
          end: e.end,
          recurrence:
            e.recurrence?.frequency && e.recurrence.frequency !== 'none'
              ? {
                  frequency: e.recurrence.frequency,
                  interval: e.recurrence.interval,
                  byWeekday: e.recurrence.byWeekday,
                  monthlyMode: e.recurrence.monthlyMode,
                  until: e.recurrence.until,
                  count: e.recurrence.count,
                  excludedDates: (e.recurrence.excludedDates ?? []).map(
                    (d: { date: string }) => d.date,
                  ),
                }
              : null,
        },
        window,
      ),
    )
    expect(occurrences.length).toBeGreaterThan(200)
    expect(occurrences.length).toBeLessThan(600)
    expect(all.docs.some((e) => e.status === 'cancelled')).toBe(true)
  })

  it('has free tickets for the current and the next quarter', async () => {
    const offers = await payload.find({ collection: 'ticket-offers', pagination: false })
    const quarters = new Set(offers.docs.map((o) => o.quarter))
    expect(quarters).toEqual(new Set([quarterOf(today), nextQuarter(quarterOf(today))]))
  })

  it('creates a demo user for each role and switches the demo notice on', async () => {
    const roles = (await payload.find({ collection: 'users', pagination: false })).docs
      .map((u) => u.role)
      .sort()
    expect([...new Set(roles)]).toEqual(['admin', 'ambassador', 'association-editor', 'staff'])
    expect((await payload.findGlobal({ slug: 'site-settings' })).showDemoNotice).toBe(true)
  })

  it('shows both review paths: one trusted association with its own editor', async () => {
    const trusted = await payload.find({
      collection: 'associations',
      where: { trusted: { equals: true } },
      depth: 0,
    })
    expect(trusted.docs.map((a) => a.slug)).toEqual(['albertslund-if'])
    const editors = await payload.find({
      collection: 'users',
      where: { associations: { in: [trusted.docs[0]!.id] } },
      depth: 0,
    })
    expect(editors.docs.map((u) => u.email)).toEqual(['idraet@velkomst.demo'])
  })

  it("writes the current quarter's welcome letter with that quarter's offers, in both languages", async () => {
    const { quarterOf } = await import('@velkomst/shared/quarter')
    const letters = await payload.find({ collection: 'welcome-letters', locale: 'all', depth: 0 })
    expect(letters.docs).toHaveLength(1)
    const letter = letters.docs[0]!
    expect(letter.quarter).toBe(quarterOf(today))
    expect(letter.signatureTitle).toEqual({ da: 'Borgmester', en: 'Mayor' })
    const offers = await payload.count({
      collection: 'ticket-offers',
      where: { quarter: { equals: quarterOf(today) } },
    })
    expect(letter.offers).toHaveLength(offers.totalDocs)
    expect(offers.totalDocs).toBeGreaterThan(0)
  })

  it('has welcome ambassadors: one temporary for three months in the new area, one hidden, one ended', async () => {
    const { docs } = await payload.find({
      collection: 'ambassadors',
      pagination: false,
      depth: 1,
    })
    expect(docs.length).toBeGreaterThanOrEqual(5)
    const sara = docs.find((a) => a.slug === 'sara-lindqvist')!
    expect(sara.temporary).toBe(true)
    const days = (Date.parse(sara.periodTo!) - Date.parse(sara.periodFrom!)) / (24 * 3600 * 1000)
    expect(days).toBeGreaterThanOrEqual(89)
    expect(days).toBeLessThanOrEqual(92)
    expect(sara.communities?.map((c) => (typeof c === 'object' ? c.slug : c))).toEqual([
      'nye-hersted',
    ])
    const amina = docs.find((a) => a.slug === 'amina-haddad')!
    expect(typeof amina.account === 'object' && amina.account?.email).toBe(
      'ambassador@velkomst.demo',
    )
  })

  it('has visit requests in every state, some assigned to the demo ambassador', async () => {
    const { docs } = await payload.find({ collection: 'visit-requests', pagination: false })
    expect(new Set(docs.map((r) => r.status))).toEqual(
      new Set(['new', 'assigned', 'contacted', 'met', 'closed']),
    )
    const amina = docs.filter(
      (r) => typeof r.assignedTo === 'object' && r.assignedTo?.slug === 'amina-haddad',
    )
    expect(amina.length).toBeGreaterThan(0)
    expect(docs.find((r) => r.status === 'closed')?.closedAt).toBeTruthy()
  })

  it('has about fifty survey answers over two quarters, a few collected in person', async () => {
    const { docs } = await payload.find({ collection: 'survey-answers', pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(45)
    expect(docs.length).toBeLessThanOrEqual(60)
    const quarters = new Set(docs.map((a) => a.quarter))
    expect(quarters).toEqual(new Set([previousQuarter(quarterOf(today)), quarterOf(today)]))
    expect(docs.filter((a) => a.inPerson).length).toBeGreaterThan(2)
    for (const a of docs) {
      expect(a.createdAt <= today.toISOString(), a.createdAt).toBe(true)
    }
  })

  it('writes the newcomer checklist and the structured waste guide in both languages', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { kind: { in: ['newcomer-checklist', 'waste-guide'] } },
      locale: 'all',
      depth: 0,
    })
    const checklist = docs.find((p) => p.kind === 'newcomer-checklist')!
    const steps = checklist.checklist ?? []
    expect(new Set(steps.map((s) => s.group))).toEqual(
      new Set(['everyone', 'families', 'young-people', 'seniors']),
    )
    for (const step of steps) {
      expect(step.title, JSON.stringify(step.title)).toMatchObject({
        da: expect.any(String),
        en: expect.any(String),
      })
    }
    const waste = docs.find((p) => p.kind === 'waste-guide')!
    const fractions = waste.wasteFractions ?? []
    expect(fractions.map((f) => f.fraction).sort()).toEqual(
      [
        'food',
        'paper',
        'cardboard',
        'plastic',
        'metal',
        'glass',
        'residual',
        'hazardous',
        'textiles',
        'bulky',
      ].sort(),
    )
    const examples = fractions.flatMap((f) => f.examples ?? []).map((e) => e.name)
    expect(examples).toContainEqual({ da: 'ren pizzabakke', en: 'clean pizza box' })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.links?.municipalityWelcome).toMatch(/^https:\/\//)
  })

  it('records tickets handed out for the current quarter, and the letters sent', async () => {
    const records = await payload.find({ collection: 'ticket-redemptions', pagination: false })
    expect(records.docs.length).toBeGreaterThan(0)
    for (const r of records.docs) {
      expect(r.quarter).toBe(quarterOf(today))
      expect(String(r.handedOutOn).slice(0, 10) <= '2026-11-23').toBe(true)
    }
    const letter = (await payload.find({ collection: 'welcome-letters' })).docs[0]!
    expect(letter.lettersSent).toBe(240)
    // Every offer has its desk link.
    const offers = await payload.count({ collection: 'ticket-offers' })
    const desks = await payload.count({ collection: 'ticket-desks' })
    expect(desks.totalDocs).toBe(offers.totalDocs)
  })

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = await snapshot()
    const second = await seed(payload, { today })
    expect(Object.keys(second.created)).toEqual([])
    expect(await snapshot()).toEqual(before)
    expect(Object.values(first.created).reduce((a, b) => a + b, 0)).toBeGreaterThan(100)
  })
})

describe('next to content the demo did not create', () => {
  it('finds none in a database that only holds the demo', async () => {
    expect(await foreignContent(payload, today)).toEqual([])
  })

  it('leaves what others changed as it is: settings, a demo page edited by staff', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Vores kommune', showDemoNotice: false },
    })
    const page = (
      await payload.find({
        collection: 'pages',
        where: { slug: { equals: 'legepladser' } },
        locale: 'en',
        depth: 0,
      })
    ).docs[0]!
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { mapFeatures: (page.mapFeatures ?? []).map((f) => ({ ...f, name: 'Renamed' })) },
    })
    const before = await snapshot()
    const again = await seed(payload, { today })
    expect(Object.keys(again.created)).toEqual([])
    const after = await snapshot()
    expect(after).toEqual(before)
    expect((after.settings as { siteName: unknown }).siteName).toEqual({
      da: 'Vores kommune',
      en: expect.anything(),
    })
  })

  it('names what the demo did not create, per collection', async () => {
    await payload.create({
      collection: 'associations',
      data: { name: 'Rigtig Forening', summary: 'Findes.', status: 'active' },
    })
    const foreign = await foreignContent(payload, today)
    expect(foreign).toEqual([
      { collection: 'associations', count: 1, examples: ['rigtig-forening'] },
    ])
  })
})

describe('npm run seed', () => {
  const cli = (env: Record<string, string>, ...args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(
        path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx'),
        ['src/cli.ts', ...args],
        {
          cwd: path.join(import.meta.dirname, '..'),
          env: {
            ...process.env,
            DATABASE_URL: `file:${path.join(t.dir, 'test.db')}`,
            MEDIA_DIR: path.join(t.dir, 'media'),
            ...env,
          },
        },
      )
      let output = ''
      child.stdout.on('data', (c: Buffer) => (output += c.toString()))
      child.stderr.on('data', (c: Buffer) => (output += c.toString()))
      child.on('exit', (code) => resolve({ code, output }))
    })

  it('refuses next to content the demo did not create, and says how to go ahead', async () => {
    const { code, output } = await cli({ NODE_ENV: 'test' })
    expect(code).toBe(1)
    expect(output).toContain('The database holds content the demo did not create')
    expect(output).toContain('associations: 1 (e.g. "rigtig-forening")')
    expect(output).toContain('--force-demo')
  }, 60_000)

  it('refuses in production unless asked for demo content', async () => {
    const { code, output } = await cli({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'a-production-secret-of-some-length',
      CMS_PUBLIC_URL: 'https://cms.example.dk',
      SMTP_HOST: 'smtp.example.dk',
    })
    expect(code).toBe(1)
    expect(output).toContain('This is production')
  }, 60_000)
})
