import type { Field, Payload } from 'payload'

/** A field that holds data (layout fields see through to theirs). */
export type DataField = Field & { name: string }

/** A named tab is a group of fields under its name. */
const asGroup = (tab: { name: string; fields: Field[] }): DataField => ({
  name: tab.name,
  type: 'group',
  fields: tab.fields,
})

/** The data fields directly under `fields`: rows, collapsibles, unnamed tabs and groups see through. */
export function dataFields(fields: Field[]): DataField[] {
  const out: DataField[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && typeof tab.name === 'string') {
          out.push(asGroup(tab))
        } else out.push(...dataFields(tab.fields))
      }
      continue
    }
    if ('name' in field && typeof field.name === 'string') out.push(field)
    else if ('fields' in field) out.push(...dataFields(field.fields))
  }
  return out
}

export const fieldNamed = (fields: Field[], name: string): DataField | undefined =>
  dataFields(fields).find((f) => f.name === name)

/** Whether `value` can be an id in this database (numbers in SQLite, ObjectIds in MongoDB). */
export function isDocumentId(payload: Pick<Payload, 'db'>, value: unknown): boolean {
  return isIdOfType(payload.db.defaultIDType, value)
}

export function isIdOfType(type: 'number' | 'text', value: unknown): boolean {
  if (type === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value)
  }
  return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

export function isNumberLike(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && NUMBER.test(value.trim()) && Number.isFinite(Number(value))
}

/** A date JavaScript can read, within years 1-9999 (what every database stores). */
export function isDateLike(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string' || value.trim() === '' || value.length > 64) return false
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1 && year <= 9999
}

export const isTrueOrFalse = (value: unknown) =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** The values a select or radio field offers. */
export function optionValues(field: DataField): string[] {
  const options = (field as { options?: (string | { value: string })[] }).options ?? []
  return options.map((o) => (typeof o === 'string' ? o : o.value))
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** The collections a relationship or upload field links to. */
export const relationTargets = (field: DataField): string[] => {
  const to = (field as { relationTo?: string | string[] }).relationTo
  return Array.isArray(to) ? to : to ? [to] : []
}

export const isPolymorphic = (field: DataField) =>
  Array.isArray((field as { relationTo?: unknown }).relationTo)

export const hasMany = (field: DataField) => Boolean((field as { hasMany?: boolean }).hasMany)

export const isLocalized = (field: DataField) =>
  Boolean((field as { localized?: boolean }).localized)
