import type { CollectionSlug, Payload, Where } from 'payload'
import {
  parseDocument,
  parseSettings,
  parseSnapshot,
  snapshotCollections,
  snapshotOrder,
  type Settings,
  type Snapshot,
  type SnapshotChanges,
  type SnapshotCollection,
  type SnapshotDocument,
} from '@velkomst/shared/schemas'

import type { Change } from './changes'
import { contractCollections } from './collections'
import type { ContractCollection } from './contract'
import { mediaContext, type MediaRead } from './media'
import { toSettings, type SettingsRead } from './settings'
import { ticketsUsed } from '../tickets/uptake'

/**
 * Published content → the content contract. Every query runs with the public's access (no user,
 * `overrideAccess: false`), so drafts, accounts and unpublished changes can never leak into the
 * site, whoever asks for the export. One exception, by design: the number of tickets handed out per
 * published offer (sums only, from `tickets/uptake.ts`), which turns an offer "sold out".
 */
async function read<T>(payload: Payload, collection: CollectionSlug, where?: Where): Promise<T[]> {
  const result = await payload.find({
    collection,
    depth: 0,
    draft: false,
    limit: 0,
    locale: 'all',
    overrideAccess: false,
    pagination: false,
    ...(where ? { where } : {}),
  })
  return result.docs as unknown as T[]
}

const readSettings = async (payload: Payload) =>
  toSettings(
    (await payload.findGlobal({
      slug: 'site-settings',
      locale: 'all',
      overrideAccess: false,
    })) as unknown as SettingsRead,
  )

type AnyCollection = ContractCollection<unknown, SnapshotCollection>
const collectionOf = (key: SnapshotCollection) => contractCollections[key] as AnyCollection

const mapAll = (
  collection: AnyCollection,
  docs: unknown[],
  context: ReturnType<typeof mediaContext>,
) =>
  docs
    .map((doc) => collection.map(doc, context))
    .filter((d): d is SnapshotDocument => d !== null)
    .sort(snapshotOrder(collection.key))

export async function buildSnapshot(payload: Payload, now = new Date()): Promise<Snapshot> {
  const [settings, media, ...lists] = await Promise.all([
    readSettings(payload),
    read<MediaRead>(payload, 'media'),
    ...snapshotCollections.map((key) => read<unknown>(payload, collectionOf(key).slug)),
  ])
  const offers = lists[snapshotCollections.indexOf('ticketOffers')] as { id: number }[]
  const context = mediaContext(
    media,
    await ticketsUsed(
      payload,
      offers.map((o) => o.id),
    ),
  )
  return parseSnapshot({
    contractVersion: 1,
    generatedAt: now.toISOString(),
    settings,
    ...Object.fromEntries(
      snapshotCollections.map((key, i) => [key, mapAll(collectionOf(key), lists[i]!, context)]),
    ),
  })
}

/** What changed in the published content: documents to put in place and ids that are gone. */
export type ContentChanges = SnapshotChanges & {
  settings?: Settings
  collections: Partial<Record<SnapshotCollection, { upsert: SnapshotDocument[]; remove: string[] }>>
}

/** Ids as the database has them: numbers on SQLite, strings (ObjectIds) on MongoDB. */
const asIds = (ids: string[]) => ids.map((id) => Number(id) || id)
const inIds = (ids: string[]): Where => ({ id: { in: asIds(ids) } })

/**
 * The published state of the documents a list of changes names, in the contract: each named
 * document as the public sees it now (gone, unpublished or no longer on the site: removed),
 * and the documents that show a changed image, mapped again.
 */
export async function buildChanges(payload: Payload, changes: Change[]): Promise<ContentChanges> {
  const named = new Map<string, Set<string>>()
  for (const c of changes) {
    const set = named.get(c.collection) ?? new Set<string>()
    set.add(c.id)
    named.set(c.collection, set)
  }
  const result: ContentChanges = { collections: {} }
  if (named.has('site-settings')) result.settings = parseSettings(await readSettings(payload))
  const changedMedia = [...(named.get('media') ?? [])]
  const wanted = new Map<SnapshotCollection, Set<string>>()
  for (const key of snapshotCollections) {
    const collection = collectionOf(key)
    const ids = new Set(named.get(collection.slug) ?? [])
    if (changedMedia.length > 0 && collection.imageFields?.length) {
      // Documents showing a changed image carry a copy of it: they change too. Only their ids
      // are looked up here, past field access (an ambassador's photo is not a field the public
      // may filter on); what is sent is read below with the public's access, like everything.
      const showing = await payload.find({
        collection: collection.slug,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: {},
        where: {
          or: collection.imageFields.map((field) => ({
            [field]: { in: asIds(changedMedia) },
          })),
        },
      })
      for (const doc of showing.docs) ids.add(String(doc.id))
    }
    if (ids.size > 0) wanted.set(key, ids)
  }
  if (wanted.size === 0) return result
  const docs = new Map<SnapshotCollection, unknown[]>()
  const mediaIds = new Set<string>()
  for (const [key, ids] of wanted) {
    const collection = collectionOf(key)
    const found = await read<unknown>(payload, collection.slug, inIds([...ids]))
    docs.set(key, found)
    for (const doc of found) {
      for (const ref of collection.images?.(doc) ?? []) {
        if (ref !== null && ref !== undefined)
          mediaIds.add(String(typeof ref === 'object' ? (ref as { id: unknown }).id : ref))
      }
    }
  }
  const media =
    mediaIds.size > 0 ? await read<MediaRead>(payload, 'media', inIds([...mediaIds])) : []
  const offers = (docs.get('ticketOffers') ?? []) as { id: number }[]
  const context = mediaContext(
    media,
    await ticketsUsed(
      payload,
      offers.map((o) => o.id),
    ),
  )
  for (const [key, ids] of wanted) {
    const collection = collectionOf(key)
    const upsert = mapAll(collection, docs.get(key)!, context).map((d) => parseDocument(key, d))
    const present = new Set(upsert.map((d) => d.id))
    result.collections[key] = { upsert, remove: [...ids].filter((id) => !present.has(id)) }
  }
  return result
}
