import type { Field, Payload, PayloadRequest } from 'payload'
import { isLocale } from '@velkomst/shared/i18n'
import type { Problem } from '@velkomst/shared/validation'

import {
  dataFields,
  hasMany,
  isDateLike,
  isDocumentId,
  isLocalized,
  isNumberLike,
  isPlainObject,
  isPolymorphic,
  optionValues,
  relationTargets,
  type DataField,
} from './fields'

/** Texts longer than this are refused even where a field sets no limit of its own. */
export const MAX_TEXT_LENGTH = 20_000

export interface DataProblem {
  path: string
  problem: Problem
  /** The field's label in every language, for the message's heading. */
  label?: Record<string, string>
}

const labelOf = (field: DataField) => {
  const label = (field as { label?: unknown }).label
  return typeof label === 'object' && label !== null ? (label as Record<string, string>) : undefined
}

/** Links to check once every value has its shape: collection → ids. */
export type Links = Map<string, Set<string | number>>

interface Walk {
  payload: Payload
  /** `locale=all`: localized fields hold `{ da, en }`. */
  allLocales: boolean
  problems: DataProblem[]
  links: Links
}

const idOf = (value: unknown): unknown => (isPlainObject(value) ? value.id : value)

const shown = (value: unknown) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 60)

/** Text fields whose surrounding spaces are never meant (passwords are not fields here). */
const trimmed = new Set(['text', 'textarea', 'email'])

/**
 * One value against its field's type. Returns the value to store (texts trimmed), and records
 * a problem when the value cannot be the field's.
 */
function checkValue(walk: Walk, field: DataField, value: unknown, path: string): unknown {
  const problem = (p: Problem) => {
    walk.problems.push({ path, problem: p, label: labelOf(field) })
    return value
  }
  if (value === null || value === undefined) return value
  if (
    hasMany(field) &&
    ['text', 'number', 'select', 'relationship', 'upload'].includes(field.type)
  ) {
    if (!Array.isArray(value)) {
      // Payload takes a single value for a has-many relationship or select too.
      if (field.type === 'relationship' || field.type === 'upload' || field.type === 'select') {
        return checkOne(walk, field, value, path, problem)
      }
      return problem({
        key: field.type === 'number' ? 'validation.type.number' : 'validation.type.text',
      })
    }
    return value.map((item, i) => checkOne(walk, field, item, `${path}.${i}`, problem))
  }
  return checkOne(walk, field, value, path, problem)
}

function checkOne(
  walk: Walk,
  field: DataField,
  value: unknown,
  path: string,
  problem: (p: Problem) => unknown,
): unknown {
  if (value === null || value === undefined) return value
  // An empty field as a form sends it: Payload's own field hooks make it empty (null).
  if (value === '' && !['text', 'textarea', 'email', 'code'].includes(field.type)) return value
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      if (typeof value !== 'string') {
        return problem({
          key:
            isLocalized(field) && isPlainObject(value) && Object.keys(value).some(isLocale)
              ? 'validation.type.languages'
              : 'validation.type.text',
        })
      }
      const text = trimmed.has(field.type) ? value.trim() : value
      const max = (field as { maxLength?: number }).maxLength ?? MAX_TEXT_LENGTH
      if (text.length > Math.max(max, MAX_TEXT_LENGTH)) {
        return problem({ key: 'validation.type.tooLong', params: { length: text.length, max } })
      }
      return text
    }
    case 'number':
      return isNumberLike(value) ? value : problem({ key: 'validation.type.number' })
    case 'date':
      return isDateLike(value) ? value : problem({ key: 'validation.type.date' })
    case 'checkbox':
      return typeof value === 'boolean' ? value : problem({ key: 'validation.type.checkbox' })
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionValues(field).includes(value)
        ? value
        : problem({ key: 'validation.type.option', params: { value: shown(value) } })
    case 'relationship':
    case 'upload':
      return checkLink(walk, field, value, problem)
    case 'richText':
      return isPlainObject(value) && isPlainObject(value.root) && Array.isArray(value.root.children)
        ? value
        : problem({ key: 'validation.type.richText' })
    case 'group':
      if (!isPlainObject(value)) return problem({ key: 'validation.type.group' })
      return checkFields(walk, (field as { fields: Field[] }).fields, value, path)
    case 'array':
      // The admin sends a list without rows as its row count, 0 (Payload takes it as none).
      if (value === 0) return []
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        return problem({ key: 'validation.type.rows' })
      }
      return value.map((row, i) =>
        checkFields(walk, (field as { fields: Field[] }).fields, row, `${path}.${i}`),
      )
    case 'blocks': {
      if (value === 0) return []
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        return problem({ key: 'validation.type.rows' })
      }
      const blocks = (field as { blocks: { slug: string; fields: Field[] }[] }).blocks
      return value.map((row, i) => {
        const block = blocks.find((b) => b.slug === row.blockType)
        if (!block) {
          return problem({ key: 'validation.type.option', params: { value: shown(row.blockType) } })
        }
        return checkFields(walk, block.fields, row, `${path}.${i}`)
      })
    }
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every(isNumberLike)
        ? value
        : problem({ key: 'validation.type.point' })
    default:
      return value
  }
}

