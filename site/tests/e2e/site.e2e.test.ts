/**
 * The resident's journeys in a real browser against a static build of the fixture snapshot:
 * axe on every template in both languages (also at 320 px, with search results, with no results
 * and with filters applied), the skip link, the language switch, search per language, and the
 * directory with JavaScript off.
 */
import type { Server } from 'node:http'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../../server/static'
import { buildFixtureSite } from '../helpers/build'

/** One page per template, in Danish and English. */
const templates: [string, string, string][] = [
  ['home', '/', '/en/'],
  ['associations', '/foreninger/', '/en/associations/'],
  ['associations, filtered', '/foreninger/kategori/kultur/', '/en/associations/category/kultur/'],
  ['association', '/foreninger/skakklubben/', '/en/associations/skakklubben/'],
  ['association, Danish only', '/foreninger/kun-dansk/', '/en/associations/kun-dansk/'],
  ['venues', '/steder/', '/en/venues/'],
  ['venue', '/steder/badesoeen/', '/en/venues/badesoeen/'],
  ['events', '/arrangementer/', '/en/events/'],
  ['events this week', '/arrangementer/denne-uge/', '/en/events/this-week/'],
  ['event', '/arrangementer/natbad-over-sommertid/', '/en/events/natbad-over-sommertid/'],
  ['cancelled event', '/arrangementer/aflyst-koncert/', '/en/events/aflyst-koncert/'],
  ['communities', '/faellesskaber/', '/en/communities/'],
  ['community', '/faellesskaber/hyldespjaeldet/', '/en/communities/hyldespjaeldet/'],
  ['audience', '/for/boernefamilier/', '/en/for/families/'],
  ['guides', '/guider/', '/en/guides/'],
  ['guide with map data', '/guider/legepladser-og-gaature/', '/en/guides/legepladser-og-gaature/'],
  ['free tickets', '/velkommen/', '/en/welcome/'],
  ['free tickets, past quarter', '/velkommen/2026-q3/', '/en/welcome/2026-q3/'],
  ['search', '/soeg/', '/en/search/'],
  ['welcome ambassadors', '/ambassadoerer/', '/en/ambassadors/'],
  ['visit request form', '/ambassadoerer/besoeg/', '/en/ambassadors/visit/'],
  ['visit request, one ambassador', '/ambassadoerer/besoeg/amina/', '/en/ambassadors/visit/amina/'],
  ['visit request sent', '/ambassadoerer/tak/', '/en/ambassadors/thank-you/'],
  ['survey form', '/fortael-os/', '/en/tell-us/'],
  ['survey sent', '/fortael-os/tak/', '/en/tell-us/thank-you/'],
  ['privacy', '/privatliv/', '/en/privacy/'],
  ['four ways to take part', '/vaer-med/', '/en/take-part/'],
  ['volunteer', '/bliv-frivillig/', '/en/volunteer/'],
  [
    'associations by way',
    '/foreninger/deltagelse/medskabende/',
    '/en/associations/way/help-make-it-happen/',
  ],
  ['add an activity', '/arrangementer/tilfoej/', '/en/events/add/'],
  ['activity sent', '/arrangementer/tilfoej/tak/', '/en/events/add/thank-you/'],
  ['activity sent again', '/arrangementer/tilfoej/sendt-igen/', '/en/events/add/sent-again/'],
  ['rooms to borrow', '/laan-et-lokale/', '/en/borrow-a-room/'],
  ['stories', '/historier/', '/en/stories/'],
  ['story', '/historier/skak-i-faelleshuset/', '/en/stories/skak-i-faelleshuset/'],
  ['story, Danish only', '/historier/kun-paa-dansk/', '/en/stories/kun-paa-dansk/'],
  ['rooms, filtered', '/laan-et-lokale/uden-trin/', '/en/borrow-a-room/step-free/'],
  ['venue with rooms', '/steder/forbraendingen/', '/en/venues/forbraendingen/'],
  ['not found', '/findes-ikke/', '/en/does-not-exist/'],
]

