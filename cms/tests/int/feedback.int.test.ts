/**
 * What newcomers tell us reaches staff as it was sent: answers sent through the form (and one an
 * ambassador entered) are counted in their quarter's charts, and the CSV export is staff's only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { quarterOf } from '@velkomst/shared/quarter'

import { surveyExportEndpoint } from '../../src/feedback/endpoint'
import { loadAnswers, tally } from '../../src/feedback/results'
import { formEndpoints } from '../../src/forms/registry'
import { formToken } from '../../src/forms/signing'
import { callEndpoint } from '../helpers/endpoints'
import { buildNewcomers, entriesOf, postForm, type Newcomers } from '../helpers/newcomers'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let nc: Newcomers
let staff: User & { collection: 'users' }
const quarter = quarterOf(new Date())

beforeAll(async () => {
  t = await startPayload('feedback')
  payload = t.payload
  nc = await buildNewcomers(payload)
  const s = await payload.create({
    collection: 'users',
    data: { email: 'staff@test.dk', password: 'staff-password-1', role: 'staff' },
  })
  staff = { ...s, collection: 'users' }
  // Answers in an earlier quarter must not count in this one.
  await payload.create({
    collection: 'survey-answers',
    data: { quarter: '2020-Q1', reasons: ['price'] },
    context: { seed: true },
  })
})
afterAll(async () => t?.cleanup())

describe('the survey results', () => {
  it("count what was sent this quarter, and an ambassador's answer as collected in person", async () => {
    const sent: Record<string, string | string[]>[] = [
      { reasons: ['nature', 'price'], expectations: 'met', tickets: 'used' },
      { reasons: ['nature'], expectations: 'partly', tickets: 'did-not-know' },
      { reasons: ['work-study'], expectations: 'met', hard: 'At finde en læge' },
    ]
    let n = 1
    for (const fields of sent) {
      const res = await postForm(payload, formEndpoints, {
        form: 'survey',
        fields: entriesOf({
          _locale: 'da',
          _token: formToken(payload.secret, 'survey', Date.now() - 10_000),
          ...fields,
        }),
        from: `192.0.2.${n++}`,
      })
      expect(res.status).toBe(303)
    }
    await payload.create({
      collection: 'survey-answers',
      data: { reasons: ['community'], expectations: 'too-early' },
      overrideAccess: false,
      user: nc.ambassadorUser,
    })
    const answers = (await loadAnswers(payload, staff, quarter)).filter(
      (a) => a.id !== nc.publicAnswer.id && a.id !== nc.ownAnswer.id && a.id !== nc.otherAnswer.id,
    )
    const results = tally(answers, quarter, 'da')
    expect(results.count).toBe(4)
    expect(results.inPerson).toBe(1)
    const count = (field: string, value: string) =>
      results.charts.find((c) => c.field === field)?.rows.find((r) => r.value === value)?.count
    expect(count('reasons', 'nature')).toBe(2)
    expect(count('reasons', 'price')).toBe(1)
    expect(count('reasons', 'community')).toBe(1)
    expect(count('expectations', 'met')).toBe(2)
    expect(count('tickets', 'did-not-know')).toBe(1)
    expect(results.texts.find((g) => g.field === 'hard')?.items[0]?.text).toBe('At finde en læge')
  })

  it('exports as CSV for staff only', async () => {
    const csv = await callEndpoint(payload, {
      path: surveyExportEndpoint.path,
      method: 'get',
      collection: 'survey-answers',
      query: `quarter=${quarter}`,
      user: staff,
      raw: true,
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toContain(`survey-${quarter}.csv`)
    const bytes = Buffer.from(await csv.arrayBuffer())
    // The byte-order mark Excel needs to read æ, ø and å (a decoder drops it from the text).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toContain('At finde en læge')
    expect(text).not.toContain('2020-Q1')
    for (const user of [nc.ambassadorUser, undefined]) {
      const refused = await callEndpoint(payload, {
        path: surveyExportEndpoint.path,
        method: 'get',
        collection: 'survey-answers',
        user,
      })
      expect(refused.status).toBe(403)
    }
  })
})
