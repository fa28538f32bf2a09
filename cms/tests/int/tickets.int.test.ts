/**
 * Ticket uptake: who may record tickets handed out (the access matrix with `overrideAccess:
 * false`), the ticket desk reached by an offer's link (no account: its code is the key), the
 * rules it applies in the desk's language with what was typed kept, "sold out" in the export once
 * the total is reached, the quarterly report and its CSV, and a new desk link replacing the old.
 */
import type { BrowserContext } from 'playwright-core'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quarterBounds, quarterOf } from '@velkomst/shared/quarter'
import { dateKey } from '@velkomst/shared/time'
import { axeViolations, launchBrowser } from '@velkomst/testing/browser'

import { buildSnapshot } from '../../src/export/snapshot'
import { deskCodeOf, newDeskCode } from '../../src/tickets/desks'
import { quarterReport, reportCsv } from '../../src/tickets/report'
import { callEndpoint } from '../helpers/endpoints'
import { expectFieldError } from '../helpers/expectations'
import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let browser: BrowserContext
const users: Record<'admin' | 'staff' | 'editor', { id: number }> = {} as never
const quarter = quarterOf(new Date())
const today = dateKey(new Date())
let counter = 0

beforeAll(async () => {
  t = await startPayload('tickets')
  payload = t.payload
  users.admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@test.dk', password: 'admin-password-1', role: 'admin' },
  })
  users.staff = await payload.create({
    collection: 'users',
    data: { email: 'staff@test.dk', password: 'staff-password-1', role: 'staff' },
  })
  const association = await payload.create({
    collection: 'associations',
    data: { ...valid.association(1), _status: 'published' } as never,
  })
  users.editor = await payload.create({
    collection: 'users',
    data: {
      email: 'editor@test.dk',
      password: 'editor-password-1',
      role: 'association-editor',
      associations: [association.id],
    } as never,
  })
  browser = await launchBrowser()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await t?.cleanup()
})

/** A published offer of this quarter (valid for the whole quarter unless told otherwise). */
async function offer(data: Record<string, unknown> = {}, publish = true) {
  counter += 1
  const doc = await payload.create({
    collection: 'ticket-offers',
    data: {
      ...valid.ticketOffer(counter),
      quarter,
      totalAvailable: 10,
      ...data,
      _status: publish ? 'published' : 'draft',
    } as never,
    draft: !publish,
  })
  return { id: doc.id, code: (await deskCodeOf(payload, doc.id))! }
}

const desk = (
  code: string,
  {
    method = 'get',
    form,
    query = '',
    language,
  }: {
    method?: 'get' | 'post'
    form?: Record<string, string>
    query?: string
    language?: string
  } = {},
) =>
  callEndpoint(payload, {
    path: '/ticket-desk/:code',
    method,
    routeParams: { code },
    form,
    query,
    headers: language ? { 'accept-language': language } : {},
    raw: true,
  })

const usedOf = async (offerId: number) => {
  const { docs } = await payload.find({
    collection: 'ticket-redemptions',
    where: { offer: { equals: offerId } },
    limit: 0,
    pagination: false,
  })
  return docs.reduce((s, d) => s + d.count, 0)
}

/** True when the operation went through; false when access refused it. */
async function allowed(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn()
    return true
  } catch (error) {
    const e = error as { status?: number; name?: string }
    if (e.status === 403 || e.status === 404 || e.name === 'Forbidden' || e.name === 'NotFound')
      return false
    throw error
  }
}

