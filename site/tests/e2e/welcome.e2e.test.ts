/**
 * The practical welcome in real Chromium against a static build of the fixture: every guide's
 * map drawn at build time shows with JavaScript off and passes axe in both languages (so do the
 * venues map, the checklist and the waste guide, also at 320 px); the newcomer checklist with
 * JavaScript (ticks kept in the browser, across languages, cleared on request) and without (a
 * plain list); the waste guide found by an example, down to the fraction, in both languages.
 */
import type { Server } from 'node:http'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../../server/static'
import { buildFixtureSite } from '../helpers/build'
import { fixtureSnapshot } from '../helpers/fixture'

let server: Server
let base: string
let withJs: BrowserContext
let noJs: BrowserContext

beforeAll(async () => {
  const site = await buildFixtureSite()
  server = serveSite(site.out)
  base = await listen(server)
  withJs = await launchBrowser()
  // JavaScript off as the page sees it: a policy that lets no script of the page run, while the
  // test (and axe) still can. Chromium's own switch would stop axe as well.
  noJs = await launchBrowser()
  await noJs.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    })
  })
}, 240_000)
afterAll(async () => {
  await withJs?.close()
  await noJs?.close()
  await new Promise((resolve) => server?.close(resolve))
})

const fixture = fixtureSnapshot()
const guides = fixture.pages.filter((p) => p.mapFeatures.length > 0)

async function noHorizontalScroll(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
}

