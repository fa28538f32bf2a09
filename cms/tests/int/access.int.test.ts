/**
 * The access matrix: every collection x role x operation, through the Local API with
 * `overrideAccess: false`, both the allowed and the forbidden case.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload, type Where } from 'payload'

import { startPayload, type TestPayload } from '../helpers/payload'
import { expectFieldError } from '../helpers/expectations'
import { buildWorld, valid, type World } from '../helpers/fixtures'
import { buildNewcomers, type Newcomers } from '../helpers/newcomers'

type Actor = 'anonymous' | 'editor' | 'staff' | 'admin'
const actors: Actor[] = ['anonymous', 'editor', 'staff', 'admin']

let t: TestPayload
let payload: Payload
let w: World
let counter = 100

beforeAll(async () => {
  t = await startPayload('access')
  payload = t.payload
  w = await buildWorld(payload)
})
afterAll(async () => t?.cleanup())

const userOf = (actor: Actor) =>
  actor === 'anonymous'
    ? undefined
    : (w[actor] as unknown as Parameters<Payload['find']>[0]['user'])

/** True when the operation went through; false when access refused it (403 or 404). */
async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = await fn()
    return result !== null && result !== undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    if (
      status === 403 ||
      status === 404 ||
      (error as Error).name === 'Forbidden' ||
      (error as Error).name === 'NotFound'
    ) {
      return false
    }
    throw error
  }
}

type Slug =
  | 'welcome-letters'
  | 'associations'
  | 'events'
  | 'venues'
  | 'pages'
  | 'ticket-offers'
  | 'communities'
  | 'categories'
  | 'media'
  | 'users'
type Access = { overrideAccess: false; user: ReturnType<typeof userOf> }

interface Case {
  name: string
  allowed: Actor[]
  run: (a: Access) => Promise<unknown>
}

const byId =
  (collection: Slug, id: () => number, draft = false) =>
  (a: Access) =>
    payload.findByID({ collection, id: id(), draft, ...a })

const listed =
  (collection: Slug, id: () => number, draft = false) =>
  async (a: Access) => {
    const where: Where = { id: { equals: id() } }
    const r = await payload.find({ collection, where, draft, ...a })
    return r.docs.length === 1 ? r.docs[0] : null
  }

const updates =
  (collection: Slug, id: () => number, data: () => Record<string, unknown>) => (a: Access) =>
    payload.update({ collection, id: id(), data: data(), ...a })

/** Saving a draft: how association editors change things (their changes then go to review). */
const savesDraft =
  (collection: Slug, id: () => number, data: () => Record<string, unknown>) => (a: Access) =>
    payload.update({ collection, id: id(), data: data(), draft: true, ...a })

const deletes = (collection: Slug, make: () => Promise<{ id: number }>) => async (a: Access) => {
  const doc = await make()
  return payload.delete({ collection, id: doc.id, ...a })
}

const all: Actor[] = actors
const staffOnly: Actor[] = ['staff', 'admin']
const signedIn: Actor[] = ['editor', 'staff', 'admin']
const n = () => ++counter

/** A welcome letter per quarter (each case needs its own quarter). */
let letterYear = 2030
const letter = () => ({
  quarter: `${letterYear++}-Q1`,
  greeting: {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Hej', version: 1 }], version: 1 },
      ],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  },
  signatureName: 'Borgmester',
  signatureTitle: 'Borgmester',
})

/** An activity a resident added and confirmed: waiting for review, or published. */
const residentSubmission = (published: boolean) =>
  payload.create({
    collection: 'events',
    data: {
      title: `Borgeraktivitet ${n()}`,
      summary: 'Fra en borger.',
      start: new Date(Date.now() + 86_400_000).toISOString(),
      placeText: 'Gården',
      organizedByResidents: true,
      resident: {
        organiser: 'Naboerne',
        submitterEmail: 'nabo@example.com',
        submitterLocale: 'da',
        confirmedAt: new Date().toISOString(),
      },
      _status: published ? 'published' : 'draft',
      reviewState: published ? 'none' : 'submitted',
    } as never,
  })

