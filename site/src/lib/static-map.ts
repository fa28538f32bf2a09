/**
 * The layout of a map drawn at build time (`components/StaticMap.astro`): where routes, numbered
 * markers, names, the scale bar, the north arrow and the grid go in the drawing. Pure, so the
 * tests can check it without a browser; the component only turns it into SVG.
 */
import {
  fitFrame,
  midpointAlong,
  scaleBar,
  unitsBetween,
  type Frame,
  type LngLat,
  type XY,
} from './projection'

export interface MapPlaceInput {
  /** What the marker says, matching the list beside the map: "1", "2" … */
  label: string
  name: string
  at: LngLat
  /** A page the marker leads to (the venues map). */
  href?: string
}

export interface MapRouteInput {
  /** Routes are lettered, "A", "B" …, to tell them from the numbered places. */
  label: string
  name: string
  line: readonly LngLat[]
}

export interface MapInput {
  places: readonly MapPlaceInput[]
  routes: readonly MapRouteInput[]
}

/** Two drawings of every map: phones get bigger text relative to the map. */
export const mapSizes = {
  wide: { width: 720, minHeight: 300, maxHeight: 520, font: 14, radius: 12 },
  narrow: { width: 320, minHeight: 240, maxHeight: 400, font: 13, radius: 12 },
} as const
export type MapSize = keyof typeof mapSizes

export interface Marker {
  kind: 'place' | 'route'
  label: string
  name: string
  href: string | undefined
  /** Where the marker is drawn. */
  x: number
  y: number
  /** Where the feature really is, when the marker had to move aside to stay readable. */
  anchor: XY | null
}

export interface NameLabel {
  lines: string[]
  x: number
  y: number
  align: 'start' | 'end' | 'middle'
}

export interface MapLayout {
  size: MapSize
  width: number
  height: number
  font: number
  radius: number
  metresPerUnit: number
  routes: { label: string; name: string; points: XY[]; style: number }[]
  markers: Marker[]
  /** Names next to markers; a name that fits nowhere is left to the list (the number stays). */
  labels: NameLabel[]
  scale: { metres: number; units: number; x: number; y: number }
  north: { x: number; y: number }
  grid: { xs: number[]; ys: number[] }
}

interface Box {
  x1: number
  y1: number
  x2: number
  y2: number
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2

/** Rough width of a text in drawing units (system sans-serif, a little generous). */
export const textWidth = (text: string, font: number) => text.length * font * 0.58

/** A long name on two lines, split at the space nearest its middle. */
export function wrapName(name: string, font: number, maxWidth: number): string[] {
  if (textWidth(name, font) <= maxWidth) return [name]
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index)
  if (spaces.length === 0) return [name]
  const middle = name.length / 2
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best))
  return [name.slice(0, at), name.slice(at + 1)]
}

/**
 * Markers closer than `minDistance` are grouped and set on a small ring around the group's
 * centre, in the order of their real directions, so every number stays readable; each moved
 * marker keeps a line to where the feature really is.
 */
export function spreadMarkers(points: readonly XY[], minDistance: number): XY[] {
  const parent = points.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (unitsBetween(points[i]!, points[j]!) < minDistance) parent[find(i)] = find(j)
    }
  }
  const groups = new Map<number, number[]>()
  points.forEach((_, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), i])
  })
  const placed = [...points]
  for (const members of groups.values()) {
    if (members.length < 2) continue
    const cx = members.reduce((s, i) => s + points[i]![0], 0) / members.length
    const cy = members.reduce((s, i) => s + points[i]![1], 0) / members.length
    const angleOf = (i: number) => Math.atan2(points[i]![1] - cy, points[i]![0] - cx)
    const ordered = [...members].sort((a, b) => angleOf(a) - angleOf(b) || a - b)
    const k = ordered.length
    // Neighbours on the ring are minDistance apart (the chord of the angle between them).
    const ring = Math.max(minDistance * 0.75, minDistance / (2 * Math.sin(Math.PI / k)))
    const start = angleOf(ordered[0]!)
    ordered.forEach((i, n) => {
      const angle = start + (2 * Math.PI * n) / k
      placed[i] = [cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)]
    })
  }
  return placed
}

function frameFor(input: MapInput, size: MapSize): Frame {
  const s = mapSizes[size]
  const points: LngLat[] = [
    ...input.places.map((p) => p.at),
    ...input.routes.flatMap((r) => r.line),
  ]
  const edge = s.radius * 2 + 8
  return fitFrame(points, {
    width: s.width,
    minHeight: s.minHeight,
    maxHeight: s.maxHeight,
    // Room for markers and labels at the edges, the north arrow (top right) and the scale bar.
    padding: { top: edge + 8, right: edge + 8, bottom: edge + 24, left: edge },
    minSpanMetres: 600,
  })
}

