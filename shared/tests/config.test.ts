import { describe, expect, expectTypeOf, it } from 'vitest'

import { ConfigError, readConfig } from '../src/config/index'

describe('readConfig', () => {
  it('gives typed values with their defaults', () => {
    const cms = readConfig('cms', {})
    expect(cms.MONGODB_TIMEOUT_MS).toBe(5000)
    expect(cms.SMTP_PORT).toBe(587)
    expect(cms.SITE_URL).toBeUndefined()
    expect(cms.VELKOMST_DEMO).toBeUndefined()
    expect(cms.SMTP_SECURE).toBe(false)
    expect(cms.DATABASE_URL).toBeUndefined()
    expectTypeOf(cms.MONGODB_TIMEOUT_MS).toEqualTypeOf<number>()
    expectTypeOf(cms.DATABASE_URL).toEqualTypeOf<string | undefined>()
    // A scope sees only its own variables.
    expect(cms).not.toHaveProperty('SITE_REBUILD_MINUTES')
    expect(readConfig('live', { SITE_REBUILD_MINUTES: ' 0 ' }).SITE_REBUILD_MINUTES).toBe(0)
  })

  it('treats an empty value as unset and trims the rest', () => {
    const site = readConfig('site', { CMS_URL: '', SITE_URL: ' https://velkommen.example.dk/ ' })
    expect(site.CMS_URL).toBeUndefined()
    expect(site.SITE_URL).toBe('https://velkommen.example.dk')
  })

  it('names every malformed variable at once, with what was expected', () => {
    const read = () =>
      readConfig('cms', {
        MONGODB_TIMEOUT_MS: 'soon',
        SITE_URL: 'velkommen.example.dk',
        SMTP_SECURE: 'maybe',
        DATABASE_URL: 'postgres://db',
      })
    expect(read).toThrow(ConfigError)
    const problems = (() => {
      try {
        read()
        return []
      } catch (error) {
        return (error as ConfigError).problems
      }
    })()
    expect(problems).toHaveLength(4)
    expect(problems.join('\n')).toMatch(
      /MONGODB_TIMEOUT_MS="soon" is not valid: expected a whole number/,
    )
    expect(problems.join('\n')).toMatch(/SITE_URL=.*expected an absolute http/)
    expect(problems.join('\n')).toMatch(/SMTP_SECURE=.*expected true or false/)
    expect(problems.join('\n')).toMatch(/DATABASE_URL=.*expected file:PATH or a mongodb/)
  })

  it('requires the production settings in production, not in a demo or during the build', () => {
    const production = { NODE_ENV: 'production' }
    expect(() => readConfig('cms', production)).toThrow(/PAYLOAD_SECRET is required in production/)
    expect(() => readConfig('cms', production)).toThrow(/SMTP_HOST is required in production/)
    expect(() => readConfig('cms', production)).toThrow(/CMS_PUBLIC_URL is required in production/)
    expect(() => readConfig('cms', { ...production, VELKOMST_DEMO: 'true' })).not.toThrow()
    expect(() =>
      readConfig('cms', { ...production, NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
    expect(() =>
      readConfig('cms', {
        ...production,
        PAYLOAD_SECRET: 'a'.repeat(32),
        SMTP_HOST: 'smtp.example.dk',
        CMS_PUBLIC_URL: 'https://cms.example.dk',
      }),
    ).not.toThrow()
  })
})
