import type { Inline, RichText, RichTextBlock } from '@velkomst/shared/schemas'

/** The parts of Lexical's serialized state that the site renders. */
interface LexicalNode {
  type?: string
  tag?: string
  listType?: string
  text?: string
  format?: number | string
  url?: string
  fields?: { url?: string; linkType?: string }
  children?: LexicalNode[]
}

const IS_BOLD = 1
const IS_ITALIC = 2

function inlines(nodes: LexicalNode[] | undefined, href?: string): Inline[] {
  const out: Inline[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      out.push({
        text: node.text,
        ...(format & IS_BOLD ? { bold: true } : {}),
        ...(format & IS_ITALIC ? { italic: true } : {}),
        ...(href ? { href } : {}),
      })
    } else if (node.type === 'linebreak') {
      out.push({ text: '\n' })
    } else if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url ?? node.url
      out.push(...inlines(node.children, isSafeHref(url) ? url : undefined))
    } else if (node.children) {
      out.push(...inlines(node.children, href))
    }
  }
  return out
}

/** Only web, mail and phone links and site-relative paths reach the site; never `javascript:`. */
export function isSafeHref(url: unknown): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false
  if (url.startsWith('/') && !url.startsWith('//')) return true
  return /^(https?:|mailto:|tel:)/i.test(url.trim())
}

function listItems(node: LexicalNode): Inline[][] {
  return (node.children ?? []).map((item) => inlines(item.children)).filter((i) => i.length > 0)
}

/**
 * Lexical state → the contract's rich text. Heading levels are renumbered so that the first is
 * an h2 (the page title is the h1) and none is skipped.
 */
export function toRichText(state: unknown): RichText {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  const blocks: RichTextBlock[] = []
  let previousLevel = 1
  for (const node of root?.children ?? []) {
    if (node.type === 'heading') {
      const wanted = Number(node.tag?.replace('h', '') ?? 2)
      const level = Math.min(Math.max(wanted, 2), previousLevel + 1, 4) as 2 | 3 | 4
      previousLevel = level
      blocks.push({ type: 'heading', level, children: inlines(node.children) })
    } else if (node.type === 'list') {
      blocks.push({ type: 'list', ordered: node.listType === 'number', items: listItems(node) })
    } else if (node.type === 'quote') {
      blocks.push({ type: 'quote', children: inlines(node.children) })
    } else {
      const children = inlines(node.children)
      if (children.some((c) => c.text.trim() !== '')) blocks.push({ type: 'paragraph', children })
    }
  }
  return blocks
}