function checkLink(
  walk: Walk,
  field: DataField,
  value: unknown,
  problem: (p: Problem) => unknown,
): unknown {
  const targets = relationTargets(field)
  let collection = targets[0]
  let id: unknown = idOf(value)
  if (isPolymorphic(field)) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string') {
      return problem({ key: 'validation.type.relation', params: { value: shown(value) } })
    }
    if (!targets.includes(value.relationTo)) {
      return problem({ key: 'validation.type.option', params: { value: shown(value.relationTo) } })
    }
    collection = value.relationTo
    id = idOf(value.value)
  }
  if (!isDocumentId(walk.payload, id) || !collection) {
    return problem({ key: 'validation.type.relation', params: { value: shown(id) } })
  }
  const ids = walk.links.get(collection) ?? new Set()
  ids.add(
    typeof id === 'string' && walk.payload.db.defaultIDType === 'number'
      ? Number(id)
      : (id as number),
  )
  walk.links.set(collection, ids)
  return value
}

/** Every field present in `data`, checked and (texts) trimmed; unknown keys are left alone. */
function checkFields(walk: Walk, fields: Field[], data: Record<string, unknown>, prefix: string) {
  const out: Record<string, unknown> = { ...data }
  const byName = new Map(dataFields(fields).map((f) => [f.name, f]))
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field || field.type === 'join' || field.type === 'ui') continue
    const path = prefix ? `${prefix}.${key}` : key
    if (walk.allLocales && isLocalized(field) && isPlainObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([locale, v]) => [
          locale,
          checkValue(walk, field, v, `${path}.${locale}`),
        ]),
      )
    } else out[key] = checkValue(walk, field, value, path)
  }
  return out
}

/**
 * A document's data checked against its fields before anything else sees it: every value must
 * fit its field's type (text, number, date, option, link …), texts are trimmed, and links must
 * lead to documents that exist. Returns the data to use and the problems found.
 */
export async function checkData(
  req: PayloadRequest,
  fields: Field[],
  data: Record<string, unknown>,
  allLocales: boolean,
): Promise<{ data: Record<string, unknown>; problems: DataProblem[] }> {
  const { payload } = req
  const walk: Walk = { payload, allLocales, problems: [], links: new Map() }
  const checked = checkFields(walk, fields, data, '')
  if (walk.problems.length === 0) {
    for (const [collection, ids] of walk.links) {
      if (!payload.collections[collection as 'users']) continue
      const wanted = [...ids]
      const where = { id: { in: wanted } }
      const base = { collection: collection as 'users', where, overrideAccess: true, req }
      const { totalDocs } = await payload.count(base)
      if (totalDocs === wanted.length) continue
      const { docs } = await payload.find({ ...base, depth: 0, pagination: false, limit: 0 })
      const found = new Set(docs.map((d) => String(d.id)))
      const missing = wanted.find((id) => !found.has(String(id)))
      if (missing !== undefined) {
        walk.problems.push({
          path: pathOfLink(checked, collection, missing, fields) ?? '',
          problem: { key: 'validation.type.missing', params: { value: String(missing) } },
        })
      }
    }
  }
  return { data: checked, problems: walk.problems }
}

/** Where a missing link sits, for the message beside the right field (top-level fields only). */
function pathOfLink(
  data: Record<string, unknown>,
  collection: string,
  id: string | number,
  fields: Field[],
): string | undefined {
  for (const field of dataFields(fields)) {
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    if (!relationTargets(field).includes(collection)) continue
    const values = ([] as unknown[]).concat(data[field.name] ?? [])
    const ids = values.map((v) =>
      String(idOf(isPolymorphic(field) && isPlainObject(v) ? v.value : v)),
    )
    if (ids.includes(String(id))) return field.name
  }
  return undefined
}
