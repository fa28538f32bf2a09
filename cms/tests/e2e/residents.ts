/**
 * Residents' part of the journey (run by journey.e2e.test.ts against the whole system): a
 * resident adds an activity with JavaScript off, confirms their address from the printed email,
 * staff send it back with a message, the resident corrects it through the private link in the
 * next email, staff publish it, and it is on the site: the events list, its page (organised by
 * residents), the iCalendar feed and search. Axe on every page the resident sees.
 */
import type { BrowserContext } from 'playwright-core'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'
import { slugify } from '@velkomst/shared/slug'
import { dateKey } from '@velkomst/shared/time'
import { describe, expect, it } from 'vitest'

import { openAdmin, signIn, toast } from '../helpers/admin'
import { axeOnHtml, type System } from './newcomers'

/**
 * Axe on a site page the resident saw without JavaScript: the same address opened where axe
 * may run (it is a script), so the page's own stylesheets and links load as they did.
 */
async function axeAt(context: BrowserContext, url: string) {
  const page = await context.newPage()
  await page.goto(url)
  const violations = await axeViolations(page)
  await page.close()
  return violations
}

/** The link of the given kind in the newest printed email to `to`. */
function linkFor(output: string, to: string, purpose: 'confirm' | 'edit'): string | null {
  const emails = output.split('--- Email (not sent').filter((e) => e.includes(`To: ${to}`))
  const last = emails.at(-1) ?? ''
  return (
    new RegExp(`(https?://\\S+/api/activities/${purpose}\\?key=[^\\s)]+)`).exec(last)?.[1] ?? null
  )
}

