import type { FieldHook, TextField, Where } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { reservedSlugs } from '@velkomst/shared/routes'
import { slugify } from '@velkomst/shared/slug'
import { checkSlug } from '@velkomst/shared/validation'

import { answer, messageFor } from './messages'

interface SlugOptions {
  /**
   * Whether this document's slug is part of a path on the site (then it may not be one of the
   * site's own words, `reservedSlugs`). Default: always.
   */
  inPath?: (data: Record<string, unknown>) => boolean
}

/**
 * A URL slug made from the Danish value of `from` on first save and then left alone, so links
 * keep working when the name changes. Editors may set it by hand; it must be unique, and not a
 * word the site's own paths use.
 */
export function slugField(
  from = 'name',
  overrides: Partial<TextField> = {},
  { inPath = () => true }: SlugOptions = {},
): TextField {
  const generate: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    const stored = originalDoc as Record<string, unknown> | undefined
    const incoming = data as Record<string, unknown> | undefined
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    if (typeof stored?.slug === 'string' && stored.slug) return stored.slug
    const source = incoming?.[from] ?? stored?.[from]
    const text: unknown =
      typeof source === 'string'
        ? source
        : typeof source === 'object' && source !== null
          ? ((source as Record<string, unknown>)[String(req.locale ?? 'da')] ??
            Object.values(source)[0])
          : undefined
    const base = typeof text === 'string' ? slugify(text) : ''
    if (!base || !collection) return base || undefined
    // A generated slug never collides: "hedemarken", then "hedemarken-2"; "I dag" becomes
    // "i-dag-2", as /arrangementer/i-dag/ is the site's. A slug typed by hand that is taken or
    // reserved is refused with a message instead (see validate below).
    const reserved = inPath({ ...stored, ...incoming })
    for (let n = 1; n < 100; n++) {
      const candidate = n === 1 ? base : `${base.slice(0, 76)}-${n}`
      if (reserved && reservedSlugs.has(candidate)) continue
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'venues',
        where: { slug: { equals: candidate } },
        req,
        overrideAccess: true,
      })
      if (totalDocs === 0) return candidate
    }
    return base
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: labels('cms.field.slug'),
    admin: {
      position: 'sidebar',
      description: labels('cms.field.slug.description'),
    },
    hooks: { beforeValidate: [generate] },
    validate: async (value, { req, id, collectionSlug, data }) => {
      if (value === null || value === undefined || value === '') return true
      const format = answer(req, checkSlug(value))
      if (format !== true) return format
      if (reservedSlugs.has(String(value)) && inPath(data ?? {})) {
        return messageFor(req, { key: 'validation.slug.reserved', params: { slug: String(value) } })
      }
      if (!collectionSlug || !req?.payload) return true
      const where: Where = { slug: { equals: value } }
      if (id !== undefined) where.id = { not_equals: id }
      const existing = await req.payload.count({
        collection: collectionSlug as 'venues',
        where,
        req,
        overrideAccess: true,
      })
      return existing.totalDocs > 0
        ? messageFor(req, { key: 'validation.slug.duplicate', params: { slug: String(value) } })
        : true
    },
    ...overrides,
  } as TextField
}
