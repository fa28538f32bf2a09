import type { RichText } from '@velkomst/shared/schemas'

interface Node {
  text?: string
  children?: Node[]
}

/** Lexical's words, without markup. */
export function lexicalText(value: unknown): string {
  const walk = (node: Node): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(walk).join(' ')
  const root = (value as { root?: Node } | null | undefined)?.root
  return root ? walk(root).replace(/\s+/g, ' ').trim() : ''
}

export const lexicalIsEmpty = (value: unknown) => lexicalText(value) === ''

/** The words of the contract's rich text (what a reader reads), for length checks. */
export function richTextLength(blocks: RichText | null | undefined): number {
  return (blocks ?? [])
    .flatMap((b) => (b.type === 'list' ? b.items.flat() : b.children))
    .reduce((n, inline) => n + inline.text.length, 0)
}
