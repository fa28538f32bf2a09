import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { dateKey } from '@velkomst/shared/time'

import { callEndpoint } from '../helpers/endpoints'
import { caller } from '../helpers/http'
import { valid } from '../helpers/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'
import { fieldErrors } from '../helpers/expectations'

let t: TestPayload
let payload: Payload
const ids: Record<string, number> = {}
const users: Record<string, Record<string, unknown> & { id: number }> = {}

const as = (user: keyof typeof users) => ({ user: users[user], overrideAccess: false })
const live = <C extends 'associations' | 'events'>(
  collection: C,
  id: number,
  locale: 'da' | 'en' = 'da',
) => payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0 })
const latest = <C extends 'associations' | 'events'>(
  collection: C,
  id: number,
  locale: 'da' | 'en' = 'da',
) => payload.findByID({ collection, id, locale, fallbackLocale: false, depth: 0, draft: true })

/** The version the review queue shows for a document (what "Publish" sends). */
async function versionShown(collection: 'associations' | 'events', id: number) {
  const item = (await queue()).find((q) => q.collection === collection && q.id === id)
  if (!item) throw new Error(`${collection} ${id} is not waiting for review`)
  return item.versionId
}

async function queue() {
  const { reviewQueue } = await import('../../src/review/queue')
  const { createLocalReq } = await import('payload')
  return reviewQueue(payload, await createLocalReq({ user: users.staff as never }, payload))
}

beforeAll(async () => {
  t = await startPayload('review')
  payload = t.payload
  const published = { _status: 'published' as const }
  for (const [key, n, trusted] of [
    ['plain', 1, false],
    ['trusted', 2, true],
    ['other', 3, false],
  ] as const) {
    const doc = await payload.create({
      collection: 'associations',
      data: { ...valid.association(n), ...published, trusted },
    })
    ids[key] = doc.id
  }
  const user = async (name: string, role: string, associations: number[] = []) => {
    users[name] = (await payload.create({
      collection: 'users',
      data: {
        email: `${name}@test.dk`,
        password: `${name}-password-1`,
        role,
        associations,
      } as never,
    })) as never
  }
  await user('admin', 'admin')
  await user('staff', 'staff')
  await user('editor', 'association-editor', [ids.plain!])
  await user('trustedEditor', 'association-editor', [ids.trusted!])
  const event = await payload.create({
    collection: 'events',
    data: { ...valid.event(ids.plain!, 1), ...published },
  })
  ids.event = event.id
})
afterAll(async () => {
  await t?.cleanup()
})

