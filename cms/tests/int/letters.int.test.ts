/**
 * The welcome letter: warnings, the printable page and its PDF in both languages (text extracted
 * back out of the PDF, pages counted), the QR code decoded from a rendered image, and copying a
 * letter with its offers into the next quarter.
 */

import jsQR from 'jsqr'
import sharp from 'sharp'
import { extractText } from 'unpdf'
import type { BrowserContext } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { callEndpoint } from '../helpers/endpoints'
import { expectFieldError } from '../helpers/expectations'
import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let browser: BrowserContext
const users: Record<string, { id: number }> = {}
const ids: Record<string, number> = {}

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [
        { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

const GREETING_DA =
  'Kære nye nabo. Velkommen til Albertslund, en by med søer, stier og fællesskaber.'
const GREETING_EN =
  'Dear new neighbour. Welcome to Albertslund, a town of lakes, paths and communities.'

async function offer(data: Record<string, unknown>, publish = true) {
  const doc = await payload.create({
    collection: 'ticket-offers',
    data: { ...valid.ticketOffer(), ...data, _status: publish ? 'published' : 'draft' } as never,
    draft: !publish,
  })
  return doc.id
}

const call = (action: string, id: number, query = '', user = 'staff') =>
  callEndpoint(payload, {
    path: `/:id/${action}`,
    method: action === 'copy-to-next-quarter' ? 'post' : 'get',
    collection: 'welcome-letters',
    routeParams: { id },
    user: users[user],
    query,
  })

async function pdfOf(id: number, locale: 'da' | 'en') {
  const res = await callEndpoint(payload, {
    path: '/:id/pdf',
    method: 'get',
    collection: 'welcome-letters',
    routeParams: { id },
    user: users.staff,
    query: `locale=${locale}`,
    raw: true,
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  const bytes = new Uint8Array(await res.arrayBuffer())
  // drizzle-kit (the test databases' schema push) adds an enumerable Array.prototype.random,
  // which pdf.js refuses to run with; it is set aside while the PDF is read.
  const random = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (random) delete (Array.prototype as unknown as Record<string, unknown>).random
  const { totalPages, text } = await extractText(bytes.slice(), { mergePages: false }).finally(
    () => {
      if (random) Object.defineProperty(Array.prototype, 'random', random)
    },
  )
  return { bytes, totalPages, text: text.join('\n').replace(/\s+/g, ' ') }
}

async function htmlOf(id: number, locale: 'da' | 'en') {
  const res = await call('print', id, `locale=${locale}`)
  expect(res.status).toBe(200)
  return res.text
}

beforeAll(async () => {
  t = await startPayload('letters')
  payload = t.payload
  for (const [name, role] of [
    ['staff', 'staff'],
    ['editor', 'association-editor'],
  ] as const) {
    users[name] = await payload.create({
      collection: 'users',
      data: { email: `${name}@test.dk`, password: `${name}-password-1`, role },
    })
  }
  // A lake bath open only in summer, a culture house open on weekdays.
  const summer = await payload.create({
    collection: 'venues',
    data: {
      ...valid.venue(1),
      name: 'Badesøen',
      openingHours: {
        rules: [
          {
            weekday: 'sa',
            opens: '10:00',
            closes: '18:00',
            validFrom: '2026-06-01',
            validTo: '2026-08-31',
          },
        ],
      },
      _status: 'published',
    } as never,
  })
  const house = await payload.create({
    collection: 'venues',
    data: {
      ...valid.venue(2),
      name: 'Forbrændingen',
      openingHours: { rules: [{ weekday: 'fr', opens: '16:00', closes: '23:00' }] },
      _status: 'published',
    } as never,
  })
  const target = (id: number) => ({ relationTo: 'venues', value: id })
  ids.concert = await offer({ title: 'Koncert i Forbrændingen', target: target(house.id) })
  await payload.update({
    collection: 'ticket-offers',
    id: ids.concert,
    locale: 'en',
    data: { title: 'Concert at Forbrændingen', howToRedeem: 'Show the letter at the door.' },
  })
  ids.cinema = await offer({
    title: 'Biografbilletter',
    status: 'sold-out',
    target: target(house.id),
  })
  ids.winterBath = await offer({ title: 'Vinterbadning', target: target(summer.id) })
  ids.nowhere = await offer({ title: 'Overraskelse' })
  ids.draft = await offer({ title: 'Endnu ikke klar', target: target(house.id) }, false)
  // An offer at a venue that is deleted afterwards, and one the letter leaves out.
  const gone = await payload.create({
    collection: 'venues',
    data: { ...valid.venue(3), name: 'Nedlagt sted', _status: 'published' } as never,
  })
  ids.goneVenue = await offer({ title: 'Billetter til nedlagt sted', target: target(gone.id) })
  // Deleting it is refused while the published offer uses it; the database is told directly, as
  // for a venue deleted before that rule (or by hand).
  await payload.db.deleteOne({ collection: 'venues', where: { id: { equals: gone.id } } })
  await offer({ title: 'Kun på hjemmesiden', target: target(house.id) })
  const letter = await payload.create({
    collection: 'welcome-letters',
    data: {
      quarter: '2026-Q4',
      greeting: lexical(GREETING_DA),
      signatureName: 'Steen Christiansen',
      signatureTitle: 'Borgmester',
      offers: [ids.concert, ids.cinema, ids.winterBath, ids.nowhere, ids.draft, ids.goneVenue],
      status: 'draft',
    } as never,
    locale: 'da',
  })
  ids.letter = letter.id
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await t?.cleanup()
})

describe('warnings', () => {
  it('name every problem in the admin language, without stopping the save', async () => {
    const { loadLetter } = await import('../../src/letters/load')
    const { letterWarnings } = await import('../../src/letters/warnings')
    const loaded = await loadLetter(payload, ids.letter!, users.staff as never)
    const warnings = letterWarnings({ ...loaded, language: 'da' })
    expect(warnings).toEqual(
      expect.arrayContaining([
        'Brevet mangler engelsk tekst (Hilsen fra borgmesteren, Underskrift: titel). Det engelske brev bruger den danske.',
        '“Endnu ikke klar” er ikke offentliggjort og kommer ikke med i brevet.',
        '“Biografbilletter” er markeret som “Udsolgt”.',
        '“Overraskelse” siger ikke, hvor billetterne gælder (måske er stedet slettet).',
        '“Billetter til nedlagt sted” siger ikke, hvor billetterne gælder (måske er stedet slettet).',
        '“Kun på hjemmesiden” står på hjemmesiden for 2026-Q4, men ikke i brevet.',
        expect.stringMatching(
          /^Badesøen har ikke åbent på nogen af de dage, “Vinterbadning” gælder/,
        ),
      ]),
    )
    expect(warnings.join()).not.toContain('Koncert i Forbrændingen')
    expect(letterWarnings({ ...loaded, language: 'en' })).toContain(
      '“Biografbilletter” is marked “Sold out”.',
    )
  })

  it('say when there are no offers, and the letter still renders', async () => {
    const empty = await payload.create({
      collection: 'welcome-letters',
      data: {
        quarter: '2027-Q3',
        greeting: lexical('Hej.'),
        signatureName: 'B',
        signatureTitle: 'Borgmester',
        status: 'draft',
      } as never,
    })
    const { loadLetter } = await import('../../src/letters/load')
    const { letterWarnings } = await import('../../src/letters/warnings')
    const loaded = await loadLetter(payload, empty.id, users.staff as never)
    expect(letterWarnings({ ...loaded, language: 'da' })).toContain(
      'Brevet har ingen fribilletter.',
    )
    expect(await htmlOf(empty.id, 'da')).toContain('Der er ingen fribilletter i dette kvartal.')
  })

  it('refuse a second letter for the same quarter, saying so', async () => {
    await expectFieldError(
      payload.create({
        collection: 'welcome-letters',
        data: {
          quarter: '2026-Q4',
          greeting: lexical('x'),
          signatureName: 'x',
          signatureTitle: 'x',
        } as never,
      }),
      'quarter',
      'Der er allerede et velkomstbrev for 2026-Q4.',
    )
  })
})

describe('the printed letter', () => {
  it('is one A4 page per language with the greeting, signature and published offers as text', async () => {
    const da = await pdfOf(ids.letter!, 'da')
    expect(da.totalPages).toBe(1)
    for (const text of [
      'Velkommen til Albertslund',
      GREETING_DA,
      'Steen Christiansen',
      'Borgmester',
      'Dine fribilletter',
      'Koncert i Forbrændingen',
      'Biografbilletter',
      'Udsolgt',
      'Billetter pr. husstand',
      'http://localhost:4321/velkommen/2026-q4/',
    ]) {
      expect(da.text).toContain(text)
    }
    expect(da.text).not.toContain('Endnu ikke klar')
    // Tagged: the PDF carries a structure tree for assistive technology.
    expect(Buffer.from(da.bytes).toString('latin1')).toContain('/StructTreeRoot')

    const en = await pdfOf(ids.letter!, 'en')
    expect(en.totalPages).toBe(1)
    expect(en.text).toContain('Your free tickets')
    expect(en.text).toContain('Concert at Forbrændingen')
    expect(en.text).toContain('Sold out')
    expect(en.text).toContain('http://localhost:4321/en/welcome/2026-q4/')
    // No English greeting yet: the Danish one stands in, rather than an empty letter.
    expect(en.text).toContain(GREETING_DA)
  })

  it('has a QR code that decodes to the quarter’s page in the letter’s language', async () => {
    for (const [locale, url] of [
      ['da', 'http://localhost:4321/velkommen/2026-q4/'],
      ['en', 'http://localhost:4321/en/welcome/2026-q4/'],
    ] as const) {
      const page = await browser.newPage()
      await page.setContent(await htmlOf(ids.letter!, locale))
      const png = await page.locator('.qr svg').screenshot()
      await page.close()
      const { data, info } = await sharp(png)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      const code = jsQR(new Uint8ClampedArray(data), info.width, info.height)
      expect(code?.data).toBe(url)
    }
  })

  it('runs a very long greeting onto a second page without cutting text, with a warning', async () => {
    const sentence = (n: number) =>
      `Afsnit ${n}: her fortæller borgmesteren om byens liv og tilbud.`
    const paragraphs = Array.from({ length: 28 }, (_, i) => sentence(i + 1))
    await payload.update({
      collection: 'welcome-letters',
      id: ids.letter!,
      locale: 'en',
      data: { greeting: lexical(GREETING_EN, ...paragraphs), signatureTitle: 'Mayor' } as never,
    })
    const en = await pdfOf(ids.letter!, 'en')
    expect(en.totalPages).toBe(2)
    expect(en.text).toContain(GREETING_EN)
    expect(en.text).toContain(sentence(28))
    expect(en.text).toContain('http://localhost:4321/en/welcome/2026-q4/')
    const { loadLetter } = await import('../../src/letters/load')
    const { letterWarnings } = await import('../../src/letters/warnings')
    const warnings = letterWarnings({
      ...(await loadLetter(payload, ids.letter!, users.staff as never)),
      language: 'en',
    })
    expect(warnings.find((w) => w.startsWith('The greeting is long'))).toMatch(/in English/)
    expect(warnings.join()).not.toContain('no English text')
  })

  it('meets the accessibility bar as a page, in both languages (axe, WCAG 2.2 AA)', async () => {
    for (const locale of ['da', 'en'] as const) {
      const page = await browser.newPage()
      await page.setContent(await htmlOf(ids.letter!, locale))
      const violations = await axeViolations(page)
      await page.close()
      expect(violations).toEqual([])
    }
  })

  it('is for staff only', async () => {
    expect((await call('print', ids.letter!, 'locale=da', 'editor')).status).toBe(403)
  })
})

describe('copy to the next quarter', () => {
  it('copies the letter and its offers as drafts, English included; only once', async () => {
    const answer = await call('copy-to-next-quarter', ids.letter!)
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe(
      'Kopieret til 2027-Q1 som kladde med 6 fribillet(ter), også som kladder.',
    )
    const copy = await payload.findByID({
      collection: 'welcome-letters',
      id: answer.body.id as number,
      locale: 'all',
      depth: 0,
    })
    expect(copy).toMatchObject({
      quarter: '2027-Q1',
      status: 'draft',
      signatureName: 'Steen Christiansen',
    })
    expect(copy.signatureTitle).toEqual({ da: 'Borgmester', en: 'Mayor' })
    const offers = await payload.find({
      collection: 'ticket-offers',
      where: { id: { in: copy.offers as number[] } },
      draft: true,
      locale: 'all',
      depth: 0,
    })
    expect(offers.docs).toHaveLength(6)
    for (const o of offers.docs) {
      expect(o).toMatchObject({ quarter: '2027-Q1', _status: 'draft', status: 'available' })
      expect(o.validFrom?.slice(0, 10)).toBe('2027-01-01')
      expect(o.validTo?.slice(0, 10)).toBe('2027-03-31')
    }
    const concert = offers.docs.find(
      (o) => (o.title as unknown as { da: string }).da === 'Koncert i Forbrændingen',
    )
    expect(concert?.title).toMatchObject({ en: 'Concert at Forbrændingen' })
    const again = await call('copy-to-next-quarter', ids.letter!)
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain('Der er allerede et velkomstbrev for 2027-Q1.')
  })

  it('copies everything or nothing: an offer that cannot be copied leaves no copies behind', async () => {
    const quarter = { quarter: '2031-Q2' }
    const good = await offer({ ...quarter, title: 'Kan kopieres' })
    const broken = await offer({ ...quarter, title: 'Kan ikke kopieres' })
    // Stored before the rule it now breaks (a negative number of tickets), so its copy is refused.
    await payload.db.updateOne({
      collection: 'ticket-offers',
      id: broken,
      data: { ticketsPerHousehold: -1 },
    })
    const letter = await payload.create({
      collection: 'welcome-letters',
      data: {
        ...quarter,
        greeting: lexical('Hej.'),
        signatureName: 'B',
        signatureTitle: 'B',
        offers: [good, broken],
      } as never,
    })
    await expect(call('copy-to-next-quarter', letter.id)).rejects.toMatchObject({ status: 400 })
    const next = { where: { quarter: { equals: '2031-Q3' } }, draft: true } as const
    expect((await payload.count({ collection: 'ticket-offers', ...next })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'welcome-letters', ...next })).totalDocs).toBe(0)
  })
})
