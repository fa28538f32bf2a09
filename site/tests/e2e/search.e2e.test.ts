/**
 * Search as newcomers use it, on a site built from the demo content (seeded and exported by the
 * CMS: `npm run snapshot -w @velkomst/seed`): every demo name with æ, ø or å, typed as
 * written, with ae/oe/aa and with a/o/a, finds the same first result in both languages; a search
 * that finds nothing offers what the site has and the other language's matches, announced and
 * passing axe.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales, type Locale } from '@velkomst/shared/locales'
import { parseSnapshot, type LocalizedText, type Snapshot } from '@velkomst/shared/schemas'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../../server/static'
import { buildFixtureSite, siteDir } from '../helpers/build'
import { FIXTURE_NOW } from '../helpers/fixture'

const run = promisify(execFile)

let snapshot: Snapshot
let server: Server
let base: string
let context: BrowserContext
let page: Page

beforeAll(async () => {
  const content = path.join(mkdtempSync(path.join(os.tmpdir(), 'velkomst-demo-')), 'content')
  await run(
    'npm',
    ['run', '--silent', 'snapshot', '-w', '@velkomst/seed', '--', content, FIXTURE_NOW],
    {
      cwd: path.resolve(siteDir, '..'),
    },
  )
  snapshot = parseSnapshot(JSON.parse(readFileSync(path.join(content, 'snapshot.json'), 'utf8')))
  const site = await buildFixtureSite(snapshot)
  server = serveSite(site.out)
  base = await listen(server)
  context = await launchBrowser()
  page = await context.newPage()
}, 240_000)
afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => server?.close(resolve))
})

const searchPage = (locale: Locale) => `${base}${locale === 'da' ? '/soeg/' : '/en/search/'}`

/** How people type the letters without a Danish keyboard (written here, not taken from the code). */
const typings = (name: string) => [
  name,
  name.replaceAll(/æ/gi, 'ae').replaceAll(/ø/gi, 'oe').replaceAll(/å/gi, 'aa'),
  name.replaceAll(/æ/gi, 'a').replaceAll(/ø/gi, 'o').replaceAll(/å/gi, 'a'),
]

/** The demo's names with æ, ø or å (venues, communities, associations, events), as shown. */
function demoNames(locale: Locale): string[] {
  const shown = (t: LocalizedText) => (locale === 'da' ? t.da : (t.en ?? t.da))
  const names = [
    ...[...snapshot.venues, ...snapshot.communities, ...snapshot.associations].map((x) => x.name),
    ...snapshot.events.map((e) => e.title),
  ].map(shown)
  return [...new Set(names.filter((n) => /[æøå]/i.test(n)))]
}

async function openSearch(locale: Locale) {
  await page.goto(searchPage(locale))
  await page.waitForFunction(
    () => !(document.querySelector('[data-search-filters]') as HTMLElement).hidden,
  )
}

/** The search page's results for a query, best first (its own queries, options and order). */
function results(query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const element = document.querySelector('site-search') as HTMLElement & {
      find: (q: string) => Promise<{ data: () => Promise<{ url: string }> }[]>
    }
    return Promise.all((await element.find(q)).map(async (r) => (await r.data()).url))
  }, query)
}
const firstResult = async (query: string) => (await results(query))[0] ?? null

async function type(query: string) {
  await page.fill('#search-q', query)
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
    query,
  )
  return (await page.textContent('[data-search-status]')) ?? ''
}

