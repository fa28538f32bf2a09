/**
 * The sitemap files, read back by a strict XML parser: split at 45,000 addresses per file in
 * address order, each address once with its alternates, and an index naming every file.
 */
import sax from 'sax'
import { describe, expect, it } from 'vitest'

import {
  SITEMAP_LIMIT,
  sitemapEntry,
  sitemapFiles,
  type SitemapEntry,
} from '../../src/build/sitemap'

const site = new URL('https://vild.albertslund.dk/')

/** Every element's name and attributes, and the text of each `<loc>`, parsed strictly. */
function read(xml: string) {
  const parser = sax.parser(true, { xmlns: false })
  const tags: { name: string; attributes: Record<string, string> }[] = []
  const locs: string[] = []
  let inLoc = false
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (node) => {
    tags.push({ name: node.name, attributes: node.attributes as Record<string, string> })
    inLoc = node.name === 'loc'
  }
  parser.onclosetag = () => {
    inLoc = false
  }
  parser.ontext = (text) => {
    if (inLoc) locs.push(text)
  }
  parser.write(xml).close()
  return { tags, locs }
}

describe('the sitemap files', () => {
  const count = SITEMAP_LIMIT + 3
  // Made in reverse order: the files list addresses sorted.
  const entries: SitemapEntry[] = Array.from({ length: count }, (_, i) => {
    const n = String(count - i).padStart(6, '0')
    return {
      loc: `https://vild.albertslund.dk/arrangementer/a-${n}/`,
      alternates: [
        ['da', `https://vild.albertslund.dk/arrangementer/a-${n}/`],
        ['en', `https://vild.albertslund.dk/en/events/a-${n}/`],
      ],
    }
  })
  const files = [...sitemapFiles(entries, site)]

  it('split at 45,000 addresses, in address order, each with its alternates, then the index', () => {
    expect(files.map(([name]) => name)).toEqual([
      'sitemap-0.xml',
      'sitemap-1.xml',
      'sitemap-index.xml',
    ])
    const first = read(files[0]![1])
    const second = read(files[1]![1])
    expect(first.locs).toHaveLength(SITEMAP_LIMIT)
    expect(second.locs).toHaveLength(3)
    const all = [...first.locs, ...second.locs]
    expect(all).toEqual([...entries.map((e) => e.loc)].sort())
    expect(new Set(all).size).toBe(count)
    const links = first.tags.filter((t) => t.name === 'xhtml:link')
    expect(links).toHaveLength(SITEMAP_LIMIT * 2)
    expect(links[1]!.attributes).toEqual({
      rel: 'alternate',
      hreflang: 'en',
      href: 'https://vild.albertslund.dk/en/events/a-000001/',
    })
    expect(read(files[2]![1]).locs).toEqual([
      'https://vild.albertslund.dk/sitemap-0.xml',
      'https://vild.albertslund.dk/sitemap-1.xml',
    ])
  })

  it('one file and the index for a site with no pages; addresses escaped', () => {
    expect([...sitemapFiles([], site)].map(([name]) => name)).toEqual([
      'sitemap-0.xml',
      'sitemap-index.xml',
    ])
    const html =
      '<link rel="alternate" hreflang="en" href="https://vild.albertslund.dk/en/?a=1&amp;b=2">'
    const entry = sitemapEntry('/?a=1&b=2', html, site)!
    const xml = sitemapFiles([entry], site).next().value![1]
    const { locs, tags } = read(xml)
    expect(locs).toEqual(['https://vild.albertslund.dk/?a=1&b=2'])
    expect(tags.find((t) => t.name === 'xhtml:link')?.attributes.href).toBe(
      'https://vild.albertslund.dk/en/?a=1&b=2',
    )
    expect(sitemapEntry('/404.html', html, site)).toBeNull()
  })
})
