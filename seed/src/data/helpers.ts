import { fromZoned, zonedParts } from '@velkomst/shared/time'
import { weekdays, type Weekday } from '@velkomst/shared/vocabulary'

/** A text in Danish and, where written, English. Missing English shows the Danish fallback. */
export interface Text {
  da: string
  en?: string
}

export const text = (da: string, en?: string): Text => (en === undefined ? { da } : { da, en })

/** Lexical editor state from headings and paragraphs: `## ` starts a heading. */
export function richText(blocks: string[]) {
  const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
  const textNode = (t: string) => ({
    type: 'text',
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text: t,
    version: 1,
  })
  return {
    root: {
      ...base,
      type: 'root',
      children: blocks.map((b) =>
        b.startsWith('## ')
          ? { ...base, type: 'heading', tag: 'h2', children: [textNode(b.slice(3))] }
          : { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(b)] },
      ),
    },
  }
}

/**
 * The next date (from `today`, Copenhagen) that falls on `weekday`, at a local wall-clock time,
 * plus `weeksAhead` weeks. Keeps demo content in the future whenever the seed runs.
 */
export function upcoming(
  today: Date,
  weekday: Weekday,
  hour: number,
  minute = 0,
  weeksAhead = 0,
): Date {
  const p = zonedParts(today)
  const delta = (weekdays.indexOf(weekday) - weekdays.indexOf(p.weekday) + 7) % 7 || 7
  return fromZoned(p.year, p.month, p.day + delta + weeksAhead * 7, hour, minute)
}

/** A calendar day `days` after today, `YYYY-MM-DD`. */
export function dayAfter(today: Date, days: number): string {
  const p = zonedParts(today)
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days))
  return d.toISOString().slice(0, 10)
}

export const addMinutes = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000)
