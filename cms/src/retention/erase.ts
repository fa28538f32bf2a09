import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { checkEmail } from '@velkomst/shared/validation'

import { isStaffUser } from '../access/roles'
import { bodyOf, done, refuse } from '../http/answers'

/** A phone number's digits, without a Danish country code, so "+45 12 34 56 78" is "12345678". */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '')
  if (digits.startsWith('0045') && digits.length === 12) return digits.slice(4)
  if (digits.startsWith('45') && digits.length === 10) return digits.slice(2)
  return digits
}

export interface Person {
  email?: string
  phone?: string
}

/**
 * Everything stored about one person, found by email address or phone number: their visit
 * requests are deleted, and their email address is removed from survey answers (the anonymous
 * answers stay). One action, for when someone asks to have their data deleted.
 */
export async function erasePerson(
  payload: Payload,
  person: Person,
  req?: PayloadRequest,
): Promise<{ requests: number; answers: number; activities: number }> {
  const email = person.email?.trim().toLowerCase() || undefined
  const phone = person.phone ? phoneKey(person.phone) : ''
  const ids = new Set<number | string>()
  if (email) {
    const { docs } = await payload.find({
      collection: 'visit-requests',
      where: { email: { equals: email } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    for (const d of docs) ids.add(d.id)
  }
  if (phone.length >= 8) {
    const { docs } = await payload.find({
      collection: 'visit-requests',
      where: { phone: { exists: true } },
      pagination: false,
      depth: 0,
      select: { phone: true },
      overrideAccess: true,
      req,
    })
    for (const d of docs) if (d.phone && phoneKey(d.phone) === phone) ids.add(d.id)
  }
  const deleted = ids.size
    ? await payload.delete({
        collection: 'visit-requests',
        where: { id: { in: [...ids] } },
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const answers = email
    ? await payload.update({
        collection: 'survey-answers',
        where: { email: { equals: email } },
        data: { email: null, contact: false },
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  // Residents' activities keep what is public (the activity, the organiser's name); the address
  // goes, also where it was shown. Each its own write, so a draft waiting for staff stays a draft.
  let activities = 0
  if (email) {
    const { docs } = await payload.find({
      collection: 'events',
      where: {
        or: [
          { 'resident.submitterEmail': { equals: email } },
          { 'resident.contactEmail': { equals: email } },
        ],
      },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const resident = doc.resident ?? {}
      await payload.update({
        collection: 'events',
        id: doc.id,
        draft: doc._status === 'draft',
        data: {
          resident: {
            ...resident,
            submitterEmail: null,
            contactEmail:
              resident.contactEmail?.toLowerCase() === email ? null : resident.contactEmail,
          },
        },
        overrideAccess: true,
        req,
      })
      activities++
    }
  }
  return { requests: deleted.docs.length, answers: answers.docs.length, activities }
}

/** `POST /api/personal-data/erase` (staff), `{ email?, phone? }`: see `erasePerson`. */
export const eraseEndpoint: Endpoint = {
  path: '/personal-data/erase',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
    const body = await bodyOf(req)
    const email = typeof body.email === 'string' ? body.email.trim() : ''
    const phone = typeof body.phone === 'string' ? body.phone.trim() : ''
    if (!email && phoneKey(phone).length < 8)
      return refuse(req, 400, 'ambassadors.erase.needsContact')
    const bad = checkEmail(email)
    if (bad) return refuse(req, 400, bad.key, bad.params)
    const result = await erasePerson(req.payload, { email, phone }, req)
    return done(req, 'ambassadors.erase.done', result, result)
  },
}
