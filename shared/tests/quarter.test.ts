import { describe, expect, it } from 'vitest'

import {
  isWithinQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterBounds,
  quarterOf,
} from '../src/quarter'

describe('quarter maths in Europe/Copenhagen', () => {
  it('keeps the last evening of a quarter in that quarter', () => {
    // 30 September 2026 at 23:30 local is 21:30 UTC.
    expect(quarterOf(new Date('2026-09-30T21:30:00Z'))).toBe('2026-Q3')
  })

  it('moves to the next quarter on the first morning, even while UTC is still in the old one', () => {
    // 1 October 2026 at 00:30 local is 30 September 22:30 UTC.
    expect(quarterOf(new Date('2026-09-30T22:30:00Z'))).toBe('2026-Q4')
    // New Year: 1 January 2027 at 00:15 local is 31 December 23:15 UTC.
    expect(quarterOf(new Date('2026-12-31T23:15:00Z'))).toBe('2027-Q1')
  })

  it('steps across years', () => {
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1')
    expect(previousQuarter('2027-Q1')).toBe('2026-Q4')
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3')
  })

  it('gives calendar bounds and the instants of local midnight', () => {
    const b = quarterBounds('2026-Q3')
    expect(b.firstDay).toBe('2026-07-01')
    expect(b.lastDay).toBe('2026-09-30')
    expect(b.start.toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(b.end.toISOString()).toBe('2026-09-30T22:00:00.000Z')
    expect(quarterBounds('2026-Q4').end.toISOString()).toBe('2026-12-31T23:00:00.000Z')
  })

  it('rejects malformed quarters', () => {
    for (const bad of ['2026-Q5', '2026-q3', '26-Q3', '2026Q3', ''])
      expect(parseQuarter(bad)).toBeNull()
    expect(() => quarterBounds('2026-Q0')).toThrow(RangeError)
  })

  it('tells whether a day is inside', () => {
    expect(isWithinQuarter('2026-09-30', '2026-Q3')).toBe(true)
    expect(isWithinQuarter('2026-10-01', '2026-Q3')).toBe(false)
    expect(isWithinQuarter('2026-06-30T22:30:00.000Z', '2026-Q3')).toBe(true)
  })
})

describe("the quarter's page", () => {
  it('has a stable short address per quarter in each language (the QR code target)', async () => {
    const { welcomePath } = await import('../src/routes')
    expect(welcomePath('da', '2026-Q3')).toBe('/velkommen/2026-q3/')
    expect(welcomePath('en', '2026-Q3')).toBe('/en/welcome/2026-q3/')
  })
})
