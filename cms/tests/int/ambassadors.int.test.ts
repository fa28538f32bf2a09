/**
 * Welcome ambassadors and their visit requests: the request's bookkeeping and the email to the
 * ambassador, the invitation to sign in, and what reaches the site (only the public part of
 * those who said yes; never a submission).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { buildSnapshot } from '../../src/export/snapshot'
import { inviteAmbassadorEndpoint } from '../../src/collections/Ambassadors/invite/endpoint'
import { callEndpoint } from '../helpers/endpoints'
import { expectFieldError } from '../helpers/expectations'
import { buildNewcomers, type Newcomers } from '../helpers/newcomers'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let nc: Newcomers
let staff: Record<string, unknown> & { id: number; collection: 'users' }

beforeAll(async () => {
  t = await startPayload('ambassadors')
  payload = t.payload
  nc = await buildNewcomers(payload)
  const s = await payload.create({
    collection: 'users',
    data: { email: 'staff@test.dk', password: 'staff-password-1', role: 'staff' },
  })
  staff = { ...s, collection: 'users' }
})
afterAll(async () => t?.cleanup())

describe('a visit request', () => {
  it('assigned by staff: the ambassador is emailed a link (not the details), and it is dated', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const updated = await payload.update({
      collection: 'visit-requests',
      id: nc.unassignedRequest.id,
      data: { assignedTo: nc.own.id },
      overrideAccess: false,
      user: staff,
      depth: 0,
    })
    expect(updated.status).toBe('assigned')
    expect(updated.assignedAt).toBeTruthy()
    expect(sent).toHaveBeenCalledTimes(1)
    const email = sent.mock.calls[0]![0] as { to: string; subject: string; html: string }
    expect(email.to).toBe('amina@privat.dk')
    expect(email.subject).toBe('Ny besøgsanmodning til dig / A new visit request for you')
    expect(email.html).toContain(`/admin/collections/visit-requests/${nc.unassignedRequest.id}`)
    expect(email.html).toContain('Engelsk')
    expect(email.html).not.toContain('quinn@newcomer.dk')
    sent.mockRestore()
  })

  it('is saved from the admin, which sends an empty list of notes as its row count (0)', async () => {
    const updated = await payload.update({
      collection: 'visit-requests',
      id: nc.unassignedRequest.id,
      data: { status: 'contacted', notes: 0 } as never,
      user: staff,
      overrideAccess: false,
      depth: 0,
    })
    expect(updated.status).toBe('contacted')
    expect(updated.notes ?? []).toEqual([])
  })

  it('closing dates it (retention counts from then); reopening clears the date', async () => {
    const closed = await payload.update({
      collection: 'visit-requests',
      id: nc.unassignedRequest.id,
      data: { status: 'closed' },
      user: staff,
      overrideAccess: false,
    })
    expect(closed.closedAt).toBeTruthy()
    const reopened = await payload.update({
      collection: 'visit-requests',
      id: nc.unassignedRequest.id,
      data: { status: 'contacted' },
      user: staff,
      overrideAccess: false,
    })
    expect(reopened.closedAt ?? null).toBeNull()
  })
})

describe('an ambassador', () => {
  it("signs in with an ambassador's account, one ambassador per account", async () => {
    await expectFieldError(
      payload.create({ collection: 'ambassadors', data: { name: 'X', account: staff.id } }),
      'account',
      'Brugeren skal have rollen Ambassadør.',
    )
    await expectFieldError(
      payload.create({
        collection: 'ambassadors',
        data: { name: 'Y', account: nc.ambassadorUser.id },
      }),
      'account',
      'Brugeren er allerede knyttet til en anden ambassadør.',
    )
  })

  it('is invited by staff: an account with the ambassador role and a link to choose a password', async () => {
    // Payload's own forgot-password sends through the adapter.
    const sent = vi.spyOn(payload.email, 'sendEmail')
    const doc = await payload.create({
      collection: 'ambassadors',
      data: { name: 'Ezra', email: 'Ezra@Example.com' },
    })
    const res = await callEndpoint(payload, {
      path: inviteAmbassadorEndpoint.path,
      method: 'post',
      collection: 'ambassadors',
      routeParams: { id: doc.id },
      user: staff,
      language: 'en',
    })
    expect(res.status).toBe(200)
    expect(res.body.message).toBe('The invitation was sent to ezra@example.com.')
    const linked = await payload.findByID({ collection: 'ambassadors', id: doc.id, depth: 1 })
    expect(linked.account).toMatchObject({ email: 'ezra@example.com', role: 'ambassador' })
    const email = sent.mock.calls.at(-1)![0] as { subject: string; html: string }
    expect(email.subject).toContain('velkomstambassadør')
    expect(email.html).toContain('/admin/set-password?token=')
    const again = await callEndpoint(payload, {
      path: inviteAmbassadorEndpoint.path,
      method: 'post',
      collection: 'ambassadors',
      routeParams: { id: doc.id },
      user: staff,
    })
    expect(again.status).toBe(409)
    const byAmbassador = await callEndpoint(payload, {
      path: inviteAmbassadorEndpoint.path,
      method: 'post',
      collection: 'ambassadors',
      routeParams: { id: nc.hidden.id },
      user: nc.ambassadorUser,
    })
    expect(byAmbassador.status).toBe(403)
    sent.mockRestore()
  })

  it('refuses a period that ends before it starts', async () => {
    await expectFieldError(
      payload.create({
        collection: 'ambassadors',
        data: { name: 'Z', periodFrom: '2026-05-01T12:00:00Z', periodTo: '2026-04-01T12:00:00Z' },
      }),
      'periodTo',
      'Slut kan ikke ligge før start.',
    )
  })
})

describe('the site snapshot', () => {
  it("shows an ambassador's photo only with their consent", async () => {
    const png = await sharp({
      create: { width: 16, height: 16, channels: 3, background: '#4a6' },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Foto af Bo' },
      file: { data: png, mimetype: 'image/png', name: 'bo.png', size: png.length },
    })
    await payload.update({ collection: 'ambassadors', id: nc.other.id, data: { photo: media.id } })
    const publicView = await payload.findByID({
      collection: 'ambassadors',
      id: nc.other.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(publicView.photo ?? null).toBeNull()
    await payload.update({
      collection: 'ambassadors',
      id: nc.other.id,
      data: { photoConsent: true },
    })
    const withConsent = await buildSnapshot(payload)
    expect(withConsent.ambassadors.find((a) => a.name === 'Bo')?.photo?.id).toBe(String(media.id))
    await payload.update({
      collection: 'ambassadors',
      id: nc.other.id,
      data: { photoConsent: false },
    })
  })

  it('holds the ambassadors shown on the site, their public part only, and no submission', async () => {
    await payload.update({
      collection: 'ambassadors',
      id: nc.own.id,
      data: { helpsWith: 'Skoler og fritid', temporary: true },
    })
    const snapshot = await buildSnapshot(payload)
    const names = snapshot.ambassadors.map((a) => a.name)
    expect(names).toEqual(expect.arrayContaining(['Amina', 'Bo']))
    expect(names).not.toContain('Carla')
    expect(names).not.toContain('Dan')
    const amina = snapshot.ambassadors.find((a) => a.name === 'Amina')!
    expect(amina).toMatchObject({
      slug: 'amina',
      languages: ['da', 'ar'],
      helpsWith: { da: 'Skoler og fritid', en: null },
      temporary: true,
      photo: null,
    })
    expect(snapshot.settings.retentionDays).toBe(180)
    expect(snapshot.ambassadors.find((a) => a.name === 'Bo')?.photo).toBeNull()
    const json = JSON.stringify(snapshot)
    for (const secret of [
      'amina@privat.dk',
      '12345678',
      'olga@newcomer.dk',
      'Olga',
      'Pablo',
      'anon@newcomer.dk',
      'ambassador@test.dk',
    ]) {
      expect(json).not.toContain(secret)
    }
  })
})
