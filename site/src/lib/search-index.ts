import { FOLD_MARK, FOLD_TITLE_META, FOLD_WEIGHT, foldedVariants } from './search-fold'

/**
 * What Pagefind indexes for a built page: the page's `<main>` (the only part marked
 * `data-pagefind-body`) in its `<html lang>`, with the folded spellings of its Danish letters
 * added (`search-fold.ts`). The served page is not changed. Null for pages that are not indexed
 * (lists, filters, search, 404: no `data-pagefind-body`).
 *
 * Where the variants go:
 * - after each word with æ, ø or å, in a span weighted FOLD_WEIGHT x the word's own weight
 *   (Pagefind's heading weights, or an ancestor's `data-pagefind-weight`), so a search typed
 *   without the letters ranks pages as the exact spelling would, and the exact spelling first;
 * - for headings, after the heading, so Pagefind's title (the first h1) stays as written;
 * - the title's variants also in the `title_fold` metadata field, which the search page weighs
 *   at FOLD_WEIGHT of Pagefind's title boost.
 */
export function searchDocument(html: string): string | null {
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*?<\/main>/.exec(html)?.[0]
  if (!main) return null
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>'
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? ''
  return `<!doctype html>${htmlTag}<head>${title}</head><body>${withFoldedVariants(main)}</body></html>`
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
// Blocks Pagefind does not separate from the next word ("kl. 19.00Hvor" from a <dl>).
const separated = new Set(['dt', 'dd', 'th', 'caption', 'figcaption', 'summary', 'address'])
const specialLetter = /[æøåÆØÅ]/
const headingWeights: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 }

// Comments, raw-text elements (skipped whole), tags (attribute values may hold `>`), and text.
const token =
  /<!--[\s\S]*?-->|<(script|style|template|textarea)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|<!?[^<]*|[^<]+/g

interface Open {
  tag: string
  /** The weight of text inside, or undefined when no weight applies (Pagefind's 1). */
  weight: number | undefined
  ignored: boolean
  /** Variants of a heading's words, written after the heading. */
  pending?: string[]
}

const attribute = (attrs: string, name: string) =>
  new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/]|$)`).exec(attrs)

const span = (variants: string[], weight: number | undefined) =>
  ` <span data-pagefind-weight="${round((weight ?? 1) * FOLD_WEIGHT)}">${variants.join(' ')}</span> `
const round = (n: number) => Math.round(n * 1000) / 1000
const titleMeta = (variants: string[]) =>
  `<meta data-pagefind-meta="${FOLD_TITLE_META}[content]" content="${variants.map((v) => v.slice(FOLD_MARK.length)).join(' ').replaceAll('"', '&quot;')}">`

/** Adds the folded spellings of every word with æ, ø or å to a fragment of HTML (see above). */
export function withFoldedVariants(fragment: string): string {
  const stack: Open[] = []
  const out: string[] = []
  let titled = false
  for (const m of fragment.matchAll(token)) {
    const [whole, , closing, rawTag, attrs = ''] = m
    const top = stack.at(-1)
    if (rawTag === undefined) {
      if (whole.startsWith('<') || !top || top.ignored || !specialLetter.test(whole)) {
        out.push(whole)
        continue
      }
      const heading = stack.findLast((o) => o.pending)
      if (heading) {
        out.push(whole)
        heading.pending!.push(...foldedVariants(whole))
      } else {
        out.push(
          whole.replace(/\S+/g, (word) => {
            const variants = foldedVariants(word)
            return variants.length ? word + span(variants, top.weight) : word
          }),
        )
      }
      continue
    }
    const tag = rawTag.toLowerCase()
    if (closing) {
      const at = stack.findLastIndex((o) => o.tag === tag)
      out.push(whole)
      if (separated.has(tag)) out.push(' ')
      if (at < 0) continue
      const [closed] = stack.splice(at)
      if (closed?.pending?.length) out.push(span(closed.pending, closed.weight))
      if (tag === 'h1' && !titled) {
        // Pagefind's title is the first h1's text.
        titled = true
        if (closed?.pending?.length) out.push(titleMeta(closed.pending))
      }
      continue
    }
    out.push(whole)
    if (voidElements.has(tag) || attrs.trimEnd().endsWith('/')) continue
    const explicit = attribute(attrs, 'data-pagefind-weight')
    const explicitWeight = explicit ? Number(explicit[1] ?? explicit[2] ?? explicit[3]) : NaN
    const inherited = top?.weight
    const weight = Number.isFinite(explicitWeight)
      ? explicitWeight
      : tag in headingWeights && inherited === undefined
        ? headingWeights[tag]
        : inherited
    const ignored = (top?.ignored ?? false) || attribute(attrs, 'data-pagefind-ignore') !== null
    const isHeading = tag in headingWeights && !stack.some((o) => o.pending)
    stack.push({ tag, weight, ignored, ...(isHeading ? { pending: [] } : {}) })
  }
  return out.join('')
}
