/** Reading a checked submission's values into a document's fields. */
export type Localized = { da?: string | null; en?: string | null } | string | null | undefined

/** A name read with `locale: 'all'` (or a plain string), as the forms' shared choice lists take it. */
export const localized = (value: Localized) =>
  typeof value === 'string'
    ? { da: value, en: null }
    : { da: value?.da ?? '', en: value?.en?.trim() ? value.en : null }

type Value = string | string[] | undefined

/** A text, or undefined when empty. */
export const text = (value: Value) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** A value of a vocabulary (the form already refused anything else). */
export const member = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value)

/** The values of a group of checkboxes that belong to the vocabulary. */
export const members = <T extends string>(list: readonly T[], value: Value): T[] =>
  (Array.isArray(value) ? value : []).flatMap((v) => member(list, v) ?? [])

/**
 * A chosen document's id as the database has it: a number on SQLite, an ObjectId's 24 hex
 * digits on MongoDB; undefined for anything else.
 */
export const idValue = (value: Value): number | string | undefined => {
  const v = text(value)
  if (!v) return undefined
  if (/^\d{1,15}$/.test(v)) return Number(v)
  return /^[0-9a-f]{24}$/i.test(v) ? v.toLowerCase() : undefined
}

/** The chosen documents' ids of a group of checkboxes (see `idValue`). */
export const idValues = (value: Value): (number | string)[] =>
  (Array.isArray(value) ? value : []).flatMap((v) => idValue(v) ?? [])
