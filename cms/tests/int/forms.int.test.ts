/**
 * The public forms' endpoint: what a person sees when something is wrong (in their language,
 * with everything they typed), what happens when it is right, and the spam rules (honeypot,
 * signed time, per-address / per-email / overall limits, sizes), through the handler as the
 * REST API calls it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { fieldsOf, type FormDefinition, type Values } from '@velkomst/shared/forms'
import { surveyForm, visitRequestForm } from '@velkomst/shared/newcomers'

import { publicFormEndpoints } from '../../src/forms/endpoint'
import { formEndpoints } from '../../src/forms/registry'
import { formToken } from '../../src/forms/signing'
import type { PublicForm } from '../../src/forms/types'
import { startPayload, type TestPayload } from '../helpers/payload'
import { buildNewcomers, entriesOf, postForm, type Newcomers } from '../helpers/newcomers'

let t: TestPayload
let payload: Payload
let nc: Newcomers
let neighbourhood: { id: number }
let interest: { id: number }
let address = 1

/** A sender of their own, so the per-address limits of one test do not touch another's. */
const fresh = () => `198.51.100.${address++}`

beforeAll(async () => {
  t = await startPayload('forms')
  payload = t.payload
  nc = await buildNewcomers(payload)
  neighbourhood = await payload.create({
    collection: 'communities',
    data: { name: 'Hedemarken', kind: 'neighbourhood' },
  })
  interest = await payload.create({
    collection: 'communities',
    data: { name: 'Skakvenner', kind: 'interest' },
  })
})
afterAll(async () => t?.cleanup())
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.TRUSTED_PROXIES
})

/** A form opened ten seconds ago: long enough for a person. */
const opened = (form: string, secondsAgo = 10) =>
  formToken(payload.secret, form, Date.now() - secondsAgo * 1000)

const visit = (fields: Record<string, string | string[]> = {}) => ({
  _locale: 'da',
  _token: opened('visit-request'),
  website: '',
  name: 'Fatima Hassan',
  // Its own address each time: the per-email limit is tested on its own.
  email: `fatima.${address++}@example.com`,
  phone: '',
  language: 'ar',
  neighbourhood: String(neighbourhood.id),
  household: 'family-with-children',
  ambassador: '',
  message: 'Vi er lige flyttet hertil med to børn.',
  consent: 'yes',
  ...fields,
})

const requestsNamed = async (name: string) =>
  (await payload.find({ collection: 'visit-requests', where: { name: { equals: name } } })).docs

describe('a visit request that is right', () => {
  it('is stored, confirmed by email in its language, and answered with the confirmation page', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ _locale: 'en', name: 'Maria Lopez', email: 'Maria@Example.com' }),
      from: fresh(),
    })
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/en/ambassadors/thank-you/')
    const [stored] = await requestsNamed('Maria Lopez')
    expect(stored).toMatchObject({
      email: 'maria@example.com',
      language: 'ar',
      household: 'family-with-children',
      consent: true,
      locale: 'en',
      status: 'new',
    })
    expect(stored?.neighbourhood).toMatchObject({ id: neighbourhood.id })
    expect(sent).toHaveBeenCalledTimes(1)
    const email = sent.mock.calls[0]![0] as { to: string; subject: string; html: string }
    expect(email.to).toBe('maria@example.com')
    expect(email.subject).toBe('We have received your request for a welcome ambassador')
    expect(email.html).toContain('Hello Maria Lopez')
    expect(email.html).toContain('180 days')
    expect(email.html).toContain('http://localhost:4321/en/tell-us/')
  })

  it('answers a script with the confirmation to show in place', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name: 'Script Sender' }),
      json: true,
      from: fresh(),
    })
    expect(res.status).toBe(200)
    expect(res.json.status).toBe('sent')
    expect(res.json.html).toContain('Tak, vi har fået din anmodning')
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4321')
    expect(await requestsNamed('Script Sender')).toHaveLength(1)
  })

  it('may name an ambassador shown on the site, and no other', async () => {
    const ok = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name: 'Wants Bo', ambassador: String(nc.other.id) }),
      from: fresh(),
    })
    expect(ok.status).toBe(303)
    for (const hiddenOne of [nc.hidden.id, nc.ended.id, 999999]) {
      const refused = await postForm(payload, formEndpoints, {
        form: 'visit-request',
        fields: visit({ name: 'Wants Hidden', ambassador: String(hiddenOne) }),
        from: fresh(),
      })
      expect(refused.status).toBe(422)
      expect(refused.text).toContain('href="#visit-request-ambassador"')
    }
    expect(await requestsNamed('Wants Hidden')).toHaveLength(0)
  })

  it('may name a neighbourhood, not an interest community', async () => {
    const refused = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name: 'Interest', neighbourhood: String(interest.id) }),
      from: fresh(),
    })
    expect(refused.status).toBe(422)
    expect(refused.text).toContain('href="#visit-request-neighbourhood"')
  })
})

