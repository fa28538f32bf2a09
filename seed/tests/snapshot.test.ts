import { describe, expect, it } from 'vitest'

import { associations } from '../src/data/associations'
import { venues } from '../src/data/venues'
import { demoSnapshot } from '../src/snapshot'

describe('the demo content as a site snapshot (no CMS)', () => {
  const today = new Date('2026-10-20T10:00:00Z')
  const snapshot = demoSnapshot(today)

  it('holds every demo document, valid against the content contract', () => {
    expect(snapshot.associations.map((a) => a.slug)).toEqual(associations.map((a) => a.slug))
    expect(snapshot.venues.map((v) => v.name.da)).toEqual(venues(today).map((v) => v.name.da))
    expect(snapshot.events.length).toBeGreaterThan(20)
    expect(snapshot.pages.some((p) => p.mapFeatures.length > 0)).toBe(true)
  })

  it('links documents by the ids it gives them', () => {
    const venueIds = new Set(snapshot.venues.map((v) => v.id))
    for (const e of snapshot.events) if (e.venueId) expect(venueIds.has(e.venueId)).toBe(true)
    const badesoeen = snapshot.venues.find((v) => v.slug === 'badesoeen')!
    expect(badesoeen.name).toEqual({ da: 'Badesøen', en: null })
  })
})
