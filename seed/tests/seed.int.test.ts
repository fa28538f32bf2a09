import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { expandOccurrences } from '@velkomst/shared/recurrence'
import { quarterOf, nextQuarter } from '@velkomst/shared/quarter'

import { startPayload, type TestPayload } from './helpers/payload'
import { seed, type SeedReport } from '../src/run'
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
    expect([...new Set(roles)]).toEqual(['admin', 'association-editor', 'staff'])
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

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const before = await snapshot()
    const second = await seed(payload, { today })
    expect(Object.keys(second.created)).toEqual([])
    expect(await snapshot()).toEqual(before)
    expect(Object.values(first.created).reduce((a, b) => a + b, 0)).toBeGreaterThan(100)
  })
})
