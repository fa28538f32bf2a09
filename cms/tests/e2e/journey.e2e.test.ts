/**
 * The daily loop, in a real browser against the whole system started the way the README starts
 * it (`npm start`: migrations + demo content, the CMS's production build, the live site builder):
 * an association volunteer submits a change, staff publish it, residents find it on the site in
 * both languages; a trusted association publishes directly; a broken build leaves the site as it
 * was and tells staff why; invitations; what the REST API refuses.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import type { BrowserContext, Page } from 'playwright-core'
import { chromiumArgs, launchBrowser } from '@velkomst/testing/browser'
import { freePort } from '@velkomst/testing/net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { quarterOf } from '@velkomst/shared/quarter'

import { cmsRoot } from '../../src/paths'
import {
  afterNavigation,
  clickWhenEnabled as clickEnabled,
  fillField as fill,
  openAdmin,
  signIn,
  toast as toastOn,
} from '../helpers/admin'
import { newcomersJourney } from './newcomers'
import { residentsJourney } from './residents'

// Each step may wait for a site build; the whole system starts once for the file.
vi.setConfig({ testTimeout: 240_000 })

const root = path.resolve(cmsRoot, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'velkomst-journey-'))
const dbFile = path.join(dir, 'journey.db')
let system: ChildProcess | undefined
let output = ''
let context: BrowserContext
let page: Page
let cms = ''
let site = ''

/** Within this the site shows a publish (a full build is ~6 s at demo scale; CI is slower). */
const PUBLISH_TO_LIVE_MS = 120_000
/** Unique words, so the site and Pagefind can only show them if this run put them there. */
const mark = `${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x')}`
const danishWord = `brikkefest${mark}`
const englishWord = `pieceparty${mark}`
const eventTitle = `Lynskak ${mark}`

