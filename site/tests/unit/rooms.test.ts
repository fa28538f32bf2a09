import { describe, expect, it } from 'vitest'

import { ROOM_CAPACITY_MAX } from '@velkomst/shared/validation'
import { roomSizes } from '@velkomst/shared/vocabulary'

import { sizeLabel } from '../../src/lib/filters'
import { roomSize, sizeBands } from '../../src/lib/rooms'

describe('room size bands', () => {
  it('put every capacity a room may have in exactly one band, in order', () => {
    let last = 0
    for (let capacity = 1; capacity <= ROOM_CAPACITY_MAX; capacity++) {
      const size = roomSize(capacity)
      expect(size, String(capacity)).not.toBeNull()
      const index = roomSizes.indexOf(size!)
      expect(index).toBeGreaterThanOrEqual(last)
      last = index
      const inBands = roomSizes.filter((s) => {
        const { min, max } = sizeBands[s]
        return capacity >= min && (max === null || capacity <= max)
      })
      expect(inBands, String(capacity)).toEqual([size])
    }
    expect(last).toBe(roomSizes.length - 1)
  })

  it('leave a room whose capacity is not given out of every band', () => {
    expect(roomSize(null)).toBeNull()
  })

  it('say their bounds in words that match the bands, in both languages', () => {
    expect(roomSizes.map((s) => sizeLabel('da', s))).toEqual([
      `Op til ${sizeBands.small.max} personer`,
      `${sizeBands.medium.min}–${sizeBands.medium.max} personer`,
      `Over ${sizeBands.large.min - 1} personer`,
    ])
    expect(sizeLabel('en', 'large')).toBe(`More than ${sizeBands.large.min - 1} people`)
    expect(roomSize(sizeBands.small.max)).toBe('small')
    expect(roomSize(sizeBands.small.max! + 1)).toBe('medium')
    expect(roomSize(sizeBands.large.min)).toBe('large')
  })
})
