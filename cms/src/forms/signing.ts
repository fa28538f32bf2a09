import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Values the CMS hands out and later believes only because it signed them: the time a form was
 * opened, and (for later forms) private links such as "confirm your email" or "correct your
 * submission". HMAC-SHA256 with a key derived from PAYLOAD_SECRET and the value's purpose, so a
 * signature made for one purpose is worthless for another.
 */
const keyFor = (secret: string, purpose: string) =>
  createHmac('sha256', secret).update(`velkomst:${purpose}`).digest()

const signatureOf = (secret: string, purpose: string, data: string) =>
  createHmac('sha256', keyFor(secret, purpose)).update(data).digest('base64url')

/** `<data>.<signature>`; `data` must not contain a dot's meaning beyond its own (base64url it). */
export function sign(secret: string, purpose: string, data: string): string {
  return `${data}.${signatureOf(secret, purpose, data)}`
}

/** The signed data, or null when the signature is not ours for this purpose. */
export function verify(secret: string, purpose: string, signed: string): string | null {
  const dot = signed.lastIndexOf('.')
  if (dot <= 0) return null
  const data = signed.slice(0, dot)
  const given = Buffer.from(signed.slice(dot + 1))
  const expected = Buffer.from(signatureOf(secret, purpose, data))
  return given.length === expected.length && timingSafeEqual(given, expected) ? data : null
}

/** A keyed hash for counting without keeping the value (a sender's address, an email). */
export function keyedHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', keyFor(secret, purpose)).update(value).digest('base64url')
}

/** How long an opened form may wait before it is sent (a tab left open overnight is fine). */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000
/** Clocks of different machines disagree a little. */
const CLOCK_SKEW_MS = 60 * 1000

/** The signed moment a form was opened: `<form>.<time>.<nonce>.<signature>`. */
export function formToken(secret: string, form: string, now = Date.now()): string {
  const nonce = randomBytes(9).toString('base64url')
  return sign(secret, 'form-token', `${form}.${now.toString(36)}.${nonce}`)
}

export type TokenCheck =
  | { ok: true; issuedAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'too-fast' }

/**
 * Whether a form was opened (by us, for this form) long enough ago to have been filled in by a
 * person, and not so long ago that the signed time is stale.
 */
export function checkFormToken(
  secret: string,
  form: string,
  token: string | undefined,
  minFillSeconds: number,
  now = Date.now(),
): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' }
  const data = verify(secret, 'form-token', token)
  const [name, time] = data?.split('.') ?? []
  const issuedAt = time ? parseInt(time, 36) : NaN
  if (!data || name !== form || !Number.isFinite(issuedAt)) return { ok: false, reason: 'invalid' }
  if (issuedAt > now + CLOCK_SKEW_MS || now - issuedAt > FORM_TOKEN_MAX_AGE_MS) {
    return { ok: false, reason: 'expired' }
  }
  if (now - issuedAt < minFillSeconds * 1000) return { ok: false, reason: 'too-fast' }
  return { ok: true, issuedAt }
}