const cases: Case[] = [
  // Welcome letters: staff's work; drafts are read by staff only.
  {
    name: 'welcome-letters: read a draft',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await payload.create({ collection: 'welcome-letters', data: letter() as never })
      return payload.findByID({ collection: 'welcome-letters', id: doc.id, ...a })
    },
  },
  {
    // An approved letter is public: the site shows its greeting on the quarter's page.
    name: 'welcome-letters: read approved',
    allowed: all,
    run: async (a) => {
      const doc = await payload.create({
        collection: 'welcome-letters',
        data: { ...letter(), status: 'approved' } as never,
      })
      return payload.findByID({ collection: 'welcome-letters', id: doc.id, ...a })
    },
  },
  {
    name: 'welcome-letters: create',
    allowed: staffOnly,
    run: (a) => payload.create({ collection: 'welcome-letters', data: letter() as never, ...a }),
  },
  {
    name: 'welcome-letters: update',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await payload.create({ collection: 'welcome-letters', data: letter() as never })
      return payload.update({
        collection: 'welcome-letters',
        id: doc.id,
        data: { status: 'approved' },
        ...a,
      })
    },
  },
  {
    name: 'welcome-letters: delete',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await payload.create({ collection: 'welcome-letters', data: letter() as never })
      return payload.delete({ collection: 'welcome-letters', id: doc.id, ...a })
    },
  },
  // Communities and categories: public taxonomy, staff-managed.
  { name: 'communities: read', allowed: all, run: byId('communities', () => w.community.id) },
  {
    name: 'communities: create',
    allowed: staffOnly,
    run: (a) => payload.create({ collection: 'communities', data: valid.community(n()), ...a }),
  },
  {
    name: 'communities: update',
    allowed: staffOnly,
    run: updates(
      'communities',
      () => w.community.id,
      () => ({ kind: 'interest' }),
    ),
  },
  {
    name: 'communities: delete',
    allowed: staffOnly,
    run: deletes('communities', () =>
      payload.create({ collection: 'communities', data: valid.community(n()) }),
    ),
  },
  { name: 'categories: read', allowed: all, run: byId('categories', () => w.category.id) },
  {
    name: 'categories: create',
    allowed: staffOnly,
    run: (a) => payload.create({ collection: 'categories', data: valid.category(n()), ...a }),
  },
  {
    name: 'categories: update',
    allowed: staffOnly,
    run: updates(
      'categories',
      () => w.category.id,
      () => ({ group: 'social-theme' }),
    ),
  },
  {
    name: 'categories: delete',
    allowed: staffOnly,
    run: deletes('categories', () =>
      payload.create({ collection: 'categories', data: valid.category(n()) }),
    ),
  },

  // Venues, pages, ticket offers: published for everyone, drafts and writes for staff.
  ...(['venues', 'pages', 'ticket-offers'] as const).flatMap((slug): Case[] => {
    const make = slug === 'venues' ? valid.venue : slug === 'pages' ? valid.page : valid.ticketOffer
    const pub = () =>
      (slug === 'venues' ? w.publishedVenue : slug === 'pages' ? w.publishedPage : w.publishedOffer)
        .id
    const drf = () =>
      (slug === 'venues' ? w.draftVenue : slug === 'pages' ? w.draftPage : w.draftOffer).id
    return [
      { name: `${slug}: read published`, allowed: all, run: byId(slug, pub) },
      { name: `${slug}: read draft`, allowed: staffOnly, run: byId(slug, drf, true) },
      { name: `${slug}: list draft`, allowed: staffOnly, run: listed(slug, drf, true) },
      {
        name: `${slug}: create`,
        allowed: staffOnly,
        run: (a) => payload.create({ collection: slug, data: make(n()) as never, ...a }),
      },
      {
        name: `${slug}: update`,
        allowed: staffOnly,
        run: updates(slug, pub, () => ({ title: `Ny titel ${n()}`, name: `Nyt navn ${n()}` })),
      },
      {
        name: `${slug}: delete`,
        allowed: staffOnly,
        run: deletes(slug, () =>
          payload.create({
            collection: slug,
            data: { ...(make(n()) as object), _status: 'published' } as never,
          }),
        ),
      },
    ]
  }),

  // Associations: editors read and update their own, never another's.
  {
    // The public reads every published association; a signed-in editor works on their own only
    // (another's edit page does not open for them).
    name: "associations: read another's published",
    allowed: ['anonymous', 'staff', 'admin'],
    run: byId('associations', () => w.otherAssociation.id),
  },
  {
    name: 'associations: read own published',
    allowed: all,
    run: byId('associations', () => w.ownAssociation.id),
  },
  {
    name: 'associations: read another draft',
    allowed: staffOnly,
    run: byId('associations', () => w.draftAssociation.id, true),
  },
  {
    name: 'associations: list another draft',
    allowed: staffOnly,
    run: listed('associations', () => w.draftAssociation.id, true),
  },
  {
    name: 'associations: create',
    allowed: staffOnly,
    run: (a) => payload.create({ collection: 'associations', data: valid.association(n()), ...a }),
  },
  {
    name: 'associations: save a draft of own',
    allowed: signedIn,
    run: savesDraft(
      'associations',
      () => w.ownAssociation.id,
      () => ({ summary: `Ny tekst ${n()}` }),
    ),
  },
  {
    // The own association is not trusted: the editor's change goes to review instead.
    name: 'associations: publish own (not trusted)',
    allowed: staffOnly,
    run: updates(
      'associations',
      () => w.ownAssociation.id,
      () => ({ summary: `Ny tekst ${n()}`, _status: 'published' }),
    ),
  },
  {
    name: 'associations: update another',
    allowed: staffOnly,
    run: updates(
      'associations',
      () => w.otherAssociation.id,
      () => ({ summary: `Ny tekst ${n()}` }),
    ),
  },
  {
    name: 'associations: publish another',
    allowed: staffOnly,
    run: updates(
      'associations',
      () => w.draftAssociation.id,
      () => ({ _status: 'published' }),
    ),
  },
  {
    name: 'associations: delete',
    allowed: staffOnly,
    run: deletes('associations', () =>
      payload.create({ collection: 'associations', data: valid.association(n()) }),
    ),
  },

  // Events: editors create and update where one of their associations organizes.
  { name: 'events: read published', allowed: all, run: byId('events', () => w.otherEvent.id) },
  {
    name: 'events: read own draft',
    allowed: signedIn,
    run: byId('events', () => w.ownDraftEvent.id, true),
  },
  {
    name: 'events: read another draft',
    allowed: staffOnly,
    run: byId('events', () => w.otherDraftEvent.id, true),
  },
  {
    name: 'events: create a draft for own association',
    allowed: signedIn,
    run: (a) =>
      payload.create({
        collection: 'events',
        data: valid.event(w.ownAssociation.id, n()),
        draft: true,
        ...a,
      }),
  },
  {
    name: 'events: publish a new one for own association (not trusted)',
    allowed: staffOnly,
    run: (a) =>
      payload.create({
        collection: 'events',
        data: { ...valid.event(w.ownAssociation.id, n()), _status: 'published' },
        ...a,
      }),
  },
  {
    name: 'events: create for another association',
    allowed: staffOnly,
    run: (a) =>
      payload.create({ collection: 'events', data: valid.event(w.otherAssociation.id, n()), ...a }),
  },
  {
    name: 'events: save a draft of own',
    allowed: signedIn,
    run: savesDraft(
      'events',
      () => w.ownEvent.id,
      () => ({ summary: `Ny tekst ${n()}` }),
    ),
  },
  {
    name: 'events: update another',
    allowed: staffOnly,
    run: updates(
      'events',
      () => w.otherEvent.id,
      () => ({ summary: `Ny tekst ${n()}` }),
    ),
  },
  {
    name: 'events: delete another',
    allowed: staffOnly,
    run: deletes('events', () =>
      payload.create({
        collection: 'events',
        data: { ...valid.event(w.otherAssociation.id, n()), _status: 'published' },
      }),
    ),
  },
  {
    name: 'events: delete own',
    allowed: signedIn,
    run: deletes('events', () =>
      payload.create({
        collection: 'events',
        data: { ...valid.event(w.ownAssociation.id, n()), _status: 'published' },
      }),
    ),
  },

  // Users: nobody outside staff sees other accounts.
  {
    name: 'users: read self',
    allowed: signedIn,
    run: (a) =>
      a.user
        ? payload.findByID({ collection: 'users', id: (a.user as { id: number }).id, ...a })
        : payload.findByID({ collection: 'users', id: w.editor.id, ...a }),
  },
  { name: 'users: read another', allowed: staffOnly, run: byId('users', () => w.otherEditor.id) },
  {
    name: 'users: list all',
    allowed: staffOnly,
    run: async (a) =>
      (await payload.find({ collection: 'users', ...a })).totalDocs >= 4 ? true : null,
  },
  {
    name: 'users: create an editor',
    allowed: staffOnly,
    run: (a) =>
      payload.create({
        collection: 'users',
        data: { email: `e${n()}@test.dk`, password: 'pass-word-123', role: 'association-editor' },
        ...a,
      }),
  },
  {
    name: 'users: create staff',
    allowed: ['admin'],
    run: async (a) =>
      payload
        .create({
          collection: 'users',
          data: { email: `s${n()}@test.dk`, password: 'pass-word-123', role: 'staff' },
          ...a,
        })
        .catch((e: Error) => {
          if (e.name === 'ValidationError') return null
          throw e
        }),
  },
  {
    name: 'users: update an editor',
    allowed: staffOnly,
    run: updates(
      'users',
      () => w.otherEditor.id,
      () => ({ displayName: `Navn ${n()}` }),
    ),
  },
  {
    name: 'users: update the admin',
    allowed: ['admin'],
    run: updates(
      'users',
      () => w.admin.id,
      () => ({ displayName: `Navn ${n()}` }),
    ),
  },
  {
    name: 'users: delete an editor',
    allowed: staffOnly,
    run: deletes('users', () =>
      payload.create({
        collection: 'users',
        data: { email: `d${n()}@test.dk`, password: 'pass-word-123', role: 'association-editor' },
      }),
    ),
  },
  {
    name: 'users: delete staff',
    allowed: ['admin'],
    run: deletes('users', () =>
      payload.create({
        collection: 'users',
        data: { email: `ds${n()}@test.dk`, password: 'pass-word-123', role: 'staff' },
      }),
    ),
  },
]

