import { isLocale } from '@velkomst/shared/i18n'

/** One changed value between the published document and the change waiting for review. */
export interface FieldChange {
  /** Top-level field name, then the rest of the path (locale codes included). */
  field: string
  path: string[]
  before: string
  after: string
}

/** Bookkeeping that changes on every save and says nothing about the content. */
const ignored = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'reviewState',
  'reviewComment',
  'submittedBy',
  'submittedAt',
  'lastConfirmed',
  'editors',
])

interface LexicalNode {
  text?: string
  children?: LexicalNode[]
  type?: string
}

const isLexical = (value: unknown): value is { root: LexicalNode } =>
  typeof value === 'object' && value !== null && 'root' in value

/** Lexical's state as the words a reader sees, one line per block. */
function lexicalText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(lexicalText)
  return node.type === 'root' || node.type === 'list' ? inner.join('\n') : inner.join('')
}

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'id' in value ? value.id : value

function flatten(value: unknown, path: string[], out: Map<string, string>): void {
  if (value === null || value === undefined || value === '') return
  if (isLexical(value)) {
    const text = lexicalText(value.root).trim()
    if (text) out.set(path.join('.'), text)
    return
  }
  if (Array.isArray(value)) {
    const scalars = value.every((v) => typeof v !== 'object' || v === null || 'id' in v)
    if (
      scalars &&
      value.every((v) => typeof v !== 'object' || Object.keys(v as object).length <= 2)
    ) {
      if (value.length) out.set(path.join('.'), value.map((v) => String(idOf(v))).join(', '))
      return
    }
    value.forEach((item, i) => flatten(item, [...path, String(i + 1)], out))
    return
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (path.length === 0 && ignored.has(key)) continue
      if (key === 'id' && path.length > 0) continue
      flatten(inner, [...path, key], out)
    }
    return
  }
  out.set(path.join('.'), typeof value === 'string' ? value : JSON.stringify(value))
}

/**
 * What differs between two versions of a document read with `locale: 'all'` and `depth: 0`:
 * every leaf value, with rich text compared as its words. `before` is undefined for a document
 * that was never published.
 */
export function changesBetween(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): FieldChange[] {
  const a = new Map<string, string>()
  const b = new Map<string, string>()
  if (before) flatten(before, [], a)
  flatten(after, [], b)
  const keys = [...new Set([...a.keys(), ...b.keys()])]
  return keys
    .filter((key) => a.get(key) !== b.get(key))
    .map((key) => {
      const [field = key, ...path] = key.split('.')
      return { field, path, before: a.get(key) ?? '', after: b.get(key) ?? '' }
    })
}

/** The locale a change is in, when its path names one (`summary.en` → `en`). */
export const localeOf = (change: FieldChange) => change.path.find((p) => isLocale(p))
