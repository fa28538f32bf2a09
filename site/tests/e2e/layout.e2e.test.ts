/**
 * Every page the route table produces, built from the fixture with the longest values real content
 * has in every text field (long compound words, email addresses, web addresses, names): at
 * 320 px nothing scrolls sideways or runs past the edge (WCAG 1.4.10), and each page's landmarks
 * are unique (axe checks them too, on one page per template, in site.e2e.test.ts). New page kinds are covered as soon as the fixture has one. Also: the guide map
 * shows place names as text, whatever they contain.
 */
import { readdirSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Snapshot } from '@velkomst/shared/schemas'
import { launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../../server/static'
import { buildFixtureSite } from '../helpers/build'
import { fixtureSnapshot } from '../helpers/fixture'
import { LONG_EMAIL, LONG_WORD, withLongValues } from '../helpers/long'

const HOSTILE_NAME = '<img src=x onerror="window.__mapScript=1">Legepladsen & <b>søen</b>'
const TILES = 'https://tiles.invalid/{z}/{x}/{y}.png'

let server: Server
let base: string
let context: BrowserContext
let page: Page
let paths: string[]

/** Every page of a built site, as a path: what the route table produced. */
function sitePaths(dir: string, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return entry.name === 'pagefind'
        ? []
        : sitePaths(path.join(dir, entry.name), `${prefix}${entry.name}/`)
    }
    if (entry.name === 'index.html') return [prefix]
    return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : []
  })
}

beforeAll(async () => {
  const snapshot: Snapshot = withLongValues(fixtureSnapshot())
  const guide = snapshot.pages.find((p) => p.mapFeatures.length > 0)!
  guide.mapFeatures.push({
    kind: 'place',
    name: { da: HOSTILE_NAME, en: HOSTILE_NAME },
    description: null,
    geometry: { type: 'Point', coordinates: [12.358, 55.682] },
  })
  const site = await buildFixtureSite(snapshot, undefined, { MAP_TILE_URL: TILES })
  paths = sitePaths(site.out).sort()
  server = serveSite(site.out)
  base = await listen(server)
  context = await launchBrowser()
  // Map tiles are not fetched from anywhere: every tile is answered empty here.
  await context.route('https://tiles.invalid/**', (route) =>
    route.fulfill({ status: 204, body: '' }),
  )
  page = await context.newPage()
}, 240_000)
afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** What sticks out at the page's width: sideways scrolling, and text past the right edge. */
function overflow(p: Page) {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth
    const problems: string[] = []
    const scroll = document.documentElement.scrollWidth - width
    if (scroll > 0) problems.push(`scrolls ${scroll} px sideways`)
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue
      range.selectNodeContents(node)
      const box = range.getBoundingClientRect()
      if (box.width > 0 && box.right > width + 1) {
        const text = node.textContent.trim().slice(0, 40)
        problems.push(
          `“${text}” (${node.parentElement?.tagName}) ends at ${Math.round(box.right)} px`,
        )
      }
    }
    return problems
  })
}

/**
 * The page's landmarks that share a role and a name, and a missing or repeated main, banner or
 * contentinfo (axe's landmark rules, in one pass, fast enough for every page of a site).
 */
function landmarkProblems(p: Page) {
  return p.evaluate(() => {
    const sectioning = 'article, aside, main, nav, section'
    const roleOf = (el: Element): string | null => {
      const explicit = el.getAttribute('role')
      if (explicit) return explicit
      const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')
      switch (el.tagName.toLowerCase()) {
        case 'main':
          return 'main'
        case 'nav':
          return 'navigation'
        case 'aside':
          return 'complementary'
        case 'search':
          return 'search'
        case 'header':
          return el.parentElement?.closest(sectioning) ? null : 'banner'
        case 'footer':
          return el.parentElement?.closest(sectioning) ? null : 'contentinfo'
        case 'section':
          return named ? 'region' : null
        case 'form':
          return named ? 'form' : null
        default:
          return null
      }
    }
    const nameOf = (el: Element) => {
      const ids = el.getAttribute('aria-labelledby')
      if (ids) {
        return ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
      }
      return el.getAttribute('aria-label')?.trim() ?? ''
    }
    const seen = new Map<string, number>()
    const selector =
      'main, nav, aside, header, footer, section, form, search, [role=main], [role=navigation], ' +
      '[role=complementary], [role=banner], [role=contentinfo], [role=region], [role=form], [role=search]'
    for (const el of document.querySelectorAll(selector)) {
      const role = roleOf(el)
      if (!role || el.closest('[hidden], [aria-hidden="true"]')) continue
      const key = `${role} “${nameOf(el)}”`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    const problems = [...seen].filter(([, n]) => n > 1).map(([key, n]) => `${n} × ${key}`)
    const count = (role: string) =>
      [...seen].filter(([key]) => key.startsWith(`${role} `)).reduce((sum, [, n]) => sum + n, 0)
    if (count('main') !== 1) problems.push(`${count('main')} main landmarks`)
    for (const role of ['banner', 'contentinfo']) {
      if (count(role) > 1) problems.push(`${count(role)} ${role} landmarks`)
    }
    return problems
  })
}

describe('the longest real values on every page', () => {
  it('builds every page with the long values', () => {
    expect(paths.length).toBeGreaterThan(80)
    expect(paths).toContain('/foreninger/skakklubben/')
    expect(paths).toContain('/en/404/')
    expect(paths).toContain('/404.html')
  })

  it('reflows at 320 px on every page, with unique landmarks', async () => {
    await page.setViewportSize({ width: 320, height: 640 })
    const problems: string[] = []
    for (const p of paths) {
      await page.goto(base + p)
      for (const problem of await overflow(page)) problems.push(`${p}: ${problem}`)
      for (const problem of await landmarkProblems(page)) problems.push(`${p}: ${problem}`)
    }
    expect(problems).toEqual([])
    // The long values are there to be wrapped.
    await page.goto(`${base}/foreninger/skakklubben/`)
    expect(await page.textContent('main')).toContain(LONG_WORD)
    expect(await page.textContent('main')).toContain(LONG_EMAIL)
  }, 300_000)

  it('finds landmarks that repeat (the check can fail)', async () => {
    await page.goto(`${base}/`)
    await page.evaluate(() => {
      const extra = document.createElement('nav')
      extra.setAttribute('aria-label', document.querySelector('nav')!.getAttribute('aria-label')!)
      document.body.append(extra, document.createElement('main'))
    })
    expect(await landmarkProblems(page)).toEqual([
      expect.stringMatching(/^2 × navigation/),
      '2 × main “”',
      '2 main landmarks',
    ])
  })
})

describe('the guide map', () => {
  it('shows place names as text, never as markup', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${base}/guider/legepladser-og-gaature/`)
    await page.locator('.leaflet-interactive').first().waitFor()
    const markers = page.locator('.leaflet-interactive')
    const names: string[] = []
    for (let i = 0; i < (await markers.count()); i++) {
      await markers.nth(i).hover({ force: true })
      const tooltip = page.locator('.leaflet-tooltip').last()
      await tooltip.waitFor()
      names.push((await tooltip.textContent()) ?? '')
      expect(await tooltip.locator('img, b').count()).toBe(0)
    }
    expect(names).toContain(HOSTILE_NAME)
    expect(await page.evaluate(() => 'mapScript' in window || '__mapScript' in window)).toBe(false)
  })
})
