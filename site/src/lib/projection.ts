/**
 * Map maths for the maps drawn at build time: a projection from longitude/latitude to a flat
 * drawing, a frame that fits features into a drawing of a given width, and a scale bar that is
 * true in metres. Pure functions, unit-tested against great-circle distances.
 *
 * The projection is a local equirectangular one: metres east and north of the frame's centre,
 * with longitude scaled by cos(latitude of the centre). Over a town (a few kilometres) it keeps
 * distances within 0.1 % of the great-circle distance in every direction, north stays up, and
 * one drawing unit is the same number of metres horizontally and vertically, so one scale bar
 * holds for the whole map. (Web Mercator would need the same cos(latitude) correction for its
 * scale bar and stretches more as a map gets taller.)
 */
import { EARTH_RADIUS_M } from './geo'

/** [longitude, latitude] in degrees, GeoJSON order. */
export type LngLat = readonly [number, number]
/** A point in the drawing: x to the right, y downwards (SVG). */
export type XY = readonly [number, number]

const RAD = Math.PI / 180

/** Metres east (x) and north (y) of `origin`, on the local equirectangular plane. */
export function toLocalMetres(point: LngLat, origin: LngLat): XY {
  const cos = Math.cos(origin[1] * RAD)
  return [
    (point[0] - origin[0]) * RAD * EARTH_RADIUS_M * cos,
    (point[1] - origin[1]) * RAD * EARTH_RADIUS_M,
  ]
}

export interface FrameOptions {
  /** Width of the drawing in its own units (the SVG viewBox). */
  width: number
  /** The height follows the features' shape, within these bounds. */
  minHeight: number
  maxHeight: number
  /** Space kept free around the features (labels, markers, scale bar). */
  padding: { top: number; right: number; bottom: number; left: number }
  /** The smallest area shown, so a single place is not drawn at street-corner scale. */
  minSpanMetres: number
}

export interface Frame {
  width: number
  height: number
  /** Metres on the ground per drawing unit, the same in both directions. */
  metresPerUnit: number
  /** The frame's centre, the projection's origin. */
  centre: LngLat
  project: (point: LngLat) => XY
  /** The inverse of `project`, for the tests and the grid. */
  unproject: (xy: XY) => LngLat
}

/**
 * A frame in which every point fits inside the padding, as large as it can be, centred, with
 * the height following the points' shape between `minHeight` and `maxHeight`.
 */
export function fitFrame(points: readonly LngLat[], options: FrameOptions): Frame {
  if (points.length === 0) throw new RangeError('A map needs at least one point')
  const lngs = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  const centre: LngLat = [
    (Math.min(...lngs) + Math.max(...lngs)) / 2,
    (Math.min(...lats) + Math.max(...lats)) / 2,
  ]
  const local = points.map((p) => toLocalMetres(p, centre))
  const xs = local.map((p) => p[0])
  const ys = local.map((p) => p[1])
  const spanX = Math.max(Math.max(...xs) - Math.min(...xs), options.minSpanMetres)
  const spanY = Math.max(Math.max(...ys) - Math.min(...ys), options.minSpanMetres / 2)
  const { padding: pad, width } = options
  const innerWidth = width - pad.left - pad.right
  const wanted = (spanY / spanX) * innerWidth + pad.top + pad.bottom
  const height = Math.round(Math.min(options.maxHeight, Math.max(options.minHeight, wanted)))
  const innerHeight = height - pad.top - pad.bottom
  const metresPerUnit = Math.max(spanX / innerWidth, spanY / innerHeight)
  // The centre of the points' box sits in the centre of the padded area.
  const midX = (Math.max(...xs) + Math.min(...xs)) / 2
  const midY = (Math.max(...ys) + Math.min(...ys)) / 2
  const cx = pad.left + innerWidth / 2
  const cy = pad.top + innerHeight / 2
  const cos = Math.cos(centre[1] * RAD)
  return {
    width,
    height,
    metresPerUnit,
    centre,
    project: (point) => {
      const [x, y] = toLocalMetres(point, centre)
      return [cx + (x - midX) / metresPerUnit, cy - (y - midY) / metresPerUnit]
    },
    unproject: ([x, y]) => {
      const east = (x - cx) * metresPerUnit + midX
      const north = (cy - y) * metresPerUnit + midY
      return [
        centre[0] + east / (EARTH_RADIUS_M * cos * RAD),
        centre[1] + north / (EARTH_RADIUS_M * RAD),
      ]
    },
  }
}

export interface ScaleBar {
  /** The length the bar stands for: 1, 2 or 5 times a power of ten metres. */
  metres: number
  /** Its length in drawing units. */
  units: number
}

/** The longest "round" length (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxUnits`. */
export function scaleBar(metresPerUnit: number, maxUnits: number): ScaleBar {
  if (!(metresPerUnit > 0) || !(maxUnits > 0)) throw new RangeError('Scale needs positive sizes')
  const most = metresPerUnit * maxUnits
  const power = 10 ** Math.floor(Math.log10(most))
  const step = [5, 2, 1].find((s) => s * power <= most) ?? 1
  const metres = step * power
  return { metres, units: metres / metresPerUnit }
}

/** The parts of a scale bar's label: `{ value: 500, unit: 'm' }` or `{ value: 2, unit: 'km' }`. */
export function scaleLabel(metres: number): { value: number; unit: 'm' | 'km' } {
  return metres >= 1000 ? { value: metres / 1000, unit: 'km' } : { value: metres, unit: 'm' }
}

/** Distance in drawing units between two drawing points. */
export const unitsBetween = (a: XY, b: XY) => Math.hypot(a[0] - b[0], a[1] - b[1])

/**
 * The point halfway along a line (by length in the drawing), where a route's label goes.
 */
export function midpointAlong(line: readonly XY[]): XY {
  if (line.length === 0) throw new RangeError('An empty line has no midpoint')
  const lengths = line.slice(1).map((p, i) => unitsBetween(line[i]!, p))
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!
    if (remaining <= l && l > 0) {
      const t = remaining / l
      const a = line[i]!
      const b = line[i + 1]!
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
    }
    remaining -= l
  }
  return line[line.length - 1]!
}