/** Whether the actor's version list for a document has anything in it. */
const versionsOf =
  (
    collection: 'associations' | 'events' | 'venues' | 'pages' | 'ticket-offers',
    id: () => number,
  ) =>
  async (a: Access) => {
    const r = await payload.findVersions({
      collection,
      where: { parent: { equals: id() } },
      ...a,
    })
    return r.docs.length > 0 ? r.docs : null
  }

/** A field error (a refused value) counts as refused, like 403. */
const refusedAsInvalid = async (write: Promise<unknown>) =>
  write.catch((error: Error) => {
    if (error.name === 'ValidationError') return null
    throw error
  })

const png = () =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: '#2f7d5b' } })
    .png()
    .toBuffer()

/** An image the editor uploaded; with `live`, the logo of their published association. */
async function editorsImage(live: boolean) {
  const data = await png()
  const image = await payload.create({
    collection: 'media',
    data: { alt: `Logo ${n()}` },
    file: { data, mimetype: 'image/png', name: `logo-${n()}.png`, size: data.length },
    overrideAccess: false,
    user: userOf('editor'),
  })
  if (live) {
    await payload.update({
      collection: 'associations',
      id: w.ownAssociation.id,
      data: { logo: image.id, _status: 'published' },
    })
  }
  return image
}