describe('a visit request with mistakes', () => {
  const typed = () =>
    visit({
      _locale: 'en',
      name: '',
      email: 'fatima@',
      phone: '12',
      message: 'Hej <script>alert("x")</script> & "tak" \'Ø\'',
      consent: '',
    })

  it('comes back as a page in its language naming each field, with everything typed still there', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: typed(),
      from: fresh(),
    })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = res.text
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('<title>Error: Ask for a visit from a welcome ambassador')
    expect(html).toContain('There is a problem')
    for (const [field, message] of [
      ['name', 'Enter your name.'],
      ['email', 'Enter a valid email address'],
      ['phone', 'Enter a phone number of 8 to 15 digits'],
      ['consent', 'Tick the box if you agree'],
    ] as const) {
      expect(html).toContain(`<a href="#visit-request-${field}">${message}`)
      expect(html).toMatch(new RegExp(`id="visit-request-${field}"[^>]*aria-invalid="true"`))
      expect(html).toContain(`id="visit-request-${field}-error"`)
    }
    // What was typed is there, escaped.
    expect(html).toContain('value="fatima@"')
    expect(html).toContain('value="12"')
    expect(html).toContain(
      'Hej &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;tak&quot; &#39;Ø&#39;',
    )
    expect(html).not.toContain('<script>alert')
    expect(html).toMatch(/<option value="ar" selected>/)
    expect(html).toMatch(/value="family-with-children" checked/)
    // The site's look, and links back to the site in the same language.
    expect(html).toContain('href="http://localhost:4321/forms.css"')
    expect(html).toContain('href="http://localhost:4321/en/privacy/"')
    expect(await requestsNamed('')).toHaveLength(0)
  })

  it('comes back to a script as the form to put in place, in Danish', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: { ...typed(), _locale: 'da' },
      json: true,
      from: fresh(),
    })
    expect(res.status).toBe(422)
    expect(res.json.status).toBe('invalid')
    expect(res.json.title).toBe('Fejl: Bed om besøg af en velkomstambassadør')
    expect(res.json.html).toContain('Der er et problem')
    expect(res.json.html).toContain('Skriv dit navn.')
  })

  it('names any field that is too long, for every text field of both forms', async () => {
    for (const form of [visitRequestForm, surveyForm]) {
      for (const field of fieldsOf(form)) {
        if (!('maxLength' in field)) continue
        const long =
          field.kind === 'email'
            ? `${'a'.repeat(field.maxLength)}@x.dk`
            : 'x'.repeat(field.maxLength + 1)
        const fields: Values =
          form.id === 'visit-request'
            ? visit({ [field.name]: long })
            : {
                _locale: 'da',
                _token: opened('survey'),
                contact: 'yes',
                email: 'a@b.dk',
                [field.name]: long,
              }
        const res = await postForm(payload, formEndpoints, { form: form.id, fields, from: fresh() })
        expect(res.status, `${form.id}.${field.name}`).toBe(422)
        expect(res.text, `${form.id}.${field.name}`).toContain(`href="#${form.id}-${field.name}"`)
      }
    }
  })

  it('refuses more web addresses than a text may hold', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ message: 'Se https://a.dk, https://b.dk og www.c.dk' }),
      from: fresh(),
    })
    expect(res.status).toBe(422)
    expect(res.text).toContain('Skriv højst 2 webadresser i teksten.')
  })

  it('asks for an email or a phone number', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ email: '', phone: '' }),
      from: fresh(),
    })
    expect(res.status).toBe(422)
    expect(res.text).toContain(
      '<a href="#visit-request-email">Skriv en e-mailadresse eller et telefonnummer',
    )
  })
})

