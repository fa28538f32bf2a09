/**
 * Good stories in a real browser, on a static build of the fixture: read with JavaScript off, and
 * search finding a story as a story. Axe on their pages in both languages, at 1280 and 320 px, is
 * with every other template's in site.e2e.test.ts.
 */
import type { Server } from 'node:http'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../../server/static'
import { buildFixtureSite } from '../helpers/build'

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

describe('stories without JavaScript', () => {
  it('are read from the home page to a story, to what it is about, in both languages', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false })
    try {
      const p = await noJs.newPage()
      await p.goto(`${base}/`)
      await p.click('a:text("Alle gode historier")')
      await p.waitForURL(`${base}/historier/`)
      expect(await p.textContent('h1')).toBe('Gode historier')
      await p.getByRole('link', { name: 'Skak & kage i fælleshuset' }).click()
      await p.waitForURL(`${base}/historier/skak-i-faelleshuset/`)
      expect(await p.textContent('.prose')).toContain('Det begyndte med en opslagstavle.')
      await p
        .locator('section[aria-labelledby="about"]')
        .getByRole('link', { name: 'Albertslund Skakklub' })
        .click()
      await p.waitForURL(`${base}/foreninger/skakklubben/`)
      expect(await p.textContent('#stories-heading')).toBe('Historier')
      await p.click('.lang-switch a[hreflang="en"]')
      await p.waitForURL(`${base}/en/associations/skakklubben/`)
      await p.click('section[aria-labelledby="stories-heading"] a')
      await p.waitForURL(`${base}/en/stories/skak-i-faelleshuset/`)
      expect(await p.textContent('h1')).toBe('Chess & cake at the community house')
    } finally {
      await noJs.close()
    }
  })
})

describe('search', () => {
  it('finds a story by its text, filtered as a story', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${base}/soeg/`)
    await page.waitForFunction(() => {
      const fieldset = document.querySelector('[data-search-filters]')
      return fieldset && !(fieldset as HTMLElement).hidden
    })
    await page.fill('#search-q', 'opslagstavle')
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('opslagstavle'),
    )
    const first = page.locator('[data-search-results] li').first()
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/historier/skak-i-faelleshuset/')
    expect(await page.locator('[data-search-filters]').textContent()).toContain('Historie')
    expect(await axeViolations(page)).toEqual([])
  })
})
