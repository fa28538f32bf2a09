import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isStaffUser } from '../../../access/roles'
import { messageFor } from '../../../fields/messages'
import { dataFields, isPolymorphic, relationTargets } from '../../../input/fields'
import { isReviewedCollection, publishesDirectly } from '../../../review/trust'

/** Dotted paths of every field in `fields` that links to media. */
function mediaPaths(fields: Field[], prefix = ''): string[] {
  const out: string[] = []
  for (const field of dataFields(fields)) {
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (
      (field.type === 'upload' || field.type === 'relationship') &&
      !isPolymorphic(field) &&
      relationTargets(field).includes('media')
    ) {
      out.push(path)
    }
    if (field.type === 'group' || field.type === 'array') {
      out.push(...mediaPaths((field as { fields: Field[] }).fields, path))
    }
  }
  return out
}

interface Use {
  collection: string
  doc: Record<string, unknown> & { id: number | string }
  title: string
}

/** The published documents (and settings) that show this image on the website. */
async function liveUses(req: PayloadRequest, id: number | string): Promise<Use[]> {
  const uses: Use[] = []
  for (const config of req.payload.config.collections) {
    // Payload's own bookkeeping (locked documents, preferences) is not on the website.
    if (config.slug === 'media' || config.slug.startsWith('payload-')) continue
    const paths = mediaPaths(config.fields)
    if (paths.length === 0) continue
    const linked: Where = { or: paths.map((p) => ({ [p]: { equals: id } })) }
    const where: Where = config.versions?.drafts
      ? { and: [linked, { _status: { equals: 'published' } }] }
      : linked
    const { docs } = await req.payload.find({
      collection: config.slug as 'events',
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const titleField = config.admin?.useAsTitle ?? 'id'
    for (const doc of docs as unknown as Use['doc'][]) {
      const title = doc[titleField]
      uses.push({
        collection: config.slug,
        doc,
        title: typeof title === 'string' ? title : String(doc.id),
      })
    }
  }
  for (const global of req.payload.config.globals) {
    const paths = mediaPaths(global.fields)
    if (paths.length === 0) continue
    const settings = (await req.payload.findGlobal({
      slug: global.slug,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
    const linked = paths.some((p) => {
      const value = p
        .split('.')
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], settings)
      return ([] as unknown[]).concat(value ?? []).some((v) => String(v) === String(id))
    })
    if (linked) {
      const label = global.label as Record<string, string> | string | undefined
      const title = typeof label === 'object' ? (label.da ?? global.slug) : (label ?? global.slug)
      uses.push({ collection: global.slug, doc: { id: global.slug }, title })
    }
  }
  return uses
}

/**
 * An image on the website changes the website: a volunteer who may not publish their listing
 * may not replace the file or change the alt text of an image a published page shows, nor
 * delete it. They upload a new image and choose it in the listing, which goes to review with the
 * listing. Staff, and editors of a trusted association for its own pages, change it directly.
 */
async function refuseIfLive(req: PayloadRequest, id: number | string | undefined) {
  if (id === undefined || isStaffUser(req.user) || !req.user) return
  const uses = await liveUses(req, id)
  const blocking: Use[] = []
  for (const use of uses) {
    const direct =
      isReviewedCollection(use.collection) &&
      (await publishesDirectly(req, use.collection, use.doc))
    if (!direct) blocking.push(use)
  }
  if (blocking.length === 0) return
  throw new APIError(
    messageFor(req, {
      key: 'validation.media.live',
      params: { where: blocking.map((u) => u.title).join(', ') },
    }),
    403,
    null,
    true,
  )
}

/** What a change to these fields does to the image the website shows. */
const shown = ['alt', 'decorative', 'credit', 'focalX', 'focalY', 'filename']

export const guardLiveMedia: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update') return data
  const before = (originalDoc ?? {}) as Record<string, unknown>
  const changes =
    Boolean(req.file) ||
    shown.some((key) => key in data && JSON.stringify(data[key]) !== JSON.stringify(before[key]))
  if (changes) await refuseIfLive(req, before.id as number | undefined)
  return data
}

export const guardLiveMediaDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await refuseIfLive(req, id)
}