describe('spam rules', () => {
  it('the honeypot: thanked, nothing kept', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name: 'Robot Honey', website: 'http://spam.example' }),
      from: fresh(),
    })
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/ambassadoerer/tak/')
    expect(await requestsNamed('Robot Honey')).toHaveLength(0)
  })

  it.each([
    ['no signed time (no script ran)', ''],
    ['a time signed a moment ago', 'now'],
    ['a forged time', 'forged'],
    ['a time signed for another form', 'other'],
    ['a time signed two days ago', 'stale'],
  ])('%s: shown again to send, nothing kept until then', async (_case, kind) => {
    const token =
      kind === 'now'
        ? formToken(payload.secret, 'visit-request')
        : kind === 'forged'
          ? formToken('another-secret-entirely-1234', 'visit-request', Date.now() - 10_000)
          : kind === 'other'
            ? opened('survey')
            : kind === 'stale'
              ? opened('visit-request', 2 * 24 * 3600)
              : ''
    const name = `Check ${kind || 'none'}`
    const from = fresh()
    const res = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name, _token: token }),
      from,
    })
    expect(res.status).toBe(200)
    expect(res.text).toContain('Tjek dine svar, og send igen')
    expect(res.text).toContain(`value="${name}"`)
    expect(await requestsNamed(name)).toHaveLength(0)
    // The page carries a new signed time: sent again a few seconds later, it goes through.
    const again = /name="_token" value="([^"]+)"/.exec(res.text)?.[1]
    expect(again).toBeTruthy()
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 5000 })
    try {
      const second = await postForm(payload, formEndpoints, {
        form: 'visit-request',
        fields: visit({ name, _token: again! }),
        from,
      })
      expect(second.status).toBe(303)
    } finally {
      vi.useRealTimers()
    }
    expect(await requestsNamed(name)).toHaveLength(1)
  })

  it("limits one address (5 an hour), in the sender's language, and not the next address", async () => {
    const from = fresh()
    for (let i = 0; i < 5; i++) {
      const ok = await postForm(payload, formEndpoints, {
        form: 'survey',
        fields: { _locale: 'en', _token: opened('survey'), expectations: 'met' },
        from,
      })
      expect(ok.status).toBe(303)
    }
    const limited = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: {
        _locale: 'en',
        _token: opened('survey'),
        expectations: 'partly',
        hard: 'Limited one',
      },
      from,
    })
    expect(limited.status).toBe(429)
    expect(limited.text).toContain('Please wait before sending again')
    expect(limited.text).toContain('Limited one')
    const json = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: { _locale: 'da', _token: opened('survey'), expectations: 'partly' },
      from,
      json: true,
    })
    expect(json.status).toBe(429)
    expect(json.json.html).toContain('Vent lidt, før du sender igen')
    const other = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: { _locale: 'da', _token: opened('survey'), expectations: 'partly' },
      from: fresh(),
    })
    expect(other.status).toBe(303)
    const stored = await payload.count({
      collection: 'survey-answers',
      where: { hard: { equals: 'Limited one' } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('believes only the rightmost X-Forwarded-For entry, unless it is a configured proxy', async () => {
    const real = fresh()
    const post = (xff: string) =>
      postForm(payload, formEndpoints, {
        form: 'survey',
        fields: { _locale: 'da', _token: opened('survey'), tickets: 'used' },
        from: xff,
      })
    // A client writing a new address on the left each time is still the same sender.
    for (let i = 0; i < 5; i++) expect((await post(`10.9.9.${i}, ${real}`)).status).toBe(303)
    expect((await post(`10.9.9.99, ${real}`)).status).toBe(429)
    // Behind a configured proxy, its own entry is skipped and the client's is counted.
    process.env.TRUSTED_PROXIES = '192.0.2.0/24'
    const client = fresh()
    for (let i = 0; i < 5; i++) expect((await post(`${client}, 192.0.2.10`)).status).toBe(303)
    expect((await post(`${client}, 192.0.2.11`)).status).toBe(429)
  })

  it('limits requests with the same email address (3 a day), from any address', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await postForm(payload, formEndpoints, {
        form: 'visit-request',
        fields: visit({ name: `Same Email ${i}`, email: 'same@example.com' }),
        from: fresh(),
      })
      expect(ok.status).toBe(303)
    }
    const limited = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ name: 'Same Email 4', email: 'SAME@example.com' }),
      from: fresh(),
    })
    expect(limited.status).toBe(429)
    expect(await requestsNamed('Same Email 4')).toHaveLength(0)
  })

  it('refuses a body over the size limit, and an unknown form', async () => {
    const big = await postForm(payload, formEndpoints, {
      form: 'visit-request',
      fields: visit({ message: 'x'.repeat(70_000) }),
      from: fresh(),
    })
    expect(big.status).toBe(413)
    expect(big.text).toContain('Det, du sendte, er for stort')
    const unknown = await postForm(payload, formEndpoints, {
      form: 'nope',
      fields: {},
      from: fresh(),
    })
    expect(unknown.status).toBe(404)
  })
})

