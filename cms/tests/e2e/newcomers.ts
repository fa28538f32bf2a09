/**
 * The newcomers' part of the journey (run by journey.e2e.test.ts against the whole system): a
 * newcomer follows the welcome letter's QR code to a visit request (with and without JavaScript,
 * in Danish and English, axe on every form state), staff assign it, the ambassador marks it met,
 * and the newcomer's survey answer shows in the quarter's chart. Nothing they sent is public.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'
import { quarterOf } from '@velkomst/shared/quarter'
import { welcomePath } from '@velkomst/shared/routes'
import { describe, expect, it } from 'vitest'

import { adminReady, afterNavigation, openAdmin, signIn, toast } from '../helpers/admin'

export interface System {
  page: () => Page
  context: () => BrowserContext
  cms: () => string
  site: () => string
  waitForOutput: (text: string, ms: number) => Promise<void>
  output: () => string
}

/**
 * Chooses in one of the admin's select or relationship fields by typing, as a keyboard user
 * does, and waits for the admin to take it.
 */
async function chooseIn(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(option)
  await page.locator('.rs__option', { hasText: option }).first().waitFor()
  const answered = page
    .waitForResponse((r) => r.request().method() === 'POST', { timeout: 10_000 })
    .catch(() => null)
  await page.keyboard.press('Enter')
  await answered
  await expect
    .poll(() => page.locator(`#field-${field} .rs__value-container`).innerText())
    .toContain(option)
}

/** A person needs a moment to fill in a form; the CMS refuses what comes faster (3 s). */
const humanPause = (page: Page) => page.waitForTimeout(3200)

/**
 * Axe on a page the CMS answered without JavaScript: the same HTML (its links and stylesheet are
 * absolute) in a page that may run axe.
 */
export async function axeOnHtml(context: BrowserContext, html: string) {
  const page = await context.newPage()
  await page.setContent(html, { waitUntil: 'load' })
  const violations = await axeViolations(page)
  await page.close()
  return violations
}

