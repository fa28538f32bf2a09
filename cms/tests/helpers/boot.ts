/**
 * Boots Payload with the CMS's config the way a server does, in whatever environment it is run
 * with, and prints what production hardening decided (`tests/int/production.int.test.ts`).
 */
import { getPayload } from 'payload'

const { default: config } = await import('../../src/payload.config')
const payload = await getPayload({ config })
const users = payload.collections.users.config
console.log(
  JSON.stringify({
    csrf: payload.config.csrf,
    serverURL: payload.config.serverURL,
    cookies: users.auth.cookies,
  }),
)
await payload.destroy()
process.exit(0)
