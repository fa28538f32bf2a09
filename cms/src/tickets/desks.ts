import { randomBytes, timingSafeEqual } from 'node:crypto'

import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import type { Locale } from '@velkomst/shared/i18n'

import { cmsConfig } from '../config'

type Id = number | string

/** 128 random bits, URL-safe: the whole credential of a desk link, so it cannot be guessed. */
export const newDeskCode = () => randomBytes(16).toString('base64url')

/** What a desk code looks like; anything else is refused before the database is asked. */
export const isDeskCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{22}$/.test(value)

const system = { overrideAccess: true, depth: 0 } as const

/** The offer's desk code, or null when it has none yet. */
export async function deskCodeOf(
  payload: Payload,
  offer: Id,
  req?: Partial<PayloadRequest>,
): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'ticket-desks',
    where: { offer: { equals: offer } },
    limit: 1,
    ...system,
    req,
  })
  return (docs[0] as { code?: string } | undefined)?.code ?? null
}

/** Gives the offer a (new) desk code; the old one stops working at once. */
export async function renewDeskCode(
  payload: Payload,
  offer: Id,
  req?: Partial<PayloadRequest>,
): Promise<string> {
  const code = newDeskCode()
  const { docs } = await payload.find({
    collection: 'ticket-desks',
    where: { offer: { equals: offer } },
    limit: 1,
    ...system,
    req,
  })
  const existing = docs[0] as { id: Id } | undefined
  if (existing) {
    await payload.update({
      collection: 'ticket-desks',
      id: existing.id,
      data: { code },
      ...system,
      req,
    })
  } else {
    await payload.create({
      collection: 'ticket-desks',
      data: { offer: offer as number, code },
      ...system,
      req,
    })
  }
  return code
}

/** The offer a desk code opens, or null. Compared in constant time once found. */
export async function offerOfDeskCode(
  payload: Payload,
  code: unknown,
  req?: Partial<PayloadRequest>,
): Promise<Id | null> {
  if (!isDeskCode(code)) return null
  const { docs } = await payload.find({
    collection: 'ticket-desks',
    where: { code: { equals: code } },
    limit: 1,
    ...system,
    req,
  })
  const desk = docs[0] as { code?: string; offer?: unknown } | undefined
  if (!desk?.code) return null
  const a = Buffer.from(desk.code)
  const b = Buffer.from(code)
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null
  const offer = desk.offer
  return typeof offer === 'object' && offer ? (offer as { id: Id }).id : (offer as Id)
}

/** The desk page's address: on the CMS's public URL when known, else relative to the admin. */
export function deskUrl(apiRoute: string, code: string, locale?: Locale): string {
  const base = cmsConfig().CMS_PUBLIC_URL?.replace(/\/$/, '') ?? ''
  return `${base}${apiRoute}/ticket-desk/${code}${locale ? `?lang=${locale}` : ''}`
}

/** Every offer gets a desk link when it is first saved. */
export const giveDeskCode: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc as unknown
  const id = (doc as { id: Id }).id
  if (!(await deskCodeOf(req.payload, id, req))) await renewDeskCode(req.payload, id, req)
  return doc as unknown
}
