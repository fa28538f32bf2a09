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

/** A fragment of HTML as Pagefind should read it (see above). */
export function forIndex(fragment: string): string {
  let out = ''
  for (const [whole, raw, end] of fragment.matchAll(token)) {
    if (end !== undefined) out += separated.has(end.toLowerCase()) ? `${whole} ` : whole
    else if (raw !== undefined || whole.startsWith('<')) out += whole
    else out += toIndexText(whole)
  }
  return out
}
