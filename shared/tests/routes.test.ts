import { describe, expect, it } from 'vitest'

import { locales } from '../src/i18n/locales'
import { defaultLocalePath, href, segments, type Route, type RouteKey } from '../src/routes'

const keys = Object.keys(segments) as RouteKey[]

describe('a path in the default language', () => {
  it('is found from any language’s path for every route word, alone and with slugs', () => {
    const routes: Route[] = [
      [],
      ...keys.map((k) => [k] as Route),
      ...keys.map((k) => [k, { slug: 'skakaften' }] as Route),
      ['associations', 'aud-seniors'],
      ['events', { slug: 'lynskak-2' }],
      ['welcome', { slug: '2026-q4' }],
      ...keys.map((k) => ['associations', k, { slug: 'side-2x' }] as Route),
    ]
    for (const route of routes) {
      for (const l of locales) {
        const path = href(l.code, route)
        expect(defaultLocalePath(path), path).toBe(href('da', route))
      }
    }
  })

  it('keeps slugs and unknown words as they are, and reads paths without slashes', () => {
    expect(defaultLocalePath('/en/events/chess-evening/')).toBe('/arrangementer/chess-evening/')
    expect(defaultLocalePath('/en/events/chess-evening')).toBe('/arrangementer/chess-evening/')
    expect(defaultLocalePath('/foreninger/skakklub/')).toBe('/foreninger/skakklub/')
    expect(defaultLocalePath('/en/')).toBe('/')
    expect(defaultLocalePath('/')).toBe('/')
    expect(defaultLocalePath('/en/nowhere/x/')).toBe('/nowhere/x/')
  })
})
