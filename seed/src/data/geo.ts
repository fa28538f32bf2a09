/**
 * Demo routes drawn from a few waypoints, smoothed into the curves of a real path (centripetal
 * Catmull-Rom would be overkill; the uniform one is enough between points 100-400 m apart).
 * Coordinates are [lng, lat], rounded to about a metre.
 */
export type LngLat = [number, number]

const round = (v: number) => Math.round(v * 1e5) / 1e5

export function smoothPath(waypoints: LngLat[], { closed = false, steps = 4 } = {}): LngLat[] {
  const n = waypoints.length
  if (n < 3) return waypoints.map(([x, y]) => [round(x), round(y)])
  const at = (i: number): LngLat => {
    if (i < 0) return closed ? waypoints[n - 2]! : waypoints[0]!
    if (i >= n) return closed ? waypoints[1]! : waypoints[n - 1]!
    return waypoints[i]!
  }
  const out: LngLat[] = []
  for (let i = 0; i < n - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)]
    for (let s = 0; s < steps; s++) {
      const t = s / steps
      const t2 = t * t
      const t3 = t2 * t
      const c = (k: 0 | 1) =>
        0.5 *
        (2 * p1[k] +
          (-p0[k] + p2[k]) * t +
          (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
          (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
      out.push([round(c(0)), round(c(1))])
    }
  }
  const last = waypoints[n - 1]!
  out.push([round(last[0]), round(last[1])])
  return out
}
