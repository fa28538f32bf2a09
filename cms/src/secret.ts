/**
 * Payload signs sessions with this secret. Production must set PAYLOAD_SECRET; development and
 * tests get a fixed one so that the two commands in the README work without any setup.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` evaluates the config to collect pages; the secret is only needed at run time.
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && env.VELKOMST_DEMO !== 'true' && !building) {
    throw new Error('PAYLOAD_SECRET is not set. Set it to a long random string (see .env.example).')
  }
  return 'velkomst-development-secret-not-for-production'
}
