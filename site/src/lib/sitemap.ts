import { locales, type Locale } from '@velkomst/shared/locales'

import { content } from './content'
import { alternatesByPath, sitePages } from './pages'

let map: Promise<Map<string, Record<Locale, string>>> | undefined

/** The same page in every language, as absolute URLs, for a URL in the sitemap. */
export async function sitemapAlternates(
  url: string,
): Promise<{ locale: Locale; url: string }[] | null> {
  map ??= content().then((model) => alternatesByPath(sitePages(model)))
  const u = new URL(url)
  const paths = (await map).get(u.pathname)
  if (!paths) return null
  return locales.map((l) => ({ locale: l.code, url: new URL(paths[l.code], u).href }))
}
