import { describe, expect, it } from 'vitest'

import { buildModel } from '../../src/lib/model'
import { alternatesByPath, sitePages } from '../../src/lib/pages'
import { alternates, href, localeOfPath, pathFor, segments } from '@velkomst/shared/routes'
import { fixtureSnapshot, FIXTURE_NOW } from '../helpers/fixture'

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
    expect(href('da', ['events', 'audience', 'aud-families'])).toBe(
      '/arrangementer/maalgruppe/boernefamilier/',
    )
    expect(href('en', ['events', 'audience', 'aud-families'])).toBe('/en/events/audience/families/')
  })

  it('gives every page of a build its equivalent in the other language, and no two pages one path', () => {
    const pages = sitePages(buildModel(fixtureSnapshot(), new Date(FIXTURE_NOW)))
    const seen = new Set<string>()
    for (const page of pages) {
      const [da, en] = alternates(page.route)
      expect(da?.path.startsWith('/en/')).toBe(false)
      expect(en?.path.startsWith('/en/')).toBe(true)
      expect(localeOfPath(en!.path)).toBe('en')
      for (const p of [da!.path, en!.path]) {
        expect(seen.has(p), `${p} is used twice`).toBe(false)
        seen.add(p)
      }
    }
    const map = alternatesByPath(pages)
    expect(map.get('/en/associations/skakklubben/')?.da).toBe('/foreninger/skakklubben/')
    expect(map.get('/velkommen/2026-q4/')?.en).toBe('/en/welcome/2026-q4/')
  })

  it('has a word for every segment in both languages, distinct where it is a section', () => {
    for (const [key, words] of Object.entries(segments)) {
      if (key === 'home') continue
      expect(words.da, key).toMatch(/^[a-z0-9-]+$/)
      expect(words.en, key).toMatch(/^[a-z0-9-]+$/)
    }
  })
})