const newRows: Case[] = [
  // Versions hold drafts, submissions and staff's messages: their owners' and staff's only.
  {
    name: 'associations: read versions of own',
    allowed: signedIn,
    run: versionsOf('associations', () => w.ownAssociation.id),
  },
  {
    name: "associations: read versions of another's",
    allowed: staffOnly,
    run: versionsOf('associations', () => w.otherAssociation.id),
  },
  {
    name: 'events: read versions of own',
    allowed: signedIn,
    run: versionsOf('events', () => w.ownEvent.id),
  },
  {
    name: "events: read versions of another's (its drafts)",
    allowed: staffOnly,
    run: versionsOf('events', () => w.otherDraftEvent.id),
  },
  ...(['venues', 'pages', 'ticket-offers'] as const).map((slug): Case => ({
    name: `${slug}: read versions`,
    allowed: staffOnly,
    run: versionsOf(slug, () =>
      slug === 'venues'
        ? w.publishedVenue.id
        : slug === 'pages'
          ? w.publishedPage.id
          : w.publishedOffer.id,
    ),
  })),
  {
    // A restore that writes the live document; "restore as draft" goes to review (review tests).
    name: 'associations: restore an old version of own (not trusted)',
    allowed: staffOnly,
    run: async (a) => {
      const { docs } = await payload.findVersions({
        collection: 'associations',
        where: { parent: { equals: w.ownAssociation.id } },
        sort: 'createdAt',
        limit: 1,
      })
      return payload.restoreVersion({ collection: 'associations', id: docs[0]!.id, ...a })
    },
  },
  {
    name: 'users: unlock an editor',
    allowed: staffOnly,
    run: async (a) =>
      payload.unlock({
        collection: 'users',
        data: { email: 'other@test.dk' } as never,
        overrideAccess: false,
        req: await createLocalReq({ user: a.user }, payload),
      }),
  },
  {
    name: 'users: unlock the admin',
    allowed: ['admin'],
    run: async (a) =>
      payload.unlock({
        collection: 'users',
        data: { email: 'admin@test.dk' } as never,
        overrideAccess: false,
        req: await createLocalReq({ user: a.user }, payload),
      }),
  },
  {
    name: 'media: change the alt text of own image, not on the website',
    allowed: signedIn,
    run: async (a) => {
      const image = await editorsImage(false)
      return payload.update({ collection: 'media', id: image.id, data: { alt: 'Ny tekst' }, ...a })
    },
  },
  {
    // Replacing it goes through review: a new image chosen in the listing (the listing's review).
    name: 'media: change the alt text of own image a published listing shows',
    allowed: staffOnly,
    run: async (a) => {
      const image = await editorsImage(true)
      return payload.update({ collection: 'media', id: image.id, data: { alt: 'Ny tekst' }, ...a })
    },
  },
  {
    name: 'media: replace the file of own image a published listing shows',
    allowed: staffOnly,
    run: async (a) => {
      const image = await editorsImage(true)
      const data = await png()
      return payload.update({
        collection: 'media',
        id: image.id,
        data: {},
        file: { data, mimetype: 'image/png', name: 'ny.png', size: data.length },
        ...a,
      })
    },
  },
  {
    name: 'media: delete own image a published listing shows',
    allowed: staffOnly,
    run: async (a) => {
      const image = await editorsImage(true)
      return payload.delete({ collection: 'media', id: image.id, ...a })
    },
  },
  {
    name: 'events: add another association as an organizer of own event',
    allowed: staffOnly,
    run: (a) =>
      refusedAsInvalid(
        payload.update({
          collection: 'events',
          id: w.ownEvent.id,
          data: { organizers: [w.ownAssociation.id, w.otherAssociation.id] },
          draft: true,
          ...a,
        }),
      ),
  },
  {
    name: 'events: create one with another association among the organizers',
    allowed: staffOnly,
    run: (a) =>
      refusedAsInvalid(
        payload.create({
          collection: 'events',
          data: {
            ...valid.event(w.ownAssociation.id, n()),
            organizers: [w.ownAssociation.id, w.otherAssociation.id],
          },
          draft: true,
          ...a,
        }),
      ),
  },
  // Residents' activities: what the public form stored is staff's until published, and the
  // sender's address stays staff's after.
  {
    name: 'events: read a resident submission waiting for review',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await residentSubmission(false)
      return payload.findByID({ collection: 'events', id: doc.id, draft: true, ...a })
    },
  },
  {
    name: 'events: change a resident submission waiting for review',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await residentSubmission(false)
      return payload.update({
        collection: 'events',
        id: doc.id,
        data: { summary: 'Rettet' },
        draft: true,
        ...a,
      })
    },
  },
  {
    name: 'events: delete a resident submission',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await residentSubmission(false)
      return payload.delete({ collection: 'events', id: doc.id, ...a })
    },
  },
  {
    name: 'events: read the sender’s address of a published resident activity',
    allowed: staffOnly,
    run: async (a) => {
      const doc = await residentSubmission(true)
      const read = await payload.findByID({ collection: 'events', id: doc.id, ...a })
      return read.resident?.submitterEmail ?? null
    },
  },
  {
    name: 'events: read the organiser of a published resident activity',
    allowed: all,
    run: async (a) => {
      const doc = await residentSubmission(true)
      const read = await payload.findByID({ collection: 'events', id: doc.id, ...a })
      return read.resident?.organiser ?? null
    },
  },
  {
    name: 'events: mark own event as organised by residents',
    allowed: staffOnly,
    run: async (a) => {
      const updated = await payload.update({
        collection: 'events',
        id: w.ownDraftEvent.id,
        data: {
          organizedByResidents: true,
          resident: { organiser: 'Naboerne', submitterEmail: 'x@example.com' },
        },
        draft: true,
        ...a,
      })
      const marked = updated.organizedByResidents === true
      // Back as it was, for the next actor.
      await payload.update({
        collection: 'events',
        id: w.ownDraftEvent.id,
        data: { organizedByResidents: false },
        draft: true,
      })
      return marked ? updated : null
    },
  },
]
cases.push(...newRows)

