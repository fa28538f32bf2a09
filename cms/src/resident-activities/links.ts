import { keyedHash, sign, verify } from '../forms/signing'

/**
 * The private links a resident gets by email: "confirm your address" and "correct your
 * activity". Each names the activity, expires, and is tied to the address it was sent to: a
 * link stops working when the address on the activity changes or is deleted (retention).
 */
export type LinkPurpose = 'confirm' | 'edit'

const DAY_MS = 24 * 60 * 60 * 1000
/** How long a link works: a week to confirm, two months to correct or change. */
export const LINK_DAYS: Record<LinkPurpose, number> = { confirm: 7, edit: 60 }

const addressMark = (secret: string, email: string) =>
  keyedHash(secret, 'activity-link-address', email.trim().toLowerCase()).slice(0, 16)

/** `<id>.<expiry>.<address mark>.<signature>`: safe in a URL's query and in a hidden field. */
export function activityLink(
  secret: string,
  purpose: LinkPurpose,
  id: number | string,
  email: string,
  now = Date.now(),
): string {
  const expires = (now + LINK_DAYS[purpose] * DAY_MS).toString(36)
  return sign(secret, `activity-${purpose}`, `${id}.${expires}.${addressMark(secret, email)}`)
}

export type LinkCheck =
  { ok: true; id: string; addressMark: string } | { ok: false; reason: 'invalid' | 'expired' }

/** Whether a link is ours, for this purpose, and not expired; the address is checked by the caller. */
export function readActivityLink(
  secret: string,
  purpose: LinkPurpose,
  key: unknown,
  now = Date.now(),
): LinkCheck {
  if (typeof key !== 'string' || key.length > 200) return { ok: false, reason: 'invalid' }
  const data = verify(secret, `activity-${purpose}`, key.trim())
  const [id, expires, mark] = data?.split('.') ?? []
  const until = expires ? parseInt(expires, 36) : NaN
  if (!id || !mark || !Number.isFinite(until)) return { ok: false, reason: 'invalid' }
  if (now > until) return { ok: false, reason: 'expired' }
  return { ok: true, id, addressMark: mark }
}

/** Whether a link was made for this address (it still is the address on the activity). */
export const linkFitsAddress = (secret: string, mark: string, email: string | null | undefined) =>
  Boolean(email) && addressMark(secret, email ?? '') === mark
