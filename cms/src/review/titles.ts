import type { Field, Payload } from 'payload'
import { isLocale, type Locale } from '@velkomst/shared/i18n'

import {
  dataFields,
  isPlainObject,
  isPolymorphic,
  relationTargets,
  type DataField,
} from '../input/fields'

type Link = { collection: string; id: string | number }

const idOf = (value: unknown): string | number | undefined => {
  const id = isPlainObject(value) ? value.id : value
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/** The link a relationship value makes, whatever shape it came in. */
function linkOf(field: DataField, value: unknown): Link | undefined {
  if (isPolymorphic(field)) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string') return undefined
    const id = idOf(value.value)
    return id === undefined ? undefined : { collection: value.relationTo, id }
  }
  const [collection] = relationTargets(field)
  const id = idOf(value)
  return collection && id !== undefined ? { collection, id } : undefined
}

/** Walks a document beside its fields and hands every link to `visit`, which may replace it. */
function mapLinks(
  fields: Field[],
  data: Record<string, unknown>,
  visit: (field: DataField, value: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const field of dataFields(fields)) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const inner = (v: unknown): unknown => {
      if (v === null || v === undefined) return v
      if (field.type === 'relationship' || field.type === 'upload') {
        return Array.isArray(v) ? v.map((item) => visit(field, item)) : visit(field, v)
      }
      if (field.type === 'group' && isPlainObject(v)) {
        return mapLinks((field as { fields: Field[] }).fields, v, visit)
      }
      if (field.type === 'array' && Array.isArray(v)) {
        return (v as unknown[]).map((row) =>
          isPlainObject(row) ? mapLinks((field as { fields: Field[] }).fields, row, visit) : row,
        )
      }
      return v
    }
    // Read with `locale: 'all'`, a localized field holds one value per language.
    const localized = (field as { localized?: boolean }).localized
    out[field.name] =
      localized && isPlainObject(value) && Object.keys(value).every(isLocale)
        ? Object.fromEntries(Object.entries(value).map(([l, v]) => [l, inner(v)]))
        : inner(value)
  }
  return out
}

/**
 * The document with every link (organizers, venue, categories, logo …) replaced by the linked
 * document's title in the admin's language, so the review shows "Albertslund Skakklub", not 12.
 * A link to a document that is gone shows its id.
 */
export async function withTitles(
  payload: Payload,
  fields: Field[],
  doc: Record<string, unknown>,
  locale: Locale,
): Promise<Record<string, unknown>> {
  const wanted = new Map<string, Set<string | number>>()
  mapLinks(fields, doc, (field, value) => {
    const link = linkOf(field, value)
    if (link) wanted.set(link.collection, (wanted.get(link.collection) ?? new Set()).add(link.id))
    return value
  })
  const titles = new Map<string, string>()
  for (const [collection, ids] of wanted) {
    const config = payload.collections[collection as 'users']?.config
    if (!config) continue
    const titleField = config.admin?.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection: collection as 'users',
      where: { id: { in: [...ids] } },
      depth: 0,
      locale,
      pagination: false,
      overrideAccess: true,
      draft: true,
    })
    for (const d of docs as unknown as Record<string, unknown>[]) {
      const title = d[titleField]
      titles.set(
        `${collection}:${String(d.id)}`,
        typeof title === 'string' && title ? title : String(d.id),
      )
    }
  }
  return mapLinks(fields, doc, (field, value) => {
    const link = linkOf(field, value)
    if (!link) return value
    return titles.get(`${link.collection}:${String(link.id)}`) ?? String(link.id)
  })
}
