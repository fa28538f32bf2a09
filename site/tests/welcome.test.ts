/**
 * The practical welcome in a real build of the fixture: maps drawn at build time for every guide
 * and for the venues (true scale, numbered like the lists, no script), the newcomer checklist, the
 * structured waste guide and what Pagefind indexed of it in each language, and the link to the
 * municipality's own welcome page.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'

import { lengthOf } from '../src/lib/geo'
import { buildFixtureSite, type BuiltSite } from './helpers/build'
import { fixtureSnapshot } from './helpers/fixture'

let site: BuiltSite
const page = (p: string) => readFileSync(path.join(site.out, p, 'index.html'), 'utf8')
const fixture = fixtureSnapshot()

beforeAll(async () => {
  site = await buildFixtureSite()
}, 180_000)

/** The static map's SVGs on a page (the wide and the narrow drawing). */
function maps(html: string): string[] {
  const figure = html.match(/<figure class="static-map"[\s\S]*?<\/figure>/)?.[0] ?? ''
  return figure.match(/<svg viewBox[\s\S]*?<\/svg>/g) ?? []
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0

describe('maps drawn at build time', () => {
  const guides = fixture.pages.filter((p) => p.mapFeatures.length > 0)

  it('give every guide with places or routes an SVG map, in both languages, without a script', () => {
    expect(guides.length).toBeGreaterThanOrEqual(2)
    for (const guide of guides) {
      const places = guide.mapFeatures.filter((f) => f.kind === 'place').length
      const routes = guide.mapFeatures.filter((f) => f.kind === 'route').length
      for (const [p, north, title] of [
        [`guider/${guide.slug}`, 'Nord er opad.', `Kort: ${guide.title.da}`],
        [`en/guides/${guide.slug}`, 'North is up.', `Map: ${guide.title.en ?? guide.title.da}`],
      ] as const) {
        const html = page(p)
        const svgs = maps(html)
        expect(svgs, p).toHaveLength(2)
        for (const svg of svgs) {
          expect(svg).toMatch(
            /role="img" aria-labelledby="guide-map-(wide|narrow)-title guide-map-\1-desc"/,
          )
          expect(svg).toContain(`>${title}</title>`)
          expect(svg).toContain(north)
          expect(count(svg, /<g class="map-place">/g)).toBe(places)
          expect(count(svg, /<g class="map-route map-route-\d">/g)).toBe(routes)
          expect(count(svg, /<g class="map-badge/g)).toBe(routes)
          expect(svg).toMatch(/<g class="map-north"/)
          expect(svg).toMatch(/<g class="map-scale"[\s\S]*?<text[^>]*>\d+ (m|km)<\/text>/)
        }
        const figure = html.match(/<figure class="static-map"[\s\S]*?<\/figure>/)![0]
        expect(figure).not.toContain('<script')
        expect(figure).toContain('data-pagefind-ignore="all"')
      }
    }
  })

  it('number places and letter routes the same on the map and in the lists', () => {
    const html = page('guider/legepladser-og-gaature')
    const svg = maps(html)[0]!
    expect(svg).toMatch(/<g class="map-place"><circle[^>]*><\/circle><text[^>]*>1<\/text>/)
    expect(svg).toMatch(/<g class="map-badge map-route-0"><rect[^>]*><\/rect><text[^>]*>A<\/text>/)
    expect(html).toMatch(
      /<h3 class="card-title"><span class="map-key map-key-place">1<span class="visually-hidden">:<\/span><\/span>\s*<span[^>]*>Legepladsen ved Badesøen<\/span>/,
    )
    expect(html).toMatch(
      /<span class="map-key map-key-route map-route-0">A<span class="visually-hidden">:/,
    )
    // The names are on the map too.
    expect(svg).toContain('Legepladsen ved Badesøen')
  })

  it('draw to true scale: a route measured on the drawing with its scale bar is as long as it is', () => {
    const guide = fixture.pages.find((p) => p.slug === 'legepladser-og-gaature')!
    const route = guide.mapFeatures.find((f) => f.kind === 'route')!
    for (const svg of maps(page('guider/legepladser-og-gaature'))) {
      const d = svg.match(/<path class="map-route-line" d="([^"]+)"/)![1]!
      const points = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ])
      const units = points
        .slice(1)
        .reduce((s, p, i) => s + Math.hypot(p[0]! - points[i]![0]!, p[1]! - points[i]![1]!), 0)
      const bar = svg.match(/<rect class="map-scale-dark" x="0" y="0" width="([\d.]+)"/)![1]!
      const label = svg.match(/<g class="map-scale"[\s\S]*?<text[^>]*>(\d+) (m|km)<\/text>/)!
      const metres = Number(label[1]) * (label[2] === 'km' ? 1000 : 1)
      const metresPerUnit = metres / (Number(bar) * 2)
      expect(Math.abs(units * metresPerUnit - lengthOf(route)) / lengthOf(route)).toBeLessThan(0.01)
    }
  })

  it('map the venues with coordinates, each marker a link to its page, numbered as in the list', () => {
    for (const [p, venuePath] of [
      ['steder', '/steder/badesoeen/'],
      ['en/venues', '/en/venues/badesoeen/'],
    ] as const) {
      const html = page(p)
      const figure = html.match(/<figure class="static-map"[\s\S]*?<\/figure>/)![0]
      // One venue has coordinates, one has none (said in the caption).
      expect(count(maps(html)[0]!, /<g class="map-place">/g)).toBe(1)
      expect(figure).toContain(`<a href="${venuePath}" tabindex="-1">`)
      expect(figure).toMatch(/<svg class="static-map-links"[^>]*aria-hidden="true"/)
      expect(figure).toMatch(/1 (sted har ingen placering|venue has no location)/)
      expect(html).toMatch(
        new RegExp(
          `<span class="map-key map-key-place">1<span class="visually-hidden">:</span></span>\\s*<a href="${venuePath}"`,
        ),
      )
    }
  })
})

