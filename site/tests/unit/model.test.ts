import { describe, expect, it } from 'vitest'

import { buildModel } from '../../src/lib/model'
import { filterEvents, isForAudience, pageWindow, presetRange } from '../../src/lib/listing'
import { offerQuarters, offersIn } from '../../src/lib/offers'
import { hoursOn, seasons } from '@velkomst/shared/opening-hours'
import { distance, gpx, lengthOf } from '../../src/lib/geo'
import { fixtureSnapshot, FIXTURE_NOW } from '../helpers/fixture'

const at = (iso: string) => buildModel(fixtureSnapshot(), new Date(iso))

describe('the current quarter, chosen by the build date in Copenhagen', () => {
  it('is still Q3 on the last evening of September and Q4 on the first morning of October', () => {
    // 23.30 on 30 September in Copenhagen (UTC+2) is 21.30 UTC.
    expect(at('2026-09-30T21:30:00Z').quarter).toBe('2026-Q3')
    // 00.30 on 1 October in Copenhagen is still 30 September in UTC.
    expect(at('2026-09-30T22:30:00Z').quarter).toBe('2026-Q4')
    expect(at('2026-12-31T23:30:00Z').quarter).toBe('2027-Q1')
  })

  it('lists only that quarter’s offers, available first; keeps past quarters in the archive', () => {
    const model = at(FIXTURE_NOW)
    expect(offersIn(model, model.quarter).map((o) => o.status)).toEqual(['available', 'sold-out'])
    expect(offerQuarters(model)).toEqual(['2026-Q4', '2026-Q3'])
  })
})

describe('upcoming events', () => {
  it('lists each event once at its next occurrence, and every occurrence within a date preset', () => {
    const model = at(FIXTURE_NOW)
    const all = filterEvents(model, { kind: 'all' })
    expect(all.map((l) => l.entry.event.slug)).toEqual([
      'skakaften',
      'kun-dansk-event',
      'natbad-over-sommertid',
      'aflyst-koncert',
    ])
    expect(all[0]!.following).toHaveLength(3)
    const month = filterEvents(model, { kind: 'month' })
    expect(
      month.filter((l) => l.entry.event.slug === 'skakaften').map((l) => l.occurrence.day),
    ).toEqual(['2026-10-20', '2026-10-27'])
  })

  it('drops an event whose last occurrence has ended, but keeps its page for a while', () => {
    const model = at('2026-10-25T03:00:00Z')
    expect(model.upcomingEvents.some((e) => e.event.slug === 'natbad-over-sommertid')).toBe(false)
    expect(model.events.find((e) => e.event.slug === 'natbad-over-sommertid')?.last).not.toBeNull()
  })

  it('computes the date presets in Copenhagen days, Monday-first weeks', () => {
    expect(presetRange('2026-10-20', 'today')).toEqual(['2026-10-20', '2026-10-20'])
    expect(presetRange('2026-10-20', 'week')).toEqual(['2026-10-20', '2026-10-25'])
    expect(presetRange('2026-10-25', 'week')).toEqual(['2026-10-25', '2026-10-25'])
    expect(presetRange('2026-02-10', 'month')).toEqual(['2026-02-10', '2026-02-28'])
  })
})

describe('opening hours', () => {
  it('knows the hours of a day from the rules in force, and lists current and coming seasons', () => {
    const venue = fixtureSnapshot().venues[0]!
    expect(hoursOn(venue, '2026-10-20')).toEqual([['08:00', '12:00']]) // a Tuesday
    expect(hoursOn(venue, '2026-10-19')).toEqual([]) // a Monday outside summer
    expect(hoursOn(venue, '2026-07-06')).toEqual([['10:00', '19:00']]) // a Monday in summer
    const list = seasons(venue, '2026-10-20')
    expect(list.map((s) => [s.validFrom, s.current])).toEqual([[null, true]])
  })
})

describe('routes in guides', () => {
  it('measures a route and writes it as GPX', () => {
    // 0.01° of longitude at 55.68° N is about 628 m.
    expect(distance([12.35, 55.68], [12.36, 55.68])).toBeGreaterThan(620)
    expect(distance([12.35, 55.68], [12.36, 55.68])).toBeLessThan(635)
    const route = fixtureSnapshot().pages[1]!.mapFeatures[1]!
    expect(lengthOf(route)).toBeGreaterThan(1100)
    const xml = gpx('Søruten & co <3', null, route)
    expect(xml).toContain('<name>Søruten &amp; co &lt;3</name>')
    expect(xml).toContain('<trkpt lat="55.68" lon="12.35">')
  })
})

describe('audience pages', () => {
  it('gather associations by audience and by age range', () => {
    const base = fixtureSnapshot().associations[0]!
    const withAges = (min: number | null, max: number | null) => ({
      ...base,
      audiences: [],
      ageRange: { min, max },
    })
    expect(isForAudience({ ...base, audiences: ['children'] }, 'families')).toBe(true)
    expect(isForAudience(withAges(14, 18), 'young-people')).toBe(true)
    expect(isForAudience(withAges(14, 18), 'families')).toBe(false)
    expect(isForAudience(withAges(6, 12), 'families')).toBe(true)
    expect(isForAudience(withAges(60, null), 'seniors')).toBe(true)
    // Open-ended "from 8 years" is not a seniors' (or youth) association by age alone.
    expect(isForAudience(withAges(8, null), 'seniors')).toBe(false)
    expect(isForAudience(withAges(8, null), 'young-people')).toBe(false)
  })
})

describe('pagination', () => {
  it('links the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageWindow(10, 500)).toEqual([1, null, 8, 9, 10, 11, 12, null, 500])
    expect(pageWindow(500, 500)).toEqual([1, null, 498, 499, 500])
  })
})