describe('who may record tickets (access, overrideAccess: false)', () => {
  const actors = ['anonymous', 'editor', 'staff', 'admin'] as const
  const userOf = (a: (typeof actors)[number]) =>
    a === 'anonymous' ? undefined : (users[a] as never)
  const expected = { anonymous: false, editor: false, staff: true, admin: true }

  for (const actor of actors) {
    it(`${actor}: ${expected[actor] ? 'may' : 'may not'} create, read, update and delete records`, async () => {
      const { id } = await offer()
      const as = { overrideAccess: false, user: userOf(actor) } as const
      const data = { offer: id, count: 1, handedOutOn: today, source: 'staff' as const }
      expect(
        await allowed(() => payload.create({ collection: 'ticket-redemptions', data, ...as })),
      ).toBe(expected[actor])
      const record = await payload.create({ collection: 'ticket-redemptions', data })
      expect(
        await allowed(async () => {
          const { docs } = await payload.find({ collection: 'ticket-redemptions', ...as })
          if (!docs.some((d) => d.id === record.id))
            throw Object.assign(new Error(), { status: 403 })
        }),
      ).toBe(expected[actor])
      expect(
        await allowed(() =>
          payload.update({
            collection: 'ticket-redemptions',
            id: record.id,
            data: { count: 2 },
            ...as,
          }),
        ),
      ).toBe(expected[actor])
      expect(
        await allowed(() =>
          payload.delete({ collection: 'ticket-redemptions', id: record.id, ...as }),
        ),
      ).toBe(expected[actor])
    })

    it(`${actor}: ${expected[actor] ? 'may' : 'may not'} read, add or change desk codes`, async () => {
      const { id, code } = await offer()
      const other = await payload.create({
        collection: 'ticket-offers',
        data: { ...valid.ticketOffer(900 + counter), quarter, _status: 'published' } as never,
      })
      await payload.delete({ collection: 'ticket-desks', where: { offer: { equals: other.id } } })
      const as = { overrideAccess: false, user: userOf(actor) } as const
      const { docs } = await payload
        .find({ collection: 'ticket-desks', where: { offer: { equals: id } }, ...as })
        .catch(() => ({ docs: [] }))
      expect(docs.map((d) => d.code)).toEqual(expected[actor] ? [code] : [])
      expect(
        await allowed(() =>
          payload.create({
            collection: 'ticket-desks',
            data: { offer: other.id, code: newDeskCode() },
            ...as,
          }),
        ),
      ).toBe(expected[actor])
      expect(
        await allowed(() =>
          payload
            .update({
              collection: 'ticket-desks',
              where: { offer: { equals: id } },
              data: { code: newDeskCode() },
              ...as,
            })
            .then((r) => {
              if (r.docs.length === 0) throw Object.assign(new Error(), { status: 403 })
            }),
        ),
      ).toBe(expected[actor])
    })
  }

  it('never shows an offer’s desk code to the public through the offer', async () => {
    const { id, code } = await offer()
    const read = await payload.findByID({ collection: 'ticket-offers', id, overrideAccess: false })
    expect(JSON.stringify(read)).not.toContain(code)
    const snapshot = await buildSnapshot(payload)
    expect(JSON.stringify(snapshot)).not.toContain(code)
  })

  it('lets only staff make a new desk link', async () => {
    const { id, code } = await offer()
    const asEditor = await callEndpoint(payload, {
      path: '/ticket-desk-link/:id',
      method: 'post',
      routeParams: { id },
      user: users.editor,
    })
    expect(asEditor.status).toBe(403)
    expect(await deskCodeOf(payload, id)).toBe(code)
    const asStaff = await callEndpoint(payload, {
      path: '/ticket-desk-link/:id',
      method: 'post',
      routeParams: { id },
      user: users.staff,
    })
    expect(asStaff.status).toBe(200)
    expect(asStaff.body.message).toBe('Nyt link lavet. Det gamle virker ikke længere.')
    const renewed = await deskCodeOf(payload, id)
    expect(renewed).not.toBe(code)
    expect((await desk(code)).status).toBe(404)
    expect((await desk(renewed!)).status).toBe(200)
  })
})

