import type { Payload } from 'payload'
import { valid } from '@velkomst/testing/fixtures'

export { valid }

export interface World {
  admin: Record<string, unknown> & { id: number }
  staff: Record<string, unknown> & { id: number }
  editor: Record<string, unknown> & { id: number }
  otherEditor: Record<string, unknown> & { id: number }
  ownAssociation: { id: number }
  otherAssociation: { id: number }
  draftAssociation: { id: number }
  ownEvent: { id: number }
  otherEvent: { id: number }
  otherDraftEvent: { id: number }
  ownDraftEvent: { id: number }
  publishedVenue: { id: number }
  draftVenue: { id: number }
  publishedPage: { id: number }
  draftPage: { id: number }
  publishedOffer: { id: number }
  draftOffer: { id: number }
  community: { id: number }
  category: { id: number }
}

const published = { _status: 'published' as const }
const draft = { _status: 'draft' as const }

/** Users of every role and documents in every state, created with full access. */
export async function buildWorld(payload: Payload): Promise<World> {
  const admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@test.dk', password: 'admin-password-1', role: 'admin' },
  })
  const staff = await payload.create({
    collection: 'users',
    data: { email: 'staff@test.dk', password: 'staff-password-1', role: 'staff' },
  })
  const ownAssociation = await payload.create({
    collection: 'associations',
    data: { ...valid.association(1), ...published },
  })
  const otherAssociation = await payload.create({
    collection: 'associations',
    data: { ...valid.association(2), ...published },
  })
  const draftAssociation = await payload.create({
    collection: 'associations',
    data: { ...valid.association(3), ...draft },
    draft: true,
  })
  const editor = await payload.create({
    collection: 'users',
    data: {
      email: 'editor@test.dk',
      password: 'editor-password-1',
      role: 'association-editor',
      associations: [ownAssociation.id],
    },
  })
  const otherEditor = await payload.create({
    collection: 'users',
    data: {
      email: 'other@test.dk',
      password: 'other-password-1',
      role: 'association-editor',
      associations: [otherAssociation.id],
    },
  })
  const ownEvent = await payload.create({
    collection: 'events',
    data: { ...valid.event(ownAssociation.id, 1), ...published },
  })
  const otherEvent = await payload.create({
    collection: 'events',
    data: { ...valid.event(otherAssociation.id, 2), ...published },
  })
  const otherDraftEvent = await payload.create({
    collection: 'events',
    data: { ...valid.event(otherAssociation.id, 3), ...draft },
    draft: true,
  })
  const ownDraftEvent = await payload.create({
    collection: 'events',
    data: { ...valid.event(ownAssociation.id, 4), ...draft },
    draft: true,
  })
  const publishedVenue = await payload.create({
    collection: 'venues',
    data: { ...valid.venue(1), ...published },
  })
  const draftVenue = await payload.create({
    collection: 'venues',
    data: { ...valid.venue(2), ...draft },
    draft: true,
  })
  const publishedPage = await payload.create({
    collection: 'pages',
    data: { ...valid.page(1), ...published },
  })
  const draftPage = await payload.create({
    collection: 'pages',
    data: { ...valid.page(2), ...draft },
    draft: true,
  })
  const publishedOffer = await payload.create({
    collection: 'ticket-offers',
    data: { ...valid.ticketOffer(1), ...published },
  })
  const draftOffer = await payload.create({
    collection: 'ticket-offers',
    data: { ...valid.ticketOffer(2), ...draft },
    draft: true,
  })
  const community = await payload.create({ collection: 'communities', data: valid.community(1) })
  const category = await payload.create({ collection: 'categories', data: valid.category(1) })
  const asUser = (u: { id: number }) => ({
    ...(u as Record<string, unknown>),
    id: u.id,
    collection: 'users',
  })
  return {
    admin: asUser(admin),
    staff: asUser(staff),
    editor: asUser(editor),
    otherEditor: asUser(otherEditor),
    ownAssociation,
    otherAssociation,
    draftAssociation,
    ownEvent,
    otherEvent,
    otherDraftEvent,
    ownDraftEvent,
    publishedVenue,
    draftVenue,
    publishedPage,
    draftPage,
    publishedOffer,
    draftOffer,
    community,
    category,
  }
}