let server: Server
let base: string
let context: BrowserContext
let page: Page

beforeAll(async () => {
  const site = await buildFixtureSite()
  server = serveSite(site.out)
  base = await listen(server)
  context = await launchBrowser()
  page = await context.newPage()
}, 240_000)
afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => server?.close(resolve))
})

const axe = (p: Page) => axeViolations(p)

async function waitForSearch(p: Page) {
  await p.waitForFunction(() => {
    const fieldset = document.querySelector('[data-search-filters]')
    return fieldset && !(fieldset as HTMLElement).hidden
  })
}

async function searchFor(p: Page, query: string) {
  await waitForSearch(p)
  await p.fill('#search-q', query)
  await p.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
    query,
  )
  return (await p.textContent('[data-search-status]')) ?? ''
}

describe('accessibility of every template (axe, WCAG 2.2 AA + best practice)', () => {
  for (const [name, da, en] of templates) {
    for (const [lang, path] of [
      ['da', da],
      ['en', en],
    ] as const) {
      it(`${name} (${lang}) has no violations, also at 320 px without horizontal scrolling`, async () => {
        await page.setViewportSize({ width: 1280, height: 900 })
        await page.goto(base + path)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await page.locator('h1').count()).toBe(1)
        expect(await axe(page)).toEqual([])
        await page.setViewportSize({ width: 320, height: 700 })
        await page.reload()
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow).toBe(0)
        expect(await axe(page)).toEqual([])
      })
    }
  }
})

describe('keyboard and language', () => {
  it('takes the first Tab to a visible skip link, which moves focus to the content', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${base}/en/events/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const box = el.getBoundingClientRect()
      return { text: el.textContent, cls: el.className, top: box.top, height: box.height }
    })
    expect(focused).toMatchObject({ text: 'Skip to content', cls: 'skip-link' })
    expect(focused.top).toBeGreaterThanOrEqual(0)
    expect(focused.height).toBeGreaterThan(20)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('switches language to the equivalent page, not the home page', async () => {
    await page.goto(`${base}/foreninger/skakklubben/`)
    await page.click('nav.lang-switch a[lang="en"]')
    await page.waitForURL(`${base}/en/associations/skakklubben/`)
    expect(await page.textContent('h1')).toBe('Albertslund Chess Club')
    await page.click('nav.lang-switch a[lang="da"]')
    await page.waitForURL(`${base}/foreninger/skakklubben/`)
  })
})

describe('filters', () => {
  it('filters the directory in place, announces the count and keeps focus', async () => {
    await page.goto(`${base}/foreninger/`)
    expect(await page.textContent('[data-filter-count]')).toBe('3 foreninger')
    await page.focus('#f-category')
    await page.selectOption('#f-category', { label: 'Kultur' })
    expect(await page.textContent('[data-filter-count]')).toBe('2 foreninger')
    expect(await page.getAttribute('[data-filter-count]', 'role')).toBe('status')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-category')
    await page.check('#f-social')
    expect(await page.textContent('[data-filter-count]')).toBe('1 forening')
    expect(await page.locator('li[data-filter-item]:visible').allTextContents()).toEqual([
      expect.stringContaining('Strikkecaféen'),
    ])
    expect(await axe(page)).toEqual([])
    await page.click('button[type="reset"]')
    await page.waitForFunction(
      () => document.querySelector('[data-filter-count]')?.textContent === '3 foreninger',
    )
  })

  it('filters rooms in place by size and step-free access, and announces the count', async () => {
    await page.goto(`${base}/en/borrow-a-room/`)
    expect(await page.textContent('[data-filter-count]')).toBe('3 rooms')
    await page.selectOption('#f-size', 'small')
    expect(await page.textContent('[data-filter-count]')).toBe('1 room')
    await page.check('#f-stepFree')
    expect(await page.textContent('[data-filter-count]')).toBe('0 rooms')
    await page.selectOption('#f-size', '')
    expect(await page.textContent('[data-filter-count]')).toBe('2 rooms')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-stepFree')
    expect(await axe(page)).toEqual([])
  })

  it('filters events by audience in English', async () => {
    await page.goto(`${base}/en/events/`)
    await page.selectOption('#f-audience', 'seniors')
    expect(await page.textContent('[data-filter-count]')).toBe('1 event')
    expect(await axe(page)).toEqual([])
  })
})

