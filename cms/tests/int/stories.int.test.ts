/**
 * Good stories in the CMS: the access matrix (Local API, `overrideAccess: false`, every role,
 * allowed and forbidden), what a trusted association's editor may write, the review queue and
 * the export to the content contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload } from 'payload'

import { buildSnapshot } from '../../src/export/snapshot'
import { callEndpoint } from '../helpers/endpoints'
import { expectFieldError } from '../helpers/expectations'
import { valid } from '../helpers/fixtures'
import { lexicalParagraph } from '@velkomst/testing/fixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

type Actor = 'anonymous' | 'ambassador' | 'editor' | 'trustedEditor' | 'staff' | 'admin'
const actors: Actor[] = ['anonymous', 'ambassador', 'editor', 'trustedEditor', 'staff', 'admin']

let t: TestPayload
let payload: Payload
const ids: Record<string, number> = {}
const users: Partial<Record<Actor, Record<string, unknown> & { id: number }>> = {}
let counter = 10

const published = { _status: 'published' as const }
const as = (actor: Actor) => ({
  overrideAccess: false as const,
  user: users[actor] as never,
})

beforeAll(async () => {
  t = await startPayload('stories')
  payload = t.payload
  for (const [key, n, trusted] of [
    ['plain', 1, false],
    ['trusted', 2, true],
    ['other', 3, false],
  ] as const) {
    ids[key] = (
      await payload.create({
        collection: 'associations',
        data: { ...valid.association(n), ...published, trusted },
      })
    ).id
  }
  const user = async (actor: Actor, role: string, associations: number[] = []) => {
    users[actor] = (await payload.create({
      collection: 'users',
      data: { email: `${actor}@test.dk`, password: `${actor}-password-1`, role, associations },
    } as never)) as never
  }
  await user('admin', 'admin')
  await user('staff', 'staff')
  await user('editor', 'association-editor', [ids.plain!])
  await user('trustedEditor', 'association-editor', [ids.trusted!])
  await user('ambassador', 'ambassador')
  ids.event = (
    await payload.create({
      collection: 'events',
      data: { ...valid.event(ids.trusted!, 1), ...published },
    })
  ).id
  ids.community = (await payload.create({ collection: 'communities', data: valid.community(1) })).id
})
afterAll(async () => t?.cleanup())

/** A story made with full access: about `about`, published or a draft. */
async function story(about: keyof typeof ids, state: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'stories',
    data: { ...valid.story(ids[about]!, ++counter), _status: state },
    draft: state === 'draft',
  })
}

/** True when the operation went through; false when access refused it (403 or 404). */
async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await fn()
    if (result && typeof result === 'object' && 'docs' in result) {
      return (result as { docs: unknown[] }).docs.length > 0
    }
    return result !== null && result !== undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    const name = (error as Error).name
    if (status === 403 || status === 404 || name === 'Forbidden' || name === 'NotFound') {
      return false
    }
    throw error
  }
}

const everyone = actors
const writers: Actor[] = ['trustedEditor', 'staff', 'admin']
const staffOnly: Actor[] = ['staff', 'admin']

