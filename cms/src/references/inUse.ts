import {
  APIError,
  type CollectionBeforeDeleteHook,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'

import { editorLocale, messageFor } from '../fields/messages'
import { dataFields, isPolymorphic, relationTargets } from '../input/fields'

/** Where `fields` link to `target`: dotted paths, and whether the link names its collection. */
function linksTo(fields: Field[], target: string, prefix = ''): { path: string; poly: boolean }[] {
  const out: { path: string; poly: boolean }[] = []
  for (const field of dataFields(fields)) {
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      relationTargets(field).includes(target)
    ) {
      out.push({ path, poly: isPolymorphic(field) })
    }
    if (field.type === 'group' || field.type === 'array') {
      out.push(...linksTo((field as { fields: Field[] }).fields, target, path))
    }
  }
  return out
}

export interface Dependent {
  collection: string
  title: string
  /** What kind of document it is, in the caller's language ("arrangement", "event"). */
  kind: string
}

/**
 * The published documents that link to this one (an event at the venue, an offer for the
 * association, an association meeting at the venue …), found from the config so a link added
 * later counts too.
 */
export async function publishedDependents(
  req: PayloadRequest,
  target: string,
  id: number | string,
): Promise<Dependent[]> {
  const out: Dependent[] = []
  const locale = editorLocale(req)
  for (const config of req.payload.config.collections) {
    if (!config.versions?.drafts || config.slug === target) continue
    const links = linksTo(config.fields, target)
    if (links.length === 0) continue
    const linked: Where = {
      or: links.map(({ path, poly }) =>
        poly
          ? {
              and: [
                { [`${path}.relationTo`]: { equals: target } },
                { [`${path}.value`]: { equals: id } },
              ],
            }
          : { [path]: { equals: id } },
      ),
    }
    const { docs } = await req.payload.find({
      collection: config.slug as 'events',
      where: { and: [linked, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 50,
      locale,
      overrideAccess: true,
      req,
    })
    const titleField = config.admin?.useAsTitle ?? 'id'
    const label = config.labels?.singular as Record<string, string> | string | undefined
    const kind = typeof label === 'object' ? (label[locale] ?? config.slug) : (label ?? config.slug)
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const title = doc[titleField]
      out.push({
        collection: config.slug,
        title: typeof title === 'string' ? title : String(doc.id),
        kind: kind.toLowerCase(),
      })
    }
  }
  return out
}

/**
 * Deleting a venue or an association that published events or offers use would leave them
 * without a place or an organizer on the website, silently. The delete is refused, naming them,
 * so staff move or unpublish them first.
 */
export const refuseDeleteWhileUsed: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const dependents = await publishedDependents(req, collection.slug, id)
  if (dependents.length === 0) return
  const names = dependents.map((d) => `${d.title} (${d.kind})`).join(', ')
  throw new APIError(
    messageFor(req, { key: 'validation.delete.inUse', params: { names } }),
    409,
    null,
    true,
  )
}
