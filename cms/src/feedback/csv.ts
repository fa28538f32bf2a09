import { formatDateTime } from '@velkomst/shared/format'
import { translate, type DictionaryKey, type Locale } from '@velkomst/shared/i18n'
import { localeDefinition } from '@velkomst/shared/locales'
import type { SurveyChartField } from '@velkomst/shared/newcomers'

import { choiceLabel, type AnswerRow } from './results'

/** Excel reads a UTF-8 file as UTF-8 (æ, ø, å intact) only when it starts with this mark. */
const BOM = '\uFEFF'

/**
 * A field in RFC 4180 form: quoted when it holds a comma, a quote or a line break, quotes
 * doubled. A text from the public that a spreadsheet would take for a formula (=, +, -, @, tab,
 * carriage return first) gets a leading apostrophe, so opening the file runs nothing.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows as RFC 4180 CSV: CRLF line ends (the last line too), UTF-8 with the byte-order mark. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

const columns: { key: DictionaryKey; value: (a: AnswerRow, locale: Locale) => string }[] = [
  { key: 'survey.csv.id', value: (a) => String(a.id) },
  { key: 'survey.csv.submitted', value: (a, locale) => formatDateTime(a.createdAt, locale) },
  { key: 'survey.field.quarter', value: (a) => a.quarter ?? '' },
  {
    key: 'survey.field.locale',
    value: (a) => (a.locale === 'da' || a.locale === 'en' ? localeDefinition(a.locale).label : ''),
  },
  {
    key: 'survey.field.inPerson',
    value: (a, locale) => translate(locale, a.inPerson ? 'survey.csv.yes' : 'survey.csv.no'),
  },
]

const choices = (field: SurveyChartField) => (a: AnswerRow, locale: Locale) => {
  const raw = a[field]
  return (Array.isArray(raw) ? raw : raw ? [raw] : [])
    .map((v) => choiceLabel(field, v, locale))
    .join('; ')
}

/** Every answer as a row, choices by their labels, headings and labels in the reader's language. */
export function surveyCsv(answers: AnswerRow[], locale: Locale): string {
  const all = [
    ...columns,
    { key: 'survey.form.reasons' as const, value: choices('reasons') },
    { key: 'survey.form.reasonsOther' as const, value: (a: AnswerRow) => a.reasonsOther ?? '' },
    { key: 'survey.form.heardFrom' as const, value: choices('heardFrom') },
    { key: 'survey.form.expectations' as const, value: choices('expectations') },
    { key: 'survey.form.hard' as const, value: (a: AnswerRow) => a.hard ?? '' },
    { key: 'survey.form.activities' as const, value: choices('activities') },
    { key: 'survey.form.tickets' as const, value: choices('tickets') },
    {
      key: 'survey.field.email' as const,
      value: (a: AnswerRow) => (a.contact ? (a.email ?? '') : ''),
    },
  ]
  return toCsv([
    all.map((c) => translate(locale, c.key)),
    ...answers.map((a) => all.map((c) => c.value(a, locale))),
  ])
}
