import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLocalReq, registerFirstUserOperation, type Payload } from 'payload'
import { demoLogins } from '@velkomst/shared/demo'

import { callEndpoint } from '../helpers/endpoints'
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

const resetToken = (email: string) =>
  payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })

describe('passwords', () => {
  it('asks staff and admins for 12 characters and editors for 10, in the editor language', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'kort@test.dk', password: 'elleve-tgn', role: 'staff' },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'password', message: expect.stringContaining('mindst 12 tegn') }] },
    })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'ti@test.dk', password: 'ti-tegn-ok', role: 'association-editor' },
    })
    expect(editor.id).toBeTruthy()
    await expect(
      payload.update({
        collection: 'users',
        id: editor.id,
        data: { password: 'for-kort' },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'password' }] } })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'ti@test.dk', password: 'ti-tegn-ok' },
    })
    expect(login.token).toBeTruthy()
  })

  it('holds the rule through a reset link too', async () => {
    const token = await resetToken('later@test.dk')
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token, password: 'kort' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'password' }] } })
    // The link still works after a refusal.
    const done = await payload.resetPassword({
      collection: 'users',
      data: { token, password: 'et-langt-nyt-kodeord' },
      overrideAccess: true,
    })
    expect(done.token).toBeTruthy()
  })
})

describe("the demo's passwords", () => {
  /** Production, not a demo: what a municipality's own installation runs as. */
  async function inProduction<T>(run: () => Promise<T>): Promise<T> {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('VELKOMST_DEMO', 'false')
    vi.stubEnv('CMS_PUBLIC_URL', 'https://cms.albertslund.example')
    vi.stubEnv('SMTP_HOST', 'smtp.albertslund.example')
    try {
      return await run()
    } finally {
      vi.unstubAllEnvs()
    }
  }

  it('work in a demonstration (and in development and tests)', async () => {
    const u = await payload.create({
      collection: 'users',
      data: { ...demoLogins.staff, role: 'staff' },
    })
    expect(u.id).toBeTruthy()
    const r = await payload.login({ collection: 'users', data: demoLogins.staff })
    expect(r.token).toBeTruthy()
  })

  it('are refused outside one: as a new password, on every way of setting one', async () => {
    for (const { password } of Object.values(demoLogins)) {
      await expect(
        inProduction(() =>
          payload.create({
            collection: 'users',
            data: { email: `demo-${password}@test.dk`, password, role: 'association-editor' },
          }),
        ),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'password', message: expect.stringContaining('demoens') }] },
      })
    }
    const token = await resetToken('ti@test.dk')
    await expect(
      inProduction(() =>
        payload.resetPassword({
          collection: 'users',
          data: { token, password: demoLogins.admin.password },
          overrideAccess: true,
        }),
      ),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'password' }] } })
  })

  it('are named on staff’s dashboard while a demo account exists', async () => {
    const { demoAccounts } = await import('../../src/admin/dashboard/demoAccounts')
    expect(await demoAccounts(payload)).toEqual([demoLogins.staff.email])
  })

  it('are refused at sign-in outside one, even for a demo account left behind', async () => {
    const attempt = inProduction(() =>
      payload.login({ collection: 'users', data: demoLogins.staff }),
    )
    await expect(attempt).rejects.toMatchObject({ status: 401 })
    await expect(attempt).rejects.toThrow(/Demo-adgangskoder virker ikke her/)
    // Not counted as a wrong password: the account is not on its way to being locked.
    const account = await payload.find({
      collection: 'users',
      where: { email: { equals: demoLogins.staff.email } },
      showHiddenFields: true,
    })
    expect(account.docs[0]?.loginAttempts ?? 0).toBe(0)
  })
})

describe('the set-password form (invitations and resets)', () => {
  const post = (form: Record<string, string>, headers?: Record<string, string>) =>
    callEndpoint(payload, {
      collection: 'users',
      path: '/set-password',
      method: 'post',
      form,
      headers,
      raw: true,
    })

  it('sends a refused form back to itself naming the problem, and keeps the link usable', async () => {
    const token = await resetToken('later@test.dk')
    const mismatch = await post({
      token,
      password: 'et-helt-nyt-kodeord',
      'confirm-password': 'et-andet',
    })
    expect(mismatch.status).toBe(303)
    expect(mismatch.headers.get('location')).toBe(
      `/admin/set-password?token=${token}&error=mismatch`,
    )
    const short = await post({ token, password: 'kort', 'confirm-password': 'kort' })
    expect(short.headers.get('location')).toContain('error=short')
    const empty = await post({ token, password: '', 'confirm-password': '' })
    expect(empty.headers.get('location')).toContain('error=required')
    // Nothing was changed by the refusals: the old password still signs in.
    const still = await payload.login({
      collection: 'users',
      data: { email: 'later@test.dk', password: 'et-langt-nyt-kodeord' },
    })
    expect(still.token).toBeTruthy()

    const ok = await post({
      token,
      email: 'later@test.dk',
      password: 'mit eget kodeord på dansk',
      'confirm-password': 'mit eget kodeord på dansk',
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/admin')
    expect(ok.headers.get('set-cookie')).toMatch(/^payload-token=[\w.-]+;/)
    const login = await payload.login({
      collection: 'users',
      data: { email: 'later@test.dk', password: 'mit eget kodeord på dansk' },
    })
    expect(login.token).toBeTruthy()

    // Used once: the same link is refused afterwards.
    const again = await post({
      token,
      password: 'endnu-et-kodeord',
      'confirm-password': 'endnu-et-kodeord',
    })
    expect(again.headers.get('location')).toContain('error=expired')
  })

  it('answers JSON with the message in the caller’s language when asked for JSON', async () => {
    const token = await resetToken('later@test.dk')
    const res = await callEndpoint(payload, {
      collection: 'users',
      path: '/set-password',
      method: 'post',
      body: { token, password: 'et-langt-kodeord', 'confirm-password': 'noget-andet' },
      headers: { accept: 'application/json' },
      language: 'en',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('The two passwords are not the same.')
    const unknown = await callEndpoint(payload, {
      collection: 'users',
      path: '/set-password',
      method: 'post',
      body: {
        token: 'not-a-token',
        password: 'et-langt-kodeord',
        'confirm-password': 'et-langt-kodeord',
      },
      headers: { accept: 'application/json' },
    })
    expect(unknown.status).toBe(403)
    expect(JSON.stringify(unknown.body)).toContain('Linket virker ikke længere')
  })
})
