import { describe, expect, it } from 'vitest'

import { checkLink, firstDuplicate } from '../src/validation/index'

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
