import { describe, expect, it } from 'vitest'

import { alternates, pathFor, segments } from '../src/lib/routes'

describe('localized routes', () => {
  it('puts Danish at the root and English under /en/', () => {
    expect(pathFor('da', 'home')).toBe('/')
    expect(pathFor('en', 'home')).toBe('/en/')
    expect(pathFor('da', 'associations', 'albertslund-skakklub')).toBe(
      '/foreninger/albertslund-skakklub/',
    )
    expect(pathFor('en', 'associations', 'albertslund-skakklub')).toBe(
      '/en/associations/albertslund-skakklub/',
    )
  })

  it('gives every page an equivalent in every language, and the paths differ', () => {
    for (const key of Object.keys(segments) as (keyof typeof segments)[]) {
      const [da, en] = alternates(key, 'x')
      expect(da?.locale).toBe('da')
      expect(en?.locale).toBe('en')
      expect(en?.path.startsWith('/en/')).toBe(true)
      expect(da?.path).not.toBe(en?.path)
    }
  })
})
