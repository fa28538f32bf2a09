import { describe, expect, it } from 'vitest'

import {
  checkHandedOutDay,
  checkLink,
  checkTicketCount,
  checkWithinTotal,
  firstDuplicate,
  statusWithUptake,
} from '../src/validation/index'

describe('links in structured content', () => {
  it('accepts absolute http(s) links and paths on the site', () => {
    for (const ok of [
      'https://www.borger.dk/flytning',
      'http://example.dk/',
      '/foreninger/',
      '/en/associations/#sport',
      '/guider/affald/?q=pizzabakke',
      '',
      null,
      undefined,
    ]) {
      expect(checkLink(ok), String(ok)).toBeNull()
    }
  })

  it('refuses scripts, other schemes, protocol-relative and malformed links', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/x',
      '/\\evil.example',
      'foreninger/',
      'www.borger.dk',
      '/med mellemrum/',
      'ftp://example.dk/',
      `https://example.dk/${'a'.repeat(2100)}`,
      42,
    ]) {
      expect(checkLink(bad), String(bad)).toEqual({ key: 'validation.link' })
    }
  })
})

describe('firstDuplicate', () => {
  it('names the first value given twice', () => {
    expect(firstDuplicate(['food', 'paper', 'food', 'paper'])).toBe('food')
    expect(firstDuplicate(['food', 'paper'])).toBeNull()
    expect(firstDuplicate([])).toBeNull()
  })
})

describe('recording tickets handed out', () => {
  it('takes whole numbers from 1 to 50, typed or not', () => {
    for (const ok of [1, 2, 50, '3', ' 7 ']) expect(checkTicketCount(ok), String(ok)).toBeNull()
    for (const bad of [0, -1, 51, 1.5, '1,5', '', 'to', null, undefined, NaN, Infinity, '1e1x']) {
      expect(checkTicketCount(bad), String(bad)).toEqual({
        key: 'validation.tickets.count',
        params: { max: 50 },
      })
    }
  })

  it('never takes an offer past its total, and says how many are left', () => {
    expect(checkWithinTotal(8, 2, 10)).toBeNull()
    expect(checkWithinTotal(8, 3, 10)).toEqual({
      key: 'validation.tickets.overTotal',
      params: { remaining: 2, total: 10 },
    })
    expect(checkWithinTotal(12, 1, 10)?.params).toEqual({ remaining: 0, total: 10 })
    expect(checkWithinTotal(5000, 50, null)).toBeNull()
  })

  it('takes a day up to today and within the offer’s validity', () => {
    const offer = { today: '2026-11-28', validFrom: '2026-10-01', validTo: '2026-12-31' }
    expect(checkHandedOutDay('2026-11-28', offer)).toBeNull()
    expect(checkHandedOutDay('2026-10-01T12:00:00.000Z', offer)).toBeNull()
    expect(checkHandedOutDay('2026-11-29', offer)).toEqual({ key: 'validation.tickets.future' })
    expect(checkHandedOutDay('2026-09-30', offer)).toEqual({
      key: 'validation.tickets.outsideValidity',
      params: { from: '2026-10-01', to: '2026-12-31' },
    })
    expect(checkHandedOutDay('i går', offer)).toEqual({ key: 'validation.date' })
  })

  it('sells an available offer out when its total is handed out, and nothing else', () => {
    expect(statusWithUptake('available', 10, 9)).toBe('available')
    expect(statusWithUptake('available', 10, 10)).toBe('sold-out')
    expect(statusWithUptake('available', 10, 12)).toBe('sold-out')
    expect(statusWithUptake('available', null, 10_000)).toBe('available')
    expect(statusWithUptake('withdrawn', 10, 10)).toBe('withdrawn')
    expect(statusWithUptake('sold-out', 10, 0)).toBe('sold-out')
  })
})
