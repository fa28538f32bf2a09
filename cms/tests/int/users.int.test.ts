import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, registerFirstUserOperation, type Payload } from 'payload'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startPayload('users')
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe('accounts', () => {
  it('makes the first account an admin, whatever role it asks for', async () => {
    const req = await createLocalReq({}, payload)
    const result = await registerFirstUserOperation({
      collection: payload.collections.users,
      data: {
        email: 'first@test.dk',
        password: 'first-password-1',
        role: 'association-editor',
      } as never,
      req,
    })
    expect((result.user as { role?: string }).role).toBe('admin')
  })

  it('refuses a second "first" account', async () => {
    const req = await createLocalReq({}, payload)
    await expect(
      registerFirstUserOperation({
        collection: payload.collections.users,
        data: { email: 'second@test.dk', password: 'second-password-1' } as never,
        req,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('gives later accounts the editor role by default', async () => {
    const u = await payload.create({
      collection: 'users',
      data: { email: 'later@test.dk', password: 'later-password-1' } as never,
    })
    expect(u.role).toBe('association-editor')
  })

  it('locks an account after five wrong passwords, even for the right one', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'target@test.dk', password: 'right-password-1', role: 'association-editor' },
    })
    for (let i = 0; i < 5; i++) {
      await expect(
        payload.login({
          collection: 'users',
          data: { email: 'target@test.dk', password: `wrong-${i}` },
        }),
      ).rejects.toMatchObject({ status: 401 })
    }
    await expect(
      payload.login({
        collection: 'users',
        data: { email: 'target@test.dk', password: 'right-password-1' },
      }),
    ).rejects.toMatchObject({ name: 'LockedAuth' })
  })

  it('lets a user who is not locked log in', async () => {
    const r = await payload.login({
      collection: 'users',
      data: { email: 'later@test.dk', password: 'later-password-1' },
    })
    expect(r.token).toBeTruthy()
  })
})
