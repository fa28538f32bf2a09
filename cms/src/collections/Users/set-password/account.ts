import type { Payload, PayloadRequest } from 'payload'

/** The account a reset or invitation link belongs to, while the link is still valid. */
export async function accountForToken(
  payload: Payload,
  token: string,
  req?: Partial<PayloadRequest>,
): Promise<{ email: string; role: string | null | undefined } | null> {
  if (!token || token.length > 200) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [
        { resetPasswordToken: { equals: token } },
        { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { email: true, role: true },
    req,
  })
  const user = docs[0]
  return user ? { email: user.email, role: user.role } : null
}

/** What the form can be sent back with; anything else in the address is ignored. */
export const setPasswordErrors = ['required', 'short', 'long', 'mismatch', 'expired'] as const
export type SetPasswordError = (typeof setPasswordErrors)[number]

export const isSetPasswordError = (value: unknown): value is SetPasswordError =>
  setPasswordErrors.includes(value as SetPasswordError)

/** The admin path of the form, for a token and an optional error. */
export function setPasswordPath(adminRoute: string, token: string, error?: SetPasswordError) {
  const query = new URLSearchParams({ token })
  if (error) query.set('error', error)
  return `${adminRoute.replace(/\/$/, '')}/set-password?${query}`
}