describe.each(cases)('$name', ({ allowed, run }) => {
  it.each(actors)('%s', async (actor) => {
    const ok = await attempt(() => run({ overrideAccess: false, user: userOf(actor) }))
    expect(ok).toBe(allowed.includes(actor))
  })
})

describe('site settings', () => {
  it.each(actors)('%s reads them', async (actor) => {
    const s = await payload.findGlobal({
      slug: 'site-settings',
      overrideAccess: false,
      user: userOf(actor),
    })
    expect(s).toBeTruthy()
  })
  it.each(actors)('%s updates them only if staff', async (actor) => {
    const ok = await attempt(() =>
      payload.updateGlobal({
        slug: 'site-settings',
        data: { showDemoNotice: true },
        overrideAccess: false,
        user: userOf(actor),
      }),
    )
    expect(ok).toBe(staffOnly.includes(actor))
  })
  it.each(actors)(
    "%s neither reads nor writes Payload's job schedule bookkeeping",
    async (actor) => {
      const as = { overrideAccess: false, user: userOf(actor) } as const
      expect(await attempt(() => payload.findGlobal({ slug: 'payload-jobs-stats', ...as }))).toBe(
        false,
      )
      expect(
        await attempt(() =>
          payload.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: {} }, ...as }),
        ),
      ).toBe(false)
    },
  )
})

