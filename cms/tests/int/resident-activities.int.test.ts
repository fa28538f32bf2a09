/**
 * Residents' activities, end to end through the handlers as the REST API calls them: the public
 * form (checks, limits, what is kept), the emailed link that puts the activity before staff, the
 * review queue, sent back with a message by email and corrected through the private link,
 * published (and mapped to the contract), retention and erasure. Links are hostile: tampered,
 * expired, for another purpose or address.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLocalReq, type Payload } from 'payload'
import { SUBMISSION_FIELD } from '@velkomst/shared/activities'
import { event as eventSchema } from '@velkomst/shared/schemas'
import { dateKey } from '@velkomst/shared/time'

import { events as eventsExport } from '../../src/export/collections/events'
import { formEndpoints } from '../../src/forms/registry'
import { formToken } from '../../src/forms/signing'
import { residentActivityEndpoints } from '../../src/resident-activities/endpoints'
import { activityLink, readActivityLink } from '../../src/resident-activities/links'
import { deletePersonalData } from '../../src/retention/delete'
import { erasePerson } from '../../src/retention/erase'
import { reviewQueue } from '../../src/review/queue'
import { callEndpoint } from '../helpers/endpoints'
import { buildWorld, type World } from '../helpers/fixtures'
import { postForm } from '../helpers/newcomers'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let w: World
let address = 1
const fresh = () => `198.51.100.${address++}`

const DAY = 24 * 3600 * 1000
const inDays = (n: number) => dateKey(new Date(Date.now() + n * DAY))

beforeAll(async () => {
  t = await startPayload('resident-activities')
  payload = t.payload
  w = await buildWorld(payload)
})
afterAll(async () => t?.cleanup())
afterEach(() => vi.restoreAllMocks())

const opened = () => formToken(payload.secret, 'add-activity', Date.now() - 10_000)

const activity = (fields: Record<string, string | string[]> = {}) => ({
  _locale: 'da',
  _token: opened(),
  website: '',
  title: 'Reparationscafé i Hyldespjældet',
  summary: 'Vi reparerer cykler, lamper og tøj sammen. Tag det med, der er gået i stykker.',
  description: 'Kaffe og kage. Værktøj haves.',
  otherTitle: 'Repair café in Hyldespjældet',
  otherSummary: 'We mend bikes, lamps and clothes together.',
  otherDescription: '',
  date: inDays(10),
  startTime: '14:00',
  endTime: '17:00',
  repeats: 'monthly',
  until: '',
  venue: String(w.publishedVenue.id),
  placeText: '',
  onlineUrl: '',
  organiser: 'Naboerne i Hyldespjældet',
  email: `nabo.${address++}@example.com`,
  showEmail: '',
  audiences: ['families', 'adults'],
  languages: ['da', 'en'],
  categories: [String(w.category.id)],
  price: 'free',
  amount: '',
  ways: ['help-out', 'co-organise'],
  volunteersWanted: 'yes',
  help: 'En, der kan sy.',
  consent: 'yes',
  ...fields,
})

const post = (fields: Record<string, string | string[]>, extra: { json?: boolean } = {}) =>
  postForm(payload, formEndpoints, { form: 'add-activity', fields, from: fresh(), ...extra })

const byTitle = async (title: string) =>
  (
    await payload.find({
      collection: 'events',
      where: { title: { equals: title } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

type Mail = { to: string; subject: string; html: string }
const emailsTo = (spy: { mock: { calls: unknown[][] } }, to: string) =>
  spy.mock.calls.map((c) => c[0] as Mail).filter((m) => m.to === to)

const linkIn = (html: string, purpose: 'confirm' | 'edit') => {
  const match = new RegExp(`/api/activities/${purpose}\\?key=([^"&<\\s]+)`).exec(html)
  if (!match) throw new Error(`no ${purpose} link in ${html}`)
  return decodeURIComponent(match[1]!)
}

async function open(purpose: 'confirm' | 'edit', key: string) {
  const endpoint = residentActivityEndpoints.find(
    (e) => e.path === `/activities/${purpose}` && e.method === 'get',
  )!
  const req = await createLocalReq(
    { req: { searchParams: new URLSearchParams({ key }), headers: new Headers() } },
    payload,
  )
  const res = await endpoint.handler(req)
  return { status: res.status, text: await res.text() }
}

async function confirm(key: string) {
  const endpoint = residentActivityEndpoints.find(
    (e) => e.path === '/activities/confirm' && e.method === 'post',
  )!
  const body = new URLSearchParams({ key, lang: 'da' }).toString()
  const req = await createLocalReq(
    {
      req: {
        searchParams: new URLSearchParams(),
        text: () => Promise.resolve(body),
        headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      },
    },
    payload,
  )
  const res = await endpoint.handler(req)
  return { status: res.status, text: await res.text() }
}

const queue = async () =>
  reviewQueue(payload, await createLocalReq({ user: w.staff as never }, payload))

describe('a resident adds an activity', () => {
  let id: number | string
  let email: string
  let confirmKey: string
  const title = 'Reparationscafé i Hyldespjældet'

  it('is kept as a draft no one sees, and the sender gets a link to confirm it', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const fields = activity()
    email = String(fields.email)
    const res = await post(fields)
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/arrangementer/tilfoej/tak/')
    const [doc] = await byTitle(title)
    expect(doc).toMatchObject({
      _status: 'draft',
      reviewState: 'none',
      organizedByResidents: true,
      organizers: [],
      resident: {
        organiser: 'Naboerne i Hyldespjældet',
        submitterEmail: email,
        contactEmail: null,
        submitterLocale: 'da',
      },
      audiences: ['families', 'adults'],
      languages: ['da', 'en'],
      waysToTakePart: ['help-out', 'co-organise'],
      volunteersWanted: { wanted: true, help: 'En, der kan sy.' },
      price: { free: true },
      recurrence: { frequency: 'monthly', monthlyMode: 'weekday-of-month' },
    })
    id = doc!.id
    // 14:00 Copenhagen time on the day given.
    expect(dateKey(doc!.start)).toBe(inDays(10))
    expect(
      new Date(doc!.start).toLocaleTimeString('da-DK', { timeZone: 'Europe/Copenhagen' }),
    ).toMatch(/^14[.:]00/)
    const english = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(english.title).toBe('Repair café in Hyldespjældet')
    // Not public, and not before staff until confirmed.
    const publicRead = await payload.find({
      collection: 'events',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
    expect(publicRead.docs).toHaveLength(0)
    expect((await queue()).some((q) => q.id === id)).toBe(false)
    const [mail] = emailsTo(sent, email)
    expect(mail?.subject).toBe('Bekræft din aktivitet')
    expect(mail?.html).toContain('Reparationscafé i Hyldespjældet')
    confirmKey = linkIn(mail!.html, 'confirm')
  })

  it('opening the link asks for a press of the button, and confirms nothing by itself', async () => {
    const shown = await open('confirm', confirmKey)
    expect(shown.status).toBe(200)
    expect(shown.text).toContain('<h1>Bekræft din aktivitet</h1>')
    expect(shown.text).toMatch(/<form[^>]+method="post"/)
    const doc = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(doc.reviewState).toBe('none')
  })

  it('refuses links that are not ours, expired, for another purpose or another address', async () => {
    const [idPart, expires, mark, signature] = confirmKey.split('.')
    const tampered = [
      `${Number(idPart) + 1}.${expires}.${mark}.${signature}`,
      `${idPart}.${expires}.${mark}.${signature!.slice(0, -2)}xx`,
      activityLink(payload.secret, 'edit', id, email),
      activityLink(payload.secret, 'confirm', id, 'someone.else@example.com'),
      activityLink(payload.secret, 'confirm', id, email, Date.now() - 8 * DAY),
      '',
      'x'.repeat(5000),
    ]
    for (const key of tampered) {
      const res = await confirm(key)
      expect(res.status, key.slice(0, 40)).toBe(404)
      expect(res.text).toContain('Linket virker ikke')
    }
    expect(readActivityLink(payload.secret, 'confirm', confirmKey, Date.now() + 8 * DAY)).toEqual({
      ok: false,
      reason: 'expired',
    })
    const doc = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(doc.reviewState).toBe('none')
  })

  it('confirming puts it in staff’s queue as a resident submission; again changes nothing', async () => {
    const res = await confirm(confirmKey)
    expect(res.status).toBe(200)
    expect(res.text).toContain('Din aktivitet er sendt til kommunen')
    const item = (await queue()).find((q) => q.collection === 'events' && q.id === id)
    expect(item?.submittedBy).toBe(`Borgerindsendelse fra Naboerne i Hyldespjældet, ${email}`)
    expect(item?.byResidents).toBe(true)
    expect(item?.isNew).toBe(true)
    const doc = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      overrideAccess: true,
    })
    const first = doc.resident?.confirmedAt
    expect(first).toBeTruthy()
    await confirm(confirmKey)
    const again = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(again.resident?.confirmedAt).toBe(first)
  })

  let editKey: string
  it('sent back by staff: the sender gets the message and a private link to correct it', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const res = await callEndpoint(payload, {
      path: '/review/:collection/:id/send-back',
      method: 'post',
      routeParams: { collection: 'events', id },
      body: { comment: 'Skriv gerne <hvor> i Hyldespjældet, I mødes.' },
      user: w.staff,
    })
    expect(res.status).toBe(200)
    expect(res.body.message).toBe(
      'Sendt tilbage. Borgeren får din besked på e-mail med et link til at rette aktiviteten.',
    )
    const item = (await queue()).find((q) => q.id === id)
    expect(item).toBeUndefined()
    const [mail] = emailsTo(sent, email)
    expect(mail?.subject).toBe('Din aktivitet skal rettes')
    expect(mail?.html).toContain('Skriv gerne &lt;hvor&gt; i Hyldespjældet')
    editKey = linkIn(mail!.html, 'edit')
    const form = await open('edit', editKey)
    expect(form.status).toBe(200)
    expect(form.text).toContain('Besked fra kommunen')
    expect(form.text).toContain('Skriv gerne &lt;hvor&gt;')
    expect(form.text).toContain(`name="${SUBMISSION_FIELD}"`)
    expect(form.text).toContain('value="Reparationscafé i Hyldespjældet"')
    expect(form.text).toContain('value="Repair café in Hyldespjældet"')
    expect(form.text).toContain(`value="${inDays(10)}"`)
    expect(form.text).toContain('value="14:00"')
  })

  it('the correction goes straight back to staff; a bad correction keeps what was typed', async () => {
    const wrong = await post(
      activity({ email, [SUBMISSION_FIELD]: editKey, endTime: '13:00', title: 'Ny titel' }),
    )
    expect(wrong.status).toBe(422)
    expect(wrong.text).toContain('Sluttidspunktet skal være efter starttidspunktet.')
    expect(wrong.text).toContain('value="Ny titel"')
    expect(wrong.text).toContain(`name="${SUBMISSION_FIELD}" value="${editKey}"`)
    const res = await post(
      activity({
        email,
        [SUBMISSION_FIELD]: editKey,
        title,
        placeText: 'Ved bålpladsen bag Hyldespjældets fælleshus',
      }),
    )
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/arrangementer/tilfoej/sendt-igen/')
    const doc = await payload.findByID({
      collection: 'events',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(doc).toMatchObject({
      reviewState: 'submitted',
      placeText: 'Ved bålpladsen bag Hyldespjældets fælleshus',
      reviewComment: null,
    })
    expect(await byTitle(title)).toHaveLength(1)
  })

  it('a correction through an expired or foreign link changes nothing', async () => {
    for (const key of [
      activityLink(payload.secret, 'edit', id, email, Date.now() - 61 * DAY),
      activityLink(payload.secret, 'confirm', id, email),
      activityLink(payload.secret, 'edit', w.ownEvent.id, email),
    ]) {
      const res = await post(activity({ email, [SUBMISSION_FIELD]: key, title: 'Kapret' }))
      expect(res.status).toBe(422)
      expect(res.text).toMatch(/Linket er ikke helt|Vi kan ikke finde aktiviteten/)
    }
    expect(await byTitle('Kapret')).toHaveLength(0)
  })

  it('published by staff: the sender is told where it is, and the site shows it as the residents’', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const item = (await queue()).find((q) => q.collection === 'events' && q.id === id)!
    const res = await callEndpoint(payload, {
      path: '/review/:collection/:id/publish',
      method: 'post',
      routeParams: { collection: 'events', id },
      body: { version: item.versionId },
      user: w.staff,
    })
    expect(res.status).toBe(200)
    const doc = await payload.findByID({
      collection: 'events',
      id,
      overrideAccess: true,
      locale: 'all',
    })
    expect(doc._status).toBe('published')
    const [mail] = emailsTo(sent, email)
    expect(mail?.subject).toBe('Din aktivitet er på siden')
    expect(mail?.html).toContain(`http://localhost:4321/arrangementer/${doc.slug}/`)
    const mapped = eventSchema.parse(
      eventsExport.map(doc as never, { image: () => null, ticketsUsed: () => 0 }),
    )
    expect(mapped.residents).toEqual({ organiser: 'Naboerne i Hyldespjældet', email: null })
    expect(mapped.organizerIds).toEqual([])
    expect(mapped.languages).toEqual(['da', 'en'])
    expect(mapped.title).toEqual({
      da: 'Reparationscafé i Hyldespjældet',
      en: 'Repair café in Hyldespjældet',
    })
    // What the public reads has no sender's address.
    const publicDoc = await payload.findByID({ collection: 'events', id, overrideAccess: false })
    expect(publicDoc.resident?.submitterEmail).toBeUndefined()
  })
})

describe('what the form refuses', () => {
  const cases: [string, Record<string, string | string[]>, string][] = [
    // Two days back: a day that has passed even on the 25-hour day in October.
    ['a day that has passed', { date: inDays(-2) }, 'Datoen er passeret.'],
    ['a day years away', { date: inDays(800) }, 'mere end to år ude i fremtiden'],
    ['a date that is not one', { date: '2027-02-30' }, 'Skriv en dato som dag, måned og år'],
    ['a time that is not one', { startTime: '25:00' }, 'Skriv et klokkeslæt'],
    [
      'no place at all',
      { venue: '', placeText: '', onlineUrl: '' },
      'Vælg et sted, skriv hvor det er',
    ],
    ['a venue the public cannot see', { venue: '999999' }, 'Vælg en af mulighederne'],
    [
      'a link that is not http(s)',
      { onlineUrl: 'javascript:alert(1)', venue: '' },
      'Skriv en webadresse',
    ],
    [
      'a price that is not one',
      { price: 'paid', amount: 'gratis for børn' },
      'Skriv prisen som et antal kroner',
    ],
    ['no price when it costs', { price: 'paid', amount: '' }, 'Skriv prisen, eller vælg'],
    [
      'too many links',
      { description: 'www.a.dk www.b.dk www.c.dk www.d.dk' },
      'højst 3 webadresser',
    ],
    ['a link in the summary', { summary: 'Se https://spam.example' }, 'højst 0 webadresser'],
    ['a text too long', { title: 'x'.repeat(121) }, 'højst 120'],
    ['no email', { email: '' }, 'Skriv din e-mailadresse'],
    [
      'a repetition over a year',
      { repeats: 'weekly', until: inDays(400) },
      'højst være et år efter',
    ],
    ['no consent', { consent: '' }, 'Sæt kryds for at acceptere'],
  ]
  it.each(cases)(
    '%s: shown again in the sender’s language with what they typed',
    async (_, fields, message) => {
      const marker = `Prøve ${address}`
      const res = await post(activity({ title: marker, ...fields }))
      expect(res.status).toBe(422)
      expect(res.text).toContain(message)
      if (!('title' in fields)) expect(res.text).toContain(`value="${marker}"`)
      expect(await byTitle(marker)).toHaveLength(0)
    },
  )

  it('answers in English when the form was English', async () => {
    const res = await post(activity({ _locale: 'en', date: inDays(-3) }))
    expect(res.status).toBe(422)
    expect(res.text).toContain('The date has passed. Enter today&#39;s date or a later one.')
  })

  it('an English-only activity shows its English text in Danish too, and is confirmed in English', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const res = await post(
      activity({
        _locale: 'en',
        title: 'Football in the park',
        summary: 'Informal football for anyone, every Sunday.',
        description: '',
        otherTitle: '',
        otherSummary: '',
        repeats: 'weekly',
        email: 'kick@example.com',
        showEmail: 'yes',
        price: 'paid',
        amount: '25,50 kr.',
      }),
    )
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/en/events/add/thank-you/')
    const [doc] = await byTitle('Football in the park')
    expect(doc).toMatchObject({
      resident: { contactEmail: 'kick@example.com', submitterLocale: 'en' },
      price: { free: false, amount: 25.5 },
      recurrence: { frequency: 'weekly' },
    })
    expect(emailsTo(sent, 'kick@example.com')[0]?.subject).toBe('Confirm your activity')
  })

  it('limits one address to five activities a day', async () => {
    const email = 'busy@example.com'
    for (let i = 0; i < 5; i++) {
      expect((await post(activity({ email, title: `Travl ${i}` }))).status).toBe(303)
    }
    const sixth = await post(activity({ email, title: 'Travl 5' }))
    expect(sixth.status).toBe(429)
    expect(await byTitle('Travl 5')).toHaveLength(0)
  })
})

describe('who may set the residents’ fields', () => {
  it('an association editor cannot mark an event as the residents’ or read a sender', async () => {
    const updated = await payload.update({
      collection: 'events',
      id: w.ownDraftEvent.id,
      draft: true,
      data: {
        organizedByResidents: true,
        resident: { organiser: 'Fake', submitterEmail: 'x@example.com' },
      },
      user: w.editor,
      overrideAccess: false,
    })
    expect(updated.organizedByResidents).not.toBe(true)
    expect(updated.resident?.submitterEmail).toBeFalsy()
  })
})

describe('retention', () => {
  it('deletes activities never confirmed within a week and, after the period, the sender’s address', async () => {
    const stale = await payload.create({
      collection: 'events',
      draft: true,
      overrideAccess: true,
      data: {
        title: 'Aldrig bekræftet',
        summary: 'x',
        start: new Date().toISOString(),
        placeText: 'Et sted',
        organizedByResidents: true,
        resident: { organiser: 'Nogen', submitterEmail: 'stale@example.com' },
        _status: 'draft',
      } as never,
    })
    const old = await payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        title: 'Gammel gadefest',
        summary: 'x',
        start: new Date().toISOString(),
        placeText: 'Vejen',
        organizedByResidents: true,
        resident: {
          organiser: 'Vejlauget',
          submitterEmail: 'old@example.com',
          contactEmail: 'shown@example.com',
          confirmedAt: new Date().toISOString(),
        },
        _status: 'published',
      } as never,
    })
    const later = new Date(Date.now() + 400 * DAY)
    const result = await deletePersonalData(payload, later)
    expect(result.unconfirmed).toBeGreaterThanOrEqual(1)
    expect(result.senders).toBeGreaterThanOrEqual(1)
    expect(
      await payload.findByID({
        collection: 'events',
        id: stale.id,
        overrideAccess: true,
        disableErrors: true,
        draft: true,
      }),
    ).toBeNull()
    const kept = await payload.findByID({ collection: 'events', id: old.id, overrideAccess: true })
    expect(kept.resident).toMatchObject({
      organiser: 'Vejlauget',
      submitterEmail: null,
      contactEmail: 'shown@example.com',
    })
    expect(kept._status).toBe('published')
  })

  it('erasing a person removes their address from activities, shown or not', async () => {
    const doc = await payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        title: 'Slet mig',
        summary: 'x',
        start: new Date().toISOString(),
        placeText: 'Her',
        organizedByResidents: true,
        resident: {
          organiser: 'Mig',
          submitterEmail: 'me@example.com',
          contactEmail: 'me@example.com',
        },
        _status: 'published',
      } as never,
    })
    const result = await erasePerson(payload, { email: 'ME@example.com' })
    expect(result.activities).toBeGreaterThanOrEqual(1)
    const kept = await payload.findByID({ collection: 'events', id: doc.id, overrideAccess: true })
    expect(kept.resident).toMatchObject({
      organiser: 'Mig',
      submitterEmail: null,
      contactEmail: null,
    })
  })
})