export function residentsJourney(sys: System) {
  const mark = Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')
  const title = `Bytteaften ${mark}`
  const word = `byttemarked${mark}`
  const email = `bytte.${mark}@example.com`
  // Tomorrow: near the top of the events list.
  const day = dateKey(new Date(Date.now() + 24 * 3600 * 1000))
  const site = () => sys.site()
  let resident: BrowserContext

  const poll = async (find: () => string | null) => {
    let found: string | null = null
    await expect.poll(() => (found = find()), { timeout: 30_000, interval: 500 }).not.toBeNull()
    return found as unknown as string
  }

  describe('a resident adds an activity (JavaScript off, Danish)', () => {
    it('finds the form from "Vær med", is told what to fix with what they typed, then sends it', async () => {
      resident = await launchBrowser({ locale: 'da-DK', javaScriptEnabled: false })
      const page = await resident.newPage()
      await page.goto(`${site()}/vaer-med/`)
      await page.getByRole('link', { name: 'Tilføj en aktivitet' }).click()
      await page.waitForURL(/\/arrangementer\/tilfoej\/$/)
      expect(await axeAt(sys.context(), page.url())).toEqual([])
      await page.getByLabel('Aktivitetens navn').fill(title)
      await page
        .getByLabel('Kort beskrivelse', { exact: true })
        .fill(`Tag tøj, bøger og legetøj med, og byt med naboerne. ${word}`)
      await page.getByLabel('Dato', { exact: true }).fill(day)
      await page.getByLabel('Starter kl.').fill('18:00')
      await page.getByLabel('Slutter kl.').fill('17:00')
      await page.getByLabel('Én gang').check()
      await page.getByLabel('Dit navn eller jeres gruppes navn').fill('Bytteklubben')
      await page.getByLabel('Din e-mailadresse').fill(email)
      await page.getByLabel('Gratis', { exact: true }).check()
      await page.getByLabel(/Jeg accepterer/).check()
      await page.waitForTimeout(5200)
      await page.getByRole('button', { name: 'Send aktiviteten' }).click()
      await page.waitForURL(/\/api\/forms\/add-activity$/)
      expect(await page.title()).toMatch(/^Fejl: Tilføj en aktivitet/)
      const summary = await page.locator('.error-summary').innerText()
      expect(summary).toContain('Sluttidspunktet skal være efter starttidspunktet.')
      expect(summary).toContain('Vælg et sted, skriv hvor det er')
      expect(await page.inputValue('#add-activity-title')).toBe(title)
      expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])

      await page.getByLabel('Slutter kl.').fill('20:30')
      await page.getByLabel(/^Et andet sted \(valgfrit\)$/).fill('Gården bag Stationsvej 12')
      // The page the CMS answered carries a new signed time: a person takes a moment to correct.
      await page.waitForTimeout(5200)
      await page.getByRole('button', { name: 'Send aktiviteten' }).click()
      await page.waitForURL(/\/arrangementer\/tilfoej\/tak\/$/)
      expect(await page.locator('h1').innerText()).toBe('Tak! Se nu i din e-mail')
      expect(await axeAt(sys.context(), page.url())).toEqual([])
      await page.close()
    })

    it('is not on the site or before staff until confirmed; the printed link confirms it', async () => {
      const link = await poll(() => linkFor(sys.output(), email, 'confirm'))
      const page = await resident.newPage()
      await page.goto(link)
      expect(await page.locator('h1').innerText()).toBe('Bekræft din aktivitet')
      expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])
      await page.getByRole('button', { name: 'Bekræft og send til kommunen' }).click()
      await page.locator('h1', { hasText: 'Din aktivitet er sendt til kommunen' }).waitFor()
      expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])
      await page.close()
      // The same page in English (the link's language, or the one asked for).
      const english = await resident.newPage()
      await english.goto(`${link}&lang=en`)
      expect(await english.getAttribute('html', 'lang')).toBe('en')
      expect(await english.locator('h1').innerText()).toBe('Your activity is with staff now')
      expect(await axeOnHtml(sys.context(), await english.content())).toEqual([])
      await english.close()
    })
  })

  describe('staff and the resident', () => {
    it('staff see it as a resident submission and send it back with a message', async () => {
      const page = sys.page()
      await signIn(page, sys.cms(), 'staff@velkomst.demo', 'demo-staff-2026')
      await openAdmin(page, `${sys.cms()}/admin/review`)
      const item = page.locator('section', { has: page.getByRole('heading', { name: title }) })
      await expect.poll(() => item.innerText()).toContain('Borgerindsendelse fra Bytteklubben')
      expect(await item.innerText()).toContain('Besked til borgeren (sendes på e-mail)')
      await item.locator('textarea').fill('Skriv gerne, om man skal tage noget med.')
      await page.getByRole('button', { name: `Send tilbage: ${title}` }).click()
      await toast(page, /Sendt tilbage/)
    })

    it('the resident corrects it through the link in the email; it goes back to staff', async () => {
      const link = await poll(() => linkFor(sys.output(), email, 'edit'))
      const english = await resident.newPage()
      await english.goto(`${link}&lang=en`)
      expect(await english.locator('h1').innerText()).toBe('Correct your activity')
      expect(await english.locator('main').innerText()).toContain('Message from staff')
      expect(await axeOnHtml(sys.context(), await english.content())).toEqual([])
      await english.close()
      const page = await resident.newPage()
      await page.goto(link)
      expect(await page.locator('h1').innerText()).toBe('Ret din aktivitet')
      expect(await page.locator('main').innerText()).toContain(
        'Skriv gerne, om man skal tage noget med.',
      )
      expect(await page.inputValue('#add-activity-title')).toBe(title)
      expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])
      await page
        .getByLabel(/^Mere om aktiviteten \(valgfrit\)$/)
        .fill('Tag det med, du vil bytte væk. Kaffe er der.')
      await page.waitForTimeout(5200)
      await page.getByRole('button', { name: 'Send aktiviteten' }).click()
      await page.waitForURL(/\/arrangementer\/tilfoej\/sendt-igen\/$/)
      expect(await page.locator('h1').innerText()).toBe('Tak! Din aktivitet er sendt igen')
      await page.close()
    })

    it('staff publish it, and the site shows it as the residents’ in lists, feed and search', async () => {
      const page = sys.page()
      await openAdmin(page, `${sys.cms()}/admin/review`)
      const item = page.locator('section', { has: page.getByRole('heading', { name: title }) })
      await expect.poll(() => item.innerText()).toContain('Kaffe er der.')
      await page.getByRole('button', { name: `Offentliggør: ${title}` }).click()
      await toast(page, /Offentliggjort/)

      const text = async (p: string) => (await fetch(`${site()}${p}`)).text()
      await expect
        .poll(async () => (await text('/arrangementer/')).includes(title), { timeout: 120_000 })
        .toBe(true)
      const href = `/arrangementer/${slugify(title)}/`
      expect(await text('/arrangementer/')).toContain(`href="${href}"`)
      const eventPage = await resident.newPage()
      await eventPage.goto(`${site()}${href}`)
      expect(await eventPage.locator('main').innerText()).toMatch(
        /Arrangør\s+Arrangeret af borgere: Bytteklubben/,
      )
      expect(await eventPage.locator('main').innerText()).toContain('Gården bag Stationsvej 12')
      expect(await eventPage.locator('main').innerText()).not.toContain(email)
      expect(await axeAt(sys.context(), eventPage.url())).toEqual([])
      await eventPage.close()
      expect(await text('/feeds/da/events.ics')).toContain(`SUMMARY:${title}`)
      const search = await sys.context().newPage()
      await search.goto(`${site()}/soeg/?q=${word}`)
      await search.locator(`a[href$="${href}"]`).first().waitFor()
      await search.close()
      await resident.close()
    })
  })
}
