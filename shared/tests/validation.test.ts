import { describe, expect, it } from 'vitest'

import { demoLogins } from '../src/demo'
import { reservedSlugs, segments } from '../src/routes'

import { translate } from '../src/i18n/index'
import { slugify, isSlug } from '../src/slug'
import {
  checkAgeRange,
  checkCoordinates,
  checkCvr,
  checkEmail,
  checkEndAfterStart,
  checkGeometry,
  checkHttpUrl,
  checkMaxLength,
  checkNotDemoPassword,
  checkNonNegative,
  checkOpeningHours,
  checkPhone,
  checkQuarter,
  checkRecurrence,
  checkWithinQuarter,
  type Problem,
} from '../src/validation/index'

const key = (p: Problem | null) => p?.key ?? null

describe('slugify', () => {
  it('transliterates Danish letters and ampersands', () => {
    expect(slugify('Badesøen')).toBe('badesoeen')
    expect(slugify('Ældre Sagen & Venner')).toBe('aeldre-sagen-og-venner')
    expect(slugify('Albertslund Bibliotek – Åbent Hus!')).toBe('albertslund-bibliotek-aabent-hus')
  })

  it('caps the length without a trailing hyphen', () => {
    const s = slugify('Forening '.repeat(30))
    expect(s.length).toBeLessThanOrEqual(80)
    expect(s.endsWith('-')).toBe(false)
    expect(isSlug(s)).toBe(true)
  })

  it('gives an empty slug for text with no letters', () => {
    expect(slugify('!!!')).toBe('')
  })
})