async function waitForOutput(text: string, ms: number) {
  const until = Date.now() + ms
  while (!output.includes(text)) {
    if (Date.now() > until)
      throw new Error(`"${text}" not printed; output:\n${output.slice(-3000)}`)
    if (system?.exitCode !== null) throw new Error(`npm start stopped:\n${output.slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

const login = (email: string, password: string) => signIn(page, cms, email, password)

const siteText = async (pathname: string) => {
  const res = await fetch(`${site}${pathname}`)
  return { status: res.status, text: await res.text() }
}

/** Polls the served site until the page contains the text. */
async function onSite(pathname: string, text: string) {
  await expect
    .poll(async () => (await siteText(pathname)).text.includes(text), {
      timeout: PUBLISH_TO_LIVE_MS,
      interval: 1000,
    })
    .toBe(true)
}

const api = async (pathname: string, init: RequestInit = {}) => {
  const res = await fetch(`${cms}/api${pathname}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
  }
}

const idOf = async (slug: string) => {
  const { body } = await api(`/associations?where[slug][equals]=${slug}&depth=0`)
  return (body.docs as { id: number }[])[0]!.id
}

const fillField = (selector: string, value: string) => fill(page, selector, value)
/**
 * What a browser sends with a request from the admin's own page: the CMS accepts the sign-in
 * cookie only from its own address (CSRF), and Playwright's API requests send no Origin.
 */
const sameOrigin = () => ({ Origin: cms })
const clickWhenEnabled = (name: RegExp) => clickEnabled(page, name)
const toast = (text: RegExp) => toastOn(page, text)

beforeAll(async () => {
  const cmsPort = await freePort()
  const sitePort = await freePort()
  cms = `http://localhost:${cmsPort}`
  site = `http://127.0.0.1:${sitePort}`
  system = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['tools/src/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      DATABASE_URL: `file:${dbFile}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SITE_BUILDS_DIR: path.join(dir, 'builds'),
      SITE_LIVE_LINK: path.join(dir, 'live'),
      SITE_REBUILD_MINUTES: '0',
      SMTP_HOST: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  system.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  system.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitForOutput('Velkomst is running.', 540_000)
  context = await launchBrowser({ locale: 'da-DK', args: [...chromiumArgs, '--lang=da-DK'] })
  page = await context.newPage()
}, 600_000)

afterAll(async () => {
  await context?.close()
  if (system?.pid) {
    process.kill(system.pid, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 2500))
    try {
      process.kill(-system.pid, 'SIGKILL')
    } catch {
      /* stopped cleanly */
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('an association volunteer (not trusted)', () => {
  it('edits the Danish and English summary, adds an event and submits them for review', async () => {
    await login('forening@velkomst.demo', 'demo-forening-2026')
    await page.getByRole('heading', { name: 'Dine foreninger' }).waitFor()
    // "Still correct" first: one click, thanked with the date.
    await page
      .getByRole('button', { name: 'Oplysningerne er stadig rigtige: Albertslund Skakklub' })
      .click()
    await toast(/Tak! Bekræftet/)
    await page.getByRole('link', { name: 'Redigér: Albertslund Skakklub' }).click()
    await afterNavigation(page, /\/collections\/associations\/\d+/)
    const editUrl = page.url().split('?')[0]!
    await fillField('textarea[name="summary"]', `Skak hver tirsdag. Snart ${danishWord}.`)
    await clickWhenEnabled(/Send til godkendelse/)
    await toast(/Sendt til godkendelse/)

    await openAdmin(page, `${editUrl}?locale=en`)
    await fillField('textarea[name="summary"]', `Chess every Tuesday. Soon a ${englishWord}.`)
    await clickWhenEnabled(/Send til godkendelse/)
    await toast(/Sendt til godkendelse/)

    // The event is added through the same REST API the admin's form posts to, in this session.
    const start = new Date(Date.now() + 7 * 24 * 3600 * 1000)
    start.setUTCHours(17, 0, 0, 0)
    const created = await page.request.post(`${cms}/api/events?draft=true&locale=da`, {
      headers: sameOrigin(),
      data: {
        title: eventTitle,
        summary: 'Hurtige partier for alle.',
        start: start.toISOString(),
        start_tz: 'Europe/Copenhagen',
        end: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
        end_tz: 'Europe/Copenhagen',
        placeText: 'Albertslund Bibliotek',
        organizers: [await idOf('albertslund-skakklub')],
        status: 'scheduled',
        price: { free: true },
        reviewState: 'submitted',
      },
    })
    expect(created.status()).toBe(201)
  })

  it("cannot open another association's edit page or the users list", async () => {
    const other = await idOf('albertslund-if')
    await openAdmin(page, `${cms}/admin/collections/associations/${other}`)
    // Payload sends them back to their list, saying the document was not found for them.
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain(`Dokumentet med ID ${other} kunne ikke findes`)
    expect(await page.locator('textarea[name="summary"]').count()).toBe(0)
    expect(await page.locator('body').innerText()).not.toContain('Albertslund Idrætsforening')
    await openAdmin(page, `${cms}/admin/collections/users`)
    await expect.poll(() => page.locator('body').innerText()).toContain('Intet fundet')
  })

  it('does not change the public site yet', async () => {
    const { text } = await siteText('/foreninger/albertslund-skakklub/')
    expect(text).toContain('Albertslund Skakklub')
    expect(text).not.toContain(danishWord)
  })
})

describe('staff review', () => {
  it('shows the submission with what changed, and publishes it', async () => {
    await login('staff@velkomst.demo', 'demo-staff-2026')
    await openAdmin(page, `${cms}/admin/review`)
    const item = page.locator('section', {
      has: page.getByRole('heading', { name: /Albertslund Skakklub/ }),
    })
    await expect.poll(() => item.innerText()).toContain(danishWord)
    expect(await item.innerText()).toContain(englishWord)
    expect(await item.innerText()).toContain('Karim fra Skakklubben')
    await page.getByRole('button', { name: 'Offentliggør: Albertslund Skakklub' }).click()
    await toast(/Offentliggjort/)
    await page.getByRole('button', { name: `Offentliggør: ${eventTitle}` }).click()
    await expect
      .poll(() => page.locator('main, .velkomst-review').first().innerText(), { timeout: 20_000 })
      .toContain('Ingen ændringer venter på godkendelse.')
  })

  it('the site then shows it in Danish and English, and Pagefind finds it in each', async () => {
    await onSite('/foreninger/albertslund-skakklub/', danishWord)
    await onSite('/en/associations/albertslund-skakklub/', englishWord)
    const search = await context.newPage()
    await search.goto(`${site}/soeg/?q=${danishWord}`)
    await search.locator('a[href$="/foreninger/albertslund-skakklub/"]').first().waitFor()
    await search.goto(`${site}/en/search/?q=${englishWord}`)
    await search.locator('a[href$="/en/associations/albertslund-skakklub/"]').first().waitFor()
    await search.close()
  })

  it('the event is in the events list and the iCalendar feed', async () => {
    await onSite('/arrangementer/', eventTitle)
    const feed = await siteText('/feeds/da/events.ics')
    expect(feed.status).toBe(200)
    expect(feed.text).toContain(`SUMMARY:${eventTitle}`)
  })
})

describe('a trusted association', () => {
  it('publishes directly, and the site shows it', async () => {
    await login('idraet@velkomst.demo', 'demo-idraet-2026')
    await page.getByRole('link', { name: 'Redigér: Albertslund Idrætsforening' }).click()
    await afterNavigation(page, /\/collections\/associations\/\d+/)
    expect(await page.getByRole('button', { name: /Send til godkendelse/ }).count()).toBe(0)
    await fillField('textarea[name="summary"]', `Fodbold og ${danishWord}-stafet.`)
    await clickWhenEnabled(/Offentliggør/)
    await toast(/./)
    await onSite('/foreninger/albertslund-if/', `${danishWord}-stafet`)
  })
})

describe('a failed build', () => {
  const db = () => new DatabaseSync(dbFile)

  it('leaves the last good site served and tells staff what failed', async () => {
    // Injected: a slug the CMS would never accept, written straight into the database.
    const sqlite = db()
    sqlite.exec(
      `UPDATE associations SET slug = 'Ikke en adresse' WHERE slug = 'albertslund-svoemmeklub'`,
    )
    sqlite.close()
    await login('staff@velkomst.demo', 'demo-staff-2026')
    await page.getByRole('button', { name: 'Opdatér hjemmesiden nu' }).click()
    const failure = page.locator('.velkomst-home__error')
    await failure.waitFor({ timeout: PUBLISH_TO_LIVE_MS })
    const message = await failure.innerText()
    expect(message).toContain('Den seneste opdatering af hjemmesiden mislykkedes')
    expect(message).toMatch(/slug/)
    const still = await siteText('/foreninger/albertslund-svoemmeklub/')
    expect(still.status).toBe(200)
    expect(still.text).toContain('Albertslund Svømmeklub')
  })

  it('clears once the content is right again', async () => {
    const sqlite = db()
    sqlite.exec(
      `UPDATE associations SET slug = 'albertslund-svoemmeklub' WHERE slug = 'Ikke en adresse'`,
    )
    sqlite.close()
    await page.getByRole('button', { name: 'Opdatér hjemmesiden nu' }).click()
    await expect
      .poll(() => page.locator('.velkomst-home__error').count(), { timeout: PUBLISH_TO_LIVE_MS })
      .toBe(0)
    await expect
      .poll(() => page.locator('.velkomst-home__builds tbody tr').first().innerText())
      .toContain('Lykkedes')
  })
})

describe('the welcome letter', () => {
  it('staff see its checks, preview it and download its PDF', async () => {
    await login('staff@velkomst.demo', 'demo-staff-2026')
    await openAdmin(page, `${cms}/admin/collections/welcome-letters`)
    await page.locator('table tbody tr a').first().click()
    await afterNavigation(page, /\/collections\/welcome-letters\/\d+/)
    const tools = page.locator('.velkomst-letter')
    await expect.poll(() => tools.innerText(), { timeout: 20_000 }).toContain('Tjek før afsendelse')
    const preview = await page
      .getByRole('link', { name: 'Se brevet på dansk' })
      .getAttribute('href')
    const html = await page.request.get(`${cms}${preview}`, { headers: sameOrigin() })
    expect(html.status()).toBe(200)
    expect(await html.text()).toContain('Velkommen til Albertslund Kommune')
    const pdfLink = await page
      .getByRole('link', { name: 'Hent PDF på engelsk' })
      .getAttribute('href')
    const pdf = await page.request.get(`${cms}${pdfLink}`, { headers: sameOrigin() })
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    // Copy to next quarter: opens the new draft letter.
    const letterUrl = page.url()
    await page.getByRole('button', { name: /Kopiér brev og fribilletter til/ }).click()
    await toast(/Kopieret til \d{4}-Q\d som kladde/)
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toBe(letterUrl)
  })
})

describe('free tickets handed out at the desk', () => {
  const offerTitle = 'Prøv Forbrændingens Værksted'

  it('staff find the offer’s desk link, with its QR code, on the offer', async () => {
    await login('staff@velkomst.demo', 'demo-staff-2026')
    // This quarter's (the letter's copy to next quarter, made above, has the same title).
    const found = await page.request.get(
      `${cms}/api/ticket-offers?where[title][equals]=${encodeURIComponent(offerTitle)}&where[quarter][equals]=${quarterOf(new Date())}&depth=0`,
      { headers: sameOrigin() },
    )
    const offer = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
    await openAdmin(page, `${cms}/admin/collections/ticket-offers/${offer.id}`)
    const panel = page.locator('.velkomst-desk')
    await expect
      .poll(() => panel.innerText(), { timeout: 20_000 })
      .toContain('Link til billetskranken')
    expect(await panel.locator('svg[role="img"]').count()).toBe(1)
    const href = await panel
      .getByRole('link', { name: 'Åbn skranken (Dansk)' })
      .getAttribute('href')
    expect(href).toMatch(new RegExp(`^${cms}/api/ticket-desk/[A-Za-z0-9_-]{22}\\?lang=da$`))
  })

  it('a volunteer records tickets on a phone until none are left; the site says sold out by itself', async () => {
    const link = await page
      .locator('.velkomst-desk')
      .getByRole('link', { name: 'Åbn skranken (Dansk)' })
      .getAttribute('href')
    // Before: available on the quarter's page.
    const card = async (pathname: string, title = offerTitle) => {
      const { text } = await siteText(pathname)
      const item = text
        .split('<li class="card offer ')
        .slice(1)
        .find((li) => li.includes(title))
      return item?.slice(0, item.indexOf('"')) ?? ''
    }
    expect(await card('/velkommen/')).toBe('offer-available')

    // A phone with no account and no cookies, on the link.
    const phone = await launchBrowser({ locale: 'da-DK', viewport: { width: 320, height: 640 } })
    try {
      const desk = await phone.newPage()
      await desk.goto(link!)
      const left = async () =>
        Number(/(\d+) tilbage\./.exec((await desk.textContent('.count')) ?? '')?.[1])
      const remaining = await left()
      expect(remaining).toBeGreaterThan(2)
      // One tap: a household's ticket.
      await desk.getByRole('button', { name: 'Registrér 1 billet' }).click()
      await desk.waitForURL(/recorded=\d+/)
      expect(await desk.locator('[role="status"]').innerText()).toContain('Registreret: 1 billet')
      expect(await left()).toBe(remaining - 1)
      const record = async (n: number) => {
        const before = desk.url()
        await desk.fill('#count-other', String(n))
        await desk.getByRole('button', { name: 'Registrér', exact: true }).click()
        await desk.waitForURL((url) => url.href !== before && /recorded=\d+/.test(url.href))
      }
      // Most of the rest at once (at most 50 a record), keeping a few back.
      let rest = remaining - 1
      while (rest > 40) {
        const n = Math.min(50, rest - 10)
        await record(n)
        rest -= n
      }
      // One too many: refused in Danish, next to the field, with the number still there.
      await desk.fill('#count-other', String(rest + 1))
      await desk.getByRole('button', { name: 'Registrér', exact: true }).click()
      expect(await desk.locator('.summary').innerText()).toContain(
        `Der er kun ${rest} billetter tilbage`,
      )
      expect(await desk.inputValue('#count-other')).toBe(String(rest + 1))
      await record(rest)
      expect(await desk.locator('main').innerText()).toContain('Alle billetter er givet ud.')
    } finally {
      await phone.close()
    }

    // No one publishes anything: the site rebuilds and the offer is sold out, in both languages.
    await expect
      .poll(() => card('/velkommen/'), { timeout: PUBLISH_TO_LIVE_MS, interval: 1000 })
      .toBe('offer-sold-out')
    expect(await card('/en/welcome/', 'Try Forbrændingen’s workshop')).toBe('offer-sold-out')
  })

  it('staff see the uptake beside the letter and in the quarterly report, with a CSV', async () => {
    // This quarter's letter (the list starts with next quarter's copy, made above).
    const letters = await page.request.get(
      `${cms}/api/welcome-letters?where[quarter][equals]=${quarterOf(new Date())}&depth=0`,
      { headers: sameOrigin() },
    )
    const letter = ((await letters.json()) as { docs: { id: number }[] }).docs[0]!
    await openAdmin(page, `${cms}/admin/collections/welcome-letters/${letter.id}`)
    const uptake = page.locator('.velkomst-uptake-panel')
    await expect.poll(() => uptake.innerText(), { timeout: 20_000 }).toContain('Billetforbrug')
    const row = uptake.locator('tr', { hasText: `${offerTitle} (Udsolgt)` })
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.replace(/\s/g, ' '))
    expect(cells).toEqual(['60', '60', '0', '100 %'])
    await uptake.getByRole('link', { name: 'Se kvartalsrapporten' }).click()
    await afterNavigation(page, /\/admin\/ticket-report/)
    const report = page.locator('.velkomst-report')
    await expect.poll(() => report.innerText()).toContain('Velkomstbreve sendt')
    expect(await report.innerText()).toMatch(/Svar i kvartalet: \d+/)
    const csvHref = await report
      .getByRole('link', { name: /Hent rapporten som CSV/ })
      .getAttribute('href')
    const csv = await page.request.get(`${cms}${csvHref}`, { headers: sameOrigin() })
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(await csv.text()).toContain(`${offerTitle};Udsolgt;60;60;0;100`)
  })
})

describe('inviting an editor', () => {
  it('staff send an invitation; the link in the email lets the editor choose a password', async () => {
    await openAdmin(page, `${cms}/admin/collections/users`)
    await page.getByText('Invitér en redaktør').click()
    await page.getByLabel('E-mailadresse').fill('ny.frivillig@velkomst.demo')
    await page.getByLabel('Navn', { exact: true }).fill('Nadia')
    await page.getByLabel('Foreninger').selectOption({ label: 'Sprogcaféen' })
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await toast(/Invitationen er sendt til ny.frivillig@velkomst.demo/)
    await waitForOutput('To: ny.frivillig@velkomst.demo', 10_000)
    const email = output.slice(output.lastIndexOf('To: ny.frivillig@velkomst.demo'))
    const link = /(http:\/\/localhost:\d+\/admin\/set-password\?token=[\w-]+)/.exec(email)?.[1]
    expect(link, email.slice(0, 800)).toBeTruthy()
    await context.clearCookies()
    // Filled the way a password manager fills a form: both fields at once, submitted at once,
    // without waiting for any script.
    await page.goto(link!, { waitUntil: 'commit' })
    await page.fill('input[name=password]', 'nadias-eget-kodeord-1')
    await page.fill('#field-confirm-password', 'nadias-eget-kodeord-2')
    await page.click('button[type=submit]')
    // Refused: the reason beside the field and in a summary linked to it, in Danish.
    const error = page.locator('#field-confirm-password-error')
    await error.waitFor()
    expect(await error.innerText()).toContain('De to adgangskoder er ikke ens')
    expect(await page.getAttribute('#field-confirm-password', 'aria-invalid')).toBe('true')
    expect(await page.locator('[role=alert] a[href="#field-confirm-password"]').count()).toBe(1)
    await page.fill('input[name=password]', 'nadias-eget-kodeord-1')
    await page.fill('#field-confirm-password', 'nadias-eget-kodeord-1')
    await page.click('button[type=submit]')
    // Signed in straight away, on their own association.
    await afterNavigation(page, /\/admin\/?$/)
    await page.getByRole('heading', { name: 'Dine foreninger' }).waitFor()
    // And the password is theirs from now on.
    await login('ny.frivillig@velkomst.demo', 'nadias-eget-kodeord-1')
    await page.getByRole('heading', { name: 'Dine foreninger' }).waitFor()
    expect(await page.locator('.velkomst-home').first().innerText()).toContain('Sprogcaféen')
  })
})

describe('the REST API', () => {
  it('refuses the public drafts, users and unpublished content', async () => {
    const token = async (email: string, password: string) =>
      (await api('/users/login', { method: 'POST', body: JSON.stringify({ email, password }) }))
        .body.token as string
    const editor = await token('forening@velkomst.demo', 'demo-forening-2026')
    const staff = await token('staff@velkomst.demo', 'demo-staff-2026')
    const skak = await idOf('albertslund-skakklub')
    const draft = await api(`/associations/${skak}?draft=true&locale=da`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${editor}` },
      body: JSON.stringify({ summary: 'HEMMELIG KLADDE' }),
    })
    expect(draft.status).toBe(200)
    const publicView = await api(`/associations/${skak}?draft=true`)
    expect(JSON.stringify(publicView.body)).not.toContain('HEMMELIG')
    const listed = await api('/associations?draft=true&where[summary][like]=HEMMELIG')
    expect(listed.body.totalDocs).toBe(0)

    expect((await api('/users')).status).toBe(403)

    const unpublished = await api('/associations?draft=true', {
      method: 'POST',
      headers: { Authorization: `JWT ${staff}` },
      body: JSON.stringify({ name: 'Endnu ikke offentlig', summary: 'Kladde.', status: 'active' }),
    })
    const id = (unpublished.body.doc as { id: number }).id
    expect((await api(`/associations/${id}`)).status).toBe(404)
    expect(
      (await api(`/associations/${id}?draft=true`, { headers: { Authorization: `JWT ${editor}` } }))
        .status,
    ).toBe(404)
  })

  it('locks an account after five wrong passwords, even against the right one', async () => {
    const attempt = (password: string) =>
      api('/users/login', {
        method: 'POST',
        body: JSON.stringify({ email: 'ny.frivillig@velkomst.demo', password }),
      })
    for (let i = 0; i < 5; i++) expect((await attempt(`forkert-${i}`)).status).toBe(401)
    const locked = await attempt('nadias-eget-kodeord-1')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked|låst/i)
  })
})

newcomersJourney({
  page: () => page,
  context: () => context,
  cms: () => cms,
  site: () => site,
  waitForOutput,
  output: () => output,
})

residentsJourney({
  page: () => page,
  context: () => context,
  cms: () => cms,
  site: () => site,
  waitForOutput,
  output: () => output,
})