describe('an editor of an association that is not trusted', () => {
  it('cannot publish, and the published listing stays as it was', async () => {
    const write = payload.update({
      collection: 'associations',
      id: ids.plain!,
      data: { summary: 'Direkte på siden?', _status: 'published' },
      ...as('editor'),
    })
    await expect(write).rejects.toMatchObject({ status: 403 })
    await expect(write).rejects.toThrow(/skal godkendes af kommunen/)
    expect((await live('associations', ids.plain!)).summary).toBe('Foreningen nummer 1.')
  })

  it('cannot write the live listing by leaving out the status either', async () => {
    await expect(
      payload.update({
        collection: 'associations',
        id: ids.plain!,
        data: { summary: 'Uden status' },
        ...as('editor'),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('submits Danish and English changes as a draft, stamped with who and when', async () => {
    for (const [locale, summary] of [
      ['da', 'Vi spiller skak hver tirsdag.'],
      ['en', 'We play chess every Tuesday.'],
    ] as const) {
      await payload.update({
        collection: 'associations',
        id: ids.plain!,
        locale,
        draft: true,
        data: { summary, reviewState: 'submitted' },
        ...as('editor'),
      })
    }
    const draft = await latest('associations', ids.plain!)
    expect(draft.reviewState).toBe('submitted')
    expect(draft.submittedBy).toBe(users.editor!.id)
    expect(Date.now() - Date.parse(draft.submittedAt!)).toBeLessThan(60_000)
    expect((await latest('associations', ids.plain!, 'en')).summary).toBe(
      'We play chess every Tuesday.',
    )
    expect((await live('associations', ids.plain!)).summary).toBe('Foreningen nummer 1.')
  })

  it('cannot mark their own change as reviewed', async () => {
    const errors = await fieldErrors(
      payload.update({
        collection: 'associations',
        id: ids.plain!,
        draft: true,
        data: { reviewState: 'none' },
        ...as('editor'),
      }),
    )
    expect(errors[0]).toMatchObject({ path: 'reviewState' })
    expect(errors[0]!.message).toMatch(/kun sende ændringer til godkendelse/)
  })

  it('cannot publish an event, but may save and submit one', async () => {
    const data = { ...valid.event(ids.plain!, 2), reviewState: 'submitted' as const }
    await expect(
      payload.create({
        collection: 'events',
        data: { ...data, _status: 'published' },
        ...as('editor'),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const draft = await payload.create({
      collection: 'events',
      data,
      draft: true,
      ...as('editor'),
    })
    ids.newEvent = draft.id
    expect(draft._status).toBe('draft')
    expect(draft.reviewState).toBe('submitted')
  })
})

describe('staff review', () => {
  const endpoint = (action: string) => `/review/:collection/:id/${action}`

  it('lists what changed, in both languages, with who submitted it', async () => {
    const { reviewQueue } = await import('../../src/review/queue')
    const { createLocalReq } = await import('payload')
    const queue = await reviewQueue(
      payload,
      await createLocalReq({ user: users.staff as never }, payload),
    )
    const item = queue.find((q) => q.collection === 'associations' && q.id === ids.plain)
    expect(item).toMatchObject({ isNew: false, submittedBy: 'editor@test.dk' })
    expect(item!.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'summary',
          path: ['da'],
          before: 'Foreningen nummer 1.',
          after: 'Vi spiller skak hver tirsdag.',
        },
        { field: 'summary', path: ['en'], before: '', after: 'We play chess every Tuesday.' },
      ]),
    )
    expect(item!.changes.map((c) => c.field)).not.toContain('updatedAt')
    const event = queue.find((q) => q.collection === 'events' && q.id === ids.newEvent)
    expect(event).toMatchObject({ isNew: true })
  })

  it('is for staff only', async () => {
    const answer = await callEndpoint(payload, {
      path: endpoint('publish'),
      method: 'post',
      routeParams: { collection: 'associations', id: ids.plain! },
      user: users.editor,
    })
    expect(answer.status).toBe(403)
    expect((await live('associations', ids.plain!)).summary).toBe('Foreningen nummer 1.')
  })

  it('sends back with a comment the editor sees; the comment is required', async () => {
    const call = (body: unknown) =>
      callEndpoint(payload, {
        path: endpoint('send-back'),
        method: 'post',
        routeParams: { collection: 'associations', id: ids.plain! },
        body,
        user: users.staff,
      })
    const empty = await call({ comment: '  ' })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toContain('Skriv, hvad der skal rettes.')
    const sent = await call({ comment: 'Skriv gerne klokkeslættet.' })
    expect(sent.status).toBe(200)
    const asEditor = await payload.findByID({
      collection: 'associations',
      id: ids.plain!,
      draft: true,
      ...as('editor'),
    })
    expect(asEditor).toMatchObject({
      reviewState: 'changes-requested',
      reviewComment: 'Skriv gerne klokkeslættet.',
    })
    // The editor cannot erase the comment; saving again keeps it.
    await payload.update({
      collection: 'associations',
      id: ids.plain!,
      draft: true,
      data: { summary: 'Vi spiller skak hver tirsdag kl. 19.', reviewComment: 'slettet' },
      ...as('editor'),
    })
    expect((await latest('associations', ids.plain!)).reviewComment).toBe(
      'Skriv gerne klokkeslættet.',
    )
  })

  it('publishes the submitted change exactly, in every language', async () => {
    await payload.update({
      collection: 'associations',
      id: ids.plain!,
      draft: true,
      data: { reviewState: 'submitted' },
      ...as('editor'),
    })
    const shown = await versionShown('associations', ids.plain!)
    const answer = await callEndpoint(payload, {
      path: endpoint('publish'),
      method: 'post',
      routeParams: { collection: 'associations', id: ids.plain! },
      body: { version: shown },
      user: users.staff,
      language: 'en',
    })
    expect(answer).toMatchObject({
      status: 200,
      body: { message: 'Published. The website updates shortly.' },
    })
    const da = await live('associations', ids.plain!)
    expect(da).toMatchObject({
      _status: 'published',
      summary: 'Vi spiller skak hver tirsdag kl. 19.',
      reviewState: 'none',
      reviewComment: null,
    })
    expect((await live('associations', ids.plain!, 'en')).summary).toBe(
      'We play chess every Tuesday.',
    )
    const again = await callEndpoint(payload, {
      path: endpoint('publish'),
      method: 'post',
      routeParams: { collection: 'associations', id: ids.plain! },
      body: { version: shown },
      user: users.staff,
    })
    expect(again.status).toBe(409)
  })

  it('publishes only the version staff looked at: a newer draft is refused, nothing goes live', async () => {
    const submit = (summary: string) =>
      payload.update({
        collection: 'associations',
        id: ids.plain!,
        draft: true,
        data: { summary, reviewState: 'submitted' },
        ...as('editor'),
      })
    await submit('Den version kommunen så.')
    const shown = await versionShown('associations', ids.plain!)
    await submit('En anden tekst, gemt bagefter.')
    const publish = (body: unknown) =>
      callEndpoint(payload, {
        path: endpoint('publish'),
        method: 'post',
        routeParams: { collection: 'associations', id: ids.plain! },
        body,
        user: users.staff,
      })
    const stale = await publish({ version: shown })
    expect(stale.status).toBe(409)
    expect(JSON.stringify(stale.body)).toContain('nyere ændring')
    expect((await live('associations', ids.plain!)).summary).toBe(
      'Vi spiller skak hver tirsdag kl. 19.',
    )
    const missing = await publish({})
    expect(missing.status).toBe(400)
    const current = await publish({ version: await versionShown('associations', ids.plain!) })
    expect(current.status).toBe(200)
    expect((await live('associations', ids.plain!)).summary).toBe('En anden tekst, gemt bagefter.')
  })

  it('shows the names of linked documents in the changes, not their ids', async () => {
    const venue = await payload.create({
      collection: 'venues',
      data: { ...valid.venue(7), name: 'Kulturhuset Birkelyng', _status: 'published' },
    })
    await payload.update({
      collection: 'events',
      id: ids.event!,
      data: { organizers: [ids.plain!, ids.other!] },
    })
    await payload.update({
      collection: 'events',
      id: ids.event!,
      draft: true,
      data: { venue: venue.id, reviewState: 'submitted' },
      ...as('editor'),
    })
    const item = (await queue()).find((q) => q.collection === 'events' && q.id === ids.event)
    const venueChange = item!.changes.find((c) => c.field === 'venue')
    expect(venueChange).toMatchObject({ before: '', after: 'Kulturhuset Birkelyng' })
    const everything = JSON.stringify(item!.changes)
    expect(everything).not.toMatch(new RegExp(`"(after|before)":"${venue.id}"`))
  })
})

describe('restoring an older version', () => {
  const versionWith = async (collection: 'associations', id: number, summary: string) => {
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      pagination: false,
      depth: 0,
    })
    return docs.find((v) => v.version.summary === summary)!.id
  }

  it('is a draft sent to review for an editor who may not publish; the live listing stays', async () => {
    const liveBefore = (await live('associations', ids.plain!)).summary
    const old = await versionWith('associations', ids.plain!, 'Foreningen nummer 1.')
    const straight = payload.restoreVersion({
      collection: 'associations',
      id: old,
      ...as('editor'),
    })
    await expect(straight).rejects.toMatchObject({ status: 403 })
    await expect(straight).rejects.toThrow(/som kladde/)
    expect((await live('associations', ids.plain!)).summary).toBe(liveBefore)
    // "Restore as draft" is REST's (and the admin's) `?draft=true`; the Local API has no draft.
    const rest = caller(payload)
    const token = await rest.login('editor@test.dk', 'editor-password-1')
    const asDraft = await rest.rest('POST', `/associations/versions/${old}?draft=true`, { token })
    expect(asDraft.status).toBe(200)
    expect(asDraft.body._status).toBe('draft')
    const straightOverHttp = await rest.rest('POST', `/associations/versions/${old}`, { token })
    expect(straightOverHttp.status).toBe(403)
    expect((await live('associations', ids.plain!)).summary).toBe(liveBefore)
    const draft = await latest('associations', ids.plain!)
    expect(draft).toMatchObject({
      summary: 'Foreningen nummer 1.',
      reviewState: 'submitted',
      submittedBy: users.editor!.id,
    })
    expect((await queue()).some((q) => q.collection === 'associations' && q.id === ids.plain)).toBe(
      true,
    )
  })

  it('publishes directly for a trusted association and for staff', async () => {
    const old = await versionWith('associations', ids.trusted!, 'Foreningen nummer 2.')
    const restored = await payload.restoreVersion({
      collection: 'associations',
      id: old,
      ...as('trustedEditor'),
    })
    expect(restored._status).toBe('published')
    expect((await live('associations', ids.trusted!)).summary).toBe('Foreningen nummer 2.')
  })

  it('is refused for another association’s versions', async () => {
    const old = await versionWith('associations', ids.other!, 'Foreningen nummer 3.')
    await expect(
      payload.restoreVersion({ collection: 'associations', id: old, ...as('editor') }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('organizers', () => {
  it('an editor adds only their own associations; the message names the other', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'events',
        data: { ...valid.event(ids.plain!, 30), organizers: [ids.plain!, ids.other!] },
        draft: true,
        ...as('editor'),
      }),
    )
    expect(errors[0]).toMatchObject({ path: 'organizers' })
    expect(errors[0]!.message).toMatch(/kun tilføje dine egne foreninger.*Forening 3/)
  })

  it('an editor keeps an organizer staff added, and staff add any', async () => {
    const event = await payload.create({
      collection: 'events',
      data: { ...valid.event(ids.plain!, 31), organizers: [ids.plain!, ids.other!] },
      draft: true,
      ...as('staff'),
    })
    const saved = await payload.update({
      collection: 'events',
      id: event.id,
      draft: true,
      data: { summary: 'Sammen med en anden forening.' },
      ...as('editor'),
    })
    // The other association is not the editor's to read: it comes back as its id.
    const idOf = (o: unknown) =>
      typeof o === 'object' && o !== null ? (o as { id: number }).id : o
    expect(saved.organizers?.map(idOf)).toEqual([ids.plain, ids.other])
    await expect(
      payload.update({
        collection: 'events',
        id: event.id,
        draft: true,
        data: { organizers: [ids.plain!, ids.other!, ids.trusted!] },
        ...as('editor'),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('a trusted association', () => {
  it('publishes its listing and events directly', async () => {
    const doc = await payload.update({
      collection: 'associations',
      id: ids.trusted!,
      data: { summary: 'Straks på siden.', _status: 'published' },
      ...as('trustedEditor'),
    })
    expect(doc._status).toBe('published')
    expect((await live('associations', ids.trusted!)).summary).toBe('Straks på siden.')
    const event = await payload.create({
      collection: 'events',
      data: { ...valid.event(ids.trusted!, 5), _status: 'published' },
      ...as('trustedEditor'),
    })
    expect(event._status).toBe('published')
  })

  it('cannot set its own trusted flag', async () => {
    await payload.update({
      collection: 'associations',
      id: ids.plain!,
      draft: true,
      data: { trusted: true },
      ...as('editor'),
    })
    expect((await latest('associations', ids.plain!)).trusted).toBe(false)
  })
})

describe('"this listing is still correct"', () => {
  const confirm = (id: number, user: string) =>
    callEndpoint(payload, {
      path: '/:id/confirm',
      method: 'post',
      collection: 'associations',
      routeParams: { id },
      user: users[user],
    })

  it('dates the published listing without publishing a waiting draft', async () => {
    const liveSummary = (await live('associations', ids.plain!)).summary
    await payload.update({
      collection: 'associations',
      id: ids.plain!,
      draft: true,
      data: { summary: 'Ændring der venter.', reviewState: 'submitted' },
      ...as('editor'),
    })
    // Copenhagen's day before and after the request (they differ only if midnight falls between).
    const days = [dateKey(new Date())]
    const answer = await confirm(ids.plain!, 'editor')
    days.push(dateKey(new Date()))
    expect(answer.status).toBe(200)
    expect(String(answer.body.message)).toMatch(/^Tak! Bekræftet .*\d{4}\.$/)
    const published = await live('associations', ids.plain!)
    const today = dateKey(published.lastConfirmed ?? '')
    expect(days).toContain(today)
    expect(published.summary).toBe(liveSummary)
    const draft = await latest('associations', ids.plain!)
    expect(draft).toMatchObject({ summary: 'Ændring der venter.', reviewState: 'submitted' })
    expect(dateKey(draft.lastConfirmed ?? '')).toBe(today)
  })

  it('dates a listing without a waiting draft', async () => {
    await payload.update({
      collection: 'associations',
      id: ids.trusted!,
      data: { lastConfirmed: '2025-01-01T12:00:00.000Z' },
    })
    const days = [dateKey(new Date())]
    expect((await confirm(ids.trusted!, 'trustedEditor')).status).toBe(200)
    days.push(dateKey(new Date()))
    const doc = await latest('associations', ids.trusted!)
    expect(doc._status).toBe('published')
    expect(days).toContain(dateKey(doc.lastConfirmed ?? ''))
  })

  it("refuses someone else's association", async () => {
    const answer = await confirm(ids.other!, 'editor')
    expect(answer.status).toBe(403)
    expect(JSON.stringify(answer.body)).toContain('Du har ikke adgang til det.')
  })
})

describe('inviting an editor', () => {
  const invite = (body: unknown, user = 'staff') =>
    callEndpoint(payload, {
      path: '/invite',
      method: 'post',
      collection: 'users',
      body,
      user: users[user],
    })

  it('creates the editor and emails a working set-password link in both languages', async () => {
    const sent = vi.spyOn(payload.email, 'sendEmail')
    const answer = await invite({
      email: 'Ny.Redaktoer@Test.dk',
      displayName: 'Ny Redaktør',
      associations: [ids.other],
    })
    expect(answer.status).toBe(200)
    const user = await payload.findByID({
      collection: 'users',
      id: answer.body.id as number,
      depth: 0,
    })
    expect(user).toMatchObject({ email: 'ny.redaktoer@test.dk', role: 'association-editor' })
    expect(user.associations).toEqual([ids.other])
    expect(sent).toHaveBeenCalledTimes(1)
    const email = sent.mock.calls[0]![0] as { to: string; subject: string; html: string }
    expect(email.to).toBe('ny.redaktoer@test.dk')
    expect(email.subject).toContain('Du er inviteret til at redigere Forening 3')
    expect(email.subject).toContain('You are invited to edit Forening 3')
    const token = /\/admin\/set-password\?token=([\w-]+)/.exec(email.html)?.[1]
    expect(token).toBeTruthy()
    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'mit-eget-kodeord-1' },
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'ny.redaktoer@test.dk', password: 'mit-eget-kodeord-1' },
    })
    expect(login.user?.id).toBe(user.id)
    sent.mockRestore()
  })

  it('says clearly when the address is taken, wrong, or no association is chosen', async () => {
    const taken = await invite({ email: 'editor@test.dk', associations: [ids.plain] })
    expect(taken.status).toBe(409)
    expect(JSON.stringify(taken.body)).toContain(
      'Der findes allerede en bruger med e-mailadressen editor@test.dk.',
    )
    expect((await invite({ email: 'ikke-en-adresse', associations: [ids.plain] })).status).toBe(400)
    const none = await invite({ email: 'x@test.dk', associations: [] })
    expect(JSON.stringify(none.body)).toContain('Vælg mindst én forening.')
  })

  it('is for staff only', async () => {
    expect((await invite({ email: 'y@test.dk', associations: [ids.plain] }, 'editor')).status).toBe(
      403,
    )
  })
})
