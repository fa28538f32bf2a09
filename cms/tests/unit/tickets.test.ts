import { describe, expect, it } from 'vitest'

import { deskLocale } from '../../src/tickets/desk/endpoint'
import { deskHtml, quickCounts, type DeskView } from '../../src/tickets/desk/page'
import { RateLimit } from '../../src/tickets/desk/rateLimit'
import { isDeskCode, newDeskCode } from '../../src/tickets/desks'
import { csvCell, csvRow, reportCsv, sharePercent, summarise } from '../../src/tickets/report'

describe('the CSV of the quarterly report', () => {
  it('writes numbers as digits and empty for none', () => {
    expect(csvRow([1, 0, 240, null, 12.5])).toBe('1;0;240;;12.5')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('quotes text with separators, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvCell('Biograf; to billetter')).toBe('"Biograf; to billetter"')
    expect(csvCell('Koncert "uden" loft')).toBe('"Koncert ""uden"" loft"')
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"')
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"')
    expect(csvCell(' mellemrum')).toBe('" mellemrum"')
    expect(csvCell('Æbler, pærer & blommer')).toBe('Æbler, pærer & blommer')
  })

  it('defuses every text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}HYPERLINK("https://evil.example")`)
      // Starts with an apostrophe, inside quotes where the text needs them.
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true)
    }
    expect(csvCell('Sommerkoncert')).toBe('Sommerkoncert')
  })

  it('has a byte-order mark, CRLF lines, the summary and one row per offer, in the asked language', () => {
    const report = summarise(
      '2026-Q4',
      [
        { id: '1', title: 'Biograf', available: 400, used: 100, status: 'available' },
        { id: '2', title: 'Koncert', available: null, used: 7, status: 'available' },
      ],
      240,
      { answers: 0 },
    )
    const csv = reportCsv(report, 'en')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Quarterly report: welcome letters and free tickets;2026-Q4',
      'Welcome letters sent;240',
      'Offers;2',
      'Tickets available;400',
      'Tickets handed out;107',
      'Share handed out (%);27',
      'Answers from newcomers;0',
      '',
      'Offer;Status;Available;Handed out;Left;Share handed out (%)',
      'Biograf;Available;400;100;300;25',
      'Koncert;Available;;7;;',
      '',
    ])
    const collected = reportCsv({ ...report, survey: { answers: 31 } }, 'da')
    expect(collected).toContain('Svar fra nye borgere;31\r\n')
  })

  it('gives a share only where there is a total', () => {
    expect(sharePercent(1, 3)).toBe(33)
    expect(sharePercent(3, 3)).toBe(100)
    expect(sharePercent(3, null)).toBeNull()
    expect(sharePercent(3, 0)).toBeNull()
  })
})

describe('the ticket desk page', () => {
  const view = (extra: Partial<DeskView> = {}): DeskView => ({
    locale: 'da',
    action: '/api/ticket-desk/abc',
    today: '2026-11-28',
    undoMinutes: 15,
    offer: {
      title: 'Biograf <3 & "venner"',
      validFrom: '2026-10-01',
      validTo: '2026-12-31',
      total: 10,
      used: 9,
      perHousehold: 2,
    },
    ...extra,
  })

  it('escapes the offer’s title and what was typed', () => {
    const html = deskHtml(
      view({
        errors: [{ field: 'count-other', text: 'Skriv et helt tal fra 1 til 50.' }],
        typed: { count: '"><script>alert(1)</script>', day: '2026-11-28' },
      }),
    )
    expect(html).toContain('<h1>Biograf &lt;3 &amp; &quot;venner&quot;</h1>')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('offers only the buttons that fit what is left', () => {
    expect(quickCounts(2, null)).toEqual([1, 2, 4])
    expect(quickCounts(4, 5)).toEqual([1, 2, 4])
    expect(quickCounts(1, 1)).toEqual([1])
    expect(quickCounts(30, null)).toEqual([1, 2, 30])
    expect(quickCounts(2, 0)).toEqual([])
    expect(deskHtml(view())).toContain('>Registrér 1 billet</button>')
    expect(deskHtml(view())).not.toContain('>Registrér 2 billetter</button>')
  })

  it('shows "sold out" and no form when nothing is left', () => {
    const html = deskHtml(view({ offer: { ...view().offer!, used: 10 } }))
    expect(html).toContain('Alle billetter er givet ud.')
    expect(html).not.toContain('<form')
  })
})

describe('the desk’s language', () => {
  it('follows ?lang=, then the browser’s preferences by weight, then Danish', () => {
    expect(deskLocale('en', 'da')).toBe('en')
    expect(deskLocale('fr', 'en-GB,en;q=0.9')).toBe('en')
    expect(deskLocale(null, 'de-DE,de;q=0.9,en;q=0.8,da;q=0.7')).toBe('en')
    expect(deskLocale(null, 'da;q=0.5, en;q=0.9')).toBe('en')
    expect(deskLocale(null, 'en;q=0, da')).toBe('da')
    expect(deskLocale(null, 'ar,uk')).toBe('da')
    expect(deskLocale(null, null)).toBe('da')
  })
})

describe('desk codes', () => {
  it('are 128 random bits, URL-safe, and nothing else passes as one', () => {
    const codes = new Set(Array.from({ length: 200 }, newDeskCode))
    expect(codes.size).toBe(200)
    for (const c of codes) expect(isDeskCode(c)).toBe(true)
    for (const bad of [
      '',
      'abc',
      '../../etc/passwd',
      `${newDeskCode()}x`,
      'a'.repeat(21) + '/',
      42,
    ]) {
      expect(isDeskCode(bad)).toBe(false)
    }
  })
})

describe('the rate limit', () => {
  it('lets `max` through per window and key, then none until the window has passed', () => {
    let now = 0
    const limit = new RateLimit(3, 60_000, () => now)
    expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false])
    expect(limit.take('b')).toBe(true)
    now = 59_999
    expect(limit.take('a')).toBe(false)
    now = 60_001
    expect(limit.take('a')).toBe(true)
  })
})
