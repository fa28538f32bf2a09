import { describe, expect, it } from 'vitest'

import { expandOccurrences, nextOccurrence, toRRule } from '../src/recurrence/index'
import { formatClock } from '../src/format/index'
import { fromZoned } from '../src/time'

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) })

describe('expandOccurrences', () => {
  it('keeps a weekly club night at 19.00 local time across the autumn DST change', () => {
    const start = fromZoned(2026, 10, 13, 19, 0) // Tuesday
    const end = fromZoned(2026, 10, 13, 21, 0)
    const list = expandOccurrences(
      { start, end, recurrence: { frequency: 'weekly', until: '2026-11-10' } },
      window('2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual([
      '2026-10-13',
      '2026-10-20',
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
    ])
    for (const o of list) {
      expect(formatClock(o.start, 'da')).toBe('19.00')
      expect(formatClock(o.end as Date, 'da')).toBe('21.00')
    }
    // Before the change 19.00 is 17:00 UTC, after it 18:00 UTC.
    expect(list[1]?.start.toISOString()).toBe('2026-10-20T17:00:00.000Z')
    expect(list[2]?.start.toISOString()).toBe('2026-10-27T18:00:00.000Z')
  })

  it('keeps local time across the spring change too', () => {
    const start = fromZoned(2026, 3, 22, 10, 0)
    const list = expandOccurrences(
      { start, recurrence: { frequency: 'weekly', count: 2 } },
      window('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'),
    )
    expect(list.map((o) => o.start.toISOString())).toEqual([
      '2026-03-22T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
    ])
  })

  it('repeats on several weekdays every other week', () => {
    const start = fromZoned(2026, 9, 7, 17, 0) // Monday
    const list = expandOccurrences(
      {
        start,
        recurrence: { frequency: 'weekly', interval: 2, byWeekday: ['mo', 'th'], count: 4 },
      },
      window('2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual(['2026-09-07', '2026-09-10', '2026-09-21', '2026-09-24'])
  })

  it('repeats monthly on the same nth weekday (second Saturday market day)', () => {
    const start = fromZoned(2026, 9, 12, 10, 0) // second Saturday of September
    const list = expandOccurrences(
      { start, recurrence: { frequency: 'monthly', monthlyMode: 'weekday-of-month', count: 3 } },
      window('2026-09-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual(['2026-09-12', '2026-10-10', '2026-11-14'])
  })

  it('repeats monthly on the same date', () => {
    const start = fromZoned(2026, 9, 15, 18, 0)
    const list = expandOccurrences(
      { start, recurrence: { frequency: 'monthly', until: '2026-12-31' } },
      window('2026-09-01T00:00:00Z', '2027-06-01T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual(['2026-09-15', '2026-10-15', '2026-11-15', '2026-12-15'])
  })

  it('leaves out excluded dates, given as days or as timestamps from a date picker', () => {
    const start = fromZoned(2026, 12, 1, 16, 0)
    const list = expandOccurrences(
      {
        start,
        recurrence: {
          frequency: 'weekly',
          until: '2026-12-31',
          excludedDates: ['2026-12-22', '2026-12-28T23:00:00.000Z'], // 29 December local
        },
      },
      window('2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15'])
  })

  it('returns only occurrences inside the window, including one still running at its start', () => {
    const start = fromZoned(2026, 9, 1, 22, 0)
    const end = fromZoned(2026, 9, 2, 2, 0)
    const list = expandOccurrences(
      { start, end, recurrence: { frequency: 'weekly', count: 10 } },
      window('2026-09-16T00:00:00Z', '2026-09-20T00:00:00Z'),
    )
    expect(list.map((o) => o.day)).toEqual(['2026-09-15'])
  })

  it('yields a one-off event only when it overlaps the window', () => {
    const start = new Date('2026-09-01T10:00:00Z')
    expect(
      expandOccurrences({ start }, window('2026-09-01T00:00:00Z', '2026-09-02T00:00:00Z')),
    ).toHaveLength(1)
    expect(
      expandOccurrences({ start }, window('2026-09-02T00:00:00Z', '2026-09-03T00:00:00Z')),
    ).toHaveLength(0)
  })

  it('finds the next occurrence from now', () => {
    const start = fromZoned(2026, 1, 6, 19, 0)
    const next = nextOccurrence(
      { start, recurrence: { frequency: 'weekly', until: '2027-01-01' } },
      new Date('2026-11-23T12:00:00Z'),
    )
    expect(next?.day).toBe('2026-11-24')
  })
})

describe('toRRule', () => {
  it('writes RFC 5545 rules with UNTIL in UTC at the end of the last local day', () => {
    const start = fromZoned(2026, 10, 13, 19, 0)
    expect(toRRule({ start }, { frequency: 'weekly', until: '2026-12-15' })).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20261215T225959Z;WKST=MO',
    )
    expect(
      toRRule(
        { start: fromZoned(2026, 9, 12, 10, 0) },
        { frequency: 'monthly', monthlyMode: 'weekday-of-month', count: 3 },
      ),
    ).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=2SA;COUNT=3;WKST=MO')
  })
})
