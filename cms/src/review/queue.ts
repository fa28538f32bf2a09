import type { Payload, PayloadRequest } from 'payload'
import { translate } from '@velkomst/shared/i18n'

import { editorLocale } from '../fields/messages'
import { changesBetween, type FieldChange } from './diff'
import { withTitles } from './titles'
import { reviewedCollections, type ReviewedCollection } from './trust'

export interface Submission {
  collection: ReviewedCollection
  id: number | string
  title: string
  submittedBy: string | null
  submittedAt: string | null
  isNew: boolean
  changes: FieldChange[]
  /** The version shown: "Publish" publishes this one, and refuses if a newer one arrived. */
  versionId: number | string
  /** A resident's activity: sending it back writes to them by email. */
  byResidents: boolean
}

/** The newest version of a document (its latest draft, when it has one), all languages. */
export async function latestVersion(
  payload: Payload,
  collection: ReviewedCollection,
  id: number | string,
  req?: PayloadRequest,
) {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs[0]
}

const titleOf = (doc: Record<string, unknown>) =>
  String((doc.name as string | undefined) ?? (doc.title as string | undefined) ?? doc.id)

/**
 * Everything waiting for review, oldest first, each with what changed since the published
 * version (all languages). For staff; runs with the caller's `req` so access still applies.
 */
export async function reviewQueue(payload: Payload, req: PayloadRequest): Promise<Submission[]> {
  const all: Submission[] = []
  for (const collection of reviewedCollections) {
    const { docs } = await payload.find({
      collection,
      where: { reviewState: { equals: 'submitted' } },
      draft: true,
      depth: 1,
      pagination: false,
      sort: 'submittedAt',
      overrideAccess: false,
      user: req.user,
    })
    for (const doc of docs) {
      all.push(await submissionOf(payload, req, collection, doc.id))
    }
  }
  return all.sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)))
}

export async function submissionOf(
  payload: Payload,
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number | string,
): Promise<Submission> {
  // Payload's local API writes the locale it was asked for into the `req` it is given, so these
  // calls get their own request (with the caller's user) and the page keeps its locale.
  const user = req.user
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : undefined
  const base = { collection, id, locale: 'all' as const, depth: 0, overrideAccess: false, user }
  // The version itself, not "the latest draft" read separately: what is shown is what
  // "Publish" will publish, by this version's id.
  const version = await latestVersion(payload, collection, id)
  if (!version) throw new Error(`${collection} ${id} has no versions`)
  const draft = version.version as unknown as Record<string, unknown>
  const live = (await payload.findByID({ ...base, draft: false })) as unknown as Record<
    string,
    unknown
  >
  const isNew = live._status !== 'published'
  const fields = payload.collections[collection].config.fields
  const titled = (doc: Record<string, unknown>) =>
    withTitles(payload, fields, doc, editorLocale(req))
  // Once more in the admin's language, with the submitter filled in, for the heading.
  const shown = (await payload.findByID({
    ...base,
    locale,
    draft: true,
    depth: 1,
  })) as unknown as {
    submittedBy?: { email?: string; displayName?: string | null } | null
    organizedByResidents?: boolean | null
    resident?: { organiser?: string | null; submitterEmail?: string | null } | null
  } & Record<string, unknown>
  const submitter = shown.submittedBy
  // A resident's activity has no account behind it: it says so, with the name and address given.
  const resident = shown.organizedByResidents ? shown.resident : null
  return {
    collection,
    id,
    title: titleOf(shown),
    submittedBy: resident
      ? translate(editorLocale(req), 'activities.review.resident', {
          name: [resident.organiser, resident.submitterEmail].filter(Boolean).join(', '),
        })
      : submitter
        ? submitter.displayName || submitter.email || null
        : null,
    submittedAt: (draft.submittedAt as string | null | undefined) ?? null,
    isNew,
    changes: changesBetween(isNew ? undefined : await titled(live), await titled(draft)),
    versionId: version.id,
    byResidents: Boolean(resident),
  }
}