describe('field-level rules', () => {
  it('an editor cannot change their own role or association links', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: w.editor.id,
      data: { role: 'admin', associations: [w.ownAssociation.id, w.otherAssociation.id] },
      overrideAccess: false,
      user: userOf('editor'),
      depth: 0,
    })
    expect(updated.role).toBe('association-editor')
    expect(updated.associations).toEqual([w.ownAssociation.id])
  })

  it('staff cannot promote an editor; an admin can', async () => {
    const byStaff = await payload.update({
      collection: 'users',
      id: w.otherEditor.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: userOf('staff'),
    })
    expect(byStaff.role).toBe('association-editor')
    const byAdmin = await payload.update({
      collection: 'users',
      id: w.otherEditor.id,
      data: { role: 'staff' },
      overrideAccess: false,
      user: userOf('admin'),
    })
    expect(byAdmin.role).toBe('staff')
    await payload.update({
      collection: 'users',
      id: w.otherEditor.id,
      data: { role: 'association-editor' },
    })
  })

  it('staff link editors to associations', async () => {
    const linked = await payload.update({
      collection: 'users',
      id: w.otherEditor.id,
      data: { associations: [w.otherAssociation.id, w.draftAssociation.id] },
      overrideAccess: false,
      user: userOf('staff'),
      depth: 0,
    })
    expect(linked.associations).toEqual([w.otherAssociation.id, w.draftAssociation.id])
  })

  it('an editor cannot move their event to another association only', async () => {
    await expectFieldError(
      payload.update({
        collection: 'events',
        id: w.ownEvent.id,
        data: { organizers: [w.otherAssociation.id] },
        draft: true,
        overrideAccess: false,
        user: userOf('editor'),
      }),
      'organizers',
      'Mindst én af dine foreninger skal stå som arrangør.',
    )
    const still = await payload.findByID({ collection: 'events', id: w.ownEvent.id, depth: 0 })
    expect(still.organizers).toEqual([w.ownAssociation.id])
  })

  it('the public never sees a pending draft of a published document', async () => {
    await payload.update({
      collection: 'associations',
      id: w.otherAssociation.id,
      data: { summary: 'HEMMELIG KLADDE' },
      draft: true,
    })
    for (const draft of [false, true]) {
      const doc = await payload
        .findByID({
          collection: 'associations',
          id: w.otherAssociation.id,
          draft,
          overrideAccess: false,
          user: undefined,
        })
        .catch(() => null)
      expect(doc?.summary ?? '').not.toContain('HEMMELIG')
    }
    const asStaff = await payload.findByID({
      collection: 'associations',
      id: w.otherAssociation.id,
      draft: true,
      overrideAccess: false,
      user: userOf('staff'),
    })
    expect(asStaff.summary).toBe('HEMMELIG KLADDE')
  })
})

describe('media', () => {
  it.each(actors)('%s reads images', async (actor) => {
    const r = await payload.find({
      collection: 'media',
      overrideAccess: false,
      user: userOf(actor),
    })
    expect(r).toHaveProperty('docs')
  })
})

/*
 * The newcomers' part of the matrix: welcome ambassadors (and the role that signs in as one),
 * visit requests, survey answers and the forms' rate-limit counts. The public never reads a
 * submission; it creates them only through the forms' endpoint (forms.int.test.ts), never
 * through the collections' API, so the endpoint's checks cannot be bypassed.
 */
