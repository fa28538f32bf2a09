/**
 * The sitemap, from the pages themselves: every HTML page but the not-found pages, with the
 * alternates its `<head>` names (`<link rel="alternate" hreflang>`), so it always agrees with
 * the pages, whatever kinds of pages there are. Split at 45,000 addresses per file, as search
 * engines want, with `sitemap-index.xml` listing the files.
 */
export const SITEMAP_LIMIT = 45_000

export interface SitemapEntry {
  /** Absolute address of the page. */
  loc: string
  /** `[hreflang, href]`, as the page lists them (attribute values, already escaped). */
  alternates: [string, string][]
}

const alternatePattern = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g

/** A page's sitemap entry, read from its HTML (null for pages the sitemap leaves out). */
export function sitemapEntry(url: string, html: string, site: URL): SitemapEntry | null {
  if (/(^|\/)404\/?$/.test(url) || url.endsWith('/404.html')) return null
  // Copies, not slices: a slice of the page would keep the whole page in memory.
  const alternates = [...html.matchAll(alternatePattern)].map(
    (m) => [own(m[1]!), own(m[2]!)] as [string, string],
  )
  return { loc: new URL(url, site).href, alternates }
}

const own = (text: string) => Buffer.from(text, 'utf8').toString('utf8')

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The sitemap files (`sitemap-0.xml` … then `sitemap-index.xml`) for these entries, made one at
 * a time as they are asked for: at 10x a large municipality a file is 12–18 MB of text, and the
 * caller writes each before the next is made.
 */
export function* sitemapFiles(entries: SitemapEntry[], site: URL): Generator<[string, string]> {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
  const names: string[] = []
  for (let i = 0; i * SITEMAP_LIMIT < Math.max(1, sorted.length); i++) {
    const name = `sitemap-${i}.xml`
    names.push(name)
    const urls = sorted
      .slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)
      .map(
        (e) =>
          `<url><loc>${escape(e.loc)}</loc>${e.alternates
            .map(
              ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`,
            )
            .join('')}</url>`,
      )
      .join('')
    yield [
      name,
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls}</urlset>`,
    ]
  }
  yield [
    'sitemap-index.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names
      .map((n) => `<sitemap><loc>${escape(new URL(n, site).href)}</loc></sitemap>`)
      .join('')}</sitemapindex>`,
  ]
}
