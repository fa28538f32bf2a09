import { checkEmail, checkHttpUrl, checkMaxLength } from '../validation/index'
import {
  fieldsOf,
  type FieldError,
  type FormDefinition,
  type FormField,
  type Option,
  type Values,
} from './types'

/** Names the form machinery adds to every form; no field may use them. */
export const TOKEN_FIELD = '_token'
export const LOCALE_FIELD = '_locale'
/** The field people never see: whatever fills it is a robot. */
export const HONEYPOT_FIELD = 'website'
export const reservedNames = [TOKEN_FIELD, LOCALE_FIELD, HONEYPOT_FIELD] as const

/** Most values one field may carry (a group of checkboxes), and most entries in a post. */
const MAX_VALUES_PER_FIELD = 50
export const MAX_ENTRIES = 200

export interface Submission {
  /** What the person sent, cleaned (trimmed, line breaks as \n), ready to show again or store. */
  values: Values
  errors: FieldError[]
}

/** Control characters other than tab and line breaks never belong in a text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function cleanText(value: string, multiline: boolean): string {
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '')
  return (multiline ? text : text.replace(/\s*\n\s*/g, ' ')).trim()
}

/** Web addresses in a text: `https://…`, `http://…` and `www.…`. */
export function countLinks(text: string): number {
  return (text.match(/\b(?:https?:\/\/|www\.)/gi) ?? []).length
}

/** A phone number from anywhere: 8 to 15 digits, with spaces, +, -, dots or brackets. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 8 && digits <= 15
}

/** A real calendar day written as browsers send it: `YYYY-MM-DD` (years 2000–2999). */
export function isDateKey(value: string): boolean {
  const m = /^(2\d{3})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** A time of day as browsers send it: `HH:MM` (seconds, when sent, are ignored elsewhere). */
export function isClock(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value)
}

export const isBlank = (value: string | string[] | undefined): boolean =>
  value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '')

/** The allowed values of a choice field: its dictionary list, or the supplied source. */
export function choicesOf(
  field: Extract<FormField, { choices: unknown }>,
  sources: Record<string, Option[]>,
): string[] {
  return 'list' in field.choices
    ? field.choices.list.map((c) => c.value)
    : (sources[field.choices.source] ?? []).map((o) => o.value)
}

function isRequired(field: FormField, values: Values): boolean {
  return Boolean(field.required) || Boolean(field.requiredWhen?.(values))
}

/**
 * Reads a post against the form: every field's value (unknown names are ignored), then the
 * reasons to refuse it, field by field in the form's order, then the form's own rules.
 */
export function readSubmission(
  form: FormDefinition,
  entries: Iterable<[string, string]>,
  sources: Record<string, Option[]> = {},
): Submission {
  const posted = new Map<string, string[]>()
  let count = 0
  for (const [name, value] of entries) {
    if (++count > MAX_ENTRIES) break
    const list = posted.get(name) ?? []
    if (list.length < MAX_VALUES_PER_FIELD) list.push(value)
    posted.set(name, list)
  }

  const values: Values = {}
  const errors: FieldError[] = []
  const fields = fieldsOf(form)
  for (const field of fields) {
    const raw = posted.get(field.name) ?? []
    switch (field.kind) {
      case 'checkboxes': {
        const allowed = new Set(choicesOf(field, sources))
        const chosen = [...new Set(raw.map((v) => v.trim()))].filter((v) => allowed.has(v))
        values[field.name] = chosen
        if (chosen.length < new Set(raw.map((v) => v.trim()).filter(Boolean)).size) {
          errors.push({ field: field.name, key: 'forms.error.choice' })
        }
        break
      }
      case 'select':
      case 'radios': {
        const value = (raw[0] ?? '').trim()
        const known = value === '' || choicesOf(field, sources).includes(value)
        values[field.name] = known ? value : ''
        if (!known) errors.push({ field: field.name, key: 'forms.error.choice' })
        break
      }
      case 'checkbox':
        values[field.name] = raw.some((v) => v.trim() !== '') ? 'yes' : ''
        break
      default:
        values[field.name] = cleanText(raw[0] ?? '', field.kind === 'textarea')
    }
  }

  for (const field of fields) {
    if (errors.some((e) => e.field === field.name)) continue
    const value = values[field.name]
    if (isBlank(value)) {
      if (isRequired(field, values)) {
        errors.push({ field: field.name, key: field.requiredMessage ?? 'forms.error.required' })
      }
      continue
    }
    if (typeof value !== 'string') continue
    const problem = textProblem(field, value)
    if (problem) errors.push(problem)
  }

  for (const error of form.check?.(values) ?? []) {
    if (!errors.some((e) => e.field === error.field)) errors.push(error)
  }
  const order = new Map(fields.map((f, i) => [f.name, i]))
  errors.sort((a, b) => (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1))
  return { values, errors }
}

function textProblem(field: FormField, value: string): FieldError | null {
  if (!('maxLength' in field)) return null
  const tooLong = checkMaxLength(value, field.maxLength)
  if (tooLong) return { field: field.name, key: tooLong.key, params: tooLong.params }
  if (field.kind === 'email') {
    const bad = checkEmail(value)
    if (bad) return { field: field.name, key: bad.key }
  }
  if (field.kind === 'url' && checkHttpUrl(value)) {
    return { field: field.name, key: 'forms.error.url' }
  }
  if (field.kind === 'date' && !isDateKey(value)) {
    return { field: field.name, key: 'forms.error.date' }
  }
  if (field.kind === 'time' && !isClock(value)) {
    return { field: field.name, key: 'forms.error.time' }
  }
  if (field.kind === 'tel' && !isPhoneNumber(value)) {
    return { field: field.name, key: 'forms.error.phone' }
  }
  if (field.maxLinks !== undefined && countLinks(value) > field.maxLinks) {
    return { field: field.name, key: 'forms.error.links', params: { max: field.maxLinks } }
  }
  return null
}
