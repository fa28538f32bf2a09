import type { Payload } from 'payload'

import type { Text } from './data/helpers'

export type Id = number | string

/** Collections the seed fills, keyed as the seed matches them (slug, email, file name …). */
export type SeededCollection =
  | 'communities'
  | 'categories'
  | 'venues'
  | 'associations'
  | 'events'
  | 'ticket-offers'
  | 'pages'
  | 'media'
  | 'users'
  | 'ambassadors'
  | 'visit-requests'
  | 'survey-answers'
  | 'stories'

type LocalizedCollection = Exclude<
  SeededCollection,
  'media' | 'users' | 'ambassadors' | 'visit-requests' | 'survey-answers'
>

export interface SeedReport {
  created: Record<string, number>
  skipped: Record<string, number>
  ms: number
}

/** Hooks read this to skip side effects (site rebuilds, emails) while the seed runs. */
export const seedContext = { seed: true, disableRevalidate: true }

/** The English of a text, or undefined (Payload then falls back to Danish). */
export const en = (t: Text | undefined) => t?.en

/**
 * What every step of the seed shares: Payload, "today", the report, and the documents known so
 * far per collection (by their seed key), so later steps can link to earlier ones.
 */
export class SeedContext {
  readonly report: SeedReport = { created: {}, skipped: {}, ms: 0 }
  readonly common = { context: seedContext, depth: 0, overrideAccess: true } as const
  readonly known = new Map<SeededCollection, Map<string, Id>>()
  /** Documents this run created, per collection: later steps touch only these. */
  readonly createdNow = new Map<SeededCollection, Set<Id>>()

  constructor(
    readonly payload: Payload,
    readonly today: Date,
    readonly log: (line: string) => void,
  ) {}

  count(kind: 'created' | 'skipped', collection: string) {
    this.report[kind][collection] = (this.report[kind][collection] ?? 0) + 1
  }

  /**
   * Existing documents by key (drafts included), read once per collection. The key is a field,
   * or made from several (`fields`, read in Danish).
   */
  async existing(
    collection: SeededCollection,
    key: string | { fields: string[]; of: (doc: Record<string, unknown>) => string },
  ): Promise<Map<string, Id>> {
    const cached = this.known.get(collection)
    if (cached) return cached
    const fields = typeof key === 'string' ? [key] : key.fields
    const keyOf = typeof key === 'string' ? (d: Record<string, unknown>) => String(d[key]) : key.of
    const r = await this.payload.find({
      collection,
      pagination: false,
      draft: true,
      locale: 'da',
      select: Object.fromEntries(fields.map((f) => [f, true])) as never,
      ...this.common,
    })
    const map = new Map(
      (r.docs as (Record<string, unknown> & { id: Id })[]).map((d) => [keyOf(d), d.id]),
    )
    this.known.set(collection, map)
    return map
  }

  /** The ids of documents by their seed keys; a missing one is a mistake in the seed data. */
  ids(collection: SeededCollection, keys: string[] | undefined): Id[] {
    const map = this.known.get(collection) ?? new Map<string, Id>()
    return (keys ?? []).map((key) => {
      const id = map.get(key)
      if (id === undefined) throw new Error(`Seed data refers to a missing ${collection}: "${key}"`)
      return id
    })
  }

  /** One id, or undefined when there is no key. */
  id(collection: SeededCollection, key: string | undefined): Id | undefined {
    return key === undefined ? undefined : this.ids(collection, [key])[0]
  }

  /** Creates a published document in Danish and, if any English is given, adds the English. */
  async createLocalized(
    collection: LocalizedCollection,
    da: Record<string, unknown>,
    english: Record<string, unknown>,
  ): Promise<Id> {
    const doc = await this.payload.create({
      collection,
      data: { ...da, _status: 'published' } as never,
      draft: false,
      locale: 'da',
      ...this.common,
    })
    if (Object.values(english).some((v) => v !== undefined)) {
      await this.payload.update({
        collection,
        id: doc.id,
        data: english,
        locale: 'en',
        ...this.common,
      })
    }
    return doc.id
  }

  /**
   * Creates each item that is not there yet (matched by its key), reports what it did, and
   * remembers the new ids. Existing documents are never changed.
   */
  async step<T>(
    label: string,
    collection: SeededCollection,
    keyField: Parameters<SeedContext['existing']>[1],
    items: T[],
    keyOf: (item: T) => string,
    make: (item: T) => Promise<Id>,
  ) {
    const map = await this.existing(collection, keyField)
    let made = 0
    for (const item of items) {
      const key = keyOf(item)
      if (map.has(key)) {
        this.count('skipped', collection)
        continue
      }
      const id = await make(item)
      map.set(key, id)
      this.markCreated(collection, id)
      made++
    }
    this.log(`${label}: ${made} created, ${items.length - made} already there`)
  }

  markCreated(collection: SeededCollection, id: Id) {
    this.count('created', collection)
    const set = this.createdNow.get(collection) ?? new Set<Id>()
    set.add(id)
    this.createdNow.set(collection, set)
  }
}
