import { toIndexText } from './search-fold'

/**
 * What Pagefind indexes for a built page: its `<main>` (the only part marked
 * `data-pagefind-body`) in the page's `<html lang>` with its `<title>`, the text spelled as the
 * index spells it (`search-fold.ts`: æ and ø as letters whose marks Pagefind drops, so a search
 * typed without them finds them). The served page is not changed. Null for pages that are not
 * indexed (lists, filters, search, 404: no `data-pagefind-body`).
 *
 * Only text is respelt, never attributes: filter values (`data-pagefind-filter="category:…"`)
 * stay as the search page's filter lists write them.
 */
export function searchDocument(html: string): string | null {
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*?<\/main>/.exec(html)?.[0]
  if (!main) return null
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>'
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? ''
  return `<!doctype html>${htmlTag}<head>${title}</head><body>${forIndex(main)}</body></html>`
}

// Comments, raw-text elements (kept whole), end tags, other tags (attribute values may hold `>`),
// and text.
const token =
  /<!--[\s\S]*?-->|<(script|style|template|textarea)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>|<\/([a-zA-Z][\w-]*)\s*>|<[a-zA-Z!/?](?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+|</g

// Blocks that Pagefind does not separate from the next word, so "kl. 19.00" and "Hvor" in a
// <dl> became one word, "19.00Hvor".
const separated = new Set(['dt', 'dd', 'th', 'caption', 'figcaption', 'summary', 'address'])

// An element Pagefind leaves out entirely (text, filters, metadata and anchors).
const ignoredAll =
  /^<([a-zA-Z][\w-]*)\b(?:"[^"]*"|'[^']*'|[^'">])*\sdata-pagefind-ignore=(?:"all"|'all'|all\b)/
const voids = new Set('area base br col embed hr img input link meta source track wbr'.split(' '))

/**
 * A fragment of HTML as Pagefind should read it (see above). Elements marked
 * `data-pagefind-ignore="all"` (lists of other pages' events and associations, calendar links)
 * are left out before Pagefind reads them, as Pagefind would leave them out: it then parses
 * less, which is most of the time a search re-index takes.
 */
export function forIndex(fragment: string): string {
  let out = ''
  // While inside an ignored element: its tag name and how deep in elements of that name.
  let skipping: { name: string; depth: number } | null = null
  for (const [whole, raw, end] of fragment.matchAll(token)) {
    if (skipping) {
      if (end !== undefined && end.toLowerCase() === skipping.name && --skipping.depth === 0) {
        skipping = null
      } else if (raw === undefined && end === undefined && !whole.endsWith('/>')) {
        const name = /^<([a-zA-Z][\w-]*)/.exec(whole)?.[1]?.toLowerCase()
        if (name === skipping.name) skipping.depth++
      }
      continue
    }
    const ignored = raw === undefined && end === undefined ? ignoredAll.exec(whole) : null
    if (ignored) {
      const name = ignored[1]!.toLowerCase()
      if (!voids.has(name) && !whole.endsWith('/>')) skipping = { name, depth: 1 }
      continue
    }
    if (end !== undefined) out += separated.has(end.toLowerCase()) ? `${whole} ` : whole
    else if (raw !== undefined || whole.startsWith('<')) out += whole
    else out += toIndexText(whole)
  }
  return out
}
