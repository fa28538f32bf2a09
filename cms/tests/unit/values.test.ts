/**
 * Reading a public form's chosen documents into ids as the database has them (numbers on SQLite,
 * ObjectId strings on MongoDB), and who may open the new-event view.
 */
import { describe, expect, it } from 'vitest'

import { createsEvents } from '../../src/collections/Events/access/createsEvents'
import { idValue, idValues } from '../../src/forms/values'

describe('ids from a form', () => {
  it('are SQLite numbers or MongoDB ObjectIds, and nothing else', () => {
    expect(idValue('12')).toBe(12)
    expect(idValue(' 7 ')).toBe(7)
    expect(idValue('65a1f0c2b3d4e5f6a7b8c9d0')).toBe('65a1f0c2b3d4e5f6a7b8c9d0')
    expect(idValue('65A1F0C2B3D4E5F6A7B8C9D0')).toBe('65a1f0c2b3d4e5f6a7b8c9d0')
    for (const bad of [
      '',
      'abc',
      '1.5',
      '-3',
      '65a1f0c2b3d4e5f6a7b8c9d',
      '1'.repeat(16),
      '{"$gt":""}',
    ]) {
      expect(idValue(bad), bad).toBeUndefined()
    }
    expect(idValues(['3', 'x', '65a1f0c2b3d4e5f6a7b8c9d0'])).toEqual([
      3,
      '65a1f0c2b3d4e5f6a7b8c9d0',
    ])
    expect(idValues('3')).toEqual([])
  })
})

describe('the new-event view', () => {
  const editor = { id: 1, role: 'association-editor', associations: [5] }
  const ask = (data: unknown, user: unknown = editor) =>
    createsEvents({ req: { user } as never, data: data as never })

  it('opens for an editor (the admin asks with a draft status and no organizers)', () => {
    expect(ask(undefined)).toBe(true)
    expect(ask({ _status: 'draft' })).toBe(true)
  })
  it('creates only events organised by one of the editor’s associations', () => {
    expect(ask({ organizers: [5] })).toBe(true)
    expect(ask({ organizers: [{ id: 5 }, 6] })).toBe(true)
    expect(ask({ organizers: [6] })).toBe(false)
    expect(ask({ organizers: [] })).toBe(false)
    expect(ask({ organizers: null })).toBe(false)
  })
  it('is closed to the public and open to staff', () => {
    expect(ask({ _status: 'draft' }, null)).toBe(false)
    expect(ask({ organizers: [6] }, { id: 2, role: 'staff' })).toBe(true)
  })
})
