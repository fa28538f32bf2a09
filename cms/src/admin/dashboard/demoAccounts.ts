import type { Payload } from 'payload'
import { DEMO_EMAIL_DOMAIN, isDemoEmail } from '@velkomst/shared/demo'

/** The demo's accounts still in the database (their passwords are public). */
export async function demoAccounts(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { like: `@${DEMO_EMAIL_DOMAIN}` } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((u) => u.email).filter(isDemoEmail)
}