describe('maps drawn at build time, with JavaScript off', () => {
  const pages: [string, string][] = [
    ...guides.flatMap((g): [string, string][] => [
      [`guide ${g.slug} (da)`, `/guider/${g.slug}/`],
      [`guide ${g.slug} (en)`, `/en/guides/${g.slug}/`],
    ]),
    ['venues (da)', '/steder/'],
    ['venues (en)', '/en/venues/'],
  ]

  for (const [name, path] of pages) {
    it(`${name}: the map shows, named, and the page passes axe, wide and at 320 px`, async () => {
      const page = await noJs.newPage()
      try {
        await page.setViewportSize({ width: 1280, height: 900 })
        await page.goto(base + path)
        const wide = page.locator('.static-map-wide svg[role="img"]')
        await expect.poll(() => wide.isVisible()).toBe(true)
        expect((await wide.boundingBox())!.width).toBeGreaterThan(400)
        expect(await page.locator('.static-map-narrow svg[role="img"]').isVisible()).toBe(false)
        const label = await wide.evaluate((svg) =>
          (svg.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        )
        expect(label).toMatch(/^(Kort|Map)/)
        expect(label).toMatch(/(Nord er opad|North is up)/)
        expect(await axeViolations(page)).toEqual([])

        await page.setViewportSize({ width: 320, height: 700 })
        await page.reload()
        expect(await page.locator('.static-map-narrow svg[role="img"]').isVisible()).toBe(true)
        expect(await page.locator('.static-map-wide svg[role="img"]').isVisible()).toBe(false)
        expect(await noHorizontalScroll(page)).toBe(0)
        expect(await axeViolations(page)).toEqual([])
      } finally {
        await page.close()
      }
    })
  }

  it('lets a pointer open a venue from its marker', async () => {
    const page = await withJs.newPage()
    try {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(`${base}/steder/`)
      await page.locator('.static-map-wide .static-map-links a').first().click()
      await page.waitForURL(`${base}/steder/badesoeen/`)
    } finally {
      await page.close()
    }
  })
})

describe('the newcomer checklist', () => {
  it('is a plain list without JavaScript: steps, links, no boxes that do nothing', async () => {
    const page = await noJs.newPage()
    try {
      await page.goto(`${base}/ny-i-kommunen/`)
      expect(await page.locator('.checklist-step').count()).toBe(4)
      expect(await page.locator('.checklist-step').first().isVisible()).toBe(true)
      expect(await page.locator('input[data-step-check]:visible').count()).toBe(0)
      expect(await page.locator('[data-checklist-tools]').isVisible()).toBe(false)
      expect(await page.locator('.checklist a[href="/foreninger/"]').isVisible()).toBe(true)
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('ticks steps off in this browser, keeps them in both languages, announces progress, clears', async () => {
    const page = await withJs.newPage()
    try {
      await page.goto(`${base}/ny-i-kommunen/`)
      const progress = page.locator('[data-checklist-progress]')
      await expect.poll(() => progress.textContent()).toBe('0 af 4 trin er klaret')
      expect(await progress.getAttribute('role')).toBe('status')
      // Keyboard: Tab to the first box, Space ticks it.
      await page.locator('#step-adresse').focus()
      await page.keyboard.press('Space')
      await page.getByLabel('Find en forening').check()
      expect(await progress.textContent()).toBe('2 af 4 trin er klaret')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-forening')
      expect(await axeViolations(page)).toEqual([])

      await page.reload()
      await expect.poll(() => progress.textContent()).toBe('2 af 4 trin er klaret')
      expect(await page.locator('#step-adresse').isChecked()).toBe(true)

      await page.goto(`${base}/en/new-in-town/`)
      await expect
        .poll(() => page.locator('[data-checklist-progress]').textContent())
        .toBe('2 of 4 steps done')
      expect(await page.getByLabel('Find an association').isChecked()).toBe(true)
      expect(await axeViolations(page)).toEqual([])

      await page.getByRole('button', { name: 'Clear all ticks' }).click()
      expect(await page.locator('[data-checklist-progress]').textContent()).toBe(
        '0 of 4 steps done',
      )
      await page.reload()
      expect(await page.locator('input[data-step-check]:checked').count()).toBe(0)
      // Nothing but the ticks is stored, and only here.
      const stored = await page.evaluate(() => Object.keys(localStorage))
      expect(stored).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('passes axe at 320 px in both languages, without horizontal scrolling', async () => {
    const page = await withJs.newPage()
    try {
      await page.setViewportSize({ width: 320, height: 700 })
      for (const path of [
        '/ny-i-kommunen/',
        '/en/new-in-town/',
        '/guider/affald/',
        '/en/guides/affald/',
      ]) {
        await page.goto(base + path)
        expect(await noHorizontalScroll(page), path).toBe(0)
        expect(await axeViolations(page), path).toEqual([])
      }
    } finally {
      await page.close()
    }
  })

  it('prints the list with its steps and links, without the buttons', async () => {
    const page = await withJs.newPage()
    try {
      await page.goto(`${base}/ny-i-kommunen/`)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('[data-checklist-tools]').isVisible()).toBe(false)
      expect(await page.locator('.site-header').isVisible()).toBe(false)
      expect(await page.locator('.checklist-step').nth(3).isVisible()).toBe(true)
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.byteLength).toBeGreaterThan(1000)
    } finally {
      await page.close()
    }
  })
})

describe('the waste guide in search', () => {
  async function search(page: Page, path: string, query: string) {
    await page.goto(`${base}${path}?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
      query,
    )
    return page.locator('[data-search-results] .result-sections a').evaluateAll((as) =>
      as.map((a) => ({
        text: a.textContent ?? '',
        href: `${(a as HTMLAnchorElement).pathname}${(a as HTMLAnchorElement).hash}`,
      })),
    )
  }

  it('finds the fractions by an example, in Danish and in English, and leads to the fraction', async () => {
    const page = await withJs.newPage()
    try {
      const da = await search(page, '/soeg/', 'pizzabakke')
      expect(da).toEqual(
        expect.arrayContaining([
          { text: 'Pap', href: '/guider/affald/#waste-cardboard' },
          { text: 'Restaffald', href: '/guider/affald/#waste-residual' },
        ]),
      )
      expect(await axeViolations(page)).toEqual([])
      const en = await search(page, '/en/search/', 'pizza box')
      expect(en.map((l) => l.href)).toEqual(
        expect.arrayContaining([
          '/en/guides/affald/#waste-cardboard',
          '/en/guides/affald/#waste-residual',
        ]),
      )
      expect(en.find((l) => l.href.endsWith('#waste-cardboard'))!.text).toContain('Cardboard')
      // The Danish word from the bin, typed on the English site, finds it too.
      const danishWord = await search(page, '/en/search/', 'pizzabakke')
      expect(danishWord.map((l) => l.href)).toContain('/en/guides/affald/#waste-cardboard')
      // Batteries are hazardous waste.
      const batteries = await search(page, '/soeg/', 'batterier')
      expect(batteries.map((l) => l.href)).toContain('/guider/affald/#waste-hazardous')
      await page.locator('[data-search-results] a[href$="#waste-hazardous"]').first().click()
      await page.waitForURL(`${base}/guider/affald/#waste-hazardous`)
    } finally {
      await page.close()
    }
  })
})
