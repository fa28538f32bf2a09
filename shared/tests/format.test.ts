import { describe, expect, it } from 'vitest'

import {
  formatClock,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPhone,
  formatPrice,
  formatRange,
  formatShortDate,
  formatTime,
  phoneHref,
} from '../src/format/index'
import { isoWithOffset } from '../src/time'

describe('dates and times in Europe/Copenhagen', () => {
  // 15:00 UTC on 1 June 2026 is 17:00 summer time in Copenhagen.
  const summer = new Date('2026-06-01T15:00:00Z')

  it('writes the long date in Danish and English', () => {
    expect(formatDate(summer, 'da')).toBe('mandag den 1. juni 2026')
    expect(formatDate(summer, 'en')).toBe('Monday 1 June 2026')
  })

  it('uses a 24-hour clock with the language convention', () => {
    expect(formatTime(summer, 'da')).toBe('kl. 17.00')
    expect(formatTime(summer, 'en')).toBe('17:00')
    expect(formatDateTime(summer, 'da')).toBe('mandag den 1. juni 2026 kl. 17.00')
    expect(formatDateTime(summer, 'en')).toBe('Monday 1 June 2026, 17:00')
  })

  it('writes a numeric Danish date without slashes', () => {
    expect(formatShortDate(summer, 'da')).toBe('1.6.2026')
    expect(formatShortDate(summer, 'da')).not.toContain('/')
  })

  it('joins a same-day range with an en dash', () => {
    const end = new Date('2026-06-01T17:30:00Z')
    expect(formatRange(summer, end, 'da')).toBe('mandag den 1. juni 2026, kl. 17.00–19.30')
    expect(formatRange(summer, end, 'en')).toBe('Monday 1 June 2026, 17:00–19:30')
  })

  it('spells out both dates of a range that crosses midnight', () => {
    const start = new Date('2026-06-05T20:00:00Z') // 22:00 local
    const end = new Date('2026-06-06T00:00:00Z') // 02:00 local the next day
    expect(formatRange(start, end, 'da')).toBe(
      'fredag den 5. juni 2026 kl. 22.00 – lørdag den 6. juni 2026 kl. 02.00',
    )
  })

  it('shows all-day events without a time', () => {
    expect(formatRange(summer, summer, 'en', { allDay: true })).toBe('Monday 1 June 2026')
  })

  it('is right on both sides of the spring change (29 March 2026)', () => {
    // 00:30 UTC is 01:30 winter time; 01:30 UTC is 03:30 summer time.
    expect(formatClock('2026-03-29T00:30:00Z', 'da')).toBe('01.30')
    expect(formatClock('2026-03-29T01:30:00Z', 'da')).toBe('03.30')
    expect(isoWithOffset('2026-03-29T00:30:00Z')).toBe('2026-03-29T01:30:00+01:00')
    expect(isoWithOffset('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30:00+02:00')
  })

  it('is right on both sides of the autumn change (25 October 2026)', () => {
    // 02:30 local happens twice: first in summer time (00:30 UTC), then in winter time (01:30 UTC).
    expect(isoWithOffset('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30:00+02:00')
    expect(isoWithOffset('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00')
    expect(formatDate('2026-10-24T22:30:00Z', 'da')).toBe('søndag den 25. oktober 2026')
  })

  it('does not depend on the machine time zone', () => {
    expect(process.env.TZ).toBe('America/New_York')
    expect(formatDate('2026-12-31T23:30:00Z', 'da')).toBe('fredag den 1. januar 2027')
  })

  it('never uses AM/PM or English month names in Danish', () => {
    for (let h = 0; h < 24; h++) {
      const text = formatDateTime(new Date(Date.UTC(2026, 0, 15, h)), 'da')
      expect(text).not.toMatch(/AM|PM|January/i)
    }
  })
})

describe('numbers, prices and phone numbers', () => {
  it('formats numbers per language', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  })

  it('writes prices in kroner, kept on one line, and free as a word', () => {
    // A no-break space keeps the amount and the currency together when the line wraps.
    expect(formatPrice(150, 'da')).toBe('150\u00a0kr.')
    expect(formatPrice(37.5, 'da')).toBe('37,50\u00a0kr.')
    expect(formatPrice(1500, 'da')).toBe('1.500\u00a0kr.')
    expect(formatPrice(150, 'en')).toBe('DKK\u00a0150')
    expect(formatPrice(0, 'da')).toBe('Gratis')
    expect(formatPrice(null, 'en')).toBe('Free')
  })

  it('groups Danish phone numbers in pairs and links them with +45', () => {
    expect(formatPhone('43686868')).toBe('43 68 68 68')
    expect(formatPhone('+45 4368 6868')).toBe('43 68 68 68')
    expect(phoneHref('43 68 68 68')).toBe('tel:+4543686868')
    expect(phoneHref('+46 8 123 456 78')).toBe('tel:+46812345678')
  })
})
