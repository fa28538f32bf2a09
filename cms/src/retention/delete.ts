import type { Payload } from 'payload'

import { ATTEMPTS_KEPT_HOURS } from '../forms/attempts'
import { RETENTION_DEFAULT_DAYS } from './fields'

const DAY = 24 * 60 * 60 * 1000

export interface Deleted {
  requests: number
  emails: number
  attempts: number
  /** Residents' activities never confirmed within a week (never shown, never seen by staff). */
  unconfirmed: number
  /** Senders' addresses removed from residents' activities. */
  senders: number
}

/** How long a resident's activity waits for its address to be confirmed before it goes. */
export const UNCONFIRMED_KEPT_DAYS = 7

/**
 * What the retention rule removes, as of `now`: visit requests closed longer ago than the
 * retention period (site settings), email addresses on survey answers sent longer ago than that
 * (the answers stay, anonymous), and the rate limits' counts older than two days. Nothing else:
 * open requests stay however old they are, and so does everything not personal.
 */
export async function deletePersonalData(payload: Payload, now = new Date()): Promise<Deleted> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const days = settings.retentionDays > 0 ? settings.retentionDays : RETENTION_DEFAULT_DAYS
  const cutoff = new Date(now.getTime() - days * DAY).toISOString()

  const requests = await payload.delete({
    collection: 'visit-requests',
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: cutoff } }] },
    overrideAccess: true,
    context: { retention: true },
  })
  const emails = await payload.update({
    collection: 'survey-answers',
    where: { and: [{ email: { exists: true } }, { createdAt: { less_than: cutoff } }] },
    data: { email: null, contact: false },
    overrideAccess: true,
    context: { retention: true },
  })
  const attempts = await payload.delete({
    collection: 'form-attempts',
    where: {
      createdAt: {
        less_than: new Date(now.getTime() - ATTEMPTS_KEPT_HOURS * 60 * 60 * 1000).toISOString(),
      },
    },
    overrideAccess: true,
  })
  const unconfirmed = await payload.delete({
    collection: 'events',
    where: {
      and: [
        { organizedByResidents: { equals: true } },
        { 'resident.confirmedAt': { exists: false } },
        { _status: { equals: 'draft' } },
        {
          createdAt: {
            less_than: new Date(now.getTime() - UNCONFIRMED_KEPT_DAYS * DAY).toISOString(),
          },
        },
      ],
    },
    overrideAccess: true,
    context: { retention: true },
  })
  // The sender's address, once nothing is waiting on it: the activity was last changed longer
  // ago than the retention period, and no change is with staff or back with the sender. The
  // address they chose to show stays with the published activity.
  const senders = await payload.update({
    collection: 'events',
    where: {
      and: [
        { organizedByResidents: { equals: true } },
        { 'resident.submitterEmail': { exists: true } },
        { reviewState: { equals: 'none' } },
        { _status: { equals: 'published' } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
    data: { resident: { submitterEmail: null } },
    overrideAccess: true,
    context: { retention: true },
  })
  return {
    requests: requests.docs.length,
    emails: emails.docs.length,
    attempts: attempts.docs.length,
    unconfirmed: unconfirmed.docs.length,
    senders: senders.docs.length,
  }
}
