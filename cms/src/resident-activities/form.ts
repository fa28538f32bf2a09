import type { Payload, PayloadRequest } from 'payload'
import {
  CATEGORIES,
  SUBMISSION_FIELD,
  VENUES,
  addActivityForm,
  resubmitted,
} from '@velkomst/shared/activities'
import type { Locale } from '@velkomst/shared/i18n'
import { namedOptions } from '@velkomst/shared/newcomers'

import type { PublicForm, SaveResult } from '../forms/types'
import { localized, text, type Localized } from '../forms/values'
import type { Event } from '../payload-types'
import { sendConfirmLink } from './emails'
import { activityLink, linkFitsAddress, readActivityLink } from './links'
import { activityData, type ActivityData } from './values'

/** The venues and categories the site offered, read with the public's access. */
async function sources(req: PayloadRequest, locale: Locale) {
  const read = (collection: 'venues' | 'categories') =>
    req.payload.find({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { name: true },
    })
  const [venues, categories] = await Promise.all([read('venues'), read('categories')])
  const named = (docs: { id: number | string; name?: unknown }[]) =>
    namedOptions(
      docs.map((d) => ({ id: d.id, name: localized(d.name as Localized) })),
      locale,
    )
  return { [VENUES]: named(venues.docs), [CATEGORIES]: named(categories.docs) }
}

/** The draft event's texts in each language given (Danish first: it is created in Danish). */
async function writeTexts(payload: Payload, id: number | string, data: ActivityData) {
  const en = data.texts.en
  if (!en) return
  await payload.update({
    collection: 'events',
    id,
    locale: 'en',
    draft: true,
    data: en,
    overrideAccess: true,
    context: { publicForm: addActivityForm.id },
  })
}

/** Asks the person to confirm their address; the link is what puts the activity before staff. */
async function askToConfirm(payload: Payload, doc: Event, locale: Locale, title: string) {
  const to = doc.resident?.submitterEmail
  if (!to) return
  try {
    await sendConfirmLink(
      payload,
      { to, locale, name: doc.resident?.organiser ?? '', title },
      activityLink(payload.secret, 'confirm', doc.id, to),
    )
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send the activity confirmation' })
  }
}

/**
 * A new activity: a draft event marked as the residents', waiting for its address to be
 * confirmed (staff do not see it before). Written by the server for the public, whoever is
 * signed in on this browser: nothing of a user's rights is used.
 */
async function create(
  payload: Payload,
  data: ActivityData,
  resident: Event['resident'],
  locale: Locale,
) {
  const da = data.texts.da ?? data.texts.en!
  const doc = await payload.create({
    collection: 'events',
    locale: 'da',
    draft: true,
    overrideAccess: true,
    data: {
      ...data.shared,
      ...da,
      title: da.title,
      summary: da.summary,
      organizers: [],
      organizedByMunicipality: false,
      organizedByResidents: true,
      resident,
      _status: 'draft',
      reviewState: 'none',
    },
    context: { publicForm: addActivityForm.id },
  })
  await writeTexts(payload, doc.id, data)
  await askToConfirm(
    payload,
    doc,
    locale,
    locale === 'en' ? (data.texts.en?.title ?? da.title) : da.title,
  )
}

/**
 * A correction sent through the private link: the draft is updated and goes straight back to
 * staff. A new address has to be confirmed first, as a new submission does.
 */
async function correct(
  payload: Payload,
  key: string,
  data: ActivityData,
  resident: NonNullable<Event['resident']>,
  locale: Locale,
): Promise<SaveResult> {
  const link = readActivityLink(payload.secret, 'edit', key)
  const expired: SaveResult = { errors: [{ field: '', key: 'activities.link.invalid.text' }] }
  if (!link.ok) return expired
  const stored = await payload.findByID({
    collection: 'events',
    id: link.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!stored?.organizedByResidents)
    return { errors: [{ field: '', key: 'activities.link.gone.text' }] }
  const before = stored.resident?.submitterEmail
  if (!linkFitsAddress(payload.secret, link.addressMark, before)) return expired
  const sameAddress = before?.toLowerCase() === resident.submitterEmail?.toLowerCase()
  const da = data.texts.da ?? data.texts.en!
  const doc = await payload.update({
    collection: 'events',
    id: stored.id,
    locale: 'da',
    draft: true,
    overrideAccess: true,
    data: {
      ...data.shared,
      ...da,
      resident: { ...resident, confirmedAt: sameAddress ? stored.resident?.confirmedAt : null },
      _status: 'draft',
      reviewState: sameAddress ? 'submitted' : 'none',
      reviewComment: null,
      submittedAt: sameAddress ? new Date().toISOString() : stored.submittedAt,
    },
    context: { publicForm: addActivityForm.id },
  })
  await writeTexts(payload, doc.id, data)
  if (!sameAddress) {
    await askToConfirm(payload, doc, locale, da.title)
    return
  }
  return { sent: resubmitted }
}

/** "Add an activity": residents' activities enter the site through staff's review. */
export const addActivityPublicForm: PublicForm = {
  definition: addActivityForm,
  sources,
  carried: [SUBMISSION_FIELD],
  save: async (values, { req, locale, carried }) => {
    const data = activityData(values, locale)
    const email = text(values.email)?.toLowerCase() ?? null
    const resident = {
      organiser: text(values.organiser) ?? '',
      submitterEmail: email,
      contactEmail: values.showEmail === 'yes' ? email : null,
      submitterLocale: locale,
      confirmedAt: null,
    }
    const key = carried(SUBMISSION_FIELD)
    if (key) return correct(req.payload, key, data, resident, locale)
    await create(req.payload, data, resident, locale)
  },
}
