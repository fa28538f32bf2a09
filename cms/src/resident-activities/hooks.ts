import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'
import { isLocale, type Locale } from '@velkomst/shared/i18n'
import { href } from '@velkomst/shared/routes'

import { siteUrl } from '../forms/endpoint'
import type { Event } from '../payload-types'
import { sendPublished, sendSentBack } from './emails'
import { activityLink } from './links'

/**
 * Tells the resident what staff decided, in the language they wrote in: sent back (staff's
 * message and the link to correct it) or published (where it is, and the link to change it).
 * The sender's address is read here with the server's rights: staff's own request may not
 * carry it.
 */
const tellResident: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, req }) => {
  if (!doc.organizedByResidents || req.context.seed) return doc
  const sentBack =
    doc.reviewState === 'changes-requested' && previousDoc?.reviewState !== 'changes-requested'
  const published = doc._status === 'published' && previousDoc?.reviewState === 'submitted'
  if (!sentBack && !published) return doc
  try {
    const stored = await req.payload.findByID({
      collection: 'events',
      id: doc.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const to = stored.resident?.submitterEmail
    if (!to) return doc
    const wrote = stored.resident?.submitterLocale
    const locale: Locale = isLocale(wrote) ? wrote : 'da'
    const titled = await req.payload.findByID({
      collection: 'events',
      id: doc.id,
      draft: true,
      depth: 0,
      locale,
      overrideAccess: true,
      req,
    })
    const recipient = {
      to,
      locale,
      name: stored.resident?.organiser ?? '',
      title: titled.title ?? '',
    }
    const key = activityLink(req.payload.secret, 'edit', doc.id, to)
    if (sentBack) {
      await sendSentBack(req.payload, recipient, doc.reviewComment ?? '', key)
    } else {
      const page = `${siteUrl()}${href(locale, ['events', { slug: stored.slug ?? '' }])}`
      await sendPublished(req.payload, recipient, page, key)
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not write to the resident' })
  }
  return doc
}

export const residentActivityHooks: CollectionConfig['hooks'] = { afterChange: [tellResident] }