describe('validators', () => {
  it('accepts 8-digit CVR numbers only', () => {
    expect(checkCvr('12345678')).toBeNull()
    expect(checkCvr('1234 5678')).toBeNull()
    expect(key(checkCvr('1234567'))).toBe('validation.cvr')
    expect(key(checkCvr('ABCDEFGH'))).toBe('validation.cvr')
    expect(checkCvr('')).toBeNull()
  })

  it('accepts Danish phone numbers, and international ones only when marked', () => {
    expect(checkPhone('43 68 68 68')).toBeNull()
    expect(checkPhone('+45 43686868')).toBeNull()
    expect(key(checkPhone('4368686'))).toBe('validation.phone.danish')
    expect(key(checkPhone('+46 8 123 456 78'))).toBe('validation.phone.danish')
    expect(checkPhone('+46 8 123 456 78', true)).toBeNull()
    expect(key(checkPhone('0046812345678', true))).toBe('validation.phone.international')
  })

  it('checks email addresses', () => {
    expect(checkEmail('info@albertslund.dk')).toBeNull()
    expect(key(checkEmail('info@albertslund'))).toBe('validation.email')
    expect(key(checkEmail('no spaces@x.dk'))).toBe('validation.email')
  })

  it('allows only absolute http(s) links', () => {
    expect(checkHttpUrl('https://albertslund.dk/badesoeen')).toBeNull()
    expect(checkHttpUrl('http://example.com')).toBeNull()
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      '/relative',
      'ftp://x.dk',
      'https://localhost',
    ]) {
      expect(key(checkHttpUrl(bad)), bad).toBe('validation.url')
    }
  })

  it('keeps coordinates inside Denmark and catches swapped ones', () => {
    expect(checkCoordinates(55.6805, 12.3303)).toBeNull() // Albertslund
    expect(checkCoordinates(55.1, 14.9)).toBeNull() // Bornholm
    expect(key(checkCoordinates(12.3303, 55.6805))).toBe('validation.coordinates.outsideDenmark')
    expect(key(checkCoordinates(55.68, null))).toBe('validation.coordinates.both')
    expect(checkCoordinates(null, null)).toBeNull()
  })

  it('requires closing after opening', () => {
    expect(checkOpeningHours('09:00', '17:00')).toBeNull()
    expect(key(checkOpeningHours('17:00', '09:00'))).toBe(
      'validation.openingHours.closesBeforeOpens',
    )
    expect(key(checkOpeningHours('10:00', '10:00'))).toBe(
      'validation.openingHours.closesBeforeOpens',
    )
  })

  it('requires the end not to be before the start', () => {
    expect(checkEndAfterStart('2026-06-01T15:00:00Z', '2026-06-01T17:00:00Z')).toBeNull()
    expect(key(checkEndAfterStart('2026-06-01T15:00:00Z', '2026-06-01T14:00:00Z'))).toBe(
      'validation.endBeforeStart',
    )
  })

  it('checks the age range', () => {
    expect(checkAgeRange(6, 12)).toBeNull()
    expect(key(checkAgeRange(12, 6))).toBe('validation.age.minAboveMax')
    expect(key(checkAgeRange(-1, null))).toBe('validation.age.invalid')
  })

  it('rejects negative prices and ticket counts and fractional counts', () => {
    expect(checkNonNegative(0)).toBeNull()
    expect(key(checkNonNegative(-50))).toBe('validation.nonNegative')
    expect(key(checkNonNegative(2.5, { integer: true }))).toBe('validation.wholeNumber')
  })

  it('checks quarters and validity windows', () => {
    expect(checkQuarter('2026-Q3')).toBeNull()
    expect(key(checkQuarter('2026-Q5'))).toBe('validation.quarter.format')
    expect(checkWithinQuarter('2026-Q3', '2026-08-01')).toBeNull()
    expect(checkWithinQuarter('2026-Q3', '2026-10-01')).toEqual({
      key: 'validation.quarter.outside',
      params: { quarter: '2026-Q3' },
    })
  })

  it('requires a recurrence to end, and not before it starts', () => {
    const start = '2026-09-01T17:00:00Z'
    expect(checkRecurrence(start, { frequency: 'weekly', count: 10 })).toBeNull()
    expect(key(checkRecurrence(start, { frequency: 'weekly' }))).toBe(
      'validation.recurrence.neverEnds',
    )
    expect(key(checkRecurrence(start, { frequency: 'weekly', until: '2026-08-01' }))).toBe(
      'validation.recurrence.endsBeforeStart',
    )
    expect(key(checkRecurrence(start, { frequency: 'weekly', count: 10, interval: 0 }))).toBe(
      'validation.recurrence.interval',
    )
  })

  it('limits text length', () => {
    expect(checkMaxLength('a'.repeat(10), 10)).toBeNull()
    expect(checkMaxLength('a'.repeat(11), 10)).toEqual({
      key: 'validation.tooLong',
      params: { max: 10, length: 11 },
    })
  })

  it('checks GeoJSON places and routes', () => {
    expect(checkGeometry({ type: 'Point', coordinates: [12.33, 55.68] }, 'place')).toBeNull()
    expect(key(checkGeometry({ type: 'Point', coordinates: [55.68, 12.33] }, 'place'))).toBe(
      'validation.coordinates.outsideDenmark',
    )
    expect(key(checkGeometry({ type: 'Point', coordinates: [12.33, 55.68] }, 'route'))).toBe(
      'validation.geojson.line',
    )
    expect(
      checkGeometry(
        {
          type: 'LineString',
          coordinates: [
            [12.33, 55.68],
            [12.34, 55.69],
          ],
        },
        'route',
      ),
    ).toBeNull()
  })

  it('has a message for every problem in both languages', () => {
    const msg = translate('en', 'validation.quarter.outside', { quarter: '2026-Q3' })
    expect(msg).toBe('The date is outside the quarter 2026-Q3.')
    expect(translate('da', 'validation.cvr')).toBe('Et CVR-nummer har 8 cifre.')
  })
})

describe('the demo passwords', () => {
  it('are refused outside a demonstration only, for every demo account', () => {
    for (const { password } of Object.values(demoLogins)) {
      expect(checkNotDemoPassword(password, true)).toBeNull()
      expect(checkNotDemoPassword(password, false)).toEqual({ key: 'validation.password.demo' })
    }
    expect(checkNotDemoPassword('et-helt-andet-kodeord', false)).toBeNull()
  })
})

describe('the slugs the site uses itself', () => {
  it('are every word of the route table, in every language', () => {
    for (const words of Object.values(segments)) {
      for (const word of Object.values(words)) {
        if (word) expect(reservedSlugs.has(word), word).toBe(true)
      }
    }
    expect(reservedSlugs.has('skakklub')).toBe(false)
  })
})