describe('the newcomer checklist', () => {
  it('is a page in both languages with its steps grouped, everyone first', () => {
    const da = page('ny-i-kommunen')
    const en = page('en/new-in-town')
    expect(da).toContain('<h1>Ny i kommunen</h1>')
    expect(en).toContain('<h1>New in town</h1>')
    const headings = [...da.matchAll(/<h2 id="(everyone|families|young-people|seniors)">/g)].map(
      (m) => m[1],
    )
    expect(headings).toEqual(['everyone', 'families', 'seniors'])
    expect(count(da, /<li class="checklist-step" data-step="[^"]+">/g)).toBe(4)
    // Without JavaScript: a plain list, the checkboxes hidden until the script shows them.
    expect(da).toMatch(/<input type="checkbox" id="step-adresse"[^>]* hidden/)
    expect(da).toMatch(/<div class="checklist-tools" hidden/)
    expect(da).toContain('data-storage-key="velkomst:checklist:ny-i-kommunen"')
  })

  it('says which links lead to Danish pages on the English page', () => {
    const en = page('en/new-in-town')
    expect(en).toContain('<a href="/en/associations/">')
    expect(en).toMatch(
      /<a href="https:\/\/www\.albertslundbibliotek\.dk\/" hreflang="da">[\s\S]*?<\/a>\s*\(in Danish\)/,
    )
    expect(page('ny-i-kommunen')).not.toContain('(på dansk)')
  })

  it('prints with an empty box before each step when nothing is ticked', () => {
    const css = readdirSync(path.join(site.out, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(path.join(site.out, '_astro', f), 'utf8'))
      .join('\n')
    expect(css).toMatch(
      /@media print\{[^@]*newcomer-checklist:not\(\[data-ready\]\) \.checklist-title:before\{content:"☐"/,
    )
  })

  it('is linked from the home page and the quarter’s page, with the municipality’s welcome page', () => {
    for (const p of ['', 'velkommen', 'velkommen/2026-q4', 'ny-i-kommunen']) {
      expect(page(p), p).toContain(
        '<a href="https://www.albertslund.dk/velkommen">Velkommen til Albertslund Kommune</a>',
      )
    }
    expect(page('en')).toContain(
      '<a href="https://www.albertslund.dk/en/welcome">Welcome to Albertslund Kommune</a>',
    )
    expect(page('')).toContain('<a href="/ny-i-kommunen/">Ny i kommunen</a>')
    expect(page('en/welcome')).toMatch(/<a href="\/en\/new-in-town\/">\s*<span>New in town<\/span>/)
  })
})

describe('the waste guide', () => {
  it('shows each fraction under its own heading, with where it goes and examples', () => {
    const da = page('guider/affald')
    expect(da).toMatch(/<h2 id="waste-cardboard">Pap\s*<\/h2>/)
    expect(da).toContain('Ren pizzabakke')
    expect(da).toMatch(
      /<strong>Hvor:<\/strong>\s*Beholder ved din bolig\.\s*<span>Den blå beholder/,
    )
    expect(da).toContain(
      '<a class="button" href="https://www.albertslund.dk/affald/toemmekalender">',
    )
  })

  it('gives the Danish names beside the English ones, marked as Danish, and says which links are in Danish', () => {
    const en = page('en/guides/affald')
    expect(en).toMatch(
      /<h2 id="waste-cardboard">Cardboard<span class="waste-danish"> \(in Danish: <span lang="da">Pap<\/span>\)/,
    )
    expect(en).toMatch(/Clean pizza box[\s\S]{0,80}\(<span lang="da">Ren pizzabakke<\/span>\)/)
    expect(en).toMatch(
      /href="https:\/\/www\.albertslund\.dk\/affald\/toemmekalender" hreflang="da"[\s\S]{0,200}\(in Danish\)/,
    )
    expect(en).toContain('href="https://www.albertslund.dk/en/bulky-waste"')
  })

  it('is in the search index of both languages with the fraction headings as anchors', () => {
    const dir = path.join(site.out, 'pagefind', 'fragment')
    const fragments = readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')
      return {
        lang: f.split('_')[0],
        ...(JSON.parse(raw.replace(/^pagefind_dcd/, '')) as {
          url: string
          content: string
          anchors: { id: string; text: string }[]
        }),
      }
    })
    for (const [lang, url, heading] of [
      ['da', '/guider/affald/', 'Pap'],
      ['en', '/en/guides/affald/', 'Cardboard'],
    ] as const) {
      const f = fragments.find((x) => x.url === url)
      expect(f, url).toBeDefined()
      expect(f!.lang).toBe(lang)
      expect(f!.content.toLowerCase()).toContain('pizzabakke')
      expect(f!.anchors.map((a) => a.id)).toEqual(
        expect.arrayContaining(['waste-cardboard', 'waste-residual', 'waste-hazardous']),
      )
      expect(f!.anchors.find((a) => a.id === 'waste-cardboard')!.text).toContain(heading)
    }
    expect(fragments.find((x) => x.url === '/en/guides/affald/')!.content).toContain('pizza box')
  })
})
