import { describe, expect, it } from 'vitest'

import { csvField, surveyCsv, toCsv } from '../../src/feedback/csv'
import { tally, type AnswerRow } from '../../src/feedback/results'

const answer = (n: number, data: Partial<AnswerRow>): AnswerRow => ({
  id: n,
  createdAt: '2026-11-23T09:00:00.000Z',
  quarter: '2026-Q4',
  ...data,
})

describe('CSV (RFC 4180)', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"')
  })

  it('never lets a spreadsheet run a formula from a text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}HYPERLINK("x")`).replace(/^"/, '')).toMatch(/^'/)
    }
  })

  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['æ', 'ø,å'],
    ])
    expect(csv).toBe('\uFEFFa,b\r\næ,"ø,å"\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it("writes one row per answer, choices by their labels, in the reader's language", () => {
    const csv = surveyCsv(
      [
        answer(1, { reasons: ['nature', 'price'], hard: 'Svært, "meget"', inPerson: true }),
        answer(2, { expectations: 'met', contact: true, email: 'a@b.dk' }),
      ],
      'da',
    )
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toContain('Hvorfor valgte du Albertslund?')
    expect(lines[1]).toContain('Naturen og de grønne områder; Boligpriserne')
    expect(lines[1]).toContain('"Svært, ""meget"""')
    expect(lines[1]).toContain(',Ja,')
    expect(lines[2]).toContain('a@b.dk')
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
  })
})

describe('the survey charts', () => {
  it('count each choice once per answer, list every choice, and count who answered', () => {
    const results = tally(
      [
        answer(1, { reasons: ['nature', 'nature', 'price'], expectations: 'met' }),
        answer(2, { reasons: ['nature'], expectations: 'partly', inPerson: true }),
        answer(3, { hard: 'Naboerne' }),
      ],
      '2026-Q4',
      'en',
    )
    expect(results).toMatchObject({ count: 3, inPerson: 1 })
    const reasons = results.charts.find((c) => c.field === 'reasons')!
    expect(reasons.answered).toBe(2)
    expect(reasons.rows.find((r) => r.value === 'nature')).toMatchObject({
      count: 2,
      label: 'The nature and green spaces',
    })
    expect(reasons.rows.find((r) => r.value === 'price')?.count).toBe(1)
    expect(reasons.rows.find((r) => r.value === 'housing')?.count).toBe(0)
    expect(reasons.rows).toHaveLength(9)
    const hard = results.texts.find((g) => g.field === 'hard')!
    expect(hard.items.map((i) => i.text)).toEqual(['Naboerne'])
  })
})
