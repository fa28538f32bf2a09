/** Reading a checked submission's values into a document's fields. */
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

/** A chosen document's id (SQLite's ids are numbers), or undefined. */
export const idValue = (value: Value) => {
  const v = text(value)
  return v && /^\d+$/.test(v) ? Number(v) : undefined
}
