/**
 * Personal data leaves on time: the nightly job on Payload's jobs queue (scheduled, queued and
 * run with a moved clock) deletes what the retention rule says and nothing else; staff delete
 * one person's data in one action.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'

import { eraseEndpoint } from '../../src/retention/erase'
import { RETENTION_QUEUE } from '../../src/retention/task'
import { callEndpoint } from '../helpers/endpoints'
import { fieldErrors } from '../helpers/expectations'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let staff: Record<string, unknown> & { id: number }

const DAY = 24 * 3600 * 1000
const start = new Date('2026-01-05T10:00:00Z')

/** Moves the clock Payload, the hooks and the job read (Date only; timers keep running). */
const at = (time: Date) => vi.setSystemTime(time)
const daysAfter = (days: number) => new Date(start.getTime() + days * DAY)

beforeAll(async () => {
  t = await startPayload('retention')
  payload = t.payload
  const admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@test.dk', password: 'admin-password-1', role: 'admin' },
  })
  void admin
  const s = await payload.create({
    collection: 'users',
    data: { email: 'staff@test.dk', password: 'staff-password-1', role: 'staff' },
  })
  staff = { ...s, collection: 'users' }
})
afterAll(async () => t?.cleanup())
afterEach(() => vi.useRealTimers())

const request = (name: string, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'visit-requests',
    data: {
      name,
      email: `${name.toLowerCase().replace(/\W/g, '')}@x.dk`,
      consent: true,
      status: 'new' as const,
      ...data,
    },
  })
const close = (id: number) =>
  payload.update({ collection: 'visit-requests', id, data: { status: 'closed' } })
const names = async () =>
  (await payload.find({ collection: 'visit-requests', pagination: false, sort: 'name' })).docs.map(
    (d) => d.name,
  )

describe('the retention job', () => {
  it('deletes requests closed longer ago than the period, emails on old answers, old counts: nothing else', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(start)
    const closedLongAgo = await request('Closed long ago')
    await close(closedLongAgo.id)
    await request('Open long ago', { status: 'met' })
    const oldAnswer = await payload.create({
      collection: 'survey-answers',
      data: { hard: 'Old answer', contact: true, email: 'old@x.dk' },
    })
    const oldAnonymous = await payload.create({
      collection: 'survey-answers',
      data: { hard: 'Old anonymous' },
    })
    await payload.create({ collection: 'form-attempts', data: { form: 'survey', key: 'old' } })

    at(daysAfter(100))
    const closedLater = await request('Closed later')
    await close(closedLater.id)
    const newAnswer = await payload.create({
      collection: 'survey-answers',
      data: { hard: 'New answer', contact: true, email: 'new@x.dk' },
    })

    // 181 days after the first closing: only what is older than 180 days goes.
    at(daysAfter(181))
    await payload.create({ collection: 'form-attempts', data: { form: 'survey', key: 'new' } })
    await payload.jobs.queue({ task: 'deletePersonalData', input: {}, queue: RETENTION_QUEUE })
    await payload.jobs.run({ queue: RETENTION_QUEUE })

    expect(await names()).toEqual(['Closed later', 'Open long ago'])
    const answers = await payload.find({ collection: 'survey-answers', pagination: false })
    const byText = (text: string) => answers.docs.find((a) => a.hard === text)
    expect(byText('Old answer')).toMatchObject({ id: oldAnswer.id, contact: false })
    expect(byText('Old answer')?.email ?? null).toBeNull()
    expect(byText('Old anonymous')?.id).toBe(oldAnonymous.id)
    expect(byText('New answer')).toMatchObject({ id: newAnswer.id, email: 'new@x.dk' })
    const attempts = await payload.find({ collection: 'form-attempts', pagination: false })
    expect(attempts.docs.map((a) => a.key)).toEqual(['new'])
  })

  it("is scheduled every night: queued when due and run by the queue, with the settings' period", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await payload.updateGlobal({ slug: 'site-settings', data: { retentionDays: 30 } })
    at(daysAfter(200))
    const closed = await request('Closed for thirty-one days')
    await close(closed.id)
    // The evening 31 days later: the schedule queues the night's job for 03:15 (the server's
    // time zone), and it does not run before then.
    at(new Date(daysAfter(231).setUTCHours(20, 0, 0, 0)))
    await payload.jobs.handleSchedules({ queue: RETENTION_QUEUE })
    const { docs: queued } = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: RETENTION_QUEUE } },
    })
    expect(queued).toHaveLength(1)
    const due = new Date(queued[0]!.waitUntil!)
    expect(due.getTime()).toBeGreaterThan(Date.now())
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(DAY)
    expect([due.getHours(), due.getMinutes()]).toEqual([3, 15])
    await payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(await names()).toContain('Closed for thirty-one days')
    // Once it is due, the queue runs it.
    at(new Date(due.getTime() + 60_000))
    await payload.jobs.run({ queue: RETENTION_QUEUE })
    expect(await names()).not.toContain('Closed for thirty-one days')
    expect(await names()).toContain('Open long ago')
    await payload.updateGlobal({ slug: 'site-settings', data: { retentionDays: 180 } })
  })

  it("refuses a retention period outside 30 to 3650 days, in the editor's language", async () => {
    for (const days of [0, 29, 3651, 12.5]) {
      const errors = await fieldErrors(
        payload.updateGlobal({ slug: 'site-settings', data: { retentionDays: days } }),
      )
      expect(errors.find((e) => e.path === 'retentionDays')?.message).toBe(
        'Skriv et helt antal dage fra 30 til 3650.',
      )
    }
  })
})

describe("one person's data, on request", () => {
  it('staff delete every request with the email or phone number and the email on their answers', async () => {
    await request('Erase by email', { email: 'Person@Example.com' })
    await request('Erase by phone', { email: null, phone: '+45 12 34 56 78' })
    await request('Keep this one', { email: 'someone.else@example.com', phone: '87654321' })
    const answer = await payload.create({
      collection: 'survey-answers',
      data: { hard: 'Erase email only', contact: true, email: 'person@example.com' },
    })
    const res = await callEndpoint(payload, {
      path: eraseEndpoint.path,
      method: 'post',
      body: { email: 'PERSON@example.com', phone: '12345678' },
      user: staff,
      language: 'en',
    })
    expect(res.status).toBe(200)
    expect(res.body.message).toBe(
      'Deleted: 2 visit request(s); email removed from 1 survey answer(s) and 0 activity(ies) added by residents.',
    )
    const left = await names()
    expect(left).toContain('Keep this one')
    expect(left).not.toContain('Erase by email')
    expect(left).not.toContain('Erase by phone')
    const kept = await payload.findByID({ collection: 'survey-answers', id: answer.id })
    expect(kept.hard).toBe('Erase email only')
    expect(kept.email ?? null).toBeNull()
  })

  it('is refused to anyone but staff, and without an email or phone number', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'ed@test.dk', password: 'editor-password-1', role: 'association-editor' },
    })
    const byEditor = await callEndpoint(payload, {
      path: eraseEndpoint.path,
      method: 'post',
      body: { email: 'someone.else@example.com' },
      user: { ...editor, collection: 'users' },
    })
    expect(byEditor.status).toBe(403)
    const empty = await callEndpoint(payload, {
      path: eraseEndpoint.path,
      method: 'post',
      body: { phone: '12' },
      user: staff,
    })
    expect(empty.status).toBe(400)
    expect(await names()).toContain('Keep this one')
  })
})
