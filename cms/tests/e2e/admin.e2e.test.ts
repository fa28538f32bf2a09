/**
 * The admin as an association volunteer sees it, in a real browser against the production
 * build: their own listings only, and a refused save explained beside the field in Danish.
 */
import type { BrowserContext, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { axeViolations, chromiumArgs, launchBrowser } from '@velkomst/testing/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterNavigation, clickWhenEnabled, fillField, openAdmin, signIn } from '../helpers/admin'
import { startCms, type RunningCms } from '../helpers/server'

const editor = { email: 'frivillig@test.dk', password: 'frivillig-password-1' }
let cms: RunningCms | undefined
let context: BrowserContext
let page: Page
let base = ''
let resetToken = ''

/** A volunteer's content, in a database built the way production builds it (migrations). */
async function prepareDatabase(payload: Payload) {
  const own = await payload.create({
    collection: 'associations',
    data: {
      name: 'Albertslund Skakklub',
      summary: 'Vi spiller skak.',
      status: 'active',
      _status: 'published',
    },
    draft: false,
  })
  await payload.create({
    collection: 'associations',
    data: {
      name: 'En anden forening',
      summary: 'Ikke din.',
      status: 'active',
      _status: 'published',
    },
    draft: false,
  })
  await payload.create({
    collection: 'users',
    data: { email: 'admin@test.dk', password: 'admin-password-1', role: 'admin' },
  })
  await payload.create({
    collection: 'venues',
    data: {
      name: 'Forbrændingen',
      address: { street: 'Kongsholmcentret 3', postcode: '2620', city: 'Albertslund' },
      // With opening hours: the admin does not publish a venue without any today ("Feltet er
      // ugyldigt: Regler"), a separate problem this test is not about.
      openingHours: { rules: [{ weekday: 'tu', opens: '12:00', closes: '22:00' }] },
      rooms: [
        {
          name: 'Salen',
          capacity: 200,
          borrowers: ['associations'],
          price: { free: true },
          booking: { url: 'https://example.org/lokaler' },
        },
      ],
      _status: 'published',
    },
    draft: false,
  })
  await payload.create({
    collection: 'users',
    data: { ...editor, role: 'association-editor', associations: [own.id] },
  })
  resetToken = await payload.forgotPassword({
    collection: 'users',
    data: { email: editor.email },
    disableEmail: true,
  })
}

beforeAll(async () => {
  cms = await startCms('e2e', prepareDatabase)
  base = cms.base
  context = await launchBrowser({ locale: 'da-DK', args: [...chromiumArgs, '--lang=da-DK'] })
  page = await context.newPage()
  await signIn(page, base, editor.email, editor.password)
})

afterAll(async () => {
  await context?.close()
  await cms?.stop()
})

describe('the sign-in page', () => {
  it("names the municipality's service, not the framework, in the admin's language", async () => {
    const browser = await launchBrowser({
      locale: 'da-DK',
      args: [...chromiumArgs, '--lang=da-DK'],
    })
    const p = await browser.newPage()
    await openAdmin(p, `${base}/admin/login`)
    const brand = await p.locator('.velkomst-brand').innerText()
    expect(brand).toContain('Albertslund Kommune')
    expect(brand).toContain('Redaktionen af velkomstsiden for nye borgere')
    expect(await p.title()).toMatch(/Velkomst/)
    expect(await p.title()).not.toMatch(/Payload/)
    const icon = await p.locator('link[rel=icon]').first().getAttribute('href')
    expect(icon).toBe('/velkomst.svg')
    expect((await fetch(`${base}${icon}`)).headers.get('content-type')).toContain('image/svg+xml')
    await browser.close()
  })
})

describe('the admin for an association volunteer', () => {
  it('lists only their own association and leaves out what they cannot change', async () => {
    await openAdmin(page, `${base}/admin/collections/associations`)
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(1)
    expect(await page.locator('table tbody').innerText()).toContain('Albertslund Skakklub')
    const nav = await page.locator('nav').first().innerText()
    expect(nav).not.toMatch(/Brugere|Steder|Fribilletter/)
  })

  it('explains a refused save beside the field, in Danish', async () => {
    await openAdmin(page, `${base}/admin/collections/associations`)
    await page.locator('table tbody tr a').first().click()
    await afterNavigation(page, /\/collections\/associations\/\d+/)
    const summary = page.locator('textarea[name="summary"]')
    // After a change the admin asks the server for the form's state; if that answer arrives after
    // the refused save, it replaces the field's error and only the notice remains (seen in about
    // one run in three). fillField waits for it before anything is clicked.
    await fillField(page, 'textarea[name="summary"]', 'x'.repeat(320))
    // The submit button is enabled once the form has taken the change; clicking before that
    // does nothing.
    const publish = page.getByRole('button', { name: /Send til godkendelse/ }).first()
    await expect.poll(() => publish.isEnabled(), { timeout: 15_000 }).toBe(true)
    await publish.click()
    const field = page.locator('.field-type', { has: summary })
    await expect.poll(() => field.getAttribute('class'), { timeout: 15_000 }).toContain('error')
    // Payload shows the message in a tooltip it marks as shown; it fades in, so read its text
    // rather than what is painted at this instant.
    const shown = field.locator('.field-error.tooltip--show')
    await expect
      .poll(() => shown.textContent(), { timeout: 15_000 })
      .toContain('Teksten er for lang: 320 tegn, højst 300.')
  })
})

describe('rooms to borrow, for staff', () => {
  it('explains a room without a way to book it beside the field, in Danish', async () => {
    const staff = await launchBrowser({ locale: 'da-DK', args: [...chromiumArgs, '--lang=da-DK'] })
    try {
      const p = await staff.newPage()
      await signIn(p, base, 'admin@test.dk', 'admin-password-1')
      await openAdmin(p, `${base}/admin/collections/venues`)
      await p.locator('table tbody tr a').first().click()
      await afterNavigation(p, /\/collections\/venues\/\d+/)
      await p.getByRole('button', { name: 'Lokaler til udlån' }).click()
      const url = 'input[name="rooms.0.booking.url"]'
      await expect.poll(() => p.locator(url).inputValue()).toBe('https://example.org/lokaler')
      await fillField(p, url, '')
      await clickWhenEnabled(p, /Offentliggør/)
      // The text field's own wrapper, not the row, group, array and tab around it.
      const field = p
        .locator(url)
        .locator(
          `xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field-type ')][1]`,
        )
      await expect.poll(() => field.getAttribute('class'), { timeout: 15_000 }).toContain('error')
      await expect
        .poll(() => field.locator('.field-error.tooltip--show').textContent(), { timeout: 15_000 })
        .toContain('Skriv, hvordan man booker lokalet')
    } finally {
      await staff.close()
    }
  })
})

describe('choosing a password from an invitation or reset link', () => {
  // WCAG 2.2 AA; Payload's own page chrome is not held to best practice here.
  const axe = (p: Page) => axeViolations(p, { bestPractice: false })

  it("sends Payload's own reset address to the form that takes a password manager's fill", async () => {
    const res = await fetch(`${base}/admin/reset/abc123`, { redirect: 'manual' })
    expect(res.status).toBeGreaterThanOrEqual(300)
    expect(res.status).toBeLessThan(400)
    expect(res.headers.get('location')).toMatch(/\/admin\/set-password\?token=abc123$/)
  })

  it('meets the accessibility bar in Danish and English, refused and not', async () => {
    // A browser of its own per language, signed out, as someone following the link from their
    // email is: the browser's language decides.
    for (const language of ['da', 'en']) {
      const tag = language === 'da' ? 'da-DK' : 'en-GB'
      const browser = await launchBrowser({ locale: tag, args: [...chromiumArgs, `--lang=${tag}`] })
      const p = await browser.newPage()
      await p.goto(`${base}/admin/set-password?token=${resetToken}`)
      expect(await p.locator('h1').innerText()).toBe(
        language === 'da' ? 'Vælg din adgangskode' : 'Choose your password',
      )
      expect(await axe(p)).toEqual([])
      await p.fill('#field-password', 'kort')
      await p.fill('#field-confirm-password', 'kort')
      await p.click('button[type=submit]')
      await p.locator('#field-password-error').waitFor()
      expect(await p.locator('#field-password-error').innerText()).toContain(
        language === 'da' ? 'mindst 10 tegn' : 'at least 10 characters',
      )
      expect(await p.getAttribute('#field-password', 'aria-describedby')).toContain(
        'field-password-error',
      )
      expect(await axe(p)).toEqual([])
      await p.goto(`${base}/admin/set-password?token=not-a-real-token`)
      expect(await p.locator('.velkomst-set-password__expired').innerText()).toContain(
        language === 'da' ? 'Linket virker ikke længere' : 'This link no longer works',
      )
      await browser.close()
    }
  })
})