describe('Danish letters typed on any keyboard', () => {
  for (const { code: locale } of locales) {
    it(`finds every demo name with æ, ø or å the same three ways (${locale})`, async () => {
      await openSearch(locale)
      const names = demoNames(locale)
      expect(names.length).toBeGreaterThan(20)
      const differ: string[] = []
      for (const name of names) {
        const [exact, ...folded] = await Promise.all(typings(name).map(firstResult))
        expect(exact, `“${name}” finds nothing`).not.toBeNull()
        for (const [i, f] of folded.entries()) {
          if (f !== exact) differ.push(`“${typings(name)[i + 1]}”: ${f} instead of ${exact}`)
        }
      }
      expect(differ).toEqual([])
    })
  }

  it('shows the page as written, the word with the letter highlighted', async () => {
    await openSearch('da')
    const expected = await firstResult('Forbrændingen')
    expect(await type('forbrandingen')).toMatch(/^\d+ resultat(er)? for “forbrandingen”$/)
    const first = page.locator('[data-search-results] li').first()
    expect(await first.locator('h2 a').getAttribute('href')).toBe(expected)
    expect(await first.locator('h2 a').textContent()).toBe('Forbrændingen')
    const marks = await first.locator('mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark).toMatch(/^forbrænding/i)
    expect(await type('hyldespjaeldet')).toMatch(/resultat(er)? for “hyldespjaeldet”$/)
    // The page's text as written: never the index's spelling of æ and ø.
    const shown = (await page.locator('[data-search-results]').textContent()) ?? ''
    expect(shown).toContain('Hyldespjældet')
    expect(shown).not.toMatch(/[ȧȯȦȮ]/)
    expect(await axeViolations(page)).toEqual([])
  })

  it('ranks the exact spelling first', async () => {
    await openSearch('da')
    // "aldre" is a word of its own ("for alle aldre") and a way to type "ældre" without æ.
    const urls = await results('aldre')
    const exact = urls.indexOf('/foreninger/albertslund-if/')
    const folded = urls.indexOf('/foreninger/besoegsvennerne/')
    expect(exact).toBeGreaterThanOrEqual(0)
    expect(folded).toBeGreaterThan(exact)
    // Typed with æ, the other way round.
    const typed = await results('ældre')
    expect(typed.indexOf('/foreninger/besoegsvennerne/')).toBeGreaterThanOrEqual(0)
    expect(typed.indexOf('/foreninger/albertslund-if/')).toBeGreaterThan(
      typed.indexOf('/foreninger/besoegsvennerne/'),
    )
  })
})

describe('when a search finds nothing', () => {
  it('says so, offers what the site has and the English site’s matches, announced', async () => {
    await page.setViewportSize({ width: 320, height: 700 })
    const fetched: string[] = []
    const record = (r: { url: () => string }) => fetched.push(r.url())
    page.on('request', record)
    await openSearch('da')
    await type('badesøen')
    expect(fetched.some((u) => /\/pagefind\/.*\ben[_.]/.test(u))).toBe(false)
    expect(await page.isVisible('[data-search-help]')).toBe(false)

    expect(await type('lifeguard')).toBe('Ingen resultater for “lifeguard”')
    const elsewhere = page.locator('[data-search-elsewhere]')
    await elsewhere.locator('a').waitFor()
    expect(await elsewhere.getAttribute('role')).toBe('status')
    expect(await elsewhere.textContent()).toMatch(
      /^Det engelske site har \d+ resultat(er)? for “lifeguard”$/,
    )
    expect(await elsewhere.locator('a').getAttribute('href')).toBe('/en/search/?q=lifeguard')
    expect(await elsewhere.locator('a').getAttribute('hreflang')).toBe('en')
    // The English index was loaded for this, and only now.
    expect(fetched.some((u) => /\/pagefind\/.*\ben[_.]/.test(u))).toBe(true)

    const help = page.locator('[data-search-help]')
    expect(await help.isVisible()).toBe(true)
    expect(await help.locator('h2').textContent()).toBe('Find det på en anden måde')
    const links = await help
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(links).toContain('/foreninger/kategori/kultur/')
    expect(links).toContain('/foreninger/maalgruppe/seniorer/')
    expect(links).toContain('/faellesskaber/hyldespjaeldet/')
    expect(await page.locator('[data-search-results] ol').count()).toBe(0)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0)
    expect(await axeViolations(page)).toEqual([])

    // A search that finds something takes the help away again.
    await type('forbrændingen')
    expect(await help.isVisible()).toBe(false)
    expect(await elsewhere.textContent()).toBe('')
    page.off('request', record)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('on the English site, points to the Danish site’s matches', async () => {
    await openSearch('en')
    expect(await type('sandstrand')).toBe('No results for “sandstrand”')
    const elsewhere = page.locator('[data-search-elsewhere] a')
    await elsewhere.waitFor()
    expect(await elsewhere.textContent()).toMatch(
      /^The Danish site has \d+ results? for “sandstrand”$/,
    )
    expect(await elsewhere.getAttribute('href')).toBe('/soeg/?q=sandstrand')
    expect(await page.isVisible('[data-search-help]')).toBe(true)
    expect(await page.locator('[data-search-help] h2').textContent()).toBe('Find it another way')
    expect(await axeViolations(page)).toEqual([])
  })

  it('offers the other language’s matches for the words alone, not after filters', async () => {
    await openSearch('da')
    await page.selectOption('#sf-type', { label: 'Arrangement' })
    expect(await type('lifeguard')).toBe('Ingen resultater for “lifeguard”')
    await page.locator('[data-search-help]').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.textContent('[data-search-elsewhere]')).toBe('')
  })

  it('never leaves an empty page, even when no language has a match', async () => {
    await openSearch('en')
    expect(await type('xylofonkvintet')).toBe('No results for “xylofonkvintet”')
    await page.locator('[data-search-help]').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.locator('[data-search-help] a').count()).toBeGreaterThan(10)
    expect(await page.textContent('[data-search-elsewhere]')).toBe('')
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('many results', () => {
  for (const { code: locale } of locales) {
    it(`shows ten, then ten more on request, each fetched only when shown (${locale})`, async () => {
      const fragments: string[] = []
      const record = (r: { url: () => string }) => {
        if (r.url().includes('pf_fragment')) fragments.push(r.url())
      }
      await page.setViewportSize({ width: 320, height: 700 })
      await openSearch(locale)
      page.on('request', record)
      // Every association: more than twenty in the demo.
      await page.selectOption('#sf-type', { index: 1 })
      await page.waitForFunction(() =>
        /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      )
      const total = Number(/\d+/.exec((await page.textContent('[data-search-status]')) ?? '')![0])
      expect(total).toBeGreaterThan(20)
      const items = page.locator('[data-search-results] ol > li')
      const more = page.locator('[data-search-results] button.more-results')
      expect(await items.count()).toBe(10)
      await page.waitForLoadState('networkidle')
      expect(new Set(fragments).size).toBe(10)
      expect(await more.textContent()).toBe(
        locale === 'da' ? 'Vis flere resultater' : 'Show more results',
      )
      expect(await axeViolations(page)).toEqual([])

      const urls = new Set<string>()
      for (let shown = 10; shown < total; shown += 10) {
        await more.focus()
        await page.keyboard.press('Enter')
        await items.nth(shown).waitFor()
        // The focus is on the first new result, so reading goes on where the list grew.
        expect(
          await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.tagName),
        ).toBe('OL')
        expect(
          await items
            .nth(shown)
            .locator('h2 a')
            .evaluate((a) => a === document.activeElement),
        ).toBe(true)
        expect(await items.count()).toBe(Math.min(total, shown + 10))
      }
      for (const href of await items
        .locator('h2 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))
        urls.add(href)
      // Every match once, and no button left when all are shown.
      expect(urls.size).toBe(total)
      expect(await more.isHidden()).toBe(true)
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      page.off('request', record)
      await page.setViewportSize({ width: 1280, height: 900 })
    })
  }

  it('says so when more results cannot be fetched, keeps what is shown, and can try again', async () => {
    await openSearch('da')
    await page.selectOption('#sf-type', { index: 1 })
    const items = page.locator('[data-search-results] ol > li')
    const more = page.locator('[data-search-results] button.more-results')
    await more.waitFor()
    expect(await items.count()).toBe(10)
    await page.route('**/*.pf_fragment', (route) => route.abort())
    await more.click()
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.startsWith('Søgningen kunne'),
    )
    expect(await items.count()).toBe(10)
    expect(await more.isEnabled()).toBe(true)
    await page.unroute('**/*.pf_fragment')
    await more.click()
    await items.nth(10).waitFor()
    expect(await items.count()).toBe(20)
  })
})