describe('search', () => {
  it('finds Danish content on a Danish page and announces the count', async () => {
    await page.goto(`${base}/soeg/`)
    const status = await searchFor(page, 'skak')
    expect(status).toMatch(/^\d+ resultat(er)? for “skak”$/)
    expect(await page.locator('[data-search-results] a').allTextContents()).toContain(
      'Albertslund Skakklub',
    )
    expect(await axe(page)).toEqual([])
  })

  it('says so when nothing is found, without an empty list', async () => {
    await page.goto(`${base}/soeg/`)
    expect(await searchFor(page, 'xylofonkvintet')).toBe('Ingen resultater for “xylofonkvintet”')
    expect(await page.locator('[data-search-results] ol').count()).toBe(0)
    expect(await axe(page)).toEqual([])
  })

  it('does not find text that is only in the header, footer or skip link', async () => {
    await page.goto(`${base}/soeg/`)
    // Words only in the demo notice (Pagefind matches partial words, so common words would
    // find content; the build test checks that header, footer and skip link are not indexed).
    for (const text of ['demoindhold', 'officielle']) {
      expect(await searchFor(page, text)).toMatch(/^Ingen resultater/)
    }
  })

  it('searches the English index from an English page', async () => {
    await page.goto(`${base}/en/search/`)
    expect(await searchFor(page, 'lifeguards')).toMatch(/^1 result for “lifeguards”$/)
    // Danish text shown as a fallback on English pages is left to the Danish index.
    expect(await searchFor(page, 'hygger')).toMatch(/^No results/)
    await page.goto(`${base}/soeg/`)
    expect(await searchFor(page, 'hygger')).toMatch(/^\d+ resultater? for “hygger”$/)
    const paths = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(paths).toContain('/foreninger/kun-dansk/')
  })

  it('narrows results with a filter and reads the query from the address', async () => {
    await page.goto(`${base}/soeg/?q=Albertslund&type=Forening`)
    await waitForSearch(page)
    await page.waitForFunction(() =>
      /resultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    )
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) expect(l).toMatch(/^\/foreninger\//)
    expect(await axe(page)).toEqual([])
  })
})

describe('without JavaScript', () => {
  it('shows the directory with working filter links and every page’s content', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false })
    try {
      const p = await noJs.newPage()
      await p.goto(`${base}/foreninger/`)
      expect(await p.locator('[data-filter-form]').isVisible()).toBe(false)
      expect(await p.locator('li[data-filter-item]').count()).toBe(3)
      await p.click('[data-filter-links] a:text("Kultur")')
      await p.waitForURL(`${base}/foreninger/kategori/kultur/`)
      expect(await p.textContent('h1')).toBe('Foreninger: Kultur')
      expect(await p.textContent('.count')).toBe('2 foreninger')
      await p.goto(`${base}/laan-et-lokale/`)
      expect(await p.locator('[data-filter-form]').isVisible()).toBe(false)
      await p.click('[data-filter-links] a:text("Kun adgang uden trin")')
      await p.waitForURL(`${base}/laan-et-lokale/uden-trin/`)
      expect(await p.textContent('.count')).toBe('2 lokaler')
      await p.click('[data-filter-links] a:text("Op til 20 personer")')
      await p.waitForURL(`${base}/laan-et-lokale/stoerrelse/lille/`)
      expect(await p.textContent('h1')).toBe('Lån et lokale: Op til 20 personer')
      await p.goto(`${base}/soeg/`)
      expect(await p.locator('[data-no-js]').isVisible()).toBe(true)
      await p.goto(`${base}/en/events/aflyst-koncert/`)
      expect(await p.textContent('.status')).toContain('Cancelled')
    } finally {
      await noJs.close()
    }
  })
})
