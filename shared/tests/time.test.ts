import { describe, expect, it } from 'vitest'

import { fromZoned, fromZonedReference } from '../src/time'

describe('fromZoned', () => {
  it('gives the date library’s instant every day of 2025–2027 and every quarter hour around DST', () => {
    const wrong: string[] = []
    const check = (y: number, m: number, d: number, h: number, min: number) => {
      const fast = fromZoned(y, m, d, h, min).getTime()
      if (fast !== fromZonedReference(y, m, d, h, min).getTime())
        wrong.push(`${y}-${m}-${d} ${h}:${min}`)
    }
    for (let year = 2025; year <= 2027; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++)
          for (const [hour, minute] of [
            [0, 0],
            [2, 0],
            [2, 30],
            [3, 0],
            [12, 45],
            [23, 59],
          ] as const)
            check(year, month, day, hour, minute)
    // The days the clocks change, and the days either side, quarter hour by quarter hour.
    const changes = [
      [2025, 3, 30],
      [2025, 10, 26],
      [2026, 3, 29],
      [2026, 10, 25],
      [2027, 3, 28],
      [2027, 10, 31],
    ]
    for (const [year, month, change] of changes)
      for (let day = change! - 1; day <= change! + 1; day++)
        for (let hour = 0; hour < 24; hour++)
          for (const minute of [0, 15, 30, 45]) check(year!, month!, day, hour, minute)
    expect(wrong).toEqual([])
  })

  it('rolls over out-of-range days and reads the skipped and the repeated hour as before', () => {
    expect(fromZoned(2026, 1, 32).toISOString()).toBe(fromZonedReference(2026, 2, 1).toISOString())
    // 29 March 2026, 02:30 does not exist: it moves forward to 03:30 summer time.
    expect(fromZoned(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z')
    // 25 October 2026, 02:30 happens twice: the second (standard time) is meant.
    expect(fromZoned(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T01:30:00.000Z')
  })
})