/** Grid lines every `step` metres, through the frame's centre. */
function gridLines(frame: Frame, step: number): { xs: number[]; ys: number[] } {
  const [cx, cy] = frame.project(frame.centre)
  const every = step / frame.metresPerUnit
  const lines = (centre: number, extent: number) => {
    const out: number[] = []
    for (let v = centre - Math.floor(centre / every) * every; v <= extent; v += every) {
      out.push(Math.round(v * 10) / 10)
    }
    return out
  }
  return { xs: lines(cx, frame.width), ys: lines(cy, frame.height) }
}

export function layoutMap(input: MapInput, size: MapSize): MapLayout {
  const s = mapSizes[size]
  const frame = frameFor(input, size)
  const { width, height } = frame
  const round = (v: number) => Math.round(v * 10) / 10
  const routes = input.routes.map((r, i) => ({
    label: r.label,
    name: r.name,
    points: r.line.map((p) => frame.project(p)).map(([x, y]) => [round(x), round(y)] as XY),
    style: i % 4,
  }))

  const wanted: { kind: Marker['kind']; label: string; name: string; href?: string; at: XY }[] = [
    ...input.routes.map((r, i) => ({
      kind: 'route' as const,
      label: r.label,
      name: r.name,
      at: midpointAlong(routes[i]!.points),
    })),
    ...input.places.map((p) => ({
      kind: 'place' as const,
      label: p.label,
      name: p.name,
      href: p.href,
      at: frame.project(p.at),
    })),
  ]
  const clamp = (v: number, max: number) => Math.min(max - s.radius - 2, Math.max(s.radius + 2, v))
  const spread = spreadMarkers(
    wanted.map((w) => w.at),
    s.radius * 2 + 4,
  )
  const markers: Marker[] = wanted.map((w, i) => {
    const [x, y] = spread[i]!
    const cx = round(clamp(x, width))
    const cy = round(clamp(y, height))
    const moved = unitsBetween([cx, cy], w.at) > 1
    return {
      kind: w.kind,
      label: w.label,
      name: w.name,
      href: w.href,
      x: cx,
      y: cy,
      anchor: moved ? [round(w.at[0]), round(w.at[1])] : null,
    }
  })

  const bar = scaleBar(frame.metresPerUnit, width * 0.3)
  const scale = { ...bar, units: round(bar.units), x: 12, y: height - 14 }
  const north = { x: width - 22, y: 12 }
  const taken: Box[] = [
    // The scale bar with its label, and the north arrow.
    { x1: 0, y1: scale.y - s.font - 12, x2: scale.x + scale.units + 8, y2: height },
    { x1: north.x - 16, y1: 0, x2: width, y2: north.y + 44 },
    ...markers.map((m) => ({
      x1: m.x - s.radius,
      y1: m.y - s.radius,
      x2: m.x + s.radius,
      y2: m.y + s.radius,
    })),
  ]
  const labels: NameLabel[] = []
  const lineHeight = s.font * 1.2
  // Places first (they are what the list numbers), routes after; in the order given.
  const order = [
    ...markers.filter((m) => m.kind === 'place'),
    ...markers.filter((m) => m.kind === 'route'),
  ]
  for (const m of order) {
    const lines = wrapName(m.name, s.font, width * 0.42)
    const w = Math.max(...lines.map((l) => textWidth(l, s.font)))
    const h = lines.length * lineHeight
    const gap = s.radius + 4
    const spots: { align: NameLabel['align']; x: number; y: number }[] = [
      { align: 'start', x: m.x + gap, y: m.y - h / 2 },
      { align: 'end', x: m.x - gap, y: m.y - h / 2 },
      { align: 'middle', x: m.x, y: m.y + gap },
      { align: 'middle', x: m.x, y: m.y - gap - h },
    ]
    const candidates = spots.map((c) => {
      const x1 = c.align === 'start' ? c.x : c.align === 'end' ? c.x - w : c.x - w / 2
      return { ...c, x1, y1: c.y, x2: x1 + w, y2: c.y + h }
    })
    const fits = candidates.find(
      (c) =>
        c.x1 >= 2 &&
        c.y1 >= 2 &&
        c.x2 <= width - 2 &&
        c.y2 <= height - 2 &&
        !taken.some((t) => overlaps(t, c)),
    )
    if (!fits) continue
    taken.push(fits)
    labels.push({
      lines,
      x: round(fits.x),
      // The first line's baseline.
      y: round(fits.y + s.font * 0.95),
      align: fits.align,
    })
  }

  return {
    size,
    width,
    height,
    font: s.font,
    radius: s.radius,
    metresPerUnit: frame.metresPerUnit,
    routes,
    markers,
    labels,
    scale,
    north,
    grid: gridLines(frame, bar.metres),
  }
}

/** An SVG path for a line of drawing points. */
export const pathData = (points: readonly XY[]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ')

/** "A", "B" … "Z", "AA" … for routes. */
export function routeLetter(index: number): string {
  let n = index
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}
