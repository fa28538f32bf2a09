/**
 * The demo's maps must be believable: routes and places in Albertslund, walks as long as the
 * guide says, shapes made of many points (not three straight strokes).
 */
import { describe, expect, it } from 'vitest'
import { distance, lineLength } from '@velkomst/shared/geo'
import { checkGeometry } from '@velkomst/shared/validation'

import { pages } from '../src/data/pages'
import { venues } from '../src/data/venues'

const station: [number, number] = [12.3539, 55.6581]
const km = (m: number) => m / 1000

const routesOf = (slug: string) =>
  (pages.find((p) => p.slug === slug)?.mapFeatures ?? []).filter((f) => f.kind === 'route')

describe('the demo geography', () => {
  it('keeps every place and route within 6 km of Albertslund Station, and valid GeoJSON', () => {
    for (const page of pages) {
      for (const f of page.mapFeatures ?? []) {
        expect(checkGeometry(f.geometry, f.kind), `${page.slug}: ${f.name.da}`).toBeNull()
        const points =
          f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates
        for (const p of points) expect(km(distance(station, p))).toBeLessThan(6)
      }
    }
    for (const v of venues(new Date('2026-10-20T10:00:00Z'))) {
      expect(km(distance(station, [v.lng, v.lat])), v.slug).toBeLessThan(6)
    }
  })

  it('makes the walks as long as the guide says: "Tre ture fra 3 til 8 km"', () => {
    const guide = pages.find((p) => p.slug === 'gode-gaature')!
    const [, from, to] = /fra (\d+) til (\d+) km/.exec(guide.summary.da)!.map(Number)
    const lengths = routesOf('gode-gaature').map((r) =>
      km(lineLength(r.geometry.coordinates as [number, number][])),
    )
    expect(lengths).toHaveLength(3)
    for (const l of lengths) {
      expect(l).toBeGreaterThanOrEqual(from!)
      expect(l).toBeLessThanOrEqual(to!)
    }
    // "From 3 to 8": the shortest is about 3 km and the longest about 8.
    expect(Math.min(...lengths)).toBeLessThan(from! + 0.5)
    expect(Math.max(...lengths)).toBeGreaterThan(to! - 0.75)
    // The English summary says the same numbers.
    expect(guide.summary.en).toContain(`from ${from} to ${to} km`)
  })

  it('draws routes as paths of many points, round walks ending where they start', () => {
    for (const page of pages) {
      for (const r of (page.mapFeatures ?? []).filter((f) => f.kind === 'route')) {
        const line = r.geometry.coordinates as [number, number][]
        expect(line.length, r.name.da).toBeGreaterThanOrEqual(20)
        // No leg longer than 250 m: a path, not a few straight strokes.
        for (let i = 1; i < line.length; i++) {
          expect(distance(line[i - 1]!, line[i]!), r.name.da).toBeLessThan(250)
        }
      }
    }
    for (const r of routesOf('gode-gaature')) {
      const line = r.geometry.coordinates as [number, number][]
      expect(distance(line[0]!, line.at(-1)!), r.name.da).toBeLessThan(10)
    }
  })

  it('makes the Albertslund route’s part “knap 3 km”, as the cycling guide says', () => {
    const [route] = routesOf('cykelstier')
    const l = km(lineLength(route!.geometry.coordinates as [number, number][]))
    expect(l).toBeGreaterThan(2.5)
    expect(l).toBeLessThan(3)
  })
})
