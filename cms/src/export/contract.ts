import type { CollectionSlug } from 'payload'
import type {
  Image,
  LocalizedText,
  SnapshotCollection,
  SnapshotDocument,
} from '@velkomst/shared/schemas'
import { toDayKey } from '@velkomst/shared/time'

/**
 * What the mapping of one collection to the content contract is made of. Documents are read
 * with `locale: 'all'`, so a localized field holds every language; the types below say which
 * fields those are, from the generated `payload-types`, so renaming a field in a collection
 * fails the type check here rather than a site build at run time.
 */

/** A localized field read with `locale: 'all'`. */
export type Locales<T> = { da?: T | null; en?: T | null } | null | undefined

/** `T` read with `locale: 'all'`: the fields `K` hold every language. */
export type WithLocales<T, K extends keyof T> = Omit<T, K> & { [P in K]?: Locales<T[P]> }

/** What a mapping may look up beyond its document. */
export interface MapContext {
  /** The image a media reference points at (published media only). */
  image: (reference: unknown) => Image | null
  /**
   * Tickets handed out for an offer (sums only, `tickets/uptake.ts`): an offer whose total is
   * reached is sold out on the site. Read for the offers being mapped.
   */
  ticketsUsed: (offerId: string) => number
}

/**
 * One collection of the contract: where it comes from in the CMS, how a document maps to it,
 * and which media it embeds (a change to those re-maps it).
 */
export interface ContractCollection<Doc, K extends SnapshotCollection> {
  key: K
  slug: CollectionSlug
  /** The contract document, or null when the document is not on the site. */
  map: (doc: Doc, context: MapContext) => SnapshotDocument<K> | null
  /** Media ids the document shows (its images are copied into it). */
  images?: (doc: Doc) => unknown[]
  /** The upload fields that hold those media, to find the documents showing a changed image. */
  imageFields?: string[]
}

export const defineCollection = <Doc, K extends SnapshotCollection>(
  collection: ContractCollection<Doc, K>,
) => collection

export const text = (value: Locales<string>): LocalizedText => ({
  da: value?.da ?? '',
  en: value?.en?.trim() ? value.en : null,
})

export const optionalText = (value: Locales<string>): LocalizedText | null => {
  const t = text(value)
  return t.da.trim() || t.en ? t : null
}

/** The id of a relationship value (an id, or the document when populated). */
export const idOf = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? (value as { id?: unknown }).id : value)

export const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((v): v is string => v !== null) : []

export const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

export const day = (value: unknown): string | null => toDayKey(value)

export const contact = (
  value: { phone?: string | null; email?: string | null; website?: string | null } | undefined,
) => ({ phone: str(value?.phone), email: str(value?.email), website: str(value?.website) })
