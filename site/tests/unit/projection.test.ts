import { describe, expect, it } from 'vitest'

import { distance } from '../../src/lib/geo'
import {
  fitFrame,
  midpointAlong,
  scaleBar,
  scaleLabel,
  toLocalMetres,
  unitsBetween,
  type FrameOptions,
  type LngLat,
} from '../../src/lib/projection'
import {
  layoutMap,
  mapSizes,
  routeLetter,
  spreadMarkers,
  textWidth,
  wrapName,
} from '../../src/lib/static-map'

const options: FrameOptions = {
  width: 720,
  minHeight: 300,
  maxHeight: 520,
  padding: { top: 40, right: 40, bottom: 50, left: 30 },
  minSpanMetres: 600,
}

/** A deterministic spread of points around Albertslund (about 6 × 4 km), and further afield. */
function points(seed: number, count: number, spanLng = 0.1, spanLat = 0.04, lat = 55.66) {
  let s = seed
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from<unknown, [number, number]>({ length: count }, () => [
    12.31 + rand() * spanLng,
    lat + rand() * spanLat,
  ])
}

describe('the local projection', () => {
  it('keeps distances within 0.1 % of the great-circle distance across a town, in any direction', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const ps = points(seed, 6)
      const frame = fitFrame(ps, options)
      for (let i = 0; i < ps.length; i++) {
        for (let j = i + 1; j < ps.length; j++) {
          const onGround = distance(ps[i]!, ps[j]!)
          if (onGround < 50) continue
          const drawn =
            unitsBetween(frame.project(ps[i]!), frame.project(ps[j]!)) * frame.metresPerUnit
          expect(Math.abs(drawn - onGround) / onGround).toBeLessThan(0.001)
        }
      }
    }
  })

  it('holds at other Danish latitudes too (Gedser to Skagen), where cos(latitude) differs', () => {
    for (const lat of [54.56, 55.66, 56.15, 57.72]) {
      const ps = points(7, 5, 0.08, 0.03, lat)
      const frame = fitFrame(ps, options)
      const drawn = unitsBetween(frame.project(ps[0]!), frame.project(ps[1]!)) * frame.metresPerUnit
      const onGround = distance(ps[0]!, ps[1]!)
      expect(Math.abs(drawn - onGround) / onGround).toBeLessThan(0.001)
    }
  })

  it('puts north up and east to the right', () => {
    const frame = fitFrame(
      [
        [12.35, 55.65],
        [12.37, 55.67],
      ],
      options,
    )
    const [x0, y0] = frame.project([12.36, 55.66])
    const [xn, yn] = frame.project([12.36, 55.665])
    const [xe, ye] = frame.project([12.365, 55.66])
    expect(yn).toBeLessThan(y0)
    expect(xn).toBeCloseTo(x0, 6)
    expect(xe).toBeGreaterThan(x0)
    expect(ye).toBeCloseTo(y0, 6)
  })

  it('scales longitude by cos(latitude): a degree east is shorter than a degree north', () => {
    const [east] = toLocalMetres([13, 55.66], [12, 55.66])
    const [, north] = toLocalMetres([12, 56.66], [12, 55.66])
    expect(east / north).toBeCloseTo(Math.cos((55.66 * Math.PI) / 180), 6)
  })

  it('fits every point inside the padding, and projects back to where it came from', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const ps = points(seed, 1 + (seed % 7), 0.2 * (seed % 3) + 0.001, 0.1 * (seed % 4) + 0.001)
      const frame = fitFrame(ps, options)
      expect(frame.height).toBeGreaterThanOrEqual(options.minHeight)
      expect(frame.height).toBeLessThanOrEqual(options.maxHeight)
      for (const p of ps) {
        const [x, y] = frame.project(p)
        expect(x).toBeGreaterThanOrEqual(options.padding.left - 1e-6)
        expect(x).toBeLessThanOrEqual(options.width - options.padding.right + 1e-6)
        expect(y).toBeGreaterThanOrEqual(options.padding.top - 1e-6)
        expect(y).toBeLessThanOrEqual(frame.height - options.padding.bottom + 1e-6)
        const [lng, lat] = frame.unproject([x, y])
        expect(lng).toBeCloseTo(p[0], 9)
        expect(lat).toBeCloseTo(p[1], 9)
      }
    }
  })

  it('shows a single place with the minimum span around it, centred', () => {
    const frame = fitFrame([[12.36, 55.657]], options)
    const [x, y] = frame.project([12.36, 55.657])
    const innerWidth = options.width - options.padding.left - options.padding.right
    expect(frame.metresPerUnit * innerWidth).toBeGreaterThanOrEqual(600 - 1e-6)
    expect(x).toBeCloseTo(options.padding.left + innerWidth / 2, 6)
    expect(Number.isFinite(y)).toBe(true)
  })

  it('refuses a map with nothing on it', () => {
    expect(() => fitFrame([], options)).toThrow(RangeError)
  })
})