describe('newcomers', () => {
  type Who = Actor | 'ambassador'
  const everyone: Who[] = ['anonymous', 'editor', 'ambassador', 'staff', 'admin']
  const staffRoles: Who[] = ['staff', 'admin']
  const withAmbassador: Who[] = ['ambassador', 'staff', 'admin']
  let nc: Newcomers
  const who = (actor: Who) => (actor === 'ambassador' ? nc.ambassadorUser : userOf(actor))
  const as = (actor: Who): Access => ({
    overrideAccess: false,
    user: who(actor),
  })
  /** The document if a field came back, else null (field-level access removed it). */
  const withField =
    (field: string) =>
    <T extends object>(doc: T) => {
      const value: unknown = Object.entries(doc).find(([key]) => key === field)?.[1]
      return value !== undefined && value !== null ? doc : null
    }
  const request = () =>
    payload.create({
      collection: 'visit-requests',
      data: { name: `Anmoder ${n()}`, email: 'x@newcomer.dk', consent: true, status: 'new' },
      context: { seed: true },
    })

  beforeAll(async () => {
    nc = await buildNewcomers(payload)
  })

  const newcomerCases: { name: string; allowed: Who[]; run: (a: Access) => Promise<unknown> }[] = [
    {
      name: 'ambassadors: read one shown on the site',
      allowed: everyone,
      run: (a) => payload.findByID({ collection: 'ambassadors', id: nc.other.id, ...a }),
    },
    {
      name: 'ambassadors: read one not shown',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'ambassadors', id: nc.hidden.id, ...a }),
    },
    {
      name: 'ambassadors: read one whose period ended',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'ambassadors', id: nc.ended.id, ...a }),
    },
    {
      name: "ambassadors: read another's email",
      allowed: staffRoles,
      run: async (a) =>
        withField('email')(
          await payload.findByID({ collection: 'ambassadors', id: nc.other.id, ...a }),
        ),
    },
    {
      name: 'ambassadors: read own email and account',
      allowed: withAmbassador,
      run: async (a) =>
        withField('account')(
          await payload.findByID({ collection: 'ambassadors', id: nc.own.id, ...a }),
        ),
    },
    {
      name: 'ambassadors: create',
      allowed: staffRoles,
      run: (a) => payload.create({ collection: 'ambassadors', data: { name: `A${n()}` }, ...a }),
    },
    {
      name: 'ambassadors: update',
      allowed: staffRoles,
      run: (a) =>
        payload.update({
          collection: 'ambassadors',
          id: nc.own.id,
          data: { helpsWith: `Hjælp ${n()}` },
          ...a,
        }),
    },
    {
      name: 'ambassadors: delete',
      allowed: staffRoles,
      run: async (a) => {
        const doc = await payload.create({
          collection: 'ambassadors',
          data: { name: `Slet ${n()}`, showPublicly: true },
        })
        return payload.delete({ collection: 'ambassadors', id: doc.id, ...a })
      },
    },
    {
      name: 'visit-requests: create through the collection API',
      allowed: staffRoles,
      run: (a) =>
        payload.create({
          collection: 'visit-requests',
          data: { name: `Direkte ${n()}`, email: 'direct@test.dk', status: 'new' },
          ...a,
        }),
    },
    {
      name: 'visit-requests: read one assigned to the ambassador',
      allowed: withAmbassador,
      run: (a) => payload.findByID({ collection: 'visit-requests', id: nc.ownRequest.id, ...a }),
    },
    {
      name: 'visit-requests: read one assigned to another ambassador',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'visit-requests', id: nc.otherRequest.id, ...a }),
    },
    {
      name: 'visit-requests: read one not yet assigned',
      allowed: staffRoles,
      run: (a) =>
        payload.findByID({ collection: 'visit-requests', id: nc.unassignedRequest.id, ...a }),
    },
    {
      name: 'visit-requests: list more than their own',
      allowed: staffRoles,
      run: async (a) =>
        (await payload.find({ collection: 'visit-requests', ...a })).totalDocs > 1 ? true : null,
    },
    {
      name: 'visit-requests: update the status of one assigned to the ambassador',
      allowed: withAmbassador,
      run: (a) =>
        payload.update({
          collection: 'visit-requests',
          id: nc.ownRequest.id,
          data: { status: 'contacted' },
          ...a,
        }),
    },
    {
      name: "visit-requests: update another ambassador's",
      allowed: staffRoles,
      run: (a) =>
        payload.update({
          collection: 'visit-requests',
          id: nc.otherRequest.id,
          data: { status: 'contacted' },
          ...a,
        }),
    },
    {
      name: 'visit-requests: delete',
      allowed: staffRoles,
      run: async (a) => {
        const doc = await request()
        return payload.delete({ collection: 'visit-requests', id: doc.id, ...a })
      },
    },
    {
      name: 'survey-answers: enter one collected in person',
      allowed: withAmbassador,
      run: (a) =>
        payload.create({ collection: 'survey-answers', data: { expectations: 'partly' }, ...a }),
    },
    {
      name: 'survey-answers: read one sent from the site',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'survey-answers', id: nc.publicAnswer.id, ...a }),
    },
    {
      name: 'survey-answers: read one the ambassador entered',
      allowed: withAmbassador,
      run: (a) => payload.findByID({ collection: 'survey-answers', id: nc.ownAnswer.id, ...a }),
    },
    {
      name: 'survey-answers: read the email on one the ambassador entered',
      allowed: staffRoles,
      run: async (a) =>
        withField('email')(
          await payload.findByID({ collection: 'survey-answers', id: nc.ownAnswer.id, ...a }),
        ),
    },
    {
      name: 'survey-answers: read one another ambassador entered',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'survey-answers', id: nc.otherAnswer.id, ...a }),
    },
    {
      name: 'survey-answers: update one the ambassador entered',
      allowed: withAmbassador,
      run: (a) =>
        payload.update({
          collection: 'survey-answers',
          id: nc.ownAnswer.id,
          data: { hard: `Svært ${n()}` },
          ...a,
        }),
    },
    {
      name: 'survey-answers: delete',
      allowed: staffRoles,
      run: async (a) => {
        const doc = await payload.create({ collection: 'survey-answers', data: {} })
        return payload.delete({ collection: 'survey-answers', id: doc.id, ...a })
      },
    },
    {
      name: 'form-attempts: read',
      allowed: [],
      run: (a) => payload.findByID({ collection: 'form-attempts', id: nc.attempt.id, ...a }),
    },
    {
      name: 'form-attempts: create',
      allowed: [],
      run: (a) =>
        payload.create({ collection: 'form-attempts', data: { form: 'x', key: 'y' }, ...a }),
    },
    {
      name: 'form-attempts: update',
      allowed: [],
      run: (a) =>
        payload.update({
          collection: 'form-attempts',
          id: nc.attempt.id,
          data: { key: 'z' },
          ...a,
        }),
    },
    {
      name: 'form-attempts: delete',
      allowed: [],
      run: (a) => payload.delete({ collection: 'form-attempts', id: nc.attempt.id, ...a }),
    },
    // What the ambassador role may do elsewhere: read what the public reads, and itself.
    {
      name: 'associations: read published (ambassador row)',
      allowed: everyone,
      run: (a) => payload.findByID({ collection: 'associations', id: w.ownAssociation.id, ...a }),
    },
    {
      name: 'associations: save a draft (ambassador row)',
      allowed: ['editor', 'staff', 'admin'],
      run: (a) =>
        payload.update({
          collection: 'associations',
          id: w.ownAssociation.id,
          data: { summary: `Ny tekst ${n()}` },
          draft: true,
          ...a,
        }),
    },
    {
      name: 'events: create (ambassador row)',
      allowed: ['editor', 'staff', 'admin'],
      run: (a) =>
        payload.create({
          collection: 'events',
          data: valid.event(w.ownAssociation.id, n()),
          draft: true,
          ...a,
        }),
    },
    {
      name: 'users: create an ambassador account',
      allowed: staffRoles,
      run: (a) =>
        payload.create({
          collection: 'users',
          data: { email: `amb${n()}@test.dk`, password: 'pass-word-123', role: 'ambassador' },
          ...a,
        }),
    },
    {
      name: 'users: read another account (ambassador row)',
      allowed: staffRoles,
      run: (a) => payload.findByID({ collection: 'users', id: nc.otherAmbassadorUser.id, ...a }),
    },
    {
      name: 'site-settings: update (ambassador row)',
      allowed: staffRoles,
      run: (a) =>
        payload.updateGlobal({ slug: 'site-settings', data: { showDemoNotice: true }, ...a }),
    },
  ]

  describe.each(newcomerCases)('$name', ({ allowed, run }) => {
    it.each(everyone)('%s', async (actor) => {
      const ok = await attempt(() => run(as(actor)))
      expect(ok).toBe(allowed.includes(actor))
    })
  })

  it('an ambassador updates the status and notes of their request, not who it is for', async () => {
    const updated = await payload.update({
      collection: 'visit-requests',
      id: nc.ownRequest.id,
      data: {
        status: 'met',
        name: 'Someone else',
        assignedTo: nc.other.id,
        closedAt: '2020-01-01T00:00:00.000Z',
        notes: [{ text: 'Vi mødtes på biblioteket.' }],
      },
      depth: 0,
      ...as('ambassador'),
    })
    expect(updated.status).toBe('met')
    expect(updated.name).toBe('Olga')
    expect(updated.assignedTo).toBe(nc.own.id)
    expect(updated.closedAt ?? null).toBeNull()
    expect(updated.notes?.[0]?.author).toBe(nc.ambassadorUser.id)
    expect(updated.notes?.[0]?.at).toBeTruthy()
  })

  it('an answer an ambassador enters is marked as theirs, whatever they send', async () => {
    const doc = await payload.create({
      collection: 'survey-answers',
      data: { tickets: 'used', inPerson: false, collectedBy: nc.otherAmbassadorUser.id },
      depth: 0,
      ...as('ambassador'),
    })
    expect(doc.inPerson).toBe(true)
    expect(doc.collectedBy).toBe(nc.ambassadorUser.id)
  })
})