export function newcomersJourney(sys: System) {
  const mark = Date.now().toString(36)
  const danishName = `Nour Haddad ${mark}`
  const englishName = `Jamie Lee ${mark}`
  const hard = `Finding the bottle bank ${mark}`
  // The site's own origin: its scripts may read the CMS's answers (SITE_URL is localhost).
  const site = () => sys.site().replace('127.0.0.1', 'localhost')
  let requestId = 0
  let ticketsBefore = 0

  const staffToken = async () => {
    const res = await fetch(`${sys.cms()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'staff@velkomst.demo', password: 'demo-staff-2026' }),
    })
    return ((await res.json()) as { token: string }).token
  }
  const asStaff = async (path: string) => {
    const res = await fetch(`${sys.cms()}/api${path}`, {
      headers: { Authorization: `JWT ${await staffToken()}` },
    })
    return (await res.json()) as { docs: Record<string, unknown>[] }
  }
  /** The quarter's "Did you use the free tickets? Yes" count in the admin's survey results. */
  const ticketsYes = async (page: Page) => {
    await openAdmin(page, `${sys.cms()}/admin/survey-results`)
    const row = page
      .locator('section', { has: page.getByRole('heading', { name: /fribilletterne/ }) })
      .locator('table tbody tr', { has: page.getByRole('rowheader', { name: 'Ja', exact: true }) })
    return Number(await row.locator('td').first().innerText())
  }

  describe('a newcomer (JavaScript on, Danish)', () => {
    it('follows the QR code to the ambassadors and asks one for a visit, corrected in place', async () => {
      const page = sys.page()
      await page.context().clearCookies()
      await page.goto(`${site()}${welcomePath('da', quarterOf(new Date()))}`)
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('link', { name: 'Mød en velkomstambassadør' }).first().click()
      await page.waitForURL(/\/ambassadoerer\/$/)
      expect(await page.locator('h1').innerText()).toBe('Mød en velkomstambassadør')
      expect(await page.locator('main').innerText()).toContain('Sara Lindqvist')
      expect(await page.locator('main').innerText()).not.toContain('Henrik Madsen')
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('link', { name: 'Bed om et besøg af Amina Haddad' }).first().click()
      await page.waitForURL(/\/ambassadoerer\/besoeg\/amina-haddad\/$/)
      expect(await page.locator('#visit-request-ambassador option:checked').innerText()).toMatch(
        /^Amina Haddad/,
      )
      await page.waitForFunction(
        () => document.querySelector<HTMLInputElement>('input[name=_token]')?.value !== '',
      )
      expect(await axeViolations(page)).toEqual([])

      await page.getByLabel('Dit navn').fill(danishName)
      await page.getByRole('button', { name: 'Send anmodningen' }).click()
      const summary = page.locator('.error-summary')
      await summary.waitFor()
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
      expect(await page.title()).toMatch(/^Fejl: /)
      expect(await summary.innerText()).toContain('Skriv en e-mailadresse eller et telefonnummer')
      expect(await page.inputValue('#visit-request-name')).toBe(danishName)
      expect(page.url()).toMatch(/\/ambassadoerer\/besoeg\/amina-haddad\/$/)
      expect(await axeViolations(page)).toEqual([])

      await summary.getByRole('link', { name: /telefonnummer/ }).click()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('visit-request-email')
      await page.getByLabel('E-mailadresse').fill(`nour.${mark}@example.com`)
      await page.getByLabel('Hvilket sprog vil du helst tale?').selectOption('ar')
      await page.getByLabel(/Jeg siger ja/).check()
      await humanPause(page)
      await page.getByRole('button', { name: 'Send anmodningen' }).click()
      await page.locator('.form-sent').waitFor()
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Tak, vi har fået din anmodning',
      )
      expect(await axeViolations(page)).toEqual([])
      // The confirmation email, in Danish.
      await sys.waitForOutput(`To: nour.${mark}@example.com`, 20_000)
      const stored = await asStaff(
        `/visit-requests?where[name][equals]=${encodeURIComponent(danishName)}&depth=0`,
      )
      expect(stored.docs).toHaveLength(1)
      requestId = stored.docs[0]!.id as number
      expect(stored.docs[0]).toMatchObject({ status: 'new', language: 'ar', locale: 'da' })
    })
  })

  describe('the same form without JavaScript, in English', () => {
    it('brings mistakes back on a page in English with what was typed, then confirms', async () => {
      const context = await launchBrowser({ locale: 'en-GB', javaScriptEnabled: false })
      try {
        const page = await context.newPage()
        await page.goto(`${site()}/en/ambassadors/visit/`)
        await page.getByLabel('Your name').fill(englishName)
        await page.getByLabel('Phone number').fill('12')
        await page.getByLabel('What would you like to talk about?').fill('Clubs & <b>choirs</b>')
        await page.getByRole('button', { name: 'Send the request' }).click()
        await page.waitForURL(/\/api\/forms\/visit-request$/)
        expect(await page.getAttribute('html', 'lang')).toBe('en')
        expect(await page.title()).toMatch(/^Error: Ask for a visit/)
        const summary = page.locator('.error-summary')
        expect(await summary.innerText()).toContain('Enter a phone number of 8 to 15 digits')
        expect(await summary.locator('a[href="#visit-request-phone"]').count()).toBe(1)
        expect(await page.getAttribute('#visit-request-phone', 'aria-invalid')).toBe('true')
        expect(await page.inputValue('#visit-request-name')).toBe(englishName)
        expect(await page.inputValue('#visit-request-phone')).toBe('12')
        expect(await page.inputValue('#visit-request-message')).toBe('Clubs & <b>choirs</b>')
        expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])

        await page.getByLabel('Phone number').fill('+46 8 123 456 78')
        await page.getByLabel('Which language would you like to speak?').selectOption('en')
        await page.getByLabel(/I agree/).check()
        await humanPause(page)
        await page.getByRole('button', { name: 'Send the request' }).click()
        await page.waitForURL(/\/en\/ambassadors\/thank-you\/$/)
        expect(await page.locator('h1').innerText()).toBe(
          'Thank you, we have received your request',
        )
        const sent = page.url()
        const withScripts = await sys.context().newPage()
        await withScripts.goto(sent)
        expect(await axeViolations(withScripts)).toEqual([])
        await withScripts.close()

        // Sent at once from the static page (no script fetched a signed time): asked once more.
        await page.goto(`${site()}/en/tell-us/`)
        await page.locator('#survey-tickets').check()
        await page
          .getByLabel('What has been hard since you moved here?')
          .fill(`${hard} (no script)`)
        await page.getByRole('button', { name: 'Send the answers' }).click()
        await page.waitForURL(/\/api\/forms\/survey$/)
        expect(await page.locator('.form-notice').innerText()).toContain(
          'Check your answers and send again',
        )
        expect(await page.inputValue('#survey-hard')).toBe(`${hard} (no script)`)
        expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])
        // An email address without the tick is not kept quietly: the survey says so.
        await page.getByLabel('Email address').fill('jamie@example.com')
        await humanPause(page)
        await page.getByRole('button', { name: 'Send the answers' }).click()
        await page.waitForURL(/\/api\/forms\/survey$/)
        expect(
          await page.locator('.error-summary a[href="#survey-contact"]').innerText(),
        ).toContain('Tick the box if we may contact you')
        expect(await page.inputValue('#survey-email')).toBe('jamie@example.com')
        expect(await page.isChecked('#survey-tickets')).toBe(true)
        expect(await axeOnHtml(sys.context(), await page.content())).toEqual([])
        await page.getByLabel('Email address').fill('')
        await humanPause(page)
        await page.getByRole('button', { name: 'Send the answers' }).click()
        await page.waitForURL(/\/en\/tell-us\/thank-you\/$/)
      } finally {
        await context.close()
      }
      const stored = await asStaff(
        `/visit-requests?where[name][equals]=${encodeURIComponent(englishName)}&depth=0`,
      )
      expect(stored.docs[0]).toMatchObject({ locale: 'en', phone: '+46 8 123 456 78' })
    })
  })

  describe('staff and the ambassador', () => {
    it('staff assign the request to Amina in the admin, and she is emailed', async () => {
      const page = sys.page()
      await signIn(page, sys.cms(), 'staff@velkomst.demo', 'demo-staff-2026')
      ticketsBefore = await ticketsYes(page)
      await openAdmin(page, `${sys.cms()}/admin/collections/visit-requests/${requestId}`)
      await chooseIn(page, 'assignedTo', 'Amina Haddad')
      await page.getByRole('button', { name: 'Gem' }).click()
      await toast(page, /./)
      // A refused save says why in an error toast (an empty list of notes once was refused).
      expect(await page.locator('.toast-error').allInnerTexts()).toEqual([])
      await sys.waitForOutput('To: amina.haddad@example.com', 20_000)
      // Leaving the document releases staff's lock on it.
      await openAdmin(page, `${sys.cms()}/admin/collections/visit-requests`)
      const email = sys.output().slice(sys.output().lastIndexOf('To: amina.haddad@example.com'))
      expect(email).toContain(`/admin/collections/visit-requests/${requestId}`)
      expect(email).not.toContain(`nour.${mark}@example.com`)
    })

    it('the ambassador signs in, sees only her requests, and marks it met', async () => {
      const page = sys.page()
      await signIn(page, sys.cms(), 'ambassador@velkomst.demo', 'demo-ambassador-2026')
      await page.getByRole('heading', { name: 'Dine besøgsanmodninger' }).waitFor()
      await openAdmin(page, `${sys.cms()}/admin/collections/visit-requests`)
      const listed = await page.locator('table tbody').innerText()
      expect(listed).toContain(danishName)
      expect(listed).not.toContain(englishName)
      expect(listed).not.toContain('Mads Kristensen')
      await page.getByRole('link', { name: danishName }).click()
      await afterNavigation(page, /\/collections\/visit-requests\/\d+/)
      // Staff had it open a moment ago: Payload offers to take over their lock.
      const locked = page.locator('#document-locked')
      if (await locked.isVisible()) {
        await locked.getByRole('button', { name: /Overtag/ }).click()
        await locked.waitFor({ state: 'hidden' })
      }
      await chooseIn(page, 'status', 'Mødt')
      await page.getByRole('button', { name: 'Gem' }).click()
      await toast(page, /./)
      await adminReady(page)
      const stored = await asStaff(`/visit-requests?where[id][equals]=${requestId}&depth=0`)
      expect(stored.docs[0]).toMatchObject({ status: 'met' })
    })
  })

  describe("the newcomer's answer", () => {
    it('is counted in the quarter’s chart, with the text among the written answers', async () => {
      const page = sys.page()
      await page.context().clearCookies()
      await page.goto(`${site()}/en/tell-us/`)
      await page.waitForFunction(
        () => document.querySelector<HTMLInputElement>('input[name=_token]')?.value !== '',
      )
      expect(await axeViolations(page)).toEqual([])
      await page.getByLabel('The nature and green spaces').check()
      await page.locator('#survey-tickets').check()
      await page.getByLabel('What has been hard since you moved here?').fill(hard)
      await humanPause(page)
      await page.getByRole('button', { name: 'Send the answers' }).click()
      await page.locator('.form-sent').waitFor()
      expect(await axeViolations(page)).toEqual([])
      await signIn(page, sys.cms(), 'staff@velkomst.demo', 'demo-staff-2026')
      expect(await ticketsYes(page)).toBe(ticketsBefore + 1)
      expect(await page.locator('.velkomst-survey__texts').first().innerText()).toBeTruthy()
      expect(await page.locator('main, .velkomst-survey').first().innerText()).toContain(hard)
    })
  })

  describe('what the public can read', () => {
    it('no submission, through the API or the site', async () => {
      const get = (path: string) => fetch(`${sys.cms()}/api${path}`)
      for (const path of ['/visit-requests', '/survey-answers', '/form-attempts']) {
        expect((await get(path)).status, path).toBe(403)
      }
      const direct = await fetch(`${sys.cms()}/api/visit-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Around the form', email: 'x@example.com', status: 'new' }),
      })
      expect(direct.status).toBe(403)
      const ambassadors = await (await get('/ambassadors?depth=0&limit=100')).text()
      expect(ambassadors).toContain('Amina Haddad')
      expect(ambassadors).not.toContain('amina.haddad@example.com')
      expect(ambassadors).not.toContain('Leyla Demir')
      const snapshot = await (await get('/site-snapshot')).text()
      for (const secret of [danishName, englishName, hard, `nour.${mark}@example.com`]) {
        expect(snapshot).not.toContain(secret)
      }
    })
  })
}
