/**
 * The "Add an activity" form's own rules, over the whole class of input: days and times as
 * browsers send them (and everything else), prices as people write them, and the rules across
 * fields (past, far ahead, end before start, repetition length, a place, a price).
 */
import { describe, expect, it } from 'vitest'

import { addActivityForm, checkActivity, readPrice } from '../src/activities'
import { isClock, isDateKey, readSubmission } from '../src/forms'

describe('days and times', () => {
  it('accept real days and times only', () => {
    for (const ok of ['2026-12-24', '2028-02-29', '2999-12-31']) expect(isDateKey(ok)).toBe(true)
    for (const bad of [
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-12-32',
      '26-12-24',
      '24-12-2026',
      '2026-12-24T10:00',
      ' 2026-12-24',
      '1999-12-31',
      '',
    ]) {
      expect(isDateKey(bad), bad).toBe(false)
    }
    for (const ok of ['00:00', '09:30', '23:59', '19:30:00']) expect(isClock(ok)).toBe(true)
    for (const bad of ['24:00', '9:30', '12:60', '12.30', '1230', 'noon', '']) {
      expect(isClock(bad), bad).toBe(false)
    }
  })
})

describe('prices', () => {
  it('read what people write, and nothing else', () => {
    expect(readPrice('25')).toBe(25)
    expect(readPrice('25,50')).toBe(25.5)
    expect(readPrice('25 kr.')).toBe(25)
    expect(readPrice('kr. 25')).toBe(25)
    expect(readPrice('25,-')).toBe(25)
    expect(readPrice('DKK 100')).toBe(100)
    for (const bad of ['', 'gratis', '-5', '1e3', '25,555', '1234567', '25 kroner og 50 øre']) {
      expect(readPrice(bad), bad).toBeNull()
    }
  })
})

describe('the rules across fields', () => {
  const today = '2026-11-28'
  const base = {
    date: '2026-12-05',
    startTime: '18:00',
    endTime: '20:00',
    repeats: 'once',
    until: '',
    venue: '',
    placeText: 'Gården',
    onlineUrl: '',
    price: 'free',
    amount: '',
  }
  const fields = (values: Record<string, string>) =>
    checkActivity({ ...base, ...values }, today).map((e) => `${e.field}:${e.key}`)

  it('accept a plain activity today or later, within two years', () => {
    expect(fields({})).toEqual([])
    expect(fields({ date: today })).toEqual([])
    expect(fields({ date: '2028-11-28' })).toEqual([])
  })
  it('refuse the past, years ahead, an end before the start', () => {
    expect(fields({ date: '2026-11-27' })).toEqual(['date:activities.form.error.past'])
    expect(fields({ date: '2029-01-01' })).toEqual(['date:activities.form.error.farAhead'])
    expect(fields({ endTime: '18:00' })).toEqual(['endTime:activities.form.error.endBeforeStart'])
    expect(fields({ endTime: '09:00' })).toEqual(['endTime:activities.form.error.endBeforeStart'])
  })
  it('keep a repetition within a year after its first day', () => {
    expect(fields({ repeats: 'weekly', until: '2027-12-05' })).toEqual([])
    expect(fields({ repeats: 'weekly', until: '2027-12-07' })).toEqual([
      'until:activities.form.error.untilFar',
    ])
    expect(fields({ repeats: 'monthly', until: '2026-12-05' })).toEqual([
      'until:activities.form.error.untilBefore',
    ])
    // A last day on a single activity means nothing, and is not held against it.
    expect(fields({ repeats: 'once', until: '2020-01-01' })).toEqual([])
  })
  it('ask for a place and, when it costs, a price', () => {
    expect(fields({ placeText: '' })).toEqual(['venue:activities.form.error.place'])
    expect(fields({ placeText: '', onlineUrl: 'https://møde.example' })).toEqual([])
    expect(fields({ price: 'paid' })).toEqual(['amount:activities.form.error.amountMissing'])
    expect(fields({ price: 'paid', amount: 'lidt' })).toEqual([
      'amount:activities.form.error.amount',
    ])
    expect(fields({ price: 'paid', amount: '30' })).toEqual([])
  })
})

describe('reading a post', () => {
  it('keeps a date, a time and a link as typed, refusing the wrong shape field by field', () => {
    const { values, errors } = readSubmission(addActivityForm, [
      ['title', ' Gåtur '],
      ['date', '2026-02-30'],
      ['startTime', '7 pm'],
      ['onlineUrl', 'ftp://x.dk'],
      ['repeats', 'every day'],
    ])
    expect(values.title).toBe('Gåtur')
    expect(values.date).toBe('2026-02-30')
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.key]))
    expect(byField).toMatchObject({
      date: 'forms.error.date',
      startTime: 'forms.error.time',
      onlineUrl: 'forms.error.url',
      repeats: 'forms.error.choice',
    })
  })
})
