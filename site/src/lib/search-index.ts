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
 * less, which is most of the time a search re-index takes. An element is left out only when its
 * end is clear (every element opened inside it is closed, or closed by its end tag, as HTML
 * closes them); otherwise the fragment goes to Pagefind whole, which ignores the element itself.
 */
export function forIndex(fragment: string, drop = true): string {
  let out = ''
  // Inside an ignored element: the elements open there, the ignored element first.
  let open: string[] | null = null
  for (const [whole, raw, end] of fragment.matchAll(token)) {
    if (open) {
      if (end !== undefined) {
        const at = open.lastIndexOf(end.toLowerCase())
        // An end tag of an element outside the ignored one: where it ends is unclear.
        if (at < 0) return forIndex(fragment, false)
        open.length = at
        if (at === 0) open = null
      } else if (raw === undefined && /^<[a-zA-Z]/.test(whole)) {
        const name = tagName(whole)
        if (!voids.has(name)) open.push(name)
      }
      continue
    }
    const ignored = drop && raw === undefined && end === undefined ? ignoredAll.exec(whole) : null
    if (ignored) {
      const name = ignored[1]!.toLowerCase()
      // `/>` closes nothing in HTML (`<span … />` is open): only void elements have no end.
      if (!voids.has(name)) open = [name]
      continue
    }
    if (end !== undefined) out += separated.has(end.toLowerCase()) ? `${whole} ` : whole
    else if (raw !== undefined || whole.startsWith('<')) out += whole
    else out += toIndexText(whole)
  }
  // The fragment ended inside an ignored element.
  return open ? forIndex(fragment, false) : out
}

const tagName = (tag: string) => /^<([a-zA-Z][\w-]*)/.exec(tag)![1]!.toLowerCase()