const cases: { name: string; allowed: Actor[]; run: (actor: Actor) => Promise<unknown> }[] = [
  {
    name: 'read a published story',
    allowed: everyone,
    run: async (actor) => {
      const doc = await story('plain')
      return payload.findByID({ collection: 'stories', id: doc.id, ...as(actor) })
    },
  },
  {
    name: 'list a published story',
    allowed: everyone,
    run: async (actor) => {
      const doc = await story('other')
      return payload.find({
        collection: 'stories',
        where: { id: { equals: doc.id } },
        ...as(actor),
      })
    },
  },
  {
    name: 'read a draft about a trusted association (its editor)',
    allowed: writers,
    run: async (actor) => {
      const doc = await story('trusted', 'draft')
      return payload.findByID({ collection: 'stories', id: doc.id, draft: true, ...as(actor) })
    },
  },
  {
    name: 'read a draft about an association that is not trusted (not even its editor)',
    allowed: staffOnly,
    run: async (actor) => {
      const doc = await story('plain', 'draft')
      return payload.find({
        collection: 'stories',
        where: { id: { equals: doc.id } },
        draft: true,
        ...as(actor),
      })
    },
  },
  {
    name: 'create a story about the trusted association',
    allowed: writers,
    run: (actor) =>
      payload.create({
        collection: 'stories',
        data: { ...valid.story(ids.trusted!, ++counter), ...published },
        ...as(actor),
      }),
  },
  {
    name: 'create a story about an association that is not trusted',
    allowed: staffOnly,
    run: (actor) =>
      payload.create({
        collection: 'stories',
        data: { ...valid.story(ids.plain!, ++counter), ...published },
        ...as(actor),
      }),
  },
  {
    name: 'update a published story about the trusted association',
    allowed: writers,
    run: async (actor) => {
      const doc = await story('trusted')
      return payload.update({
        collection: 'stories',
        id: doc.id,
        data: { title: 'Ny titel' },
        ...as(actor),
      })
    },
  },
  {
    name: 'update a story about another association',
    allowed: staffOnly,
    run: async (actor) => {
      const doc = await story('other')
      return payload.update({
        collection: 'stories',
        id: doc.id,
        data: { title: 'Ny titel' },
        ...as(actor),
      })
    },
  },
  {
    name: 'delete a story about the trusted association',
    allowed: writers,
    run: async (actor) => {
      const doc = await story('trusted')
      return payload.delete({ collection: 'stories', id: doc.id, ...as(actor) })
    },
  },
  {
    name: 'delete a story about another association',
    allowed: staffOnly,
    run: async (actor) => {
      const doc = await story('plain')
      return payload.delete({ collection: 'stories', id: doc.id, ...as(actor) })
    },
  },
  {
    name: 'read the versions of a story about the trusted association',
    allowed: writers,
    run: async (actor) => {
      const doc = await story('trusted')
      return payload.findVersions({
        collection: 'stories',
        where: { parent: { equals: doc.id } },
        ...as(actor),
      })
    },
  },
  {
    name: 'read the versions of a story about another association',
    allowed: staffOnly,
    run: async (actor) => {
      const doc = await story('plain')
      return payload.findVersions({
        collection: 'stories',
        where: { parent: { equals: doc.id } },
        ...as(actor),
      })
    },
  },
]

describe('the access matrix for stories', () => {
  for (const c of cases) {
    for (const actor of actors) {
      const allowed = c.allowed.includes(actor)
      it(`${c.name}: ${actor} ${allowed ? 'may' : 'may not'}`, async () => {
        expect(await attempt(() => c.run(actor))).toBe(allowed)
      })
    }
  }

  it('the access answers for the admin: only writers see "Create new" and open the create view', async () => {
    for (const actor of actors) {
      const req = await createLocalReq({ user: users[actor] as never }, payload)
      const create = payload.collections.stories.config.access.create
      // The navigation asks without data; the create view with `{ _status: 'draft' }`.
      for (const data of [undefined, { _status: 'draft' }]) {
        const answer = Boolean(await create({ req, data } as never))
        expect(answer, `${actor} ${JSON.stringify(data)}`).toBe(writers.includes(actor))
      }
    }
  })

  it('a new story without associations starts out about the editor’s own association', async () => {
    const data: Partial<ReturnType<typeof valid.story>> = valid.story(ids.trusted!, 503)
    delete data.associations
    const doc = await payload.create({
      collection: 'stories',
      data: { ...data, ...published } as never,
      depth: 0,
      ...as('trustedEditor'),
    })
    expect(doc.associations).toEqual([ids.trusted])
  })
})

describe('a trusted association’s editor', () => {
  it('publishes a story about their association directly, nothing goes to review', async () => {
    const doc = await payload.create({
      collection: 'stories',
      data: { ...valid.story(ids.trusted!, 500), ...published },
      ...as('trustedEditor'),
    })
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('none')
  })

  it('cannot put a story on another association’s page: refused beside the field, in their language', async () => {
    const doc = await story('trusted')
    for (const [language, message] of [
      ['da', /egne foreninger/],
      ['en', /own associations/],
    ] as const) {
      const req = await createLocalReq({ user: users.trustedEditor as never }, payload)
      req.i18n = { ...req.i18n, language }
      await expectFieldError(
        payload.update({
          collection: 'stories',
          id: doc.id,
          data: { associations: [ids.trusted!, ids.other!] },
          overrideAccess: false,
          req,
        }),
        'associations',
        message,
      )
    }
    const after = await payload.findByID({ collection: 'stories', id: doc.id, depth: 0 })
    expect(after.associations).toEqual([ids.trusted])
  })

  it('cannot save a story about no association', async () => {
    await expect(
      payload.create({
        collection: 'stories',
        data: { ...valid.story(ids.trusted!, 501), associations: [], ...published },
        ...as('trustedEditor'),
      }),
    ).rejects.toBeTruthy()
  })

  it('needs the Danish text; English is optional', async () => {
    await expectFieldError(
      payload.create({
        collection: 'stories',
        data: { ...valid.story(ids.trusted!, 502), body: null, ...published },
        ...as('trustedEditor'),
      }),
      'body',
      /.+/,
    )
  })

  it('loses the right when staff take the trust away', async () => {
    const doc = await story('trusted')
    await payload.update({ collection: 'associations', id: ids.trusted!, data: { trusted: false } })
    try {
      expect(
        await attempt(() =>
          payload.update({
            collection: 'stories',
            id: doc.id,
            data: { title: 'Efter tilliden' },
            ...as('trustedEditor'),
          }),
        ),
      ).toBe(false)
    } finally {
      await payload.update({
        collection: 'associations',
        id: ids.trusted!,
        data: { trusted: true },
      })
    }
  })
})

