import { createHash } from 'node:crypto'

/**
 * A short string that changes when a value changes: what the build compares to find what a
 * content change touched. Structural (two equal values have the same fingerprint, whatever
 * their identity) and remembered per object, so a document or event entry that several lists
 * share is hashed once, and a document that a later snapshot keeps (the same object) is never
 * hashed again. That is only right because the build never changes content objects in place:
 * a changed document is a new object.
 */
const remembered = new WeakMap<object, string>()

const hash = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 22)

export function fingerprint(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 32 ? `s${hash(value)}` : JSON.stringify(value)
    case 'number':
      return `n${value}`
    case 'boolean':
      return value ? 't' : 'f'
    case 'undefined':
      return 'u'
    case 'bigint':
      return `b${value}`
    case 'function':
    case 'symbol':
      // Functions are part of the model's shape (lookups), not of its content.
      return 'F'
  }
  if (value === null) return 'N'
  const object = value as object
  const known = remembered.get(object)
  if (known !== undefined) return known
  let text: string
  if (object instanceof Date) text = `D${object.getTime()}`
  else if (Array.isArray(object)) text = `[${object.map(fingerprint).join(',')}]`
  else if (object instanceof Map)
    text = `M[${[...object].map(([k, v]) => `${fingerprint(k)}=${fingerprint(v)}`).join(',')}]`
  else if (object instanceof Set) text = `S[${[...object].map(fingerprint).join(',')}]`
  else if (object instanceof WeakMap || object instanceof WeakSet) text = 'W'
  else {
    const record = object as Record<string, unknown>
    text = `{${Object.keys(record)
      .map((key) => `${JSON.stringify(key)}:${fingerprint(record[key])}`)
      .join(',')}}`
  }
  const result = text.length > 40 ? `#${hash(text)}` : text
  remembered.set(object, result)
  return result
}

/** A content hash of bytes: whether an output file changed. */
export const contentHash = (bytes: Uint8Array | string) =>
  createHash('sha1').update(bytes).digest('base64url')
