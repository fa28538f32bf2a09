import { describe, expect, it } from 'vitest'

import { fromZoned, fromZonedReference } from '../src/time'

describe('fromZoned', () => {
  it('gives the date library’s instant for every quarter hour of 2025–2027, DST changes included', () => {
    const wrong: string[] = []
    for (let year = 2025; year <= 2027; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++)
          for (let hour = 0; hour < 24; hour++)
            for (const minute of [0, 15, 30, 45]) {
              const fast = fromZoned(year, month, day, hour, minute).getTime()
              const reference = fromZonedReference(year, month, day, hour, minute).getTime()
              if (fast !== reference) wrong.push(`${year}-${month}-${day} ${hour}:${minute}`)
            }
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