describe('stories under review', () => {
  it('a submitted draft is in staff’s queue with its changes; staff publish exactly that version', async () => {
    const doc = await story('trusted')
    await payload.update({
      collection: 'stories',
      id: doc.id,
      draft: true,
      data: {
        title: 'Koret sang igen',
        body: lexicalParagraph('Og publikum sang med.'),
        reviewState: 'submitted',
      },
      ...as('trustedEditor'),
    })
    const { reviewQueue } = await import('../../src/review/queue')
    const req = await createLocalReq({ user: users.staff as never }, payload)
    const item = (await reviewQueue(payload, req)).find(
      (q) => q.collection === 'stories' && q.id === doc.id,
    )
    expect(item).toBeDefined()
    expect(item!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['title', 'body']))
    // The text as the words a reader sees, before and after.
    expect(item!.changes.find((c) => c.field === 'body')).toMatchObject({
      path: ['da'],
      after: 'Og publikum sang med.',
    })
    expect(item!.changes.find((c) => c.field === 'body')!.before).toMatch(/^Det skete/)
    const answer = await callEndpoint(payload, {
      path: '/review/:collection/:id/publish',
      method: 'post',
      routeParams: { collection: 'stories', id: doc.id },
      body: { version: item!.versionId },
      user: users.staff,
    })
    expect(answer.status).toBe(200)
    const live = await payload.findByID({ collection: 'stories', id: doc.id, depth: 0 })
    expect(live.title).toBe('Koret sang igen')
    expect(live.reviewState).toBe('none')
  })
})

describe('what a story is about', () => {
  it('an association a published story is about is not deleted: the refusal names the story', async () => {
    const association = await payload.create({
      collection: 'associations',
      data: { ...valid.association(40), _status: 'published' },
    })
    const doc = await payload.create({
      collection: 'stories',
      data: { ...valid.story(association.id, 41), ...published },
    })
    await expect(
      payload.delete({ collection: 'associations', id: association.id, ...as('staff') }),
    ).rejects.toThrow(/Historie 41 \(historie\)/)
    // Unpublished, the story no longer holds the association back.
    await payload.update({ collection: 'stories', id: doc.id, data: { _status: 'draft' } })
    await payload.delete({ collection: 'associations', id: association.id, ...as('staff') })
  })
})

describe('stories in the export', () => {
  it('holds published stories only, with their day, text and what they are about', async () => {
    const doc = await payload.create({
      collection: 'stories',
      data: {
        ...valid.story(ids.trusted!, 700),
        events: [ids.event!],
        communities: [ids.community!],
        publishedOn: '2026-10-31T23:30:00.000Z',
        ...published,
      },
    })
    await payload.update({
      collection: 'stories',
      id: doc.id,
      locale: 'en',
      data: { title: 'Story 700' },
    })
    const draft = await story('trusted', 'draft')
    const snapshot = await buildSnapshot(payload)
    const exported = snapshot.stories.find((s) => s.id === String(doc.id))
    expect(exported).toMatchObject({
      slug: 'historie-700',
      title: { da: 'Historie 700', en: 'Story 700' },
      summary: { da: 'Den gode historie nummer 700.', en: null },
      // The day in Copenhagen: 23:30 UTC on 31 October is 1 November there.
      publishedOn: '2026-11-01',
      associationIds: [String(ids.trusted)],
      eventIds: [String(ids.event)],
      communityIds: [String(ids.community)],
      image: null,
    })
    expect(exported!.body.da).toEqual([
      { type: 'paragraph', children: [{ text: 'Det skete i Albertslund, nummer 700.' }] },
    ])
    expect(exported!.body.en).toBeNull()
    expect(snapshot.stories.find((s) => s.id === String(draft.id))).toBeUndefined()
  })
})