describe('the ticket desk', () => {
  it('shows the offer, what is left and buttons, in Danish by default and in English on request', async () => {
    const { id, code } = await offer({ title: 'Biografbilletter', totalAvailable: 40 })
    await payload.update({
      collection: 'ticket-offers',
      id,
      data: { title: 'Cinema tickets', _status: 'published' },
      locale: 'en',
    })
    const da = await (await desk(code)).text()
    expect(da).toContain('<html lang="da"')
    expect(da).toContain('<h1>Biografbilletter</h1>')
    expect(da).toContain('0 af 40 billetter er givet ud. 40 tilbage.')
    expect(da).toContain('>Registrér 2 billetter</button>')
    const en = await (await desk(code, { language: 'en-GB,en;q=0.9,da;q=0.5' })).text()
    expect(en).toContain('<html lang="en"')
    expect(en).toContain('<h1>Cinema tickets</h1>')
    expect(en).toContain('0 of 40 tickets handed out. 40 left.')
    expect(await (await desk(code, { query: 'lang=en', language: 'da' })).text()).toContain(
      '<h1>Cinema tickets</h1>',
    )
  })

  it('refuses a wrong, malformed or replaced code with a clear message and no offer', async () => {
    for (const code of [newDeskCode(), 'abc', '../../users', '']) {
      const res = await desk(code)
      expect(res.status).toBe(404)
      const html = await res.text()
      expect(html).toContain('Linket virker ikke.')
      expect(html).not.toContain('<form')
    }
    const en = await (await desk(newDeskCode(), { query: 'lang=en' })).text()
    expect(en).toContain('This link does not work.')
  })

  it('records a tap, then shows it with an undo, and counts it', async () => {
    const { id, code } = await offer({ totalAvailable: 10, ticketsPerHousehold: 2 })
    const res = await desk(code, { method: 'post', form: { count: '2', day: today } })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(new RegExp(`/api/ticket-desk/${code}\\?lang=da&recorded=\\d+$`))
    expect(await usedOf(id)).toBe(2)
    const recorded = new URL(location, 'http://x').searchParams.get('recorded')!
    const { docs } = await payload.find({
      collection: 'ticket-redemptions',
      where: { id: { equals: recorded } },
    })
    expect(docs[0]).toMatchObject({ count: 2, source: 'desk', quarter })
    const shown = await (await desk(code, { query: `lang=da&recorded=${recorded}` })).text()
    expect(shown).toMatch(/Registreret: 2 billetter, \d+\.\d+\.\d{4}\./)
    expect(shown).toContain('2 af 10 billetter er givet ud. 8 tilbage.')
    expect(shown).toContain('name="undo"')

    const undo = await desk(code, { method: 'post', form: { undo: recorded } })
    expect(undo.status).toBe(303)
    expect(undo.headers.get('location')).toContain('undone=1')
    expect(await usedOf(id)).toBe(0)
  })

  it('records another number on another day from the form', async () => {
    const { id, code } = await offer()
    const day = quarterBounds(quarter).firstDay
    const res = await desk(code, { method: 'post', form: { count: 'other', other: '3', day } })
    expect(res.status).toBe(303)
    expect(await usedOf(id)).toBe(3)
  })

  it('refuses bad numbers and days in the desk’s language, linked to the field, keeping what was typed', async () => {
    const { id, code } = await offer({ totalAvailable: 5 })
    const cases: [Record<string, string>, string, string][] = [
      [{ count: 'other', other: '0' }, 'count-other', 'Skriv et helt tal fra 1 til 50.'],
      [{ count: 'other', other: '51' }, 'count-other', 'Skriv et helt tal fra 1 til 50.'],
      [{ count: 'other', other: '1.5' }, 'count-other', 'Skriv et helt tal fra 1 til 50.'],
      [{ count: 'other', other: 'to' }, 'count-other', 'Skriv et helt tal fra 1 til 50.'],
      [{ count: 'other', other: '' }, 'count-other', 'Skriv et helt tal fra 1 til 50.'],
      [{ count: 'other', other: '6' }, 'count-other', 'Der er kun 5 billetter tilbage af 5.'],
      [{ count: '2', day: '2099-01-01' }, 'day', 'Datoen må ikke ligge i fremtiden.'],
      [{ count: '2', day: 'i går' }, 'day', 'Datoen er ikke gyldig.'],
      [{ count: '2', day: '2020-01-01' }, 'day', 'Datoen skal ligge i tilbuddets periode'],
    ]
    for (const [form, field, message] of cases) {
      const res = await desk(code, { method: 'post', form: { day: today, ...form } })
      expect(res.status, JSON.stringify(form)).toBe(422)
      const html = await res.text()
      expect(html).toContain('role="alert"')
      expect(html).toContain(`<a href="#${field}">${message}`)
      expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`))
      if (form.other !== undefined) expect(html).toContain(`value="${form.other}"`)
      if (form.day) expect(html).toContain(`value="${form.day}"`)
    }
    expect(await usedOf(id)).toBe(0)
    const en = await (
      await desk(code, { method: 'post', form: { count: 'other', other: '9' }, query: 'lang=en' })
    ).text()
    expect(en).toContain('Only 5 of 5 tickets are left.')
  })

  it('refuses desks of offers withdrawn, not published or long ended', async () => {
    const withdrawn = await offer({ status: 'withdrawn' })
    const res = await desk(withdrawn.code, { method: 'post', form: { count: '1' } })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Tilbuddet er trukket tilbage.')
    const draft = await offer({}, false)
    expect((await desk(draft.code)).status).toBe(409)
    expect(await (await desk(draft.code, { query: 'lang=en' })).text()).toContain(
      'The offer is not on the site yet',
    )
    const past = quarterBounds(quarterOf(new Date(Date.now() - 200 * 864e5)))
    const ended = await offer({
      quarter: quarterOf(new Date(Date.now() - 200 * 864e5)),
      validFrom: past.firstDay,
      validTo: past.lastDay,
    })
    const next = quarterBounds(quarterOf(new Date(Date.now() + 100 * 864e5)))
    const coming = await offer({
      quarter: quarterOf(new Date(Date.now() + 100 * 864e5)),
      validFrom: next.firstDay,
      validTo: next.lastDay,
    })
    const early = await desk(coming.code, { method: 'post', form: { count: '1', day: today } })
    expect(early.status).toBe(409)
    expect(await early.text()).toContain('Tilbuddet begynder')
    expect(await usedOf(coming.id)).toBe(0)
    const closed = await desk(ended.code, { method: 'post', form: { count: '1' } })
    expect(closed.status).toBe(409)
    expect(await closed.text()).toContain('Der kan ikke længere registreres billetter.')
    expect(await usedOf(ended.id)).toBe(0)
  })

  it('undoes only its own fresh records, never staff’s or another offer’s', async () => {
    const a = await offer()
    const b = await offer()
    const staffRecord = await payload.create({
      collection: 'ticket-redemptions',
      data: { offer: a.id, count: 1, handedOutOn: today, source: 'staff' },
    })
    const otherOffer = await payload.create({
      collection: 'ticket-redemptions',
      data: { offer: b.id, count: 1, handedOutOn: today, source: 'desk' },
    })
    for (const id of [staffRecord.id, otherOffer.id, 999999]) {
      const res = await desk(a.code, { method: 'post', form: { undo: String(id) } })
      expect(res.status).toBe(409)
      expect(await res.text()).toContain('kan ikke fortrydes her efter 15 minutter')
    }
    expect(await usedOf(a.id)).toBe(1)
    expect(await usedOf(b.id)).toBe(1)
  })

  it('slows down a flood of posts to one desk', async () => {
    const { code } = await offer({ totalAvailable: null })
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      statuses.push((await desk(code, { method: 'post', form: { count: '1' } })).status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('passes axe (WCAG 2.2 AA + best practice) ready, refused and done, in both languages', async () => {
    const { code } = await offer({ title: 'Svømmebilletter', totalAvailable: 8 })
    const page = await browser.newPage()
    try {
      for (const lang of ['da', 'en']) {
        const states = [
          await (await desk(code, { query: `lang=${lang}` })).text(),
          await (
            await desk(code, {
              method: 'post',
              form: { count: 'other', other: '99' },
              query: `lang=${lang}`,
            })
          ).text(),
        ]
        const posted = await desk(code, {
          method: 'post',
          form: { count: '1' },
          query: `lang=${lang}`,
        })
        const recorded = new URL(posted.headers.get('location')!, 'http://x').search.slice(1)
        states.push(await (await desk(code, { query: recorded })).text())
        for (const html of states) {
          await page.setViewportSize({ width: 320, height: 640 })
          await page.setContent(html)
          expect(await axeViolations(page)).toEqual([])
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow).toBe(0)
        }
      }
    } finally {
      await page.close()
    }
  })
})

describe('the admin', () => {
  it('refuses a record over the total or on a future day, in the editor’s language', async () => {
    const { id } = await offer({ totalAvailable: 3 })
    await payload.create({
      collection: 'ticket-redemptions',
      data: { offer: id, count: 2, handedOutOn: today, source: 'staff' },
    })
    await expectFieldError(
      payload.create({
        collection: 'ticket-redemptions',
        data: { offer: id, count: 2, handedOutOn: today, source: 'staff' },
        overrideAccess: false,
        user: users.staff,
      }),
      'count',
      'Der er kun 1 billetter tilbage af 3.',
    )
    await expectFieldError(
      payload.create({
        collection: 'ticket-redemptions',
        data: { offer: id, count: 1, handedOutOn: '2099-05-01', source: 'staff' },
        overrideAccess: false,
        user: users.staff,
      }),
      'handedOutOn',
      'Datoen må ikke ligge i fremtiden.',
    )
    // Correcting a record counts the rest, not the record itself twice.
    const { docs } = await payload.find({
      collection: 'ticket-redemptions',
      where: { offer: { equals: id } },
    })
    const corrected = await payload.update({
      collection: 'ticket-redemptions',
      id: docs[0]!.id,
      data: { count: 3 },
      overrideAccess: false,
      user: users.staff,
    })
    expect(corrected.count).toBe(3)
    expect(await usedOf(id)).toBe(3)
  })
})

describe('sold out by itself', () => {
  it('turns an offer sold out in the export once its total is handed out, and back when corrected', async () => {
    const full = await offer({ title: 'Fire koncertbilletter', totalAvailable: 4 })
    const open = await offer({ title: 'Uden loft', totalAvailable: null })
    const withdrawn = await offer({ title: 'Trukket', status: 'withdrawn', totalAvailable: 1 })
    const statusOf = async (id: number) =>
      (await buildSnapshot(payload)).ticketOffers.find((o) => o.id === String(id))?.status
    expect(await statusOf(full.id)).toBe('available')
    await desk(full.code, { method: 'post', form: { count: '3' } })
    expect(await statusOf(full.id)).toBe('available')
    const last = await desk(full.code, { method: 'post', form: { count: '1' } })
    expect(await statusOf(full.id)).toBe('sold-out')
    await desk(open.code, { method: 'post', form: { count: 'other', other: '50' } })
    expect(await statusOf(open.id)).toBe('available')
    await payload.create({
      collection: 'ticket-redemptions',
      data: { offer: withdrawn.id, count: 1, handedOutOn: today, source: 'staff' },
    })
    expect(await statusOf(withdrawn.id)).toBe('withdrawn')
    // The desk's last record undone: available again at the next build.
    const recorded = new URL(last.headers.get('location')!, 'http://x').searchParams.get(
      'recorded',
    )!
    await desk(full.code, { method: 'post', form: { undo: recorded } })
    expect(await statusOf(full.id)).toBe('available')
  })
})

describe('deleting an offer', () => {
  it('takes its desk link with it when no tickets were recorded', async () => {
    const { id } = await offer()
    await payload.delete({ collection: 'ticket-offers', id })
    const desks = await payload.count({
      collection: 'ticket-desks',
      where: { offer: { equals: id } },
    })
    expect(desks.totalDocs).toBe(0)
  })

  it('is refused in the editor’s language once tickets were recorded, and nothing is lost', async () => {
    const { id } = await offer()
    await payload.create({
      collection: 'ticket-redemptions',
      data: { offer: id, count: 2, handedOutOn: today, source: 'staff' },
    })
    for (const [language, words] of [
      ['da', 'kan ikke slettes: der er registreret 1 udleverede'],
      ['en', 'cannot be deleted: 1 tickets handed out'],
    ] as const) {
      const req = await createLocalReq({ user: users.staff as never }, payload)
      req.i18n = { ...req.i18n, language }
      const refusal = await payload
        .delete({ collection: 'ticket-offers', id, overrideAccess: false, req })
        .then(
          () => null,
          (error: { status?: number; message?: string }) => error,
        )
      expect(refusal?.status).toBe(409)
      expect(refusal?.message).toContain(words)
    }
    expect(await payload.findByID({ collection: 'ticket-offers', id })).toMatchObject({ id })
    expect(await deskCodeOf(payload, id)).toBeTruthy()
    const records = await payload.count({
      collection: 'ticket-redemptions',
      where: { offer: { equals: id } },
    })
    expect(records.totalDocs).toBe(1)
  })
})

describe('the quarterly report', () => {
  it('counts letters sent, tickets available and handed out per offer, and the newcomers’ survey answers given in it', async () => {
    const q = '2025-Q2'
    const bounds = quarterBounds(q)
    const make = (title: string, total: number | null) =>
      offer({
        title,
        quarter: q,
        totalAvailable: total,
        validFrom: bounds.firstDay,
        validTo: bounds.lastDay,
      })
    const cinema = await make('Biograf; to billetter', 100)
    const swim = await make('=Svømning', 50)
    const open = await make('Koncert "uden" loft', null)
    await offer({
      title: 'Trukket teater',
      quarter: q,
      totalAvailable: 30,
      status: 'withdrawn',
      validFrom: bounds.firstDay,
      validTo: bounds.lastDay,
    })
    const draftOnly = await offer({ title: 'Kladde', quarter: q }, false)
    for (const [id, count] of [
      [cinema.id, 30],
      [cinema.id, 12],
      [swim.id, 50],
      [open.id, 7],
    ] as const) {
      await payload.create({
        collection: 'ticket-redemptions',
        data: { offer: id, count, handedOutOn: bounds.firstDay, source: 'staff' },
      })
    }
    await payload.create({
      collection: 'welcome-letters',
      data: {
        quarter: q,
        signatureName: 'Borgmester',
        signatureTitle: 'Borgmester',
        greeting: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [{ type: 'text', text: 'Hej', version: 1 }],
                version: 1,
              },
            ],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        },
        lettersSent: 240,
      } as never,
    })
    // Newcomers' survey answers given in the quarter (and one in another quarter).
    for (const quarter of [q, q, '2025-Q1']) {
      await payload.create({
        collection: 'survey-answers',
        data: { quarter },
        context: { seed: true },
      })
    }
    const report = await quarterReport(payload, q, 'da', { req: {}, user: users.staff })
    expect(report.lettersSent).toBe(240)
    expect(report.offers.map((o) => [o.title, o.available, o.used])).toEqual([
      ['=Svømning', 50, 50],
      ['Biograf; to billetter', 100, 42],
      ['Koncert "uden" loft', null, 7],
      // Withdrawn: listed, but none of its tickets are available any more.
      ['Trukket teater', 0, 0],
    ])
    expect(report.offers.some((o) => o.id === String(draftOnly.id))).toBe(false)
    expect(report).toMatchObject({ available: 150, unlimited: 1, used: 99 })
    expect(report.survey).toEqual({ answers: 2 })

    const csv = reportCsv(report, 'da')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('Velkomstbreve sendt;240')
    expect(lines).toContain('Billetter givet ud;99')
    expect(lines).toContain('Andel givet ud (%);66')
    expect(lines).toContain('Svar fra nye borgere;2')
    expect(lines).toContain('"Biograf; to billetter";Kan fås;100;42;58;42')
    expect(lines).toContain("'=Svømning;Udsolgt;50;50;0;100")
    expect(lines).toContain('"Koncert ""uden"" loft";Kan fås;;7;;')

    const asStaff = await callEndpoint(payload, {
      path: '/ticket-report',
      method: 'get',
      query: `quarter=${q}`,
      user: users.staff,
      language: 'en',
      raw: true,
    })
    expect(asStaff.status).toBe(200)
    expect(asStaff.headers.get('content-type')).toContain('text/csv')
    expect(asStaff.headers.get('content-disposition')).toContain('velkomst-2025-q2-en.csv')
    expect(await asStaff.text()).toContain('Welcome letters sent;240')
    for (const user of [users.editor, undefined]) {
      const refused = await callEndpoint(payload, {
        path: '/ticket-report',
        method: 'get',
        query: `quarter=${q}`,
        user,
      })
      expect(refused.status).toBe(403)
    }
    const bad = await callEndpoint(payload, {
      path: '/ticket-report',
      method: 'get',
      query: 'quarter=2025-Q5',
      user: users.staff,
    })
    expect(bad.status).toBe(400)
    expect((bad.body.errors as { message: string }[])[0]!.message).toBe(
      'Skriv kvartalet som 2026-Q4.',
    )
  })
})