describe('the machinery, for any form', () => {
  const saved: Values[] = []
  const tiny: FormDefinition = {
    ...surveyForm,
    id: 'tiny',
    limits: {
      perAddress: [{ max: 100, minutes: 60 }],
      overall: { max: 2, minutes: 60 },
      minFillSeconds: 3,
    },
  }
  const form: PublicForm = {
    definition: tiny,
    save: (values) => Promise.resolve(void saved.push(values)),
  }
  const endpoints = publicFormEndpoints([form])
  const post = (fields: Record<string, string>) =>
    postForm(payload, endpoints, {
      form: 'tiny',
      fields: { _locale: 'da', _token: opened('tiny'), ...fields },
      from: fresh(),
    })

  it('stops at the ceiling for everyone together', async () => {
    expect((await post({ tickets: 'used' })).status).toBe(303)
    expect((await post({ tickets: 'used' })).status).toBe(303)
    expect((await post({ tickets: 'not-yet' })).status).toBe(429)
    expect(saved).toHaveLength(2)
  })

  it('stops one address after 60 posts an hour, however wrong they were', async () => {
    const from = fresh()
    let status = 0
    for (let i = 0; i < 61; i++) {
      status = (
        await postForm(payload, endpoints, { form: 'tiny', fields: { _locale: 'en' }, from })
      ).status
    }
    expect(status).toBe(429)
  })

  it("keeps only the form's own fields, cleaned", async () => {
    saved.length = 0
    await payload.delete({ collection: 'form-attempts', where: { form: { equals: 'tiny' } } })
    await postForm(payload, endpoints, {
      form: 'tiny',
      fields: entriesOf({
        _locale: 'da',
        _token: opened('tiny'),
        hard: '  line one\r\nline two  ',
        activities: ['sport', 'sport', 'culture'],
        role: 'admin',
      }),
      from: fresh(),
    })
    expect(saved[0]).toMatchObject({ hard: 'line one\nline two', activities: ['sport', 'culture'] })
    expect(saved[0]).not.toHaveProperty('role')
  })

  it('hands out a signed time through GET /api/forms/:form/token', async () => {
    const endpoint = formEndpoints.find((e) => e.path === '/forms/:form/token')!
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ req: { routeParams: { form: 'survey' } } }, payload)
    const res = await endpoint.handler(req)
    const body = (await res.json()) as { token: string }
    expect(body.token).toMatch(/^survey\./)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('the survey', () => {
  it('is anonymous: an email is kept only with the tick, and the tick needs an email', async () => {
    const noTick = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: { _locale: 'da', _token: opened('survey'), hard: 'Uden kryds', email: 'a@b.dk' },
      from: fresh(),
    })
    expect(noTick.status).toBe(422)
    expect(noTick.text).toContain('href="#survey-contact"')
    const noEmail = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: {
        _locale: 'da',
        _token: opened('survey'),
        hard: 'Kryds uden e-mail',
        contact: 'yes',
      },
      from: fresh(),
    })
    expect(noEmail.status).toBe(422)
    expect(noEmail.text).toContain('href="#survey-email"')
    const empty = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: { _locale: 'da', _token: opened('survey') },
      from: fresh(),
    })
    expect(empty.status).toBe(422)
    expect(empty.text).toContain('Svar på mindst ét spørgsmål.')
  })

  it('stores the answer in the quarter it was given, as not collected in person', async () => {
    const res = await postForm(payload, formEndpoints, {
      form: 'survey',
      fields: entriesOf({
        _locale: 'en',
        _token: opened('survey'),
        reasons: ['nature', 'price'],
        hard: 'Finding a doctor',
        contact: 'yes',
        email: 'Reader@Example.com',
      }),
      from: fresh(),
    })
    expect(res.status).toBe(303)
    expect(res.location).toBe('http://localhost:4321/en/tell-us/thank-you/')
    const { docs } = await payload.find({
      collection: 'survey-answers',
      where: { hard: { equals: 'Finding a doctor' } },
    })
    expect(docs[0]).toMatchObject({
      reasons: ['nature', 'price'],
      email: 'reader@example.com',
      inPerson: false,
      locale: 'en',
    })
    expect(docs[0]?.quarter).toMatch(/^\d{4}-Q[1-4]$/)
  })
})
