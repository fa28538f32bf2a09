import { describe, expect, it } from 'vitest'

import { clientAddress, normalizeAddress } from '../../src/forms/address'
import { checkFormToken, formToken, sign, verify } from '../../src/forms/signing'

const xff = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('the sender address', () => {
  it('is the rightmost entry when no proxy is configured (the client writes the left)', () => {
    expect(clientAddress(xff('1.1.1.1, 203.0.113.9'), [])).toBe('203.0.113.9')
    expect(clientAddress(xff('203.0.113.9'), [])).toBe('203.0.113.9')
  })

  it('skips configured proxies from the right, by address or range, IPv4 and IPv6', () => {
    const trusted = ['10.0.0.0/8', '2001:db8::/32', '127.0.0.1']
    expect(clientAddress(xff('6.6.6.6, 198.51.100.4, 10.1.2.3'), trusted)).toBe('198.51.100.4')
    expect(clientAddress(xff('198.51.100.4, 2001:db8::1, 127.0.0.1'), trusted)).toBe('198.51.100.4')
    expect(clientAddress(xff('10.0.0.1, 10.0.0.2'), trusted)).toBe('10.0.0.1')
  })

  it('reads ports, brackets and IPv4-mapped IPv6, ignores junk, and has a name for nothing', () => {
    expect(normalizeAddress('203.0.113.9:5555')).toBe('203.0.113.9')
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientAddress(xff('unknown, 203.0.113.9, garbage'), [])).toBe('203.0.113.9')
    expect(clientAddress(new Headers(), [])).toBe('unknown')
  })
})

describe('signed values', () => {
  const secret = 'a-test-secret-of-some-length'

  it('verify only with the same secret and purpose', () => {
    const signed = sign(secret, 'confirm-email', 'submission-42')
    expect(verify(secret, 'confirm-email', signed)).toBe('submission-42')
    expect(verify(secret, 'correct-submission', signed)).toBeNull()
    expect(verify('another-secret-of-some-length', 'confirm-email', signed)).toBeNull()
    expect(verify(secret, 'confirm-email', signed.replace('42', '43'))).toBeNull()
    expect(verify(secret, 'confirm-email', 'no-signature')).toBeNull()
  })

  it('a form time: too fast, fine, stale, for another form, from the future', () => {
    const now = Date.parse('2026-11-23T12:00:00Z')
    const token = formToken(secret, 'survey', now)
    expect(checkFormToken(secret, 'survey', token, 3, now + 1000)).toEqual({
      ok: false,
      reason: 'too-fast',
    })
    expect(checkFormToken(secret, 'survey', token, 3, now + 3000)).toEqual({
      ok: true,
      issuedAt: now,
    })
    expect(checkFormToken(secret, 'survey', token, 3, now + 25 * 3600_000).ok).toBe(false)
    expect(checkFormToken(secret, 'visit-request', token, 3, now + 5000)).toMatchObject({
      reason: 'invalid',
    })
    expect(checkFormToken(secret, 'survey', token, 3, now - 120_000)).toMatchObject({
      reason: 'expired',
    })
    expect(checkFormToken(secret, 'survey', undefined, 3, now)).toMatchObject({ reason: 'missing' })
  })
})