describe('the scale bar', () => {
  it('is a round length (1, 2 or 5 × 10ⁿ m) that fits, and at least 40 % of the room given', () => {
    for (let mpu = 0.05; mpu < 5000; mpu *= 1.37) {
      const bar = scaleBar(mpu, 200)
      const mantissa = bar.metres / 10 ** Math.floor(Math.log10(bar.metres))
      expect([1, 2, 5]).toContain(Math.round(mantissa))
      expect(bar.units).toBeLessThanOrEqual(200 + 1e-9)
      expect(bar.units).toBeGreaterThanOrEqual(80 - 1e-9)
      expect(bar.units * mpu).toBeCloseTo(bar.metres, 6)
    }
  })

  it('is true on the ground: its length in the drawing is the metres it says', () => {
    const ps: LngLat[] = [
      [12.33, 55.65],
      [12.39, 55.68],
    ]
    const frame = fitFrame(ps, options)
    const bar = scaleBar(frame.metresPerUnit, 200)
    // Walk the bar's length east from the centre and measure it on the globe.
    const [cx, cy] = frame.project(frame.centre)
    const end = frame.unproject([cx + bar.units, cy])
    expect(distance(frame.centre, end)).toBeCloseTo(bar.metres, -1)
  })

  it('is labelled in metres below a kilometre and in kilometres from there', () => {
    expect(scaleLabel(500)).toEqual({ value: 500, unit: 'm' })
    expect(scaleLabel(1000)).toEqual({ value: 1, unit: 'km' })
    expect(scaleLabel(2000)).toEqual({ value: 2, unit: 'km' })
  })

  it('refuses sizes that are not positive', () => {
    expect(() => scaleBar(0, 100)).toThrow(RangeError)
    expect(() => scaleBar(1, 0)).toThrow(RangeError)
  })
})

describe('the drawing', () => {
  it('finds the point halfway along a line by length', () => {
    expect(
      midpointAlong([
        [0, 0],
        [10, 0],
        [10, 30],
      ]),
    ).toEqual([10, 10])
    expect(midpointAlong([[3, 4]])).toEqual([3, 4])
  })

  it('moves markers that would overlap apart, and leaves lone ones where they are', () => {
    const pts: [number, number][] = [
      [100, 100],
      [104, 102],
      [98, 97],
      [300, 300],
    ]
    const spread = spreadMarkers(pts, 28)
    expect(spread[3]).toEqual([300, 300])
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        expect(unitsBetween(spread[i]!, spread[j]!)).toBeGreaterThanOrEqual(28 - 1e-6)
      }
    }
  })

  it('letters routes A … Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(routeLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB'])
  })

  it('wraps a long name at the space nearest its middle', () => {
    expect(wrapName('Naturlegepladsen i Vestskoven', 14, 400)).toEqual([
      'Naturlegepladsen i Vestskoven',
    ])
    expect(wrapName('Naturlegepladsen i Vestskoven', 14, 100)).toEqual([
      'Naturlegepladsen',
      'i Vestskoven',
    ])
    expect(wrapName('Albertslundruten', 14, 50)).toEqual(['Albertslundruten'])
  })

  it('keeps markers, names, the scale bar and the north arrow inside and apart', () => {
    const places = points(3, 8, 0.05, 0.03).map((at, i) => ({
      label: String(i + 1),
      name: `Sted nummer ${i + 1}`,
      at,
    }))
    const routes = [{ label: 'A', name: 'Rundt om søen', line: points(9, 12, 0.04, 0.02) }]
    for (const size of ['wide', 'narrow'] as const) {
      const map = layoutMap({ places, routes }, size)
      expect(map.width).toBe(mapSizes[size].width)
      expect(map.markers).toHaveLength(9)
      for (const m of map.markers) {
        expect(m.x - map.radius).toBeGreaterThanOrEqual(0)
        expect(m.x + map.radius).toBeLessThanOrEqual(map.width)
        expect(m.y - map.radius).toBeGreaterThanOrEqual(0)
        expect(m.y + map.radius).toBeLessThanOrEqual(map.height)
      }
      const boxes = map.labels.map((l) => {
        const w = Math.max(...l.lines.map((x) => textWidth(x, map.font)))
        const x1 = l.align === 'start' ? l.x : l.align === 'end' ? l.x - w : l.x - w / 2
        return {
          x1,
          x2: x1 + w,
          y1: l.y - map.font,
          y2: l.y - map.font + l.lines.length * map.font * 1.2,
        }
      })
      for (const b of boxes) {
        expect(b.x1).toBeGreaterThanOrEqual(0)
        expect(b.x2).toBeLessThanOrEqual(map.width)
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!
          const b = boxes[j]!
          const overlap = a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1
          expect(overlap).toBe(false)
        }
      }
      expect(map.scale.units).toBeLessThanOrEqual(map.width * 0.3)
      expect(map.scale.units * map.metresPerUnit).toBeCloseTo(map.scale.metres, 0)
    }
  })
})
