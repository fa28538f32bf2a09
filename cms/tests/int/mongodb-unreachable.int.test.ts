/**
 * An unreachable MongoDB fails fast with a message naming the host, not after the driver's 30 s
 * and never with the password in it.
 */
import { describe, expect, it } from 'vitest'
import { getPayload } from 'payload'

describe('MongoDB that cannot be reached', () => {
  it('fails within seconds, naming the host and not the password', async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    process.env.DATABASE_URL = 'mongodb://velkomst:topsecret@127.0.0.1:9/velkomst'
    process.env.MONGODB_TIMEOUT_MS = '1500'
    const started = Date.now()
    const { default: config } = await import('../../src/payload.config')
    const error = await getPayload({ config }).then(
      () => null,
      (e: unknown) => e as Error,
    )
    const elapsed = Date.now() - started
    expect(error).toBeInstanceOf(Error)
    expect(error?.message).toContain('Cannot reach MongoDB at 127.0.0.1:9')
    expect(error?.message).not.toContain('topsecret')
    expect(elapsed).toBeLessThan(15_000)
  }, 30_000)
})
