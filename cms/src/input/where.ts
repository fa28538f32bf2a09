import type { Field, Payload, Where } from 'payload'
import { isLocale } from '@velkomst/shared/i18n'

import {
  fieldNamed,
  isDateLike,
  isDocumentId,
  isNumberLike,
  isPlainObject,
  isPolymorphic,
  isTrueOrFalse,
  optionValues,
  relationTargets,
  type DataField,
} from './fields'

/** What a filter or sort path points at. */
type Target = { kind: 'id' } | { kind: 'field'; field: DataField } | { kind: 'other' }

/** Bookkeeping fields of a version document, beside `version.<field>`. */
const versionFields: Record<string, Target> = {
  parent: { kind: 'id' },
  latest: { kind: 'field', field: { name: 'latest', type: 'checkbox' } as DataField },
  autosave: { kind: 'field', field: { name: 'autosave', type: 'checkbox' } as DataField },
}

/**
 * The field a dotted path names, through groups, arrays, named tabs, a locale
 * (`name.en`) and relationships into the linked collection. Undefined: no such path (Payload
 * then answers with its own 400); `other`: a path Payload understands that needs no check here.
 */
export function resolvePath(
  payload: Payload,
  fields: Field[],
  segments: string[],
  versions = false,
): Target | undefined {
  const [first, ...rest] = segments
  if (first === undefined) return undefined
  if (first === 'id' && rest.length === 0) return { kind: 'id' }
  const field = fieldNamed(fields, first)
  if (!field) {
    if (versions && first === 'version') return resolvePath(payload, fields, rest)
    if (versions && first in versionFields && rest.length === 0) return versionFields[first]
    return undefined
  }
  if (rest.length === 0) return { kind: 'field', field }
  if (isLocale(rest[0]) && rest.length === 1) return { kind: 'field', field }
  if (field.type === 'group' || field.type === 'array') {
    return resolvePath(payload, (field as { fields: Field[] }).fields, rest)
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    if (isPolymorphic(field)) return { kind: 'other' }
    const [target] = relationTargets(field)
    const linked = target ? payload.collections[target as 'users']?.config.fields : undefined
    return linked ? resolvePath(payload, linked, rest) : undefined
  }
  return { kind: 'other' }
}

const fits = (payload: Payload, target: Target, value: unknown): boolean => {
  if (value === null || value === 'null') return true
  if (target.kind === 'id') return isDocumentId(payload, value)
  if (target.kind === 'other') return true
  const { field } = target
  switch (field.type) {
    case 'number':
      return isNumberLike(value)
    case 'date':
      return isDateLike(value)
    case 'checkbox':
      return isTrueOrFalse(value)
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionValues(field).includes(value)
    case 'relationship':
    case 'upload':
      return isPolymorphic(field) || isDocumentId(payload, value)
    default:
      return true
  }
}

export interface FilterProblem {
  /** The dotted path as written. */
  field: string
  value: string
  /** No such field: Payload's word for it is "cannot be queried". */
  unknown?: boolean
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const shown = (value: unknown) =>
  (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).slice(0, 80)

/**
 * The first filter whose value cannot fit its field (a word for a number, a date that is not
 * one, an option that is not offered, an id that cannot be one), or null. Unknown paths are
 * left to Payload, which refuses them with a 400 of its own.
 */
export function filterProblem(
  payload: Payload,
  fields: Field[],
  where: unknown,
  versions = false,
): FilterProblem | null {
  const stack: unknown[] = [where]
  while (stack.length) {
    const node = stack.pop()
    if (!isPlainObject(node)) continue
    for (const [key, condition] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        if (Array.isArray(condition)) stack.push(...(condition as unknown[]))
        else if (isPlainObject(condition)) stack.push(...Object.values(condition))
        continue
      }
      if (!isPlainObject(condition)) continue
      const target = resolvePath(payload, fields, key.split('.'), versions)
      if (!target) continue
      for (const [operator, value] of Object.entries(condition)) {
        if (operator === 'exists') {
          if (!isTrueOrFalse(value)) return { field: key, value: shown(value) }
          continue
        }
        if (['like', 'contains', 'near', 'within', 'intersects'].includes(operator)) continue
        const values = ['in', 'not_in', 'all'].includes(operator) ? listOf(value) : [value]
        const bad = values.find((v) => !fits(payload, target, v))
        if (bad !== undefined) return { field: key, value: shown(bad) }
      }
    }
  }
  return null
}

/** The first sort key that names no field, or null. */
export function sortProblem(
  payload: Payload,
  fields: Field[],
  sort: unknown,
  versions = false,
): FilterProblem | null {
  if (sort === undefined || sort === null || sort === '') return null
  const keys: unknown[] = Array.isArray(sort)
    ? sort
    : typeof sort === 'string'
      ? sort.split(',')
      : []
  for (const raw of keys) {
    if (typeof raw !== 'string') continue
    const key = raw.trim().replace(/^-/, '')
    if (!key) continue
    if (!resolvePath(payload, fields, key.split('.'), versions)) {
      return { field: key, value: raw, unknown: true }
    }
  }
  return null
}

export type { Where }
